// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worktime/worktimetext.h"

#include "core/platform/dateformats.h"

#include <QLocale>

#include <cstdlib>

QString WorkTimeText::hoursMinutes(qint64 seconds, bool withSign)
{
    const qint64 minutes = std::llabs(seconds) / 60;
    const QString text = QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (!withSign)
        return seconds < 0 && minutes > 0 ? QStringLiteral("\u2212") + text : text;
    return (seconds < 0 && minutes > 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + text;
}

QString WorkTimeText::today(const WorkTimePicture& p)
{
    if (!p.hasTarget)
        return tr("Today %1 h", "worked hours:minutes").arg(hoursMinutes(p.todaySeconds));
    return tr("Today %1 of %2 h", "worked of target, hours:minutes")
        .arg(hoursMinutes(p.todaySeconds), hoursMinutes(p.todayTargetSeconds));
}

QString WorkTimeText::week(const WorkTimePicture& p)
{
    if (!p.hasTarget)
        return tr("Week %1 h", "worked hours:minutes").arg(hoursMinutes(p.weekSeconds));
    return tr("Week %1 of %2 h", "worked of target, hours:minutes")
        .arg(hoursMinutes(p.weekSeconds), hoursMinutes(p.weekTargetSeconds));
}

QString WorkTimeText::line(const WorkTimePicture& p)
{
    if (!p.valid)
        return {};
    return today(p) + QStringLiteral(" \u00b7 ") + week(p);
}

QString WorkTimeText::overtime(qint64 seconds)
{
    return tr("Overtime: %1 h").arg(hoursMinutes(seconds, true));
}

QString WorkTimeText::vacationLeft(double days)
{
    return tr("Vacation left: %1 days").arg(QLocale().toString(days, 'g', 4));
}

QString WorkTimeText::absenceType(std::optional<int> type)
{
    switch (type.value_or(0)) {
    case 1:
        return tr("Vacation");
    case 2:
    case 10:
        return tr("Special leave");
    case 3:
        return tr("Overtime reduction");
    case 4:
    case 5:
    case 11:
    case 12:
    case 15:
        return tr("Sick leave");
    case 6:
        return tr("Training");
    case 8:
        return tr("Home office");
    case 9:
        return tr("Out of office");
    default:
        return tr("Absence");
    }
}

QString WorkTimeText::absence(const Absence& a)
{
    const QLocale locale;
    const QString format = DateFormats::shortDate(locale); // "21.12.2026", not the locale's "21.12.26"
    QString dates = locale.toString(a.dateSince, format);
    if (a.dateUntil != a.dateSince)
        dates += QStringLiteral(" \u2013 ") + locale.toString(a.dateUntil, format);
    QString text = absenceType(a.type) + QStringLiteral(" \u00b7 ") + dates;
    if (a.status == Absence::Enquired)
        text += QLatin1Char(' ') + tr("(requested)");
    return text;
}
