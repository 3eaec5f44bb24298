// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/daygroupproxymodel.h"

#include "models/daterange.h"
#include "models/daytotalsmodel.h"
#include "models/entryrowreader.h"
#include "models/entrytablemodel.h"
#include "models/timeinputparser.h"

#include <QFont>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace {

// Rows moved one by one up to this many; more move in one layout change (a time zone change).
constexpr int MaxSingleMoves = 4;

} // namespace

DayGroupProxyModel::DayGroupProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

void DayGroupProxyModel::setSourceModel(QAbstractItemModel* model)
{
    if (model == sourceModel())
        return;
    beginResetModel();
    if (sourceModel())
        sourceModel()->disconnect(this);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &DayGroupProxyModel::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &DayGroupProxyModel::sourceReset);
        connect(model, &QAbstractItemModel::rowsInserted, this, &DayGroupProxyModel::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &DayGroupProxyModel::sourceRowsAboutToBeRemoved);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DayGroupProxyModel::sourceRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &DayGroupProxyModel::sourceDataChanged);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &DayGroupProxyModel::sourceLayoutAboutToBeChanged);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DayGroupProxyModel::sourceLayoutChanged);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &DayGroupProxyModel::beginRegroup);
        connect(model, &QAbstractItemModel::rowsMoved, this, &DayGroupProxyModel::sourceRowsMoved);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &DayGroupProxyModel::headerDataChanged);
        // Columns are fixed (EntryTableModel): a change of them starts over.
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, &DayGroupProxyModel::beginResetModel);
        connect(model, &QAbstractItemModel::columnsInserted, this, &DayGroupProxyModel::sourceReset);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, &DayGroupProxyModel::beginResetModel);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &DayGroupProxyModel::sourceReset);
    }
    readAll();
    endResetModel();
}

void DayGroupProxyModel::setDayTotals(DayTotalsModel* totals)
{
    if (m_totals == totals)
        return;
    if (m_totals)
        m_totals->disconnect(this);
    m_totals = totals;
    if (totals) {
        connect(totals, &QAbstractItemModel::dataChanged, this, &DayGroupProxyModel::totalsChanged);
        connect(totals, &QAbstractItemModel::modelReset, this, &DayGroupProxyModel::retranslate);
        connect(totals, &QAbstractItemModel::layoutChanged, this, &DayGroupProxyModel::retranslate);
    }
    retranslate();
}

// --- structure ----------------------------------------------------------------------------------------------

QModelIndex DayGroupProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rowCount || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DayGroupProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex DayGroupProxyModel::sibling(int row, int column, const QModelIndex& idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int DayGroupProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int DayGroupProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool DayGroupProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rowCount > 0 && columnCount() > 0;
}

int DayGroupProxyModel::findDay(QDate date) const
{
    const int at = insertionDay(date);
    return at < m_days.size() && m_days.at(at).date == date ? at : -1;
}

int DayGroupProxyModel::insertionDay(QDate date) const
{
    const auto it = std::lower_bound(m_days.cbegin(), m_days.cend(), date,
                                     [this](const Day& day, QDate d) { return dayBefore(day.date, d); });
    return int(it - m_days.cbegin());
}

int DayGroupProxyModel::dayOfProxyRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return -1;
    return int(std::upper_bound(m_headerRows.cbegin(), m_headerRows.cend(), row) - m_headerRows.cbegin()) - 1;
}

bool DayGroupProxyModel::isDayHeader(int row) const
{
    const int day = dayOfProxyRow(row);
    return day >= 0 && m_headerRows.at(day) == row;
}

int DayGroupProxyModel::proxyRowOfSource(int sourceRow) const
{
    if (sourceRow < 0 || sourceRow >= m_rowDates.size())
        return -1;
    const int day = findDay(m_rowDates.at(sourceRow));
    if (day < 0)
        return -1;
    const QList<int>& rows = m_days.at(day).rows;
    const int at = m_rowPos.value(sourceRow, -1);
    if (at < 0 || at >= rows.size() || rows.at(at) != sourceRow)
        return -1;
    return m_headerRows.at(day) + 1 + at;
}

