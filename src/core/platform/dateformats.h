// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
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
    // The locale's short numeric formats with a four-digit year: German "25.11.2026" (its own short format says
    // "25.11.26"), US English "11/25/2026", and with the time "25.11.2026 14:05".
    static QString shortDate(const QLocale& locale);
    static QString shortDateTime(const QLocale& locale);
    // A QLocale pattern with every two-digit year ("yy") widened to four digits ("yyyy").
    static QString withFullYear(QString pattern);
};
