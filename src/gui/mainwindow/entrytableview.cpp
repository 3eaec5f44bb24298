// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrytableview.h"

#include "core/platform/dateformats.h"
#include "gui/mainwindow/columnfit.h"
#include "gui/mainwindow/entrycolumnmenu.h"
#include "gui/mainwindow/entrymarkdelegate.h"
#include "gui/mainwindow/viewportrepainthold.h"
#include "models/daygroupproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/timeinputparser.h"

#include <QAccessible>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

EntryTableView::EntryTableView(QWidget* parent)
    : QTableView(parent)
    , m_emptyLabel(new QLabel(viewport()))
    , m_columnMenu(new EntryColumnMenu(horizontalHeader()))
    , m_refit(new QTimer(this))
    , m_repaintHold(new ViewportRepaintHold(this))
    , m_geometries(new QTimer(this))
{
    horizontalHeader()->setSectionsMovable(true);
    m_geometries->setSingleShot(true);
    m_geometries->setInterval(0);
    connect(m_geometries, &QTimer::timeout, this, &EntryTableView::updateGeometries);
    // QTableView's own reaction to a new row count (a delayed layout that repaints the whole viewport) goes through
    // rowCountChangedBy(), which skips it for rows that arrive out of view.
    if (disconnect(verticalHeader(), SIGNAL(sectionCountChanged(int, int)), this, SLOT(rowCountChanged(int, int))))
        connect(verticalHeader(), &QHeaderView::sectionCountChanged, this, &EntryTableView::rowCountChangedBy);
    m_repaintHold->setOutOfView([this] { return m_insertedOutOfView; });
    m_refit->setSingleShot(true);
    m_refit->setInterval(0);
    connect(m_refit, &QTimer::timeout, this, &EntryTableView::fitColumns);
    connect(m_columnMenu, &EntryColumnMenu::columnsChanged, this, &EntryTableView::fitToViewport);
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

void EntryTableView::setModel(QAbstractItemModel* model)
{
    if (this->model()) {
        this->model()->disconnect(m_refit);
        this->model()->disconnect(m_geometries);
    }
    m_insertedOutOfView = false;
    m_outOfViewCount = 0;
    if (model) {
        // Before the view and its header hear of the rows (the viewport still shows what it showed).
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, m_geometries,
                [this](const QModelIndex& parent, int first, int last) {
                    m_insertedOutOfView = !parent.isValid() && rowsOutOfView(first);
                    m_outOfViewCount = m_insertedOutOfView ? last - first + 1 : 0;
                });
    }
    QTableView::setModel(model);
    m_repaintHold->setModel(model);
    m_columnMenu->apply();
    if (!model)
        return;
    // Names measured again when the rows change (not on every tick of a running entry's duration).
    const auto refit = [this] {
        m_refit->start(0);
    };
    connect(model, &QAbstractItemModel::modelReset, m_refit, refit);
    connect(model, &QAbstractItemModel::layoutChanged, m_refit, refit);
    // Rows inserted or removed below the measured ones change nothing measured; while a large range loads, the
    // names are measured again at most every RowsRefitMs.
    const auto refitFrom = [this](const QModelIndex& parent, int first) {
        if (parent.isValid() || first >= MeasuredRows || m_refit->isActive())
            return;
        const qint64 since = m_lastFit.isValid() ? m_lastFit.elapsed() : RowsRefitMs;
        m_refit->start(int(std::max<qint64>(0, RowsRefitMs - since)));
    };
    connect(model, &QAbstractItemModel::rowsInserted, m_refit, refitFrom);
    connect(model, &QAbstractItemModel::rowsRemoved, m_refit, refitFrom);
    // Amounts that change their form (the account's currency arrived); not the running entry's ticking duration.
    connect(model, &QAbstractItemModel::dataChanged, m_refit,
            [this](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole))
                    return; // marks, tooltips
                // A day's header (its total changed: every slice of a load, every minute of a running clock) has
                // its text in the first column only, which is not measured.
                if (from.row() == to.row() && isDayHeader(from))
                    return;
                if (from.column() <= EntryTableModel::RevenueColumn && to.column() >= EntryTableModel::AmountColumn)
                    m_refit->start(0);
            });
    fitColumns();
}