QModelIndex DayGroupProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    const int day = dayOfProxyRow(proxyIndex.row());
    if (day < 0)
        return {};
    const int at = proxyIndex.row() - m_headerRows.at(day) - 1;
    if (at < 0)
        return {};
    return sourceModel()->index(m_days.at(day).rows.at(at), proxyIndex.column());
}

QModelIndex DayGroupProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = proxyRowOfSource(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QList<QDate> DayGroupProxyModel::days() const
{
    QList<QDate> dates;
    dates.reserve(m_days.size());
    for (const Day& day : m_days)
        dates.append(day.date);
    return dates;
}

int DayGroupProxyModel::headerRowOf(QDate date) const
{
    const int day = findDay(date);
    return day < 0 ? -1 : m_headerRows.at(day);
}

void DayGroupProxyModel::readAll()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_rowDates = QList<QDate>(rows);
    m_rowHints = QList<RowHint>(rows);
    const EntryRowReader reader(sourceModel());
    for (int row = 0; row < rows; ++row)
        readDate(reader, row);
    rebuild(m_keys.readAll(sourceModel()));
}

int DayGroupProxyModel::readDate(const EntryRowReader& reader, int row, int tableRow)
{
    m_rowHints[row] = RowHint {};
    if (!reader.isDirect()) {
        m_rowDates[row] = reader.localDate(row);
        return -1;
    }
    const int at = tableRow >= 0 ? tableRow : reader.tableRow(row);
    if (at < 0) {
        m_rowDates[row] = QDate();
        return -1;
    }
    m_rowDates[row] = reader.table()->localDateAt(at);
    m_rowHints[row] = RowHint { at, reader.table()->idAt(at) };
    return at;
}

void DayGroupProxyModel::readRow(const EntryRowReader& reader, int row, int tableRow)
{
    const int at = readDate(reader, row, tableRow);
    if (!m_keys.isActive())
        return;
    if (!reader.isDirect())
        m_keys.set(row, m_keys.read(sourceModel(), row));
    else if (const auto key = at < 0 ? std::nullopt : reader.table()->integerSortKey(at, m_keys.column()))
        m_keys.setInteger(row, *key);
    else
        m_keys.set(row, at < 0 ? QVariant() : reader.table()->sortKey(at, m_keys.column()));
}

void DayGroupProxyModel::place(int day, int from)
{
    const QList<int>& rows = m_days.at(day).rows;
    for (int at = std::max(from, 0); at < rows.size(); ++at)
        m_rowPos[rows.at(at)] = at;
}

void DayGroupProxyModel::updateOffsets(int fromDay)
{
    m_headerRows.resize(m_days.size());
    int row = 0;
    if (fromDay > 0 && fromDay <= m_days.size())
        row = m_headerRows.at(fromDay - 1) + 1 + int(m_days.at(fromDay - 1).rows.size());
    else
        fromDay = 0;
    for (int day = fromDay; day < m_days.size(); ++day) {
        m_headerRows[day] = row;
        row += 1 + int(m_days.at(day).rows.size());
    }
    m_rowCount = row;
}

