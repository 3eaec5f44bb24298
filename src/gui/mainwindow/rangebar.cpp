// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/rangebar.h"

#include "core/platform/dateformats.h"
#include "ui_rangebar.h"

#include <QButtonGroup>
#include <QEvent>
#include <QStyle>

RangeBar::RangeBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RangeBar>())
{
    m_ui->setupUi(this);
    m_ui->previousButton->setIcon(
        QIcon::fromTheme(QStringLiteral("go-previous"), style()->standardIcon(QStyle::SP_ArrowBack)));
    m_ui->nextButton->setIcon(
        QIcon::fromTheme(QStringLiteral("go-next"), style()->standardIcon(QStyle::SP_ArrowForward)));
    QFont bold = m_ui->rangeLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->rangeLabel->setFont(bold);
    // The title gives way when the window is narrow (the Report dock open on a small screen): it keeps the room of
    // "Week 48" and tells the whole range in its tooltip.
    m_ui->rangeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->rangeLabel->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(QStringLiteral("Woche 48, 30")));
    m_ui->fromDateEdit->hide();
    m_ui->toDateEdit->hide();
    for (QDateEdit* edit : { m_ui->fromDateEdit, m_ui->toDateEdit })
        edit->setDisplayFormat(DateFormats::shortDate(edit->locale()));

    m_periodGroup = new QButtonGroup(this);
    m_periodGroup->setExclusive(true);
    m_periodGroup->addButton(m_ui->dayButton, int(DateRange::Period::Day));
    m_periodGroup->addButton(m_ui->weekButton, int(DateRange::Period::Week));
    m_periodGroup->addButton(m_ui->monthButton, int(DateRange::Period::Month));
    m_periodGroup->addButton(m_ui->customButton, int(DateRange::Period::Custom));

    connect(m_ui->previousButton, &QToolButton::clicked, this, &RangeBar::previousRequested);
    connect(m_ui->nextButton, &QToolButton::clicked, this, &RangeBar::nextRequested);
    connect(m_ui->todayButton, &QToolButton::clicked, this, &RangeBar::todayRequested);
    connect(m_periodGroup, &QButtonGroup::idClicked, this,
            [this](int id) { emit periodRequested(static_cast<DateRange::Period>(id)); });
    const auto customChanged = [this] {
        if (m_range.period() == DateRange::Period::Custom)
            emit customRangeEdited(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
    };
    connect(m_ui->fromDateEdit, &QDateEdit::editingFinished, this, customChanged);
    connect(m_ui->toDateEdit, &QDateEdit::editingFinished, this, customChanged);
}

RangeBar::~RangeBar() = default;

void RangeBar::setRange(const DateRange& range, bool containsToday)
{
    m_range = range;
    m_containsToday = containsToday;
    const DateRange::Period period = range.period();
    if (QAbstractButton* button = m_periodGroup->button(int(period)))
        button->setChecked(true);
    const bool custom = period == DateRange::Period::Custom;
    m_ui->fromDateEdit->setVisible(custom);
    m_ui->toDateEdit->setVisible(custom);
    if (custom) {
        const QSignalBlocker a(m_ui->fromDateEdit);
        const QSignalBlocker b(m_ui->toDateEdit);
        m_ui->fromDateEdit->setDate(range.first());
        m_ui->toDateEdit->setDate(range.last());
    }
    m_ui->todayButton->setEnabled(!containsToday || custom);
    updateTexts();
}

void RangeBar::setShortcuts(const QKeySequence& previous, const QKeySequence& next, const QKeySequence& today)
{
    m_previousShortcut = previous;
    m_nextShortcut = next;
    m_todayShortcut = today;
    updateTexts();
}

void RangeBar::focusFirstDay()
{
    m_ui->fromDateEdit->setFocus();
}

QString RangeBar::previousText(DateRange::Period period)
{
    switch (period) {
    case DateRange::Period::Day:
        return tr("Previous day");
    case DateRange::Period::Week:
        return tr("Previous week");
    case DateRange::Period::Month:
        return tr("Previous month");
    case DateRange::Period::Custom:
        break;
    }
    return tr("Previous period");
}

QString RangeBar::nextText(DateRange::Period period)
{
    switch (period) {
    case DateRange::Period::Day:
        return tr("Next day");
    case DateRange::Period::Week:
        return tr("Next week");
    case DateRange::Period::Month:
        return tr("Next month");
    case DateRange::Period::Custom:
        break;
    }
    return tr("Next period");
}

void RangeBar::updateTexts()
{
    m_ui->rangeLabel->setText(m_range.title());
    m_ui->rangeLabel->setToolTip(m_range.title());
    const QString previous = previousText(m_range.period());
    const QString next = nextText(m_range.period());
    m_ui->previousButton->setToolTip(
        QStringLiteral("%1 (%2)").arg(previous, m_previousShortcut.toString(QKeySequence::NativeText)));
    m_ui->nextButton->setToolTip(
        QStringLiteral("%1 (%2)").arg(next, m_nextShortcut.toString(QKeySequence::NativeText)));
    if (!m_todayShortcut.isEmpty())
        m_ui->todayButton->setToolTip(QStringLiteral("%1 (%2)").arg(
            m_ui->todayButton->accessibleName(), m_todayShortcut.toString(QKeySequence::NativeText)));
    m_ui->previousButton->setAccessibleName(previous);
    m_ui->nextButton->setAccessibleName(next);
}

void RangeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    } else if (event->type() == QEvent::LocaleChange) {
        // Another language: a date edit keeps the display format of the locale it was created with.
        for (QDateEdit* edit : { m_ui->fromDateEdit, m_ui->toDateEdit })
            edit->setDisplayFormat(DateFormats::shortDate(edit->locale()));
    }
    QWidget::changeEvent(event);
}

int RangeBar::titleWidth() const
{
    return m_ui->rangeLabel->fontMetrics().horizontalAdvance(m_ui->rangeLabel->text());
}
