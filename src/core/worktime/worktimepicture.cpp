// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worktime/worktimepicture.h"

#include <algorithm>
#include <cmath>

QDate WorkTimePicture::weekStart(const QDate& date, bool weekStartMonday)
{
    const int back = weekStartMonday ? date.dayOfWeek() - 1 : date.dayOfWeek() % 7;
    return date.addDays(-back);
}

int WorkTimePicture::otherYearOfWeek(const QDate& today, bool weekStartMonday)
{
    const QDate first = weekStart(today, weekStartMonday);
    if (first.year() != today.year())
        return first.year();
    const QDate last = first.addDays(6);
    return last.year() != today.year() ? last.year() : 0;
}

WorkTimePicture WorkTimePicture::compute(const UserReport& report, const QList<Absence>& absences, const QDate& today,
                                         qint64 runningTodaySeconds, qint64 runningWeekSeconds, bool weekStartMonday,
                                         const UserReport* otherYear)
{
    WorkTimePicture p;
    p.valid = true;
    p.today = today;
    p.hasTarget = report.sumTarget.has_value();
    const QDate first = weekStart(today, weekStartMonday);
    const auto addToWeek = [&p, first](const UserReportDay& day) {
        if (day.date < first || day.date >= first.addDays(7) || p.dailyTargets.contains(day.date))
            return;
        p.weekSeconds += std::llround(day.hours);
        const qint64 target = std::llround(day.target.value_or(0.0));
        p.weekTargetSeconds += target;
        p.dailyTargets.insert(day.date, target);
    };
    if (otherYear) {
        for (const UserReportDay& day : otherYear->days) {
            if (day.date.year() != today.year())
                addToWeek(day);
        }
    }
    double overtime = report.overtimeCarryover;
    for (const UserReportDay& day : report.days) {
        if (day.date < today)
            overtime += day.diff;
        addToWeek(day);
        if (day.date == today) {
            p.todaySeconds = std::llround(day.hours);
            p.todayTargetSeconds = std::llround(day.target.value_or(0.0));
            p.dayOff = day.nonbusiness || day.absenceDays > 0 || (p.hasTarget && p.todayTargetSeconds == 0);
        }
    }
    p.todaySeconds += runningTodaySeconds;
    p.weekSeconds += runningWeekSeconds;
    if (p.hasTarget) {
        p.overtimeSeconds = std::llround(overtime);
        p.vacationDaysLeft = report.holidaysQuota + report.holidaysCarry - report.regularHolidays;
    }
    for (const Absence& a : absences) {
        if (a.isPlanned() && a.dateUntil >= today)
            p.upcoming.append(a);
        if (a.status == Absence::Approved && a.covers(today))
            p.dayOff = true;
    }
    std::sort(p.upcoming.begin(), p.upcoming.end(),
              [](const Absence& a, const Absence& b) { return a.dateSince < b.dateSince; });
    if (p.upcoming.size() > MaxUpcoming)
        p.upcoming.resize(MaxUpcoming);
    return p;
}
