// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clock/clockcorrection.h"
#include "api/clock/clockstartrequest.h"
#include "api/clock/clockstate.h"
#include "api/entries/entry.h"
#include "api/transport/apierror.h"
#include "core/tracking/clockformat.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <optional>

class AccountData;
class ApiClient;
class ApiReply;
class Clock;
class OfflineClock;
class TaskCatalog;
class QTimer;
class RecentTasks;

// The stopwatch as the server sees it. The server is the source of truth: this object reads GET /v2/clock on
// start-up, on refresh() (menu or window opened) and by a poll (pollIntervalSeconds, slower with backoff while
// offline or rate-limited), and tells when the clock was started, stopped, switched or edited elsewhere.
// The elapsed time is computed locally from time_since and the server's current_time (so a skewed local clock
// does not matter) — nothing is requested per second. No widgets here: the tray and the window only show it.
class Stopwatch : public QObject
{
    Q_OBJECT
public:
    enum class Connection
    {
        Unknown, // not read yet
        Online,
        Offline, // no connection or no answer in time
        RateLimited, // 429
        ServerError, // 5xx or an unreadable answer
        SignedOut, // 401: no or a wrong API key
    };
    Q_ENUM(Connection)

    enum class RemoteChange
    {
        Started,
        Stopped,
        Switched,
        Edited,
    };
    Q_ENUM(RemoteChange)

    enum class Action
    {
        Start,
        Switch,
        Continue,
        Stop,
        Edit,
        CorrectStart,
    };
    Q_ENUM(Action)

    static constexpr int MaxBackoffSeconds = 15 * 60;

    // The last stopped entry belongs to the account: it lives in account (which must outlive the stopwatch).
    Stopwatch(ApiClient* api, AccountData* account, Clock* clock = nullptr, QObject* parent = nullptr);
    ~Stopwatch() override;

    // Names for the messages (optional).
    void setCatalog(TaskCatalog* catalog);
    // The fallback of lastTask() when the server named no stopped clock entry (optional).
    void setRecentTasks(RecentTasks* recent);

    // The local clock for when Clockodo cannot be reached (optional; must outlive the stopwatch). With it, Start,
    // Switch, Continue and Stop keep working offline: they are recorded in its journal, confirmed once the records
    // are durable, and uploaded later by the OfflineUploader (never replayed as start/stop calls).
    void setOfflineClock(OfflineClock* offline);
    OfflineClock* offlineClock() const { return m_offline; }
    // What runs is a local period (recorded offline), not yet the server's clock.
    bool isRunningLocally() const;
    // Start, Switch, Continue and Stop work without Clockodo (a journal is open for the account).
    bool canWorkOffline() const;

    // The clock has been read at least once.
    bool isKnown() const { return m_known; }
    bool isRunning() const { return m_running.has_value(); }
    const std::optional<Entry>& running() const { return m_running; }
    // The clock entry stopped last, as far as we know.
    const std::optional<Entry>& lastStopped() const;
    // What "Continue last task" starts: the entry stopped last, else the newest recent task that is not running.
    std::optional<Entry> lastTask() const;
    // A start, stop or edit is under way; further ones are refused until it is answered.
    bool isBusy() const { return m_busy; }
    // A read of the clock is on its way (refresh() would only read it again after it).
    bool isReading() const { return !m_read.isNull(); }

    // The server's "now": its current_time of the last answer plus the (monotonic) time passed since.
    QDateTime serverNow() const;
    // Server time minus local time, in seconds (0 before the first answer).
    qint64 serverOffsetSeconds() const;
    // Seconds the running clock has run (0 when stopped).
    qint64 elapsedSeconds() const;

    Connection connection() const { return m_connection; }
    const ApiError& lastError() const { return m_lastError; }

    void setPollIntervalSeconds(int seconds);
    int pollIntervalSeconds() const { return m_pollIntervalSeconds; }
    // Polling starts with the first refresh after it is enabled.
    void setPollingEnabled(bool on);
    // The delay of the next poll (backoff included); -1 when no poll is scheduled.
    int nextPollDelayMs() const;
    int consecutiveFailures() const { return m_failures; }

