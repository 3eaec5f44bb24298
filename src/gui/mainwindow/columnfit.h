// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// The widths of a table's columns beside one that stretches (the description): every column gets the width it
// wants while they all fit into the room given; otherwise the columns that can give way (names) shrink towards
// their minimum, each in proportion to what it can give, so that no horizontal scrollbar is needed.
class ColumnFit
{
public:
    struct Column
    {
        int wanted = 0;
        int minimum = 0; // == wanted: a column that keeps its width (times, amounts)
    };

    // One width per column; their sum is at most room unless even the minimums do not fit.
    static QList<int> fit(const QList<Column>& columns, int room);
};
