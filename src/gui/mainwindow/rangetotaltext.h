// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

class QLabel;

// The hours of the shown range as the window shows them: "Week: 38:30 h (38.50 h)" in the status bar, with worked and
// booked time as its tooltip (overlapping entries count once). The chart shows the hours of each day.
// The texts keep MainWindow's translation context.
class RangeTotalText
{
public:
    static void show(QLabel* statusLabel, DateRange::Period period, qint64 workedSeconds, qint64 bookedSeconds);
};