void EntryTableView::fitColumns()
{
    m_refit->stop();
    m_lastFit.start();
    ++m_fits;
    if (!model())
        return;
    QHeaderView* header = horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const QLocale locale;
    const int padding = 16;
    // Room for a mark (EntryMarkDelegate) in the date and billable cells.
    const int mark = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 6;
    const int columns = model()->columnCount();
    m_wanted = QList<int>(columns, 0);
    m_minimum = QList<int>(columns, 0);
    const auto title = [&](int column) {
        return fm.horizontalAdvance(model()->headerData(column, Qt::Horizontal).toString()) + padding;
    };
    // Times and amounts keep the width of their widest sample and their title (a clipped title is no better than a
    // scrollbar); the names give way instead, and the header's menu can hide what is rarely needed.
    const auto fixed = [&](int column, const QStringList& samples, int extra = 0) {
        int width = title(column);
        for (const QString& sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample) + padding + extra);
        m_wanted[column] = m_minimum[column] = width;
    };
    // Names want their longest text (up to a cap) and give way down to about eight characters.
    const auto names = [&](int column) {
        const int cap = fm.averageCharWidth() * 26;
        m_wanted[column] = std::max(title(column), contentWidth(column, cap) + padding);
        m_minimum[column] = std::min(m_wanted[column], std::max(fm.averageCharWidth() * 8, fm.height() * 3));
    };
    const QString late = TimeInputParser::formatTime(QTime(22, 0), true, locale);
    fixed(EntryTableModel::DateColumn, { locale.toString(QDate(2026, 9, 30), DateFormats::weekdayDayMonth()) }, mark);
    fixed(EntryTableModel::StartColumn, { late });
    fixed(EntryTableModel::EndColumn, { late + QStringLiteral(" (+1)") });
    fixed(EntryTableModel::DurationColumn, { QStringLiteral("10:00:00") });
    names(EntryTableModel::CustomerColumn);
    names(EntryTableModel::ProjectColumn);
    names(EntryTableModel::ServiceColumn);
    fixed(EntryTableModel::AmountColumn, { locale.toString(100.0, 'f', 2) + QStringLiteral(" km") });
    fixed(EntryTableModel::BillableColumn,
          { EntryTableModel::billableText(Entry::NotBillable), EntryTableModel::billableText(Entry::IsBillable),
            EntryTableModel::billableText(Entry::Billed) },
          mark);
    fixed(EntryTableModel::RevenueColumn, { locale.toString(1000.0, 'f', 2) });
    // Amounts as shown (with the account's currency, "1.000,00 €") keep their width too.
    for (const int column : { int(EntryTableModel::AmountColumn), int(EntryTableModel::RevenueColumn) }) {
        m_wanted[column] = m_minimum[column]
            = std::max(m_minimum.at(column), contentWidth(column, fm.averageCharWidth() * 16) + padding);
    }
    m_descriptionMinimum = std::max(title(EntryTableModel::DescriptionColumn), fm.averageCharWidth() * 16);
    // Narrow columns are allowed; fitToViewport() keeps each at its minimum.
    header->setMinimumSectionSize(fm.averageCharWidth() * 3);
    fitToViewport();
}

int EntryTableView::neededWidth() const
{
    const QHeaderView* header = horizontalHeader();
    int width = m_descriptionMinimum;
    for (int column = 0; column < m_minimum.size() && column < header->count(); ++column) {
        if (column != EntryTableModel::DescriptionColumn && !header->isSectionHidden(column))
            width += m_minimum.at(column);
    }
    if (verticalHeader()->isVisible())
        width += verticalHeader()->width();
    return width + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
}

int EntryTableView::contentWidth(int column, int cap) const
{
    const int rows = std::min(model()->rowCount(), MeasuredRows);
    int width = 0;
    for (int row = 0; row < rows && width < cap; ++row)
        width = std::max(width, textWidth(model()->index(row, column).data().toString()));
    return std::min(width, cap);
}

int EntryTableView::textWidth(const QString& text) const
{
    if (m_textWidthsFont != font() || m_textWidths.size() > 4 * MeasuredRows) {
        m_textWidths.clear();
        m_textWidthsFont = font();
    }
    auto it = m_textWidths.constFind(text);
    if (it == m_textWidths.cend())
        it = m_textWidths.insert(text, fontMetrics().horizontalAdvance(text));
    return it.value();
}

void EntryTableView::fitToViewport()
{
    QHeaderView* header = horizontalHeader();
    if (!model() || m_wanted.size() != header->count())
        return;
    QList<int> shown;
    QList<ColumnFit::Column> columns;
    for (int column = 0; column < header->count(); ++column) {
        if (column == EntryTableModel::DescriptionColumn || header->isSectionHidden(column))
            continue;
        shown.append(column);
        columns.append({ m_wanted.at(column), m_minimum.at(column) });
    }
    const int room = viewport()->width() - m_descriptionMinimum;
    const QList<int> widths = ColumnFit::fit(columns, room);
    for (int i = 0; i < shown.size(); ++i)
        header->resizeSection(shown.at(i), widths.at(i));
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
    if (event->type() == QEvent::Resize) {
        placeEmptyLabel();
        fitToViewport();
    }
    return QTableView::viewportEvent(event);
}

bool EntryTableView::rowsOutOfView(int first) const
{
    if (!isVisible())
        return false;
    const int last = rowAt(viewport()->height() - 1); // -1: the rows end above the viewport's bottom
    return last >= 0 && first > last;
}

void EntryTableView::rowCountChangedBy(int oldCount, int newCount)
{
    const bool outOfView = m_outOfViewCount > 0 && newCount - oldCount == m_outOfViewCount;
    m_outOfViewCount = 0;
    if (outOfView)
        m_geometries->start();
    else
        rowCountChanged(oldCount, newCount);
}

void EntryTableView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    // One cell, an open editor, an accessibility client: Qt's own handling.
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft == bottomRight || state() == EditingState
        || QAccessible::isActive() || !isVisible()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const int top = rowViewportPosition(topLeft.row());
    const int bottom = rowViewportPosition(bottomRight.row()) + rowHeight(bottomRight.row());
    const QRect band = QRect(0, top, viewport()->width(), bottom - top).intersected(viewport()->rect());
    if (!band.isEmpty())
        viewport()->update(band);
}

void EntryTableView::placeEmptyLabel()
{
    m_emptyLabel->setGeometry(viewport()->rect().adjusted(12, 12, -12, -12));
}
