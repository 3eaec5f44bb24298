// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rowsortkeys.h"

#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/sortranks.h"

#include <algorithm>

namespace {

// The row of the proxy's source that each of the proxy's first rows stands for (-1: none).
QList<int> baseRowsOf(const EntryFilterProxyModel* proxy, int rows)
{
    if (const QList<int>* known = proxy->sourceRows(); known && known->size() == rows)
        return *known;
    // The rows' indexes as siblings of the first: a QSortFilterProxyModel's index() looks its mapping up in a hash
    // for every call, sibling() takes it from the index (at 100k rows a third of the mapping's cost).
    QList<int> bases(rows, -1);
    const QModelIndex first = proxy->index(0, 0);
    for (int row = 0; row < rows && first.isValid(); ++row)
        bases[row] = proxy->mapToSource(first.siblingAtRow(row)).row();
    return bases;
}

// Keys held as integers (compared by value, as QVariant::compare compares int and qint64).
bool isInteger(const QVariant& key)
{
    return key.typeId() == QMetaType::LongLong || key.typeId() == QMetaType::Int;
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
    m_integers.clear();
    m_integral = true;
}

QVariant RowSortKeys::value(int row) const
{
    if (!m_integral)
        return m_keys.value(row);
    return row >= 0 && row < m_integers.size() ? QVariant(m_integers.at(row)) : QVariant();
}

void RowSortKeys::set(int row, const QVariant& key)
{
    if (m_integral && isInteger(key)) {
        m_integers[row] = key.toLongLong();
        return;
    }
    if (m_integral)
        holdVariants();
    m_keys[row] = key;
}

void RowSortKeys::setInteger(int row, qint64 key)
{
    if (m_integral)
        m_integers[row] = key;
    else
        m_keys[row] = key;
}

void RowSortKeys::setFrom(int row, const RowSortKeys& other, int otherRow)
{
    if (m_integral && other.m_integral)
        m_integers[row] = other.m_integers.at(otherRow);
    else
        set(row, other.value(otherRow));
}

void RowSortKeys::holdVariants()
{
    m_keys.clear();
    m_keys.reserve(m_integers.size());
    for (const qint64 key : std::as_const(m_integers))
        m_keys.append(key);
    m_integers = {};
    m_integral = false;
}

QVariant RowSortKeys::read(const QAbstractItemModel* source, int row) const
{
    return source->index(row, m_column).data(EntryTableModel::SortRole);
}

QList<int> RowSortKeys::readAll(const QAbstractItemModel* source)
{
    m_keys.clear();
    m_integers.clear();
    m_integral = true;
    if (!isActive() || !source)
        return {};
    const int rows = source->rowCount();
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
            m_integral = keys.kind == SortRanks::Keys::Kind::Integers;
            if (m_integral)
                m_integers.reserve(rows);
            else
                m_keys.reserve(rows);
            QList<int> ranks(rows, 0);
            bool mapped = true;
            for (int row = 0; row < rows && mapped; ++row) {
                const int base = bases.isEmpty() ? row : bases.at(row);
                mapped = base >= 0 && base < baseRanks.size();
                if (!mapped)
                    break;
                if (m_integral)
                    m_integers.append(keys.integers.at(size_t(base)));
                else
                    m_keys.append(keyAt(keys, base));
                ranks[row] = baseRanks.at(base);
            }
            if (mapped)
                return ranks;
            m_keys.clear();
            m_integers.clear();
            m_integral = true;
        }
    }
    QList<QVariant> keys;
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        keys.append(read(source, row));
    const SortRanks::Keys typed = SortRanks::keysOf(keys);
    if (typed.kind == SortRanks::Keys::Kind::Integers || keys.isEmpty())
        m_integers = QList<qint64>(typed.integers.cbegin(), typed.integers.cend());
    else
        m_keys = std::move(keys);
    m_integral = typed.kind == SortRanks::Keys::Kind::Integers || m_keys.isEmpty();
    return SortRanks::ofKeys(typed);
}

QList<int> RowSortKeys::ranks() const
{
    return m_integral ? SortRanks::ofIntegers(m_integers) : SortRanks::of(m_keys);
}

bool RowSortKeys::before(int a, int b) const
{
    const bool ascending = m_order == Qt::AscendingOrder;
    if (isActive() && m_integral && a < m_integers.size() && b < m_integers.size()) {
        const qint64 x = m_integers.at(a);
        const qint64 y = m_integers.at(b);
        if (x != y)
            return (x < y) == ascending;
    } else if (isActive() && !m_integral && a < m_keys.size() && b < m_keys.size()) {
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
    if (isActive() && m_integral)
        m_integers.insert(first, count, 0);
    else if (isActive())
        m_keys.insert(first, count, QVariant());
}

void RowSortKeys::remove(int first, qsizetype count)
{
    if (isActive() && m_integral)
        m_integers.remove(first, std::min(count, m_integers.size() - first));
    else if (isActive())
        m_keys.remove(first, std::min(count, m_keys.size() - first));
}

void RowSortKeys::move(int start, int end, int row)
{
    if (!isActive() || end >= size() || row > size())
        return;
    const auto rotate = [&](auto& keys) {
        if (row > end)
            std::rotate(keys.begin() + start, keys.begin() + end + 1, keys.begin() + row);
        else if (row < start)
            std::rotate(keys.begin() + row, keys.begin() + start, keys.begin() + end + 1);
    };
    if (m_integral)
        rotate(m_integers);
    else
        rotate(m_keys);
}

void RowSortKeys::resize(qsizetype rows)
{
    if (m_integral)
        m_integers.resize(isActive() ? rows : 0);
    else
        m_keys.resize(isActive() ? rows : 0);
}
