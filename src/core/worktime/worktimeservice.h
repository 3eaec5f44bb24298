// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/apierror.h"
#include "api/worktime/absence.h"
#include "api/worktime/userreport.h"
#include "core/worktime/reminderscheduler.h"
#include "core/worktime/worktimepicture.h"

#include <QObject>
#include <QPointer>

#include <optional>

class AccountData;
class Clock;
class Stopwatch;
class QTimer;

// The signed-in user's work-time picture (WorkTimePicture) and the reminders that depend on it. Holds the year's user
// report and absences of the account AccountData is bound to (dropped with AccountData::cleared()), fetched when the
// user becomes known, then at most once an hour, on a new day and shortly after the clock stopped (never more than
// once per MinGapMs). A 403 means the user may not see them: the picture stays invalid and available() false, quietly.
//
// Everything runs from tick(): a QTimer calls it once a minute, tests call it themselves after moving their
// ManualClock. It refreshes what is due, emits changed() when the shown minute changes and hands the
// ReminderScheduler the situation; due reminders come out of reminderDue().
class WorkTimeService : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown, // nothing asked yet (no user)
        Loading,
        Ready,
        Forbidden, // 403: the user may not see it
        Failed, // another error; tried again at the next refresh
    };
    Q_ENUM(State)

    static constexpr qint64 RefreshIntervalMs = 60 * 60 * 1000;
    static constexpr qint64 MinGapMs = 60 * 1000;
    static constexpr int TickIntervalMs = 60 * 1000;

    WorkTimeService(AccountData* account, Stopwatch* stopwatch, Clock* clock = nullptr, QObject* parent = nullptr);

    State state() const { return m_state; }
    // Ready: there is something to show.
    bool available() const { return m_state == State::Ready || (m_state == State::Loading && m_report.has_value()); }
    // Now (the injected clock), with the running clock's time added.
    WorkTimePicture picture() const;
    // WorkTimeText::line(picture()), empty while not available.
    QString line() const;

    ReminderScheduler& reminders() { return m_reminders; }
    void setReminderOptions(const ReminderScheduler::Options& options) { m_reminders.setOptions(options); }
    void setDoNotDisturb(bool on) { m_doNotDisturb = on; }
    bool doNotDisturb() const { return m_doNotDisturb; }
    void setRemindersEnabled(bool on) { m_remindersEnabled = on; }
    // The minute timer runs (on by default; tests switch it off and call tick()).
    void setTicking(bool on);

    // Requests sent since construction (both endpoints count).
    int requestCount() const { return m_requests; }

public slots:
    void tick();
    // Fetches now unless a fetch is on its way or the last one began less than MinGapMs ago; then the first tick
    // after the gap fetches.
    void refresh();
    void clear();

signals:
    void changed();
    void reminderDue(ReminderScheduler::Kind kind, const QString& title, const QString& message);

private:
    QDate localToday() const;
    // The running clock's seconds since `from` (local midnight of a day), 0 when none runs.
    qint64 runningSince(const QDate& from) const;
    void fetch();
    void fetchOtherYear(int year, quint64 generation);
    void finishFetch();
    void checkReminders();

    QPointer<AccountData> m_account;
    QPointer<Stopwatch> m_stopwatch;
    Clock* m_clock = nullptr;
    QTimer* m_timer = nullptr;
    State m_state = State::Unknown;
    std::optional<UserReport> m_report;
    QList<Absence> m_absences;
    int m_pending = 0;
    bool m_failed = false;
    bool m_forbidden = false;
    quint64 m_generation = 0;
    qint64 m_lastFetchMs = 0;
    bool m_fetchedOnce = false;
    bool m_refreshWanted = false;
    QDate m_fetchedDay;
    QString m_shownLine;
    ReminderScheduler m_reminders;
    bool m_doNotDisturb = false;
    bool m_remindersEnabled = true;
    int m_requests = 0;
    std::optional<UserReport> m_otherYearReport; // the other year of a week across New Year
};