void DayGroupProxyModel::rebuild(const QList<int>& givenRanks)
{
    const int count = int(m_rowDates.size());
    m_rowPos.fill(-1, count);
    // Source rows in ascending order: every day's list comes out in source order.
    QMap<QDate, QList<int>> byDate;
    auto last = byDate.end();
    for (int row = 0; row < count; ++row) {
        const QDate date = m_rowDates.at(row);
        if (last == byDate.end() || last.key() != date) {
            last = byDate.find(date);
            if (last == byDate.end())
                last = byDate.insert(date, {});
        }
        last->append(row);
    }
    m_days.clear();
    m_days.reserve(byDate.size());
    for (auto it = byDate.begin(); it != byDate.end(); ++it)
        m_days.append({ it.key(), std::move(it.value()) });
    if (m_descending)
        std::reverse(m_days.begin(), m_days.end());

    const bool ascending = m_keys.order() == Qt::AscendingOrder;
    if (m_keys.holds(count) && m_keys.holdsIntegers() && givenRanks.size() != count) {
        // Integer keys (dates, times, durations) without ranks: each day's rows, in row order, sorted by key where
        // they are not in order already (the table is ordered by start; an entry whose start was edited keeps its
        // row), so that a filter change ranks no rows (at 100,000 rows ranking them was a third of its regrouping).
        const auto byKey = [this](int a, int b) {
            return m_keys.integerAt(a) < m_keys.integerAt(b);
        };
        for (Day& day : m_days) {
            if (!std::is_sorted(day.rows.cbegin(), day.rows.cend(), byKey))
                std::stable_sort(day.rows.begin(), day.rows.end(), byKey);
            if (!ascending)
                std::reverse(day.rows.begin(), day.rows.end());
        }
        for (int day = 0; day < m_days.size(); ++day)
            place(day);
        updateOffsets(0);
        return;
    }
    const QList<int> ranks
        = !m_keys.holds(count) ? QList<int>() : (givenRanks.size() == count ? givenRanks : m_keys.ranks());
    if (!m_keys.holds(count) || (!ranks.isEmpty() && std::is_sorted(ranks.cbegin(), ranks.cend()))) {
        // No keys, or ranks in row order (dates and start times: the table is ordered by start): every day's rows
        // are in order already.
        if (!ascending) {
            for (Day& day : m_days)
                std::reverse(day.rows.begin(), day.rows.end());
        }
    } else {
        if (ranks.isEmpty()) {
            // Keys without a plain order (mixed types, NaN): compared one by one.
            for (Day& day : m_days)
                std::stable_sort(day.rows.begin(), day.rows.end(),
                                 [this](int a, int b) { return m_keys.before(a, b); });
        } else {
            // One pass over the rows in rank order, each appended to its day: no comparisons.
            std::vector<int> dayOfRow(size_t(count), 0);
            for (int day = 0; day < m_days.size(); ++day) {
                for (int row : std::as_const(m_days[day].rows))
                    dayOfRow[size_t(row)] = day;
                m_days[day].rows.resize(0);
            }
            const int span = *std::max_element(ranks.cbegin(), ranks.cend()) + 1;
            std::vector<int> byRank(size_t(span), -1);
            for (int row = 0; row < count; ++row)
                byRank[size_t(ranks.at(row))] = row;
            const auto append = [&](int row) {
                if (row >= 0)
                    m_days[dayOfRow[size_t(row)]].rows.append(row);
            };
            if (ascending)
                std::for_each(byRank.cbegin(), byRank.cend(), append);
            else
                std::for_each(byRank.crbegin(), byRank.crend(), append);
        }
    }
    for (int day = 0; day < m_days.size(); ++day)
        place(day);
    updateOffsets(0);
}

// --- data ---------------------------------------------------------------------------------------------------

QVariant DayGroupProxyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int day = dayOfProxyRow(index.row());
    if (day < 0)
        return {};
    if (m_headerRows.at(day) == index.row())
        return headerRowData(day, index.column(), role);
    if (role == DayHeaderRole)
        return false;
    if (role == DayDateRole)
        return m_days.at(day).date;
    return QAbstractProxyModel::data(index, role);
}

QVariant DayGroupProxyModel::headerRowData(int day, int column, int role) const
{
    const QDate date = m_days.at(day).date;
    const bool hasTotal = m_totals && m_totals->range().contains(date);
    const qint64 seconds = hasTotal ? m_totals->seconds(date) : 0;
    const bool today = m_totals && date == m_totals->today();
    const auto title = [&] {
        const QString text = QLocale().toString(date, QLocale::LongFormat);
        //: a day header of the entry table when the day is today: "Monday, 30 November 2026 · today"
        return today ? tr("%1 · today").arg(text) : text;
    };
    //: a day's total in the header row of the entry table, hours:minutes: "7:45 h"
    const auto total = [&] {
        return hasTotal ? tr("%1 h").arg(TimeInputParser::formatDuration(seconds)) : QString();
    };
    switch (role) {
    case DayHeaderRole:
        return true;
    case DayDateRole:
        return date;
    case DayTitleRole:
        return title();
    case DayTotalTextRole:
        return total();
    case DaySecondsRole:
        return seconds;
    case DayIsTodayRole:
        return today;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column != 0)
            return {};
        //: a day header of the entry table: "Monday, 23 November 2026 — 7:45 h"
        return hasTotal ? tr("%1 — %2").arg(title(), total()) : title();
    case Qt::ToolTipRole:
        return hasTotal ? DayTotalsModel::workedAndBookedText(seconds, m_totals->bookedSeconds(date)) : QString();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QModelIndex DayGroupProxyModel::buddy(const QModelIndex& index) const
{
    return index;
}

Qt::ItemFlags DayGroupProxyModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isDayHeader(index.row()))
        return Qt::ItemNeverHasChildren; // not enabled, not selectable: the cursor skips it
    return QAbstractProxyModel::flags(index);
}

