// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entryfilterproxymodel.h"

#include "api/entries/entryquery.h"
#include "models/entrytablemodel.h"
#include "models/sortranks.h"
#include "models/textfolding.h"

#include <QTimer>

#include <numeric>

EntryFilterProxyModel::EntryFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_scanTimer(new QTimer(this))
{
    setDynamicSortFilter(true);
    setSortRole(EntryTableModel::SortRole);
    m_scanTimer->setSingleShot(true);
    m_scanTimer->setInterval(0);
    connect(m_scanTimer, &QTimer::timeout, this, &EntryFilterProxyModel::scanSlice);
    // Connected before any model over this one can connect: the rows known are forgotten before a change of this
    // model's rows reaches them, and a filter change's rows take effect before its layoutChanged reaches them (those
    // before the change are the ones known until then).
    const auto forget = [this] {
        if (!m_changing)
            forgetSourceRows();
    };
    connect(this, &QAbstractItemModel::rowsAboutToBeInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsAboutToBeMoved, this, forget);
    connect(this, &QAbstractItemModel::layoutAboutToBeChanged, this, forget);
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, forget);
    connect(this, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_changing)
            return;
        m_sourceRows = std::move(m_nextSourceRows);
        m_sourceRowsKnown = m_nextSourceRowsKnown;
    });
}

void EntryFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    cancelScan();
    forgetSourceRows();
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    if (model) {
        // Before QSortFilterProxyModel's own connections: rows inserted or removed that this model filters out
        // change no row of it, but the source rows of its rows.
        const auto forget = [this] {
            forgetSourceRows();
        };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Only for a scan in progress (QSortFilterProxyModel follows the source itself).
    m_sourceConnections += {
        connect(model, &QAbstractItemModel::rowsInserted, this, &EntryFilterProxyModel::sourceRowsInserted),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EntryFilterProxyModel::sourceRowsRemoved),
        connect(model, &QAbstractItemModel::dataChanged, this, &EntryFilterProxyModel::sourceDataChanged),
        connect(model, &QAbstractItemModel::rowsMoved, this, &EntryFilterProxyModel::restartScan),
        connect(model, &QAbstractItemModel::layoutChanged, this, &EntryFilterProxyModel::restartScan),
        connect(model, &QAbstractItemModel::modelReset, this, &EntryFilterProxyModel::restartScan),
    };
}

void EntryFilterProxyModel::setScanRows(int rows)
{
    m_scanRows = std::max(1, rows);
}

void EntryFilterProxyModel::changed(bool server)
{
    // One layout change of the rows that stay instead of invalidateFilter()'s removal or insertion per run of rows:
    // each such signal costs the day groups and the view's vertical header in proportion to all rows (a letter typed
    // into the filter at 100,000 rows took seconds). Sorted, the rows that stay are ordered by ranks as in sort().
    const bool sorted = dynamicSortFilter() && sortColumn() >= 0;
    if (sorted)
        rankRows(sortColumn());
    // Every source row tested once: the mapping takes the result, and unsorted the rows are known (sourceRows()).
    const QAbstractItemModel* source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    QBitArray accepted(rows);
    m_nextSourceRows.clear();
    if (!sorted)
        m_nextSourceRows.reserve(rows);
    if (!hasFilter()) {
        accepted.fill(true);
        if (!sorted) {
            m_nextSourceRows.resize(rows);
            std::iota(m_nextSourceRows.begin(), m_nextSourceRows.end(), 0);
        }
    } else {
        for (int row = 0; row < rows; ++row) {
            if (!accepts(row, {}))
                continue;
            accepted.setBit(row);
            if (!sorted)
                m_nextSourceRows.append(row);
        }
    }
    m_nextSourceRowsKnown = source && !sorted;
    m_accepted = &accepted;
    m_changing = true;
    invalidate();
    rowCount(); // the new mapping, while the ranks and the results are here
    m_changing = false;
    m_accepted = nullptr;
    m_nextSourceRows = {};
    m_sortRanks = {};
    m_sortKeys = {};
    emit filtersChanged();
    if (server)
        emit serverFiltersChanged();
}

