// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

// Decides, from the situation at one instant, which reminders are due, and remembers what it said so that nothing is
// said twice: "no clock running" during working hours at most once per interval, "still running after N hours" and
// "the 24 h cap is near" once per clock entry, "end of the working day" once per day. No timer of its own: whoever
// owns it calls check() (once a minute, driven by the injected clock; tests call it with a ManualClock's time).
//
// Working hours: from the configured start, as long as Clockodo's target of the day (target hours known) or until
// the configured end on the configured working days (no target hours). No reminder on a day Clockodo plans no work
// (non-business day, holiday, absence), during quiet hours or while the desktop's do-not-disturb is on; only the
// cap warning ignores quiet hours (the clock is about to be cut), never do-not-disturb.
class ReminderScheduler
{
    Q_DECLARE_TR_FUNCTIONS(ReminderScheduler)
public:
    enum class Kind
    {
        NoClockRunning,
        LongRunning,
        NearCap,
        EndOfDay,
    };
    struct Options
    {
        bool noClock = true;
        int noClockIntervalMinutes = 30;
        bool longRunning = true;
        int longRunningHours = 8;
        bool nearCap = true;
        bool endOfDay = true;
        QTime workStart { 9, 0 };
        QTime workEnd { 17, 0 };
        QList<int> workDays { 1, 2, 3, 4, 5 }; // Qt's day numbers; used without target hours
        bool quietHours = false;
        QTime quietStart { 12, 0 };
        QTime quietEnd { 13, 0 };
    };
    struct Situation
    {
        QDateTime nowUtc;
        QTimeZone zone;
        bool running = false;
        qint64 runningEntryId = 0;
        QDateTime runningSince; // UTC
        // Clockodo's plan for today, when known (target hours): seconds to work, 0 on a day off.
        std::optional<qint64> todayTargetSeconds;
        bool dayOff = false; // non-business day or absence (known from Clockodo)
        bool doNotDisturb = false;
    };
    struct Reminder
    {
        Kind kind;
        QString title;
        QString message;
    };

    // Clockodo stops a clock after 23:59:59 h; the warning comes this long before.
    static constexpr qint64 CapSeconds = 86399;
    static constexpr qint64 CapWarningSeconds = 30 * 60;

    void setOptions(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // The reminders due now (usually none); each is recorded as said.
    QList<Reminder> check(const Situation& situation);
    // The working window of the situation's local day (invalid times: not a working day).
    std::pair<QTime, QTime> workingHours(const Situation& situation) const;
    bool inQuietHours(const QTime& local) const;
    // Forgets what was said (another account).
    void reset();

private:
    Options m_options;
    QDateTime m_lastNoClock;
    qint64 m_longRunningEntry = 0;
    qint64 m_capEntry = 0;
    QDate m_endOfDayDate;
};