QVariant DayGroupProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
    // Vertical sections are this model's rows (day headers among them), not the source's: the plain row numbers.
    return QAbstractItemModel::headerData(section, orientation, role); // NOLINT(bugprone-parent-virtual-call)
}

void DayGroupProxyModel::sort(int column, Qt::SortOrder order)
{
    if (!sourceModel())
        return;
    if (column >= columnCount())
        column = -1;
    if (column == m_keys.column() && order == m_keys.order())
        return;
    // One layout change: the keys of the column read in one go and ranked once, then every day's entries in rank
    // order. The source keeps its order (and its persistent indexes).
    beginRegroup();
    m_keys.setSort(column, order);
    m_descending = order == Qt::DescendingOrder
        && (column == EntryTableModel::DateColumn || column == EntryTableModel::StartColumn);
    rebuild(m_keys.readAll(sourceModel()));
    endRegroup(false);
}

void DayGroupProxyModel::retranslate()
{
    for (int day = 0; day < m_days.size(); ++day)
        emitHeaderChanged(day);
}

void DayGroupProxyModel::emitHeaderChanged(int day)
{
    if (columnCount() == 0)
        return;
    const int row = m_headerRows.at(day);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void DayGroupProxyModel::totalsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!m_totals || !topLeft.isValid())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int day = findDay(m_totals->range().first().addDays(row));
        if (day >= 0)
            emitHeaderChanged(day);
    }
}

// --- source changes -----------------------------------------------------------------------------------------

void DayGroupProxyModel::sourceReset()
{
    readAll();
    endResetModel();
}

void DayGroupProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    // The rows after the insertion move down (none when rows are appended, as pages usually are); the new ones wait
    // outside the days until their block is announced.
    if (first < m_rowDates.size()) {
        for (Day& day : m_days) {
            for (int& row : day.rows) {
                if (row >= first)
                    row += count;
            }
        }
    }
    m_rowDates.insert(first, count, QDate());
    m_rowHints.insert(first, count, RowHint {});
    m_rowPos.insert(first, count, -1);
    m_keys.insert(first, count);
    QMap<QDate, QList<int>> fresh;
    const EntryRowReader reader(sourceModel());
    for (int row = first; row <= last; ++row) {
        readRow(reader, row);
        fresh[m_rowDates.at(row)].append(row);
    }
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it)
        insertIntoDay(it.key(), it.value());
}

void DayGroupProxyModel::insertIntoDay(QDate date, QList<int> rows)
{
    // Usually in order already (pages arrive by start, the table sorted by date): then one pass.
    const auto before = [this](int a, int b) {
        return m_keys.before(a, b);
    };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), before))
        std::stable_sort(rows.begin(), rows.end(), before);
    int day = findDay(date);
    if (day < 0) {
        // A new day: its header and its entries in one block.
        day = insertionDay(date);
        const int at = day < m_days.size() ? m_headerRows.at(day) : m_rowCount;
        beginInsertRows({}, at, at + int(rows.size()));
        m_days.insert(day, { date, rows });
        place(day);
        updateOffsets(day);
        endInsertRows();
        return;
    }
    // Into an existing day: one block per run of new rows that land side by side.
    for (int i = 0; i < rows.size();) {
        QList<int>& list = m_days[day].rows;
        const int pos = m_keys.insertionPosition(list, rows.at(i));
        int j = i + 1;
        while (j < rows.size() && (pos == list.size() || m_keys.before(rows.at(j), list.at(pos))))
            ++j;
        const int at = m_headerRows.at(day) + 1 + pos;
        beginInsertRows({}, at, at + (j - i) - 1);
        list.insert(pos, j - i, 0);
        std::copy(rows.cbegin() + i, rows.cbegin() + j, list.begin() + pos);
        place(day, pos);
        updateOffsets(day + 1);
        endInsertRows();
        i = j;
    }
}

