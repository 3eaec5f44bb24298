// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Date patterns (QLocale::toString syntax) that the translators adapt to their language: German writes
// "Mo. 23. Nov.", French "lun. 23 nov.". Every date the UI shows goes through one of these.
class DateFormats
{
    Q_DECLARE_TR_FUNCTIONS(DateFormats)
public:
    static QString weekdayDayMonth(); // "Mon 23 Nov"
    static QString longWeekdayDayMonth(); // "Monday 23 November"
    static QString weekdayDay(); // "Mon 23"
    static QString dayMonth(); // "23 Nov"
    static QString dayMonthYear(); // "23 Nov 2026"
};