void EntryFilterProxyModel::setCustomerId(std::optional<qint64> id)
{
    if (m_customerId == id)
        return;
    m_customerId = id;
    changed(true);
}

void EntryFilterProxyModel::setProjectId(std::optional<qint64> id)
{
    if (m_projectId == id)
        return;
    m_projectId = id;
    changed(true);
}

void EntryFilterProxyModel::setServiceId(std::optional<qint64> id)
{
    if (m_serviceId == id)
        return;
    m_serviceId = id;
    changed(true);
}

void EntryFilterProxyModel::setBillable(std::optional<int> billable)
{
    if (m_billable == billable)
        return;
    m_billable = billable;
    changed(true);
}

void EntryFilterProxyModel::setText(const QString& text)
{
    if (m_text == text)
        return;
    m_text = text;
    const QStringList words = TextFolding::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    cancelScan();
    if (words == m_words)
        return; // another space, or back to the text in effect while a scan ran
    const auto* table = qobject_cast<const EntryTableModel*>(sourceModel());
    if (words.isEmpty() || !table || table->rowCount() <= m_scanRows)
        return applyWords(words);
    m_scan = TextScan { words, QBitArray(table->rowCount()), 0 };
    m_scanTimer->start();
}

void EntryFilterProxyModel::applyWords(const QStringList& words)
{
    m_words = words;
    changed(false);
}

void EntryFilterProxyModel::scanSlice()
{
    const auto* table = qobject_cast<const EntryTableModel*>(sourceModel());
    if (!m_scan || !table)
        return;
    TextScan& scan = *m_scan;
    const int rows = table->rowCount();
    if (scan.matches.size() != rows)
        scan.matches.resize(rows); // rows appended or removed behind the scan
    const int begin = scan.next;
    const int end = int(std::min<qint64>(qint64(scan.next) + m_scanRows, rows));
    for (int row = scan.next; row < end; ++row) {
        if (table->containsAllWords(row, scan.words))
            scan.matches.setBit(row);
    }
    scan.next = end;
    if (scan.next < rows || end > begin) {
        // More rows to test, or this turn tested the last ones: the result takes effect in a turn of its own.
        m_scanTimer->start();
        return;
    }
    // Every row tested: one layout change with the result.
    const TextScan done = std::move(scan);
    m_scan.reset();
    m_scanned = &done.matches;
    applyWords(done.words);
    m_scanned = nullptr;
}

void EntryFilterProxyModel::cancelScan()
{
    m_scan.reset();
    m_scanTimer->stop();
}

void EntryFilterProxyModel::restartScan()
{
    if (!m_scan)
        return;
    m_scan->matches.fill(false, sourceModel() ? sourceModel()->rowCount() : 0);
    m_scan->next = 0;
    m_scanTimer->start();
}

void EntryFilterProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int)
{
    // Appended rows (pages of a load) are tested when the scan comes to them; rows inserted before it shift the rows
    // it has tested.
    if (m_scan && !parent.isValid() && first < m_scan->next)
        restartScan();
}

void EntryFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent, int first, int)
{
    if (m_scan && !parent.isValid() && first < m_scan->next)
        restartScan();
}

void EntryFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const auto* table = qobject_cast<const EntryTableModel*>(sourceModel());
    if (!m_scan || !table || !topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int last = std::min(bottomRight.row(), m_scan->next - 1);
    for (int row = topLeft.row(); row <= last; ++row)
        m_scan->matches.setBit(row, table->containsAllWords(row, m_scan->words));
}

void EntryFilterProxyModel::clearFilters()
{
    const bool server = hasServerFilter();
    cancelScan();
    if (!hasFilter()) {
        m_text.clear(); // a text still being tested, or spaces
        return;
    }
    m_customerId.reset();
    m_projectId.reset();
    m_serviceId.reset();
    m_billable.reset();
    m_text.clear();
    m_words.clear();
    changed(server);
}