void DayGroupProxyModel::sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Removed here, while the source still has the rows (as QSortFilterProxyModel does); the numbers shift after.
    QMap<int, QList<int>> perDay;
    for (int row = first; row <= last && row < m_rowDates.size(); ++row) {
        const int day = findDay(m_rowDates.at(row));
        if (day >= 0)
            perDay[day].append(row);
    }
    // Later days first: a day that goes does not move the ones before it.
    for (auto it = perDay.cend(); it != perDay.cbegin();) {
        --it;
        removeFromDay(it.key(), it.value());
    }
}

void DayGroupProxyModel::removeFromDay(int day, const QList<int>& rows)
{
    const int header = m_headerRows.at(day);
    if (rows.size() >= m_days.at(day).rows.size()) {
        // The day's last entries: the header goes with them.
        beginRemoveRows({}, header, header + int(m_days.at(day).rows.size()));
        m_days.remove(day);
        updateOffsets(day);
        endRemoveRows();
        return;
    }
    QList<int> positions;
    positions.reserve(rows.size());
    for (int row : rows)
        positions.append(m_rowPos.at(row));
    std::sort(positions.begin(), positions.end());
    // Runs of neighbouring rows, the last run first.
    for (int j = int(positions.size()) - 1; j >= 0;) {
        int i = j;
        while (i > 0 && positions.at(i - 1) == positions.at(i) - 1)
            --i;
        beginRemoveRows({}, header + 1 + positions.at(i), header + 1 + positions.at(j));
        m_days[day].rows.remove(positions.at(i), j - i + 1);
        place(day, positions.at(i));
        updateOffsets(day + 1);
        endRemoveRows();
        j = i - 1;
    }
}

void DayGroupProxyModel::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (last + 1 < m_rowDates.size()) {
        for (Day& day : m_days) {
            for (int& row : day.rows) {
                if (row > last)
                    row -= count;
            }
        }
    }
    const qsizetype removed = std::min<qsizetype>(count, m_rowDates.size() - first);
    m_rowDates.remove(first, removed);
    m_rowHints.remove(first, removed);
    m_rowPos.remove(first, removed);
    m_keys.remove(first, removed);
}

void DayGroupProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                           const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    static const QList<int> dateRoles { EntryTableModel::EntryRole, EntryTableModel::SinceRole,
                                        EntryTableModel::LocalDateRole };
    const bool dates
        = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int r) { return dateRoles.contains(r); });
    if (dates) {
        QList<QPair<int, QDate>> changes;
        const EntryRowReader reader(sourceModel());
        for (int row = topLeft.row(); row <= bottomRight.row() && row < m_rowDates.size(); ++row) {
            const QDate date = reader.localDate(row);
            if (date != m_rowDates.at(row))
                changes.append({ row, date });
        }
        if (!changes.isEmpty())
            changeDays(changes);
    }
    // The sort column's key (a running entry's duration, an edited description): the entry's place in its day.
    if (m_keys.touches(topLeft.column(), bottomRight.column(), roles)) {
        QList<QPair<int, QVariant>> changes;
        for (int row = topLeft.row(); row <= bottomRight.row() && row < m_keys.size(); ++row) {
            QVariant key = m_keys.read(sourceModel(), row);
            if (QVariant::compare(key, m_keys.value(row)) != QPartialOrdering::Equivalent)
                changes.append({ row, std::move(key) });
        }
        if (!changes.isEmpty())
            changeKeys(changes);
    }
    // The rows concerned, in runs of neighbours (a tick: one cell).
    QList<int> rows;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int proxyRow = proxyRowOfSource(row);
        if (proxyRow >= 0)
            rows.append(proxyRow);
    }
    std::sort(rows.begin(), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), topLeft.column()), index(rows.at(j), bottomRight.column()), roles);
        i = j + 1;
    }
}

