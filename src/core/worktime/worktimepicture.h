// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/worktime/absence.h"
#include "api/worktime/userreport.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

// Where the user stands against their hours on one day: today's and this week's worked seconds (a running clock
// included) against their targets, the overtime balance until yesterday, the vacation days left this year and the
// upcoming absences. Built from a user report (type 3) and the year's absences; a user without target hours has
// hasTarget false and only the worked seconds mean something.
class WorkTimePicture
{
public:
    static constexpr int MaxUpcoming = 3;

    bool valid = false;
    bool hasTarget = false;
    QDate today;
    qint64 todaySeconds = 0;
    qint64 todayTargetSeconds = 0;
    qint64 weekSeconds = 0;
    qint64 weekTargetSeconds = 0;
    std::optional<qint64> overtimeSeconds; // carry-over plus the differences until yesterday
    std::optional<double> vacationDaysLeft; // quota + carry-over - vacation days of the year
    QList<Absence> upcoming; // planned absences that end today or later, soonest first
    QHash<QDate, qint64> dailyTargets; // the week's target seconds per day (for the chart)
    // Today Clockodo plans no work: a non-business day, an absence, or a day without target.
    bool dayOff = false;

    // runningTodaySeconds: what the running clock adds to today (the part of it since midnight);
    // runningWeekSeconds: what it adds to the week (since the week's start). otherYear: the report of the other year
    // of a week across New Year (its days count for the week only; overtime and vacation are the report's year's).
    static WorkTimePicture compute(const UserReport& report, const QList<Absence>& absences, const QDate& today,
                                   qint64 runningTodaySeconds, qint64 runningWeekSeconds, bool weekStartMonday = true,
                                   const UserReport* otherYear = nullptr);
    // The year other than today's that today's week reaches into (0 when the week lies in one year).
    static int otherYearOfWeek(const QDate& today, bool weekStartMonday);
    // The first day of the week that holds date (Monday or Sunday).
    static QDate weekStart(const QDate& date, bool weekStartMonday);
};
