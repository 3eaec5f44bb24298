// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worktime/reminderscheduler.h"

#include "core/worktime/worktimetext.h"

std::pair<QTime, QTime> ReminderScheduler::workingHours(const Situation& s) const
{
    const QDate day = s.nowUtc.toTimeZone(s.zone).date();
    if (s.dayOff)
        return {};
    if (s.todayTargetSeconds) {
        if (*s.todayTargetSeconds <= 0)
            return {};
        const int seconds = int(qMin<qint64>(*s.todayTargetSeconds, 24 * 3600 - 1));
        const QTime end = m_options.workStart.addSecs(seconds);
        return { m_options.workStart, end < m_options.workStart ? QTime(23, 59, 59) : end };
    }
    if (!m_options.workDays.contains(day.dayOfWeek()))
        return {};
    return { m_options.workStart, m_options.workEnd };
}

bool ReminderScheduler::inQuietHours(const QTime& t) const
{
    if (!m_options.quietHours || m_options.quietStart == m_options.quietEnd)
        return false;
    if (m_options.quietStart < m_options.quietEnd)
        return t >= m_options.quietStart && t < m_options.quietEnd;
    return t >= m_options.quietStart || t < m_options.quietEnd; // over midnight
}

void ReminderScheduler::reset()
{
    m_lastNoClock = {};
    m_longRunningEntry = 0;
    m_capEntry = 0;
    m_endOfDayDate = {};
}

QList<ReminderScheduler::Reminder> ReminderScheduler::check(const Situation& s)
{
    QList<Reminder> due;
    if (!s.nowUtc.isValid() || s.doNotDisturb)
        return due;
    const QDateTime local = s.nowUtc.toTimeZone(s.zone);
    const bool quiet = inQuietHours(local.time());
    const auto [start, end] = workingHours(s);
    const bool working = start.isValid() && end.isValid() && local.time() >= start && local.time() < end;
    const qint64 elapsed = s.running && s.runningSince.isValid() ? s.runningSince.secsTo(s.nowUtc) : 0;

    if (s.running && m_options.nearCap && elapsed >= CapSeconds - CapWarningSeconds && m_capEntry != s.runningEntryId) {
        m_capEntry = s.runningEntryId;
        due.append({ Kind::NearCap, tr("The clock stops soon"),
                     tr("Your clock has run for %1 h. Clockodo stops it at 24 hours; stop or correct it now.")
                         .arg(WorkTimeText::hoursMinutes(elapsed)) });
    }
    if (quiet)
        return due;
    if (!s.running && m_options.noClock && working
        && (!m_lastNoClock.isValid()
            || m_lastNoClock.secsTo(s.nowUtc) >= qint64(qMax(1, m_options.noClockIntervalMinutes)) * 60)) {
        m_lastNoClock = s.nowUtc;
        due.append({ Kind::NoClockRunning, tr("No clock running"),
                     tr("It is working time and no clock is running. Click to start one.") });
    }
    if (s.running && m_options.longRunning && elapsed >= qint64(m_options.longRunningHours) * 3600
        && m_longRunningEntry != s.runningEntryId && m_capEntry != s.runningEntryId) {
        m_longRunningEntry = s.runningEntryId;
        due.append({ Kind::LongRunning, tr("Clock still running"),
                     tr("Your clock has run for %1 h. Click to check it.").arg(WorkTimeText::hoursMinutes(elapsed)) });
    }
    if (s.running && m_options.endOfDay && end.isValid() && local.time() >= end && m_endOfDayDate != local.date()) {
        m_endOfDayDate = local.date();
        due.append({ Kind::EndOfDay, tr("End of the working day"),
                     tr("Your working day is over and a clock is still running. Click to stop or edit it.") });
    }
    return due;
}
