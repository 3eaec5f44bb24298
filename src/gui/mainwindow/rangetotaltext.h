// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

class QLabel;

// The hours of the shown range as the window shows them: "Week: 38:30 h (38.50 h)" in the status bar, "Total 38:30 h
// (38.50 h)" beside the day list, with worked and booked time as their tooltip (overlapping entries count once).
// The texts keep MainWindow's translation context.
class RangeTotalText
{
public:
    static void show(QLabel* statusLabel, QLabel* rangeLabel, DateRange::Period period, qint64 workedSeconds,
                     qint64 bookedSeconds);
};
