// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariant>
#include <QtCore/qnamespace.h>

class QAbstractItemModel;

// The sort keys of a model's rows for the column the user sorted by (EntryTableModel::SortRole), kept per row as
// rows come and go, and the order they give: by key, ties in row order, descending the exact reverse. Without a
// column (-1) rows keep their order (reversed descending). DayGroupProxyModel orders each day's entries by it.
//
// Integer keys (dates, times, durations: the table's default sort) are held as integers, without a QVariant each, as
// long as every key is one (int and qint64 alike, compared by value as QVariant::compare does); the first key of
// another kind turns them all into QVariants. At 100,000 rows the QVariants' copies and their ranking were a fifth of
// a filter change's cost to the day groups.
class RowSortKeys
{
public:
    // A new column and order; the keys are read again by readAll().
    void setSort(int column, Qt::SortOrder order);
    int column() const { return m_column; }
    Qt::SortOrder order() const { return m_order; }
    bool isActive() const { return m_column >= 0; }
    // Whether the keys of count rows are held (a sort column and one key per row).
    bool holds(qsizetype count) const { return isActive() && size() == count; }
    // Whether they are held as integers (see above), and one of them then.
    bool holdsIntegers() const { return m_integral; }
    qint64 integerAt(int row) const { return m_integers.at(row); }

    // Every row's key read again from source, and their ranks (one unique number per row, in (key, row) order; empty
    // when the keys have no plain order). From an EntryTableModel under an EntryFilterProxyModel that keeps its order:
    // the column's keys in one call (EntryTableModel::sortKeys), ranked once; from any other source row by row.
    QList<int> readAll(const QAbstractItemModel* source);
    QVariant read(const QAbstractItemModel* source, int row) const;
    // The ranks of the keys held (as readAll gives them).
    QList<int> ranks() const;

    // Whether row a comes before row b.
    bool before(int a, int b) const;
    // Where row goes among rows (ordered by before(), row not among them).
    int insertionPosition(const QList<int>& rows, int row) const;
    // Whether a data change of the columns left to right with these roles can change a key.
    bool touches(int left, int right, const QList<int>& roles) const;

    qsizetype size() const { return m_integral ? m_integers.size() : m_keys.size(); }
    // Integer keys as qint64.
    QVariant value(int row) const;
    void set(int row, const QVariant& key);
    void setInteger(int row, qint64 key);
    // The key of other's row otherRow (other with the same column), without a QVariant when both hold integers.
    void setFrom(int row, const RowSortKeys& other, int otherRow);
    // Rows inserted (keys to be set), removed, moved (start to end before row, as QAbstractItemModel::rowsMoved says).
    void insert(int first, int count);
    void remove(int first, qsizetype count);
    void move(int start, int end, int row);
    void resize(qsizetype rows);

private:
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    // Turns integers held into QVariants.
    void holdVariants();

    // Per row, one of the two (m_integral); empty without a column.
    bool m_integral = true;
    QList<qint64> m_integers;
    QList<QVariant> m_keys;
};