    // "Customer · Project · Service — description" (ids when no names are known).
    QString describe(const Entry& entry) const;
    // "1:23 h"; under a minute "42 s".
    static QString formatDuration(qint64 seconds) { return ClockFormat::duration(seconds); }
    // "0:07 h", "1:23 h": hours and minutes only (for texts that change once a minute).
    static QString formatHoursMinutes(qint64 seconds) { return ClockFormat::hoursMinutes(seconds); }
    // "1:23:45" (hours may exceed 24).
    static QString formatClock(qint64 seconds) { return ClockFormat::clock(seconds); }
    // "09:30" in `zone` (the locale's short format, no seconds).
    static QString formatTime(const QDateTime& utc, const QTimeZone& zone) { return ClockFormat::time(utc, zone); }
    // "09:30" or "9:30 AM" in the account's time zone (timeZone()), as the Clockodo user prefers
    // (setTimeFormat12h()), else as formatTime().
    QString timeText(const QDateTime& utc) const;
    // The zone of every time the stopwatch shows: the account's (AccountData::timeZone()).
    QTimeZone timeZone() const;
    // The user's Clockodo preference for the times in messages (users/me timeformat_12h).
    void setTimeFormat12h(bool twelveHour);
    // The body of POST /v2/clock that starts `task` again.
    static ClockStartRequest startRequestFor(const Entry& task) { return ClockStartRequest::forTask(task); }

public slots:
    // Reads the clock now (coalesced with a read under way).
    void refresh();
    // The poll: the same read, for the timer (and tests).
    void poll();
    // Starts a clock; a running one is stopped by the server (a switch). Refused (actionFailed, nothing sent) when
    // an id of the task was not read from the current account (AccountData::knowsTask()).
    void start(const ClockStartRequest& request);
    // Starts `task`, an entry of the current account (AccountData::holdsEntry()); any other is refused.
    void startTask(const Entry& task);
    void continueLast();
    void stop();
    // Stops the running clock at `until` (UTC, not after now; invalid: now), as DELETE /v2/clock/{id}?time_until;
    // offline the journal records the stop at `until`. For the idle question (core/activity).
    void stopAt(const QDateTime& until);
    // Stops a running clock, else continues the last task.
    void toggle();
    // Changes description, customer, project, service or billable of the running entry (PUT /v2/entries/{id}).
    void editRunning(const Entry& changed);
    // Moves the start of the running clock (PUT /v2/clock/{id}).
    void correctStart(const QDateTime& since);

signals:
    // What runs, whether it is known, the connection or the busy state changed.
    void stateChanged();
    // A read of the clock succeeded / failed.
    void synced();
    void syncFailed(const ApiError& error);
    void remoteChange(Stopwatch::RemoteChange kind, const QString& message);
    void actionSucceeded(Stopwatch::Action action, const QString& message);
    void actionFailed(Stopwatch::Action action, const ApiError& error, const QString& message);
    // The server cut an entry to the 24 h maximum when it stopped it.
    void entryTruncated(const Entry& entry, const QString& message);
    // The start correction overlaps the previous entry; result.overlappingFreeTimeSince is the earliest free start.
    void correctionOverlapping(const ClockCorrection::Result& result, const QString& message);

private:
    friend class OfflineClock; // records the actions offline and sets what runs (see OfflineClock::act())
    void startAs(const ClockStartRequest& request, Action action);
    bool isAccountsTask(const ClockStartRequest& request) const;
    void refuseForeign(Action action);
    // Another account (the account's data were cleared): nothing known about the clock holds any more.
    void forgetAccount();
    void handleRead(ApiReply* reply, quint64 generation);
    void applyRead(const ClockState& state);
    void noteServerTime(const QDateTime& serverTime);
    void noteSuccess();
    void noteFailure(const ApiError& error);
    void setConnection(Connection connection);
    bool beginAction(Action action);
    void endAction();
    void schedulePoll();
    void noteStopped(const Entry& stopped, bool truncated);
    static bool isVanishedError(const ApiError& error)
    {
        switch (error.category) {
        case ApiError::Category::NotFound:
        case ApiError::Category::Conflict:
        case ApiError::Category::Validation:
            return true;
        default:
            return false;
        }
    }
    // A start or stop whose outcome is unknown (ApiError::outcomeUnknown): read the clock, then tell what is true.
    struct UnknownOutcome
    {
        Action action = Action::Start;
        ClockStartRequest start; // start, switch, continue
        qint64 stoppingId = 0; // stop
        qint64 runningBefore = 0;
        ApiError error;
        QDateTime at; // when the user asked
    };
    void awaitTruth(const UnknownOutcome& pending);
    void resolveUnknownOutcome(const UnknownOutcome& pending, const ClockState& state);
    bool startHappened(const UnknownOutcome& pending) const;
    static bool differs(const Entry& a, const Entry& b)
    {
        return a.customersId != b.customersId || a.projectsId.value_or(0) != b.projectsId.value_or(0)
            || a.subprojectsId.value_or(0) != b.subprojectsId.value_or(0)
            || a.servicesId.value_or(0) != b.servicesId.value_or(0) || a.billable != b.billable || a.text != b.text
            || a.timeSince != b.timeSince;
    }
    // The action goes to the OfflineClock instead of the server (a local period runs, or Clockodo is unreachable).
    bool goesLocal() const;

    ApiClient* m_api = nullptr;
    AccountData* m_account = nullptr;
    Clock* m_clock = nullptr;
    QPointer<TaskCatalog> m_catalog;
    QPointer<RecentTasks> m_recent;
    OfflineClock* m_offline = nullptr; // outlives the stopwatch (StopwatchSession)
    QTimer* m_pollTimer = nullptr;

    std::optional<Entry> m_running;
    std::optional<bool> m_twelveHour; // unknown until the user is
    bool m_known = false;
    bool m_busy = false;
    Action m_busyAction = Action::Start;
    quint64 m_accountEpoch = 0; // the AccountData::epoch() the state and the requests on their way belong to
    Connection m_connection = Connection::Unknown;
    ApiError m_lastError;

    QDateTime m_serverAnchor; // current_time of the last answer
    qint64 m_anchorMonotonicMs = 0; // monotonic time when it arrived
    qint64 m_offsetSeconds = 0;

    QPointer<ApiReply> m_read;
    bool m_readAgain = false;
    std::optional<Action> m_vanishedAction; // answered by the next read
    std::optional<UnknownOutcome> m_unknownOutcome; // answered by the next read
    quint64 m_generation = 0; // bumped by every local change of the clock

    int m_pollIntervalSeconds = 60;
    bool m_pollingEnabled = false;
    int m_failures = 0;
};