void DayGroupProxyModel::changeDays(const QList<QPair<int, QDate>>& changes)
{
    // 1. Headers of new days (empty for a moment).
    for (const auto& [row, date] : changes) {
        if (findDay(date) >= 0)
            continue;
        const int day = insertionDay(date);
        const int at = day < m_days.size() ? m_headerRows.at(day) : m_rowCount;
        beginInsertRows({}, at, at);
        m_days.insert(day, { date, {} });
        updateOffsets(day);
        endInsertRows();
    }
    // 2. The rows (selection and current row go with them).
    if (changes.size() <= MaxSingleMoves) {
        for (const auto& [row, date] : changes) {
            const int from = proxyRowOfSource(row);
            const int oldDay = findDay(m_rowDates.at(row));
            const int newDay = findDay(date);
            const int oldPos = m_rowPos.at(row);
            const int pos = m_keys.insertionPosition(m_days.at(newDay).rows, row);
            const int to = m_headerRows.at(newDay) + 1 + pos;
            const bool announced = from >= 0 && beginMoveRows({}, from, from, {}, to);
            if (!announced)
                beginRegroup();
            m_days[oldDay].rows.removeOne(row);
            m_days[newDay].rows.insert(pos, row);
            m_rowDates[row] = date;
            place(oldDay, oldPos);
            place(newDay, pos);
            updateOffsets(std::min(oldDay, newDay));
            if (announced)
                endMoveRows();
            else
                endRegroup(false);
        }
    } else {
        moveRowsBetweenDays(changes);
    }
    // 3. Days left without entries.
    removeEmptyDays();
}

void DayGroupProxyModel::moveRowsBetweenDays(const QList<QPair<int, QDate>>& changes)
{
    beginRegroup();
    for (const auto& [row, date] : changes) {
        const int oldDay = findDay(m_rowDates.at(row));
        if (oldDay >= 0)
            m_days[oldDay].rows.removeOne(row);
        QList<int>& rows = m_days[findDay(date)].rows;
        rows.insert(m_keys.insertionPosition(rows, row), row);
        m_rowDates[row] = date;
    }
    for (int day = 0; day < m_days.size(); ++day)
        place(day);
    updateOffsets(0);
    endRegroup(false);
}

void DayGroupProxyModel::changeKeys(const QList<QPair<int, QVariant>>& changes)
{
    if (changes.size() > MaxSingleMoves) {
        // Many at once (names renamed, a new currency): the days' order again, in one layout change.
        beginRegroup();
        for (const auto& [row, key] : changes)
            m_keys.set(row, key);
        endRegroup(true);
        return;
    }
    for (const auto& [row, key] : changes) {
        if (proxyRowOfSource(row) < 0) {
            m_keys.set(row, key); // not shown (yet)
            continue;
        }
        const int day = findDay(m_rowDates.at(row));
        const int from = m_rowPos.at(row);
        QList<int>& rows = m_days[day].rows;
        rows.remove(from);
        m_keys.set(row, key);
        const int to = m_keys.insertionPosition(rows, row);
        rows.insert(from, row);
        if (to == from)
            continue;
        // Qt's destination counts the rows before the move: below the row it is one further.
        const int header = m_headerRows.at(day);
        const bool announced
            = beginMoveRows({}, header + 1 + from, header + 1 + from, {}, header + 1 + (to > from ? to + 1 : to));
        if (!announced)
            beginRegroup();
        rows.remove(from);
        rows.insert(to, row);
        place(day, std::min(from, to));
        if (announced)
            endMoveRows();
        else
            endRegroup(false);
    }
}

void DayGroupProxyModel::removeEmptyDays()
{
    for (int day = int(m_days.size()) - 1; day >= 0; --day) {
        if (!m_days.at(day).rows.isEmpty())
            continue;
        const int header = m_headerRows.at(day);
        beginRemoveRows({}, header, header);
        m_days.remove(day);
        updateOffsets(day);
        endRemoveRows();
    }
}

void DayGroupProxyModel::sourceLayoutAboutToBeChanged()
{
    // The source reorders or filters its rows (a sort, a filter change): each row keeps its day and key, found again
    // by the row of EntryTableModel behind it (a proxy's layout change leaves its source's rows where they are) and
    // checked by the entry's id. Over another model every row is read again.
    const EntryRowReader reader(sourceModel());
    m_keptByTableRow.clear();
    if (reader.isDirect()) {
        const EntryTableModel* table = reader.table();
        const int tableRows = table->rowCount();
        m_keptByTableRow.fill(-1, tableRows);
        for (int row = 0; row < m_rowDates.size(); ++row) {
            const int at = tableRowOf(reader, row, tableRows);
            if (at < 0)
                continue;
            m_rowHints[row] = RowHint { at, table->idAt(at) };
            m_keptByTableRow[at] = row;
        }
        // Shared copies (no row copied): the rows' lists are rebuilt after the change.
        m_keptDates = m_rowDates;
        m_keptHints = m_rowHints;
        m_keptKeys = m_keys;
    }
    beginRegroup();
}

