// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/dateformats.h"

#include <QRegularExpression>

QString DateFormats::weekdayDayMonth()
{
    //: QLocale date pattern for a day row and an entry's date: short weekday, day, short month. German: ddd d. MMM
    return tr("ddd d MMM");
}

QString DateFormats::longWeekdayDayMonth()
{
    //: QLocale date pattern for a day in tooltips: long weekday, day, long month. German: dddd, d. MMMM
    return tr("dddd d MMMM");
}

QString DateFormats::weekdayDay()
{
    //: QLocale date pattern under a bar of the hours chart: short weekday and day. German: ddd d.
    return tr("ddd d");
}

QString DateFormats::dayMonth()
{
    //: QLocale date pattern for the start of a range in the same year: day and short month. German: d. MMM
    return tr("d MMM");
}

QString DateFormats::dayMonthYear()
{
    //: QLocale date pattern for a date with year: day, short month, year. German: d. MMM yyyy
    return tr("d MMM yyyy");
}

QString DateFormats::shortDate(const QLocale& locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString DateFormats::shortDateTime(const QLocale& locale)
{
    return withFullYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString DateFormats::withFullYear(QString pattern)
{
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    return pattern.replace(twoDigitYear, QStringLiteral("yyyy"));
}
