// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/columnfit.h"

#include <algorithm>

QList<int> ColumnFit::fit(const QList<Column>& columns, int room)
{
    QList<int> widths;
    qint64 total = 0;
    qint64 slack = 0;
    for (const Column& column : columns) {
        widths.append(column.wanted);
        total += column.wanted;
        slack += std::max(0, column.wanted - column.minimum);
    }
    const qint64 excess = total - room;
    if (excess <= 0 || slack <= 0)
        return widths;
    if (slack <= excess) {
        for (int i = 0; i < columns.size(); ++i)
            widths[i] = std::min(columns.at(i).wanted, columns.at(i).minimum);
        return widths;
    }
    // Each gives its share of the excess, rounded up so that the sum fits.
    for (int i = 0; i < columns.size(); ++i) {
        const qint64 give = std::max(0, columns.at(i).wanted - columns.at(i).minimum);
        widths[i] = columns.at(i).wanted - int((excess * give + slack - 1) / slack);
    }
    return widths;
}
