// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariant>

// The order of a column's sort keys as one int per row, for EntryFilterProxyModel: the rows ordered by (key, row),
// each row's place in that order. Comparing two ranks then gives what comparing the two keys with QVariant::compare
// gives (ties in row order), at the cost of an int comparison.
// Keys of one type with a plain order are ranked: integers and doubles by value, texts as QString compares them (by
// UTF-16 code unit, as QVariant::compare does; so exactly the order of the lower-cased texts the model gives).
// Anything else (mixed types, NaN, other types) gives an empty list: the caller compares the keys instead.
class SortRanks
{
public:
    static QList<int> of(const QList<QVariant>& keys);

private:
    static QList<int> ofIntegers(const QList<QVariant>& keys);
    static QList<int> ofDoubles(const QList<QVariant>& keys);
    static QList<int> ofTexts(const QList<QVariant>& keys);
};