bool EntryFilterProxyModel::hasFilter() const
{
    return hasServerFilter() || !m_words.isEmpty();
}

bool EntryFilterProxyModel::hasServerFilter() const
{
    return m_customerId || m_projectId || m_serviceId || m_billable;
}

void EntryFilterProxyModel::applyServerFilters(EntryQuery* query) const
{
    if (!query)
        return;
    query->customersId = m_customerId;
    query->projectsId = m_projectId;
    query->servicesId = m_serviceId;
    query->billable = m_billable;
}

bool EntryFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_accepted && !sourceParent.isValid() && sourceRow < m_accepted->size())
        return m_accepted->testBit(sourceRow);
    return accepts(sourceRow, sourceParent);
}

bool EntryFilterProxyModel::accepts(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!hasFilter())
        return true; // every row, without an index each (a cleared filter at 100,000 rows)
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_customerId && index.data(EntryTableModel::CustomerIdRole).toLongLong() != *m_customerId)
        return false;
    if (m_projectId) {
        const QVariant project = index.data(EntryTableModel::ProjectIdRole);
        if (!project.isValid() || project.toLongLong() != *m_projectId)
            return false;
    }
    if (m_serviceId) {
        const QVariant service = index.data(EntryTableModel::ServiceIdRole);
        if (!service.isValid() || service.toLongLong() != *m_serviceId)
            return false;
    }
    if (m_billable) {
        const int billable = index.data(EntryTableModel::BillableRole).toInt();
        if (*m_billable == BillableOrBilled ? billable == 0 : billable != *m_billable)
            return false;
    }
    if (!m_words.isEmpty()) {
        if (m_scanned && !sourceParent.isValid() && sourceRow < m_scanned->size())
            return m_scanned->testBit(sourceRow);
        if (const auto* table = qobject_cast<const EntryTableModel*>(sourceModel()); table && !sourceParent.isValid())
            return table->containsAllWords(sourceRow, m_words);
        const QString haystack = TextFolding::fold(index.data(EntryTableModel::SearchTextRole).toString());
        for (const QString& word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

void EntryFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // QSortFilterProxyModel does nothing for the column and order it already has.
    const bool unchanged = dynamicSortFilter() && column == sortColumn() && order == sortOrder();
    if (!unchanged)
        rankRows(column);
    if (column >= 0)
        forgetSourceRows(); // sorted: the rows are no longer in the source's order
    QSortFilterProxyModel::sort(column, order);
    m_sortRanks = {};
    m_sortKeys = {};
}

void EntryFilterProxyModel::rankRows(int column)
{
    QAbstractItemModel* source = sourceModel();
    if (!source || column < 0 || column >= source->columnCount())
        return;
    // From an EntryTableModel all keys in one call; from any other source (and for keys without ranks) by data().
    const auto* table = qobject_cast<const EntryTableModel*>(source);
    if (table && sortRole() == EntryTableModel::SortRole)
        m_sortRanks = SortRanks::ofKeys(table->sortKeys(column));
    if (m_sortRanks.isEmpty()) {
        const int rows = source->rowCount();
        QList<QVariant> keys;
        keys.reserve(rows);
        for (int row = 0; row < rows; ++row)
            keys.append(source->index(row, column).data(sortRole()));
        m_sortRanks = SortRanks::of(keys);
        if (m_sortRanks.isEmpty())
            m_sortKeys = std::move(keys);
    }
}

bool EntryFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int l = left.row();
    const int r = right.row();
    // Called 1.7 million times per sort at 100k rows: the ranks by pointer (no bounds assertion per call).
    const qsizetype ranked = m_sortRanks.size();
    if (l < ranked && r < ranked) {
        const int* ranks = m_sortRanks.constData();
        return ranks[l] < ranks[r];
    }
    const bool cached = l < m_sortKeys.size() && r < m_sortKeys.size();
    const QVariant a = cached ? m_sortKeys.at(l) : left.data(EntryTableModel::SortRole);
    const QVariant b = cached ? m_sortKeys.at(r) : right.data(EntryTableModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return l < r;
}
