// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

// The one way a time of day is written as the Clockodo user prefers (users/me timeformat_12h): "09:30" or
// "9:30 AM" (AM/PM as the locale writes them). Empty for an invalid time.
class TimeOfDayFormat
{
public:
    static QString format(QTime time, bool twelveHour, const QLocale& locale = QLocale());
};
