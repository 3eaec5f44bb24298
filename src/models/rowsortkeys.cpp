// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rowsortkeys.h"

#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/sortranks.h"

#include <algorithm>

namespace {

// The row of the proxy's source that each of the proxy's first rows stands for (-1: none).
QList<int> baseRowsOf(const QAbstractProxyModel* proxy, int rows)
{
    // The rows' indexes as siblings of the first: a QSortFilterProxyModel's index() looks its mapping up in a hash
    // for every call, sibling() takes it from the index (at 100k rows a third of the mapping's cost).
    QList<int> bases(rows, -1);
    const QModelIndex first = proxy->index(0, 0);
    for (int row = 0; row < rows && first.isValid(); ++row)
        bases[row] = proxy->mapToSource(first.siblingAtRow(row)).row();
    return bases;
}

// The key SortRanks::Keys holds for row, as the QVariant EntryTableModel::SortRole gives.
QVariant keyAt(const SortRanks::Keys& keys, int row)
{
    switch (keys.kind) {
    case SortRanks::Keys::Kind::Integers:
        return keys.integers.at(size_t(row));
    case SortRanks::Keys::Kind::Doubles:
        return keys.doubles.at(size_t(row));
    case SortRanks::Keys::Kind::Texts:
        return keys.texts.at(keys.textOfRow.at(size_t(row)));
    case SortRanks::Keys::Kind::None:
        break;
    }
    return {};
}

} // namespace

void RowSortKeys::setSort(int column, Qt::SortOrder order)
{
    m_column = column;
    m_order = order;
    m_keys.clear();
}

QVariant RowSortKeys::read(const QAbstractItemModel* source, int row) const
{
    return source->index(row, m_column).data(EntryTableModel::SortRole);
}

QList<int> RowSortKeys::readAll(const QAbstractItemModel* source)
{
    m_keys.clear();
    if (!isActive() || !source)
        return {};
    const int rows = source->rowCount();
    m_keys.reserve(rows);
    const auto* filter = qobject_cast<const EntryFilterProxyModel*>(source);
    const auto* table = filter ? qobject_cast<const EntryTableModel*>(filter->sourceModel()) : nullptr;
    if (table && filter->sortColumn() < 0 && rows > 0) {
        const SortRanks::Keys keys = table->sortKeys(m_column);
        const QList<int> baseRanks = SortRanks::ofKeys(keys);
        if (baseRanks.size() == table->rowCount()) {
            // Unfiltered, the filter proxy's rows are the table's (it keeps the table's order).
            QList<int> bases;
            if (rows != table->rowCount())
                bases = baseRowsOf(filter, rows);
            QList<int> ranks(rows, 0);
            bool mapped = true;
            for (int row = 0; row < rows && mapped; ++row) {
                const int base = bases.isEmpty() ? row : bases.at(row);
                mapped = base >= 0 && base < baseRanks.size();
                if (mapped) {
                    m_keys.append(keyAt(keys, base));
                    ranks[row] = baseRanks.at(base);
                }
            }
            if (mapped)
                return ranks;
            m_keys.clear();
        }
    }
    for (int row = 0; row < rows; ++row)
        m_keys.append(read(source, row));
    return SortRanks::of(m_keys);
}

QList<int> RowSortKeys::ranks() const
{
    return SortRanks::of(m_keys);
}

bool RowSortKeys::before(int a, int b) const
{
    const bool ascending = m_order == Qt::AscendingOrder;
    if (isActive() && a < m_keys.size() && b < m_keys.size()) {
        const QPartialOrdering order = QVariant::compare(m_keys.at(a), m_keys.at(b));
        if (order == QPartialOrdering::Less)
            return ascending;
        if (order == QPartialOrdering::Greater)
            return !ascending;
    }
    return ascending ? a < b : a > b;
}

int RowSortKeys::insertionPosition(const QList<int>& rows, int row) const
{
    const auto it
        = std::lower_bound(rows.cbegin(), rows.cend(), row, [this](int r, int value) { return before(r, value); });
    return int(it - rows.cbegin());
}

bool RowSortKeys::touches(int left, int right, const QList<int>& roles) const
{
    if (!isActive() || m_column < left || m_column > right)
        return false;
    static const QList<int> keyRoles { Qt::DisplayRole, EntryTableModel::EntryRole, EntryTableModel::SortRole };
    return roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int r) { return keyRoles.contains(r); });
}

void RowSortKeys::insert(int first, int count)
{
    if (isActive())
        m_keys.insert(first, count, QVariant());
}

void RowSortKeys::remove(int first, qsizetype count)
{
    if (isActive())
        m_keys.remove(first, std::min(count, m_keys.size() - first));
}

void RowSortKeys::move(int start, int end, int row)
{
    if (!isActive() || end >= m_keys.size() || row > m_keys.size())
        return;
    if (row > end)
        std::rotate(m_keys.begin() + start, m_keys.begin() + end + 1, m_keys.begin() + row);
    else if (row < start)
        std::rotate(m_keys.begin() + row, m_keys.begin() + start, m_keys.begin() + end + 1);
}

void RowSortKeys::resize(qsizetype rows)
{
    m_keys.resize(isActive() ? rows : 0);
}
