// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

#include <vector>

// The order of a column's sort keys as one int per row, for EntryFilterProxyModel and RowSortKeys: the rows ordered by
// (key, row), each row's place in that order. Comparing two ranks then gives what comparing the two keys with
// QVariant::compare gives (ties in row order), at the cost of an int comparison. Keys of one type with a plain order
// are ranked: integers (int and qint64 alike) and doubles by value, texts as QString compares them (by UTF-16 code
// unit, as QVariant::compare does; so exactly the order of the lower-cased texts the model gives). Anything else (mixed
// types, NaN, other types) gives an empty list: the caller compares the keys instead.
class SortRanks
{
public:
    // A column's keys read in one go (EntryTableModel::sortKeys), without a QVariant per row: one of the vectors by
    // row, or texts as a table: each row's index into texts (a text read once for the many rows it stands for; equal
    // texts may still appear more than once there, and tie).
    struct Keys
    {
        enum class Kind
        {
            None, // nothing ranked: the caller reads the keys one by one
            Integers,
            Doubles,
            Texts,
        };
        Kind kind = Kind::None;
        std::vector<qint64> integers;
        std::vector<double> doubles;
        QStringList texts;
        std::vector<int> textOfRow;
    };

    static QList<int> of(const QList<QVariant>& keys);
    // The keys of QVariants of one type with a plain order (integers, doubles, texts); Kind::None for mixed types or
    // another type.
    static Keys keysOf(const QList<QVariant>& values);
    // The same ranks as of() gives for the keys' QVariants (empty for Kind::None or a NaN).
    static QList<int> ofKeys(const Keys& keys);
    // The same for integer keys held without a QVariant each (RowSortKeys).
    static QList<int> ofIntegers(const QList<qint64>& keys);

private:
    template<typename Numbers>
    static QList<int> ofNumbers(const Numbers& keys);
    static QList<int> ofTextTable(const QStringList& texts, const std::vector<int>& textOfRow);
};
