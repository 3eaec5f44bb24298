// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrytableview.h"

#include "gui/mainwindow/entrymarkdelegate.h"
#include "models/dateformats.h"
#include "models/daygroupproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/timeinputparser.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QStyle>

#include <algorithm>

EntryTableView::EntryTableView(QWidget* parent)
    : QTableView(parent)
    , m_emptyLabel(new QLabel(viewport()))
{
    horizontalHeader()->setSectionsMovable(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    // Overlapping entries get a warning sign, billed ones a padlock.
    setItemDelegate(new EntryMarkDelegate(this));
}

void EntryTableView::setEmptyText(const QString& text)
{
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
    placeEmptyLabel();
}

QString EntryTableView::emptyText() const
{
    return m_emptyLabel->isHidden() ? QString() : m_emptyLabel->text();
}

void EntryTableView::fitColumns()
{
    if (!model())
        return;
    QHeaderView* header = horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    // Room for a mark (EntryMarkDelegate) in the date and billable cells.
    const int mark = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 6;
    const auto fit = [&](int column, const QStringList& samples, int extra = 0) {
        int width = header->sectionSizeHint(column);
        for (const QString& sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample) + 16 + extra);
        header->resizeSection(column, width);
    };
    const QString late = TimeInputParser::formatTime(QTime(22, 0), true, locale);
    fit(EntryTableModel::DateColumn, { locale.toString(QDate(2026, 9, 30), DateFormats::weekdayDayMonth()) }, mark);
    fit(EntryTableModel::StartColumn, { late });
    fit(EntryTableModel::EndColumn, { late + QStringLiteral(" (+1)") });
    fit(EntryTableModel::DurationColumn, { QStringLiteral("10:00:00") });
    fit(EntryTableModel::CustomerColumn, { QStringLiteral("Bäckerei Sonnensch") });
    fit(EntryTableModel::ProjectColumn, { QStringLiteral("Neue Website 20") });
    fit(EntryTableModel::ServiceColumn, { QStringLiteral("Développement") });
    fit(EntryTableModel::AmountColumn, { locale.toString(100.0, 'f', 2) + QStringLiteral(" km") });
    fit(EntryTableModel::BillableColumn,
        { EntryTableModel::billableText(Entry::NotBillable), EntryTableModel::billableText(Entry::IsBillable),
          EntryTableModel::billableText(Entry::Billed) },
        mark);
    fit(EntryTableModel::RevenueColumn, { locale.toString(1000.0, 'f', 2) });
    header->setMinimumSectionSize(
        fm.horizontalAdvance(model()->headerData(EntryTableModel::DescriptionColumn, Qt::Horizontal).toString()));
}

QList<qint64> EntryTableView::selectedIds() const
{
    QList<qint64> ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (!isDayHeader(index))
            ids.append(index.data(EntryTableModel::IdRole).toLongLong());
    }
    return ids;
}

std::optional<Entry> EntryTableView::currentEntry() const
{
    if (!selectionModel())
        return std::nullopt;
    QModelIndex index = currentIndex();
    if (!index.isValid() || isDayHeader(index) || !selectionModel()->isRowSelected(index.row(), {})) {
        QModelIndexList rows = selectionModel()->selectedRows();
        rows.removeIf(&EntryTableView::isDayHeader);
        if (rows.size() != 1)
            return std::nullopt;
        index = rows.first();
    }
    return index.data(EntryTableModel::EntryRole).value<Entry>();
}

void EntryTableView::selectOnly(const QModelIndex& index, ScrollHint hint)
{
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, hint);
}

bool EntryTableView::isDayHeader(const QModelIndex& index)
{
    return index.data(DayGroupProxyModel::DayHeaderRole).toBool();
}

bool EntryTableView::showDay(QDate date)
{
    const auto* groups = qobject_cast<const DayGroupProxyModel*>(model());
    const int header = groups ? groups->headerRowOf(date) : -1;
    if (header < 0)
        return false;
    scrollTo(model()->index(header, 0), PositionAtTop);
    selectOnly(model()->index(header + 1, 0));
    return true;
}

bool EntryTableView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::Resize)
        placeEmptyLabel();
    return QTableView::viewportEvent(event);
}

void EntryTableView::placeEmptyLabel()
{
    m_emptyLabel->setGeometry(viewport()->rect().adjusted(12, 12, -12, -12));
}