void DayGroupProxyModel::sourceLayoutChanged()
{
    const EntryRowReader reader(sourceModel());
    const bool byTableRow = reader.isDirect() && m_keptByTableRow.size() == reader.table()->rowCount();
    const int rows = sourceModel()->rowCount();
    m_rowDates.resize(rows);
    m_rowHints.resize(rows);
    m_keys.resize(rows);
    const EntryTableModel* table = reader.table();
    for (int row = 0; row < rows; ++row) {
        // One mapping per row: rows that come back (a cleared filter: nearly all at 100k) are read from the table.
        const int at = byTableRow ? reader.tableRow(row) : -1;
        const int k = at < 0 ? -1 : m_keptByTableRow.at(at);
        if (k >= 0 && m_keptHints.at(k).id == table->idAt(at)) {
            m_rowHints[row] = m_keptHints.at(k);
            m_rowDates[row] = m_keptDates.at(k);
            if (m_keys.isActive())
                m_keys.setFrom(row, m_keptKeys, k);
        } else {
            readRow(reader, row, at);
        }
    }
    m_keptByTableRow.clear();
    m_keptDates.clear();
    m_keptHints.clear();
    m_keptKeys = {};
    endRegroup(true);
}

int DayGroupProxyModel::tableRowOf(const EntryRowReader& reader, int row, int tableRows) const
{
    const RowHint hint = m_rowHints.at(row);
    if (hint.tableRow >= 0 && hint.tableRow < tableRows && reader.table()->idAt(hint.tableRow) == hint.id)
        return hint.tableRow;
    return reader.tableRow(row);
}

void DayGroupProxyModel::sourceRowsMoved(const QModelIndex& parent, int start, int end, const QModelIndex& destination,
                                         int row)
{
    if (!parent.isValid() && !destination.isValid() && end < m_rowDates.size() && row <= m_rowDates.size()) {
        // Rows start to end go before row (rowsMoved's numbering).
        if (row > end) {
            std::rotate(m_rowDates.begin() + start, m_rowDates.begin() + end + 1, m_rowDates.begin() + row);
            std::rotate(m_rowHints.begin() + start, m_rowHints.begin() + end + 1, m_rowHints.begin() + row);
        } else if (row < start) {
            std::rotate(m_rowDates.begin() + row, m_rowDates.begin() + start, m_rowDates.begin() + end + 1);
            std::rotate(m_rowHints.begin() + row, m_rowHints.begin() + start, m_rowHints.begin() + end + 1);
        }
        m_keys.move(start, end, row);
    }
    endRegroup(true);
}

void DayGroupProxyModel::beginRegroup()
{
    if (m_regroupDepth++ > 0)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_savedProxy = persistentIndexList();
    m_saved.clear();
    m_saved.reserve(m_savedProxy.size());
    for (const QModelIndex& index : std::as_const(m_savedProxy)) {
        Saved saved;
        saved.column = index.column();
        const int day = dayOfProxyRow(index.row());
        if (day >= 0 && m_headerRows.at(day) == index.row())
            saved.header = m_days.at(day).date;
        else
            saved.source = mapToSource(index);
        m_saved.append(saved);
    }
}

void DayGroupProxyModel::endRegroup(bool rebuildDays)
{
    if (m_regroupDepth == 0 || --m_regroupDepth > 0)
        return;
    if (rebuildDays)
        rebuild();
    QModelIndexList now;
    now.reserve(m_saved.size());
    for (const Saved& saved : std::as_const(m_saved)) {
        if (saved.header.isValid()) {
            const int row = headerRowOf(saved.header);
            now.append(row < 0 ? QModelIndex() : index(row, saved.column));
        } else {
            now.append(mapFromSource(saved.source));
        }
    }
    changePersistentIndexList(m_savedProxy, now);
    m_savedProxy.clear();
    m_saved.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
