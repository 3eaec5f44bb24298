// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/hourschartwidget.h"

#include "core/platform/dateformats.h"
#include "models/daytotalsmodel.h"
#include "models/timeinputparser.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr int LabelGap = 2;

} // namespace

HoursChartWidget::HoursChartWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("hoursChartWidget"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Hours per day"));
}

void HoursChartWidget::setModel(DayTotalsModel* model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &DayTotalsModel::totalsChanged, this, &HoursChartWidget::modelChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &HoursChartWidget::modelChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &HoursChartWidget::modelChanged);
    }
    modelChanged();
}

void HoursChartWidget::modelChanged()
{
    const int count = m_model ? m_model->rowCount() : 0;
    QList<qint64> minutes(count, 0);
    int today = -1;
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        minutes[row] = index.data(DayTotalsModel::SecondsRole).toLongLong() / 60;
        if (index.data(DayTotalsModel::IsTodayRole).toBool())
            today = row;
    }
    const qint64 scale = scaleSeconds();
    const bool everything = minutes.size() != m_shownMinutes.size() || scale != m_shownScale || today != m_shownToday;
    if (!everything && minutes == m_shownMinutes)
        return; // nothing the chart shows changed
    // Screen readers get the numbers as text.
    QStringList parts;
    for (int row = 0; row < count; ++row)
        parts.append(m_model->index(row, 0).data(Qt::AccessibleTextRole).toString());
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
    if (everything) {
        update();
    } else {
        // Only the columns (bar, value, day) whose minutes changed.
        const QRect plot = plotRect();
        const double slot = double(plot.width()) / count;
        for (int row = 0; row < count; ++row) {
            if (minutes.at(row) != m_shownMinutes.at(row))
                update(QRect(plot.left() + int(slot * row) - 1, 0, int(slot) + 3, height()));
        }
    }
    m_shownMinutes = minutes;
    m_shownScale = scale;
    m_shownToday = today;
}

QSize HoursChartWidget::sizeHint() const
{
    return { 400, fontMetrics().height() * 2 + 64 };
}

QSize HoursChartWidget::minimumSizeHint() const
{
    return { 120, fontMetrics().height() * 2 + 32 };
}

QRect HoursChartWidget::plotRect() const
{
    const int line = fontMetrics().height();
    // Room for the value above the bars and the day below them.
    return rect().adjusted(4, line + LabelGap, -4, -(line + LabelGap));
}

qint64 HoursChartWidget::scaleSeconds() const
{
    // At least 8 hours, so that a short day does not look like a full one.
    const qint64 maximum = m_model ? m_model->maximumDaySeconds() : 0;
    return std::max<qint64>(qint64(8) * 3600, maximum);
}

QRect HoursChartWidget::barRect(int index) const
{
    const int count = m_model ? m_model->rowCount() : 0;
    if (count <= 0 || index < 0 || index >= count)
        return {};
    const QRect plot = plotRect();
    const double slot = double(plot.width()) / count;
    const int gap = std::max(1, int(slot * 0.2));
    const int x = plot.left() + int(slot * index) + gap / 2;
    const int width = std::max(1, int(slot) - gap);
    const qint64 seconds = m_model->index(index, 0).data(DayTotalsModel::SecondsRole).toLongLong();
    const int height = int(double(plot.height()) * double(seconds) / double(scaleSeconds()));
    return QRect(x, plot.bottom() - height + 1, std::min(width, 80), height);
}

QDate HoursChartWidget::dayAt(const QPoint& pos) const
{
    const int count = m_model ? m_model->rowCount() : 0;
    const QRect plot = plotRect();
    if (count <= 0 || pos.x() < plot.left() || pos.x() > plot.right())
        return {};
    const int index = std::clamp(int(double(pos.x() - plot.left()) * count / plot.width()), 0, count - 1);
    return m_model->index(index, 0).data(DayTotalsModel::DateRole).toDate();
}

void HoursChartWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRect plot = plotRect();
    // Baseline and an 8-hour guide.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int count = m_model ? m_model->rowCount() : 0;
    if (count == 0)
        return;
    const int eightHours = plot.bottom() - int(double(plot.height()) * 8 * 3600 / double(scaleSeconds()));
    p.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DashLine));
    p.drawLine(plot.left(), eightHours, plot.right(), eightHours);

    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const double slot = double(plot.width()) / count;
    const bool roomForValues = slot >= fm.horizontalAdvance(QStringLiteral("10:00")) + 4;
    const bool roomForNames = slot >= fm.horizontalAdvance(QStringLiteral("Mon 30")) + 4;
    for (int i = 0; i < count; ++i) {
        const QModelIndex index = m_model->index(i, 0);
        const QDate date = index.data(DayTotalsModel::DateRole).toDate();
        const qint64 seconds = index.data(DayTotalsModel::SecondsRole).toLongLong();
        const bool today = index.data(DayTotalsModel::IsTodayRole).toBool();
        QRect bar = barRect(i);
        const int centre = plot.left() + int(slot * i + slot / 2);
        bar.moveLeft(centre - bar.width() / 2);
        QColor fill = pal.color(QPalette::Highlight);
        if (!today)
            fill.setAlphaF(0.45);
        if (seconds > 0) {
            QPainterPath path;
            path.addRoundedRect(QRectF(bar).adjusted(0.5, 0, -0.5, 2), 2, 2);
            p.fillPath(path, fill);
        }
        p.setPen(pal.color(today ? QPalette::WindowText : QPalette::PlaceholderText));
        QFont font = p.font();
        font.setBold(today);
        p.setFont(font);
        const QString name
            = roomForNames ? locale.toString(date, DateFormats::weekdayDay()) : QString::number(date.day());
        if (roomForNames || slot >= fm.horizontalAdvance(QStringLiteral("30")) + 2 || date.day() % 5 == 1)
            p.drawText(QRect(int(plot.left() + slot * i), plot.bottom() + LabelGap, int(slot), fm.height()),
                       Qt::AlignHCenter | Qt::AlignTop, name);
        if (const qint64 target = m_targets.value(date); target > 0) {
            const int y = qMax(plot.top(),
                               plot.bottom() - int(double(plot.height()) * double(target) / double(scaleSeconds())));
            p.setPen(QPen(pal.color(QPalette::Text), 2));
            p.drawLine(int(plot.left() + slot * i + 2), y, int(plot.left() + slot * (i + 1) - 2), y);
        }
        if (roomForValues && seconds > 0) {
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QRect(int(plot.left() + slot * i), bar.top() - fm.height() - LabelGap, int(slot), fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, TimeInputParser::formatDuration(seconds));
        }
    }
}

void HoursChartWidget::setDailyTargets(const QHash<QDate, qint64>& targets)
{
    if (targets == m_targets)
        return;
    m_targets = targets;
    update();
}

bool HoursChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate date = dayAt(help->pos());
        const int row = m_model->range().dayIndex(date);
        if (row >= 0) {
            const qint64 seconds = m_model->index(row, 0).data(DayTotalsModel::SecondsRole).toLongLong();
            const qint64 booked = m_model->index(row, 0).data(DayTotalsModel::BookedSecondsRole).toLongLong();
            //: chart tooltip: "Mon 23 Nov: 6:45 h (6.75 h)"
            QString text
                = tr("%1: %2 h (%3 h)")
                      .arg(QLocale().toString(date, DateFormats::weekdayDayMonth()),
                           TimeInputParser::formatDuration(seconds), TimeInputParser::formatDecimalHours(seconds));
            // Overlapping entries: the bar shows the time worked, the note what was booked.
            const QString overlap = DayTotalsModel::workedAndBookedText(seconds, booked);
            if (!overlap.isEmpty())
                text += QLatin1Char('\n') + overlap;
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void HoursChartWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const QDate date = dayAt(event->position().toPoint());
        if (date.isValid())
            emit dayClicked(date);
    }
    QWidget::mouseReleaseEvent(event);
}

void HoursChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Hours per day"));
        m_shownScale = -1; // the texts are new: everything again
        modelChanged();
    }
    QWidget::changeEvent(event);
}
