// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/stopwatch.h"

#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "core/tracking/clock.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/taskcatalog.h"
#include "core/tracking/timeofdayformat.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcStopwatch, "clockodo.core.stopwatch", QtInfoMsg)

Stopwatch::Stopwatch(ApiClient* api, AccountData* account, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_account(account)
    , m_clock(clock ? clock : Clock::system())
    , m_pollTimer(new QTimer(this))
    , m_accountEpoch(account->epoch())
{
    connect(m_account, &AccountData::cleared, this, &Stopwatch::forgetAccount);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_pollTimer, &QTimer::timeout, this, &Stopwatch::poll);
    // Any answer from the server while we believe it unreachable: read the clock at once.
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        if (reachable && m_connection == Connection::Offline && !m_read)
            refresh();
    });
}

Stopwatch::~Stopwatch()
{
    if (m_read)
        m_read->abort();
}

void Stopwatch::forgetAccount()
{
    if (m_accountEpoch == m_account->epoch())
        return;
    m_accountEpoch = m_account->epoch();
    ++m_generation;
    if (m_read) {
        disconnect(m_read, nullptr, this, nullptr); // the old account's clock
        m_read = nullptr;
    }
    m_readAgain = false;
    m_vanishedAction.reset();
    m_unknownOutcome.reset(); // the previous account's question; the new account's clock is read afresh
    m_running.reset();
    m_known = false;
    m_failures = 0;
    m_lastError = ApiError();
    m_connection = Connection::Unknown;
    m_pollTimer->stop();
    const bool wasBusy = std::exchange(m_busy, false);
    emit stateChanged();
    if (wasBusy) {
        emit actionFailed(m_busyAction, ApiError::make(ApiError::Category::Canceled),
                          tr("Another account was signed in before Clockodo answered; this change may have reached "
                             "the previous account."));
    }
}

void Stopwatch::setOfflineClock(OfflineClock* offline)
{
    m_offline = offline;
    offline->attach(this);
}

bool Stopwatch::isRunningLocally() const
{
    return m_offline && m_running && OfflineClock::isLocal(*m_running);
}

bool Stopwatch::canWorkOffline() const
{
    return m_offline && m_offline->isAvailable() && m_connection != Connection::SignedOut;
}

bool Stopwatch::goesLocal() const
{
    // A local period runs (its switch or stop is local too), or Clockodo was unreachable at the last try.
    return canWorkOffline() && (isRunningLocally() || OfflineClock::isUnreachable(m_lastError));
}

void Stopwatch::setCatalog(TaskCatalog* catalog)
{
    m_catalog = catalog;
}

void Stopwatch::setRecentTasks(RecentTasks* recent)
{
    m_recent = recent;
}

const std::optional<Entry>& Stopwatch::lastStopped() const
{
    return m_account->lastStopped();
}

std::optional<Entry> Stopwatch::lastTask() const
{
    if (const std::optional<Entry>& stopped = m_account->lastStopped(); stopped && stopped->servicesId)
        return stopped;
    if (m_recent) {
        for (const Entry& task : m_recent->tasks()) {
            if (!m_running || !RecentTasks::sameTask(task, *m_running))
                return task;
        }
    }
    return std::nullopt;
}

QDateTime Stopwatch::serverNow() const
{
    if (!m_serverAnchor.isValid())
        return m_clock->nowUtc();
    return m_serverAnchor.addMSecs(m_clock->monotonicMs() - m_anchorMonotonicMs);
}

qint64 Stopwatch::serverOffsetSeconds() const
{
    return m_offsetSeconds;
}

qint64 Stopwatch::elapsedSeconds() const
{
    if (!m_running || !m_running->timeSince.isValid())
        return 0;
    return std::max<qint64>(0, m_running->timeSince.secsTo(serverNow()));
}

void Stopwatch::setPollIntervalSeconds(int seconds)
{
    m_pollIntervalSeconds = std::max(1, seconds);
    if (m_pollTimer->isActive())
        schedulePoll();
}

void Stopwatch::setPollingEnabled(bool on)
{
    m_pollingEnabled = on;
    if (!on)
        m_pollTimer->stop();
    else if (m_known && !m_read)
        schedulePoll();
}

int Stopwatch::nextPollDelayMs() const
{
    return m_pollTimer->isActive() ? m_pollTimer->interval() : -1;
}

void Stopwatch::schedulePoll()
{
    if (!m_pollingEnabled)
        return;
    const qint64 base = m_pollIntervalSeconds;
    qint64 seconds = base;
    if (m_failures > 0) {
        const int doublings = std::min(m_failures - 1, 10);
        switch (m_connection) {
        case Connection::RateLimited:
            seconds = std::max<qint64>(base << std::min(m_failures, 10), m_lastError.retryAfterSeconds);
            break;
        case Connection::SignedOut:
            seconds = MaxBackoffSeconds;
            break;
        default:
            seconds = base << doublings;
            break;
        }
        seconds = std::min<qint64>(seconds, std::max<qint64>(MaxBackoffSeconds, base));
    }
    m_pollTimer->start(static_cast<int>(seconds * 1000));
}

QString Stopwatch::describe(const Entry& entry) const
{
    if (m_catalog)
        return m_catalog->describe(entry);
    const QString task = tr("Entry %1").arg(entry.id);
    return entry.text.isEmpty() ? task : tr("%1 — %2", "task — description").arg(task, entry.text.simplified());
}

QString Stopwatch::timeText(const QDateTime& utc) const
{
    const QTimeZone zone = timeZone();
    if (!m_twelveHour)
        return formatTime(utc, zone);
    return TimeOfDayFormat::format(utc.toTimeZone(zone).time(), *m_twelveHour);
}

QTimeZone Stopwatch::timeZone() const
{
    return m_account ? m_account->timeZone() : QTimeZone::systemTimeZone();
}

void Stopwatch::setTimeFormat12h(bool twelveHour)
{
    m_twelveHour = twelveHour;
}

// --- reading ---

void Stopwatch::refresh()
{
    if (m_read) {
        m_readAgain = true;
        return;
    }
    m_readAgain = false;
    m_pollTimer->stop();
    const quint64 generation = m_generation;
    ApiReply* reply = m_api->clock();
    m_read = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] { handleRead(reply, generation); });
}

void Stopwatch::poll()
{
    refresh();
}

void Stopwatch::handleRead(ApiReply* reply, quint64 generation)
{
    m_read = nullptr;
    if (reply->error().category == ApiError::Category::Canceled)
        return;
    if (generation != m_generation) {
        // A local start/stop/edit happened meanwhile: this answer may predate it. Read again once it is done.
        if (m_busy)
            m_readAgain = true;
        else
            refresh();
        return;
    }
    const std::optional<Action> vanished = std::exchange(m_vanishedAction, std::nullopt);
    const std::optional<UnknownOutcome> unknown = std::exchange(m_unknownOutcome, std::nullopt);
    if (!reply->isOk()) {
        noteFailure(reply->error());
        schedulePoll();
        emit syncFailed(reply->error());
        if (vanished)
            emit actionFailed(*vanished, reply->error(),
                              tr("The clock could not be read: %1").arg(reply->error().message()));
        if (unknown && canWorkOffline() && OfflineClock::isUnreachable(reply->error())) {
            // Not confirmed and not readable: recorded locally, marked "maybe on the server" for the uploader.
            if (beginAction(unknown->action))
                m_offline->act(unknown->action, unknown->start, unknown->at, true);
        } else if (unknown) {
            const QString message = unknown->action == Action::Stop
                ? tr("Clockodo did not confirm the stop, and the clock could not be read again: %1")
                : tr("Clockodo did not confirm the start, and the clock could not be read again: %1");
            emit actionFailed(unknown->action, reply->error(), message.arg(reply->error().message()));
        }
    } else {
        const ClockState state = reply->valueAs<ClockState>();
        noteServerTime(state.currentTime);
        noteSuccess();
        if (unknown)
            resolveUnknownOutcome(*unknown, state);
        else
            applyRead(state);
        schedulePoll();
        emit synced();
        if (vanished) {
            emit actionSucceeded(
                *vanished,
                m_running ? tr("The clock had been switched on another device; %1 runs now.").arg(describe(*m_running))
                          : tr("The clock had already been stopped on another device."));
        }
    }
    if (m_readAgain && !m_busy)
        refresh();
}

void Stopwatch::applyRead(const ClockState& read)
{
    ClockState state = read;
    const bool quiet = m_offline && m_offline->overlay(state, m_running); // an upload, not another device
    const bool wasKnown = m_known && !quiet;
    const std::optional<Entry> previous = m_running;
    m_known = true;
    m_running = state.running;
    if (state.stopped)
        m_account->setLastStopped(state.stopped);
    if (m_running && m_catalog)
        m_catalog->ensureKnown(*m_running);

    if (!wasKnown) {
        emit stateChanged();
        return;
    }
    if (!previous && m_running) {
        emit stateChanged();
        emit remoteChange(RemoteChange::Started,
                          tr("The clock was started on another device: %1 (since %2).")
                              .arg(describe(*m_running), timeText(m_running->timeSince)));
    } else if (previous && !m_running) {
        Entry stopped = *previous;
        const bool known = state.stopped && state.stopped->id == previous->id;
        if (known)
            stopped = *state.stopped;
        emit stateChanged();
        if (known) {
            emit remoteChange(RemoteChange::Stopped,
                              tr("The clock was stopped on another device: %1 after %2.")
                                  .arg(describe(stopped), formatDuration(stopped.durationAt(serverNow()))));
            if (stopped.duration.value_or(0) >= Entry::MaxDurationSeconds) // Clockodo cut it there
                noteStopped(stopped, true);
        } else {
            emit remoteChange(RemoteChange::Stopped,
                              tr("The clock was stopped on another device: %1.").arg(describe(stopped)));
        }
    } else if (previous && m_running && previous->id != m_running->id) {
        emit stateChanged();
        emit remoteChange(RemoteChange::Switched,
                          tr("The clock was switched on another device to %1; %2 was stopped.")
                              .arg(describe(*m_running), describe(*previous)));
    } else if (previous && m_running && differs(*previous, *m_running)) {
        emit stateChanged();
        emit remoteChange(RemoteChange::Edited,
                          tr("The running clock was changed on another device: %1 (since %2).")
                              .arg(describe(*m_running), timeText(m_running->timeSince)));
    } else if (previous && m_running && *previous != *m_running) {
        emit stateChanged(); // e.g. time_last_change only
    }
}

void Stopwatch::noteServerTime(const QDateTime& serverTime)
{
    if (!serverTime.isValid())
        return;
    m_serverAnchor = serverTime;
    m_anchorMonotonicMs = m_clock->monotonicMs();
    const qint64 offset = m_clock->nowUtc().secsTo(serverTime);
    if (std::abs(offset - m_offsetSeconds) >= 5 && std::abs(offset) >= 5)
        qCInfo(lcStopwatch) << "server clock differs from ours by" << offset << "s";
    m_offsetSeconds = offset;
}

void Stopwatch::noteSuccess()
{
    m_failures = 0;
    m_lastError = ApiError();
    setConnection(Connection::Online);
}

void Stopwatch::noteFailure(const ApiError& error)
{
    Connection connection = Connection::Offline; // every case that does not return sets it
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Certificate: // most often a proxy or captive portal in between
        connection = Connection::Offline;
        break;
    case ApiError::Category::RateLimited:
        connection = Connection::RateLimited;
        break;
    case ApiError::Category::Server:
    case ApiError::Category::BadResponse:
    case ApiError::Category::RedirectRefused:
        connection = Connection::ServerError;
        break;
    case ApiError::Category::Auth:
        connection = Connection::SignedOut;
        break;
    default:
        // A refused request (403/404/400…) is an answer: the server is there.
        m_lastError = error;
        return;
    }
    ++m_failures;
    m_lastError = error;
    qCInfo(lcStopwatch) << "clock not read:" << error.message() << "- failures:" << m_failures;
    if (connection == m_connection)
        emit stateChanged(); // the error text changed
    setConnection(connection);
}

void Stopwatch::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    emit stateChanged();
}

// --- changing ---

bool Stopwatch::beginAction(Action action)
{
    if (m_busy) {
        ApiError error = ApiError::make(ApiError::Category::Canceled);
        emit actionFailed(action, error, tr("Another change of the clock is still under way."));
        return false;
    }
    m_busy = true;
    m_busyAction = action;
    ++m_generation;
    emit stateChanged();
    return true;
}

void Stopwatch::endAction()
{
    m_busy = false;
    emit stateChanged();
    if (m_readAgain)
        refresh();
}

void Stopwatch::awaitTruth(const UnknownOutcome& pending)
{
    // The request went out once and will not be sent again (ApiReply never repeats a POST or DELETE, and Qt's own
    // re-send is blocked, see OneShotBody): whether the server acted is told by the clock itself.
    qCInfo(lcStopwatch) << pending.action << "outcome unknown (" << pending.error.detail << "), reading the clock";
    m_unknownOutcome = pending;
    m_readAgain = true;
    endAction();
}

bool Stopwatch::startHappened(const UnknownOutcome& pending) const
{
    // A clock runs that was not running before and is the task we asked for: our start (the switch stopped the
    // previous one on the server).
    return m_running && m_running->id != pending.runningBefore && m_running->customersId == pending.start.customersId
        && m_running->servicesId.value_or(0) == pending.start.servicesId
        && m_running->projectsId.value_or(0) == pending.start.projectsId.value_or(0)
        && (pending.start.text.isEmpty() || m_running->text == pending.start.text);
}

void Stopwatch::resolveUnknownOutcome(const UnknownOutcome& pending, const ClockState& state)
{
    m_known = true;
    m_running = state.running;
    if (state.stopped)
        m_account->setLastStopped(state.stopped);
    if (m_running && m_catalog)
        m_catalog->ensureKnown(*m_running);
    emit stateChanged();
    // A 5xx answer came from Clockodo itself; a lost connection or a timeout may not have reached it.
    const bool reached = pending.error.category == ApiError::Category::Server;
    const QString now = m_running ? tr("%1 runs (since %2).").arg(describe(*m_running), timeText(m_running->timeSince))
                                  : tr("The clock is stopped.");
    if (pending.action == Action::Stop) {
        if (!m_running || m_running->id != pending.stoppingId) {
            const bool known = state.stopped && state.stopped->id == pending.stoppingId;
            emit actionSucceeded(
                Action::Stop,
                known ? tr("Stopped %1 after %2.")
                            .arg(describe(*state.stopped), formatDuration(state.stopped->durationAt(serverNow())))
                      : tr("The clock was stopped. %1").arg(now));
            if (known)
                noteStopped(*state.stopped, state.stopped->duration.value_or(0) >= Entry::MaxDurationSeconds);
        } else {
            const QString message = reached
                ? tr("Clockodo could not stop the clock (%1); %2 still runs (since %3).").arg(pending.error.message())
                : tr("Stopping did not reach Clockodo; %1 still runs (since %2).");
            emit actionFailed(Action::Stop, pending.error,
                              message.arg(describe(*m_running), timeText(m_running->timeSince)));
        }
        return;
    }
    if (startHappened(pending)) {
        emit actionSucceeded(
            pending.action,
            tr("The clock is running: %1, started at %2.").arg(describe(*m_running), timeText(m_running->timeSince)));
    } else {
        emit actionFailed(pending.action, pending.error,
                          reached ? tr("Clockodo could not start the clock (%1). %2").arg(pending.error.message(), now)
                                  : tr("Starting did not reach Clockodo. %1").arg(now));
    }
}

void Stopwatch::noteStopped(const Entry& stopped, bool truncated)
{
    if (!truncated)
        return;
    emit entryTruncated(stopped,
                        tr("%1 ran longer than 24 hours; Clockodo cut the entry to 23:59:59 h. Please correct its "
                           "end time.")
                            .arg(describe(stopped)));
}

void Stopwatch::start(const ClockStartRequest& request)
{
    startAs(request, m_running ? Action::Switch : Action::Start);
}

void Stopwatch::startTask(const Entry& task)
{
    const Action action = m_running ? Action::Switch : Action::Start;
    // A task is an entry of this account (a recent one, the one stopped last, the running one); one kept from
    // before another account signed in may carry ids that mean something else here.
    if (!m_account->holdsEntry(task) && !(m_running && m_running->id == task.id)) {
        refuseForeign(action);
        return;
    }
    startAs(startRequestFor(task), action);
}

void Stopwatch::refuseForeign(Action action)
{
    qCInfo(lcStopwatch) << "start refused: the task was not read from the current account";
    emit actionFailed(action, ApiError::make(ApiError::Category::Validation),
                      tr("This task is not one of the signed-in account's tasks (its customer, project or service "
                         "is not known there). Choose the task again."));
}

void Stopwatch::continueLast()
{
    const std::optional<Entry> task = lastTask();
    if (!task) {
        emit actionFailed(Action::Continue, ApiError::make(ApiError::Category::Validation),
                          tr("There is no previous task to continue."));
        return;
    }
    startAs(startRequestFor(*task), Action::Continue);
}

void Stopwatch::toggle()
{
    if (m_running)
        stop();
    else
        continueLast();
}

void Stopwatch::startAs(const ClockStartRequest& request, Action action)
{
    if (!request.isValid()) {
        emit actionFailed(action, ApiError::make(ApiError::Category::Validation),
                          tr("Choose a customer and a service to start the clock."));
        return;
    }
    if (!isAccountsTask(request)) {
        refuseForeign(action);
        return;
    }
    if (!beginAction(action))
        return;
    const QDateTime at = serverNow();
    if (goesLocal()) {
        m_offline->act(action, request, at, false);
        return;
    }
    const qint64 runningBefore = m_running ? m_running->id : 0;
    ApiReply* reply = m_api->startClock(request);
    connect(reply, &ApiReply::finished, this,
            [this, reply, action, request, runningBefore, at, epoch = m_accountEpoch] {
                if (epoch != m_accountEpoch)
                    return; // another account by now (forgetAccount() answered the action)
                if (!reply->isOk()) {
                    const ApiError error = reply->error();
                    if (error.outcomeUnknown) {
                        awaitTruth({ action, request, 0, runningBefore, error, at });
                        return;
                    }
                    noteFailure(error);
                    if (canWorkOffline() && OfflineClock::isUnreachable(error)) {
                        m_offline->act(action, request, at, false);
                        return;
                    }
                    m_readAgain = true; // the start may have happened before the answer was lost
                    endAction();
                    emit actionFailed(action, error, tr("The clock could not be started: %1").arg(error.message()));
                    return;
                }
                const ClockState state = reply->valueAs<ClockState>();
                noteServerTime(state.currentTime);
                noteSuccess();
                m_known = true;
                m_running = state.running;
                if (state.stopped)
                    m_account->setLastStopped(state.stopped);
                if (m_running && m_catalog)
                    m_catalog->ensureKnown(*m_running);
                endAction();
                const QString started = m_running ? describe(*m_running) : tr("a new task");
                if (state.stopped) {
                    const Entry& stopped = *state.stopped;
                    emit actionSucceeded(
                        action == Action::Start ? Action::Switch : action,
                        tr("Switched to %1. Stopped %2 after %3.")
                            .arg(started, describe(stopped), formatDuration(stopped.durationAt(serverNow()))));
                    noteStopped(stopped, state.stoppedHasBeenTruncated);
                } else {
                    emit actionSucceeded(action, tr("Started %1.").arg(started));
                }
                if (!state.additionalMessage.isEmpty())
                    qCInfo(lcStopwatch) << "server says:" << state.additionalMessage;
            });
}

bool Stopwatch::isAccountsTask(const ClockStartRequest& request) const
{
    const qint64 projectsId = request.projectsId.value_or(0);
    if (m_account->knowsTask(request.customersId, projectsId, request.servicesId))
        return true;
    // The running entry was read from this account too.
    return m_running && m_running->customersId == request.customersId
        && m_running->servicesId.value_or(0) == request.servicesId
        && (projectsId <= 0 || m_running->projectsId.value_or(0) == projectsId);
}

void Stopwatch::stop()
{
    stopAt({});
}

void Stopwatch::stopAt(const QDateTime& until)
{
    if (!m_running) {
        refresh();
        return;
    }
    if (!beginAction(Action::Stop))
        return;
    const QDateTime now = serverNow();
    const bool past = until.isValid() && until < now;
    const QDateTime at = past ? qMax(until, m_running->timeSince) : now;
    if (goesLocal()) {
        m_offline->act(Action::Stop, std::nullopt, at, false);
        return;
    }
    const Entry running = *m_running;
    ApiReply* reply = m_api->stopClock(running.id, past ? at : QDateTime());
    connect(reply, &ApiReply::finished, this, [this, reply, running, at, epoch = m_accountEpoch] {
        if (epoch != m_accountEpoch)
            return;
        if (!reply->isOk()) {
            const ApiError error = reply->error();
            if (isVanishedError(error)) {
                // The entry no longer runs (stopped, switched or deleted elsewhere): read what is true now.
                qCInfo(lcStopwatch) << "stop refused (" << error.httpStatus << "), reading the clock again";
                m_vanishedAction = Action::Stop;
                m_readAgain = true;
                endAction();
                return;
            }
            if (error.outcomeUnknown) {
                awaitTruth({ Action::Stop, {}, running.id, running.id, error, at });
                return;
            }
            noteFailure(error);
            if (canWorkOffline() && OfflineClock::isUnreachable(error)) {
                m_offline->act(Action::Stop, std::nullopt, at, false);
                return;
            }
            m_readAgain = error.category != ApiError::Category::Auth;
            endAction();
            emit actionFailed(Action::Stop, error, tr("The clock could not be stopped: %1").arg(error.message()));
            return;
        }
        const ClockState state = reply->valueAs<ClockState>();
        noteServerTime(state.currentTime);
        noteSuccess();
        m_running = state.running;
        const Entry stopped = state.stopped.value_or(running);
        m_account->setLastStopped(stopped);
        endAction();
        emit actionSucceeded(
            Action::Stop,
            tr("Stopped %1 after %2.").arg(describe(stopped), formatDuration(stopped.durationAt(serverNow()))));
        noteStopped(stopped, state.stoppedHasBeenTruncated);
    });
}

void Stopwatch::editRunning(const Entry& changed)
{
    if (!m_running || changed.id != m_running->id) {
        emit actionFailed(Action::Edit, ApiError::make(ApiError::Category::NotFound), tr("This clock no longer runs."));
        refresh();
        return;
    }
    const QJsonObject changes = Entry::changes(*m_running, changed);
    if (changes.isEmpty()) {
        emit actionSucceeded(Action::Edit, QString());
        return;
    }
    if (!beginAction(Action::Edit))
        return;
    if (isRunningLocally()) {
        m_offline->actEdit(changed);
        return;
    }
    ApiReply* reply = m_api->updateEntry(changed.id, changes);
    connect(reply, &ApiReply::finished, this, [this, reply, epoch = m_accountEpoch] {
        if (epoch != m_accountEpoch)
            return;
        if (!reply->isOk()) {
            const ApiError error = reply->error();
            noteFailure(error);
            if (error.category == ApiError::Category::NotFound)
                m_readAgain = true;
            endAction();
            emit actionFailed(Action::Edit, error,
                              tr("The running clock could not be changed: %1").arg(error.message()));
            return;
        }
        noteSuccess();
        const Entry updated = reply->valueAs<Entry>();
        if (updated.isRunning()) {
            m_running = updated;
            if (m_catalog)
                m_catalog->ensureKnown(updated);
        } else {
            m_readAgain = true;
        }
        endAction();
        emit actionSucceeded(Action::Edit, tr("The running clock is now %1.").arg(describe(updated)));
    });
}

void Stopwatch::correctStart(const QDateTime& since)
{
    if (!m_running) {
        emit actionFailed(Action::CorrectStart, ApiError::make(ApiError::Category::NotFound),
                          tr("No clock is running."));
        return;
    }
    if (isRunningLocally()) {
        emit actionFailed(Action::CorrectStart, ApiError::make(ApiError::Category::Validation),
                          tr("The start of a clock that runs offline can be changed once it is uploaded."));
        return;
    }
    if (!since.isValid() || since > serverNow()) {
        emit actionFailed(Action::CorrectStart, ApiError::make(ApiError::Category::Validation),
                          tr("The start must not lie in the future."));
        return;
    }
    if (!beginAction(Action::CorrectStart))
        return;
    ClockCorrection correction;
    correction.timeSince = since.toUTC();
    correction.timeSinceBefore = m_running->timeSince;
    ApiReply* reply = m_api->correctClock(m_running->id, correction);
    connect(reply, &ApiReply::finished, this, [this, reply, since, epoch = m_accountEpoch] {
        if (epoch != m_accountEpoch)
            return;
        if (!reply->isOk()) {
            const ApiError error = reply->error();
            noteFailure(error);
            if (isVanishedError(error))
                m_readAgain = true;
            endAction();
            const QString message = error.category == ApiError::Category::Conflict
                ? tr("The clock was changed elsewhere in the meantime; it has been read again.")
                : tr("The start could not be changed: %1").arg(error.message());
            emit actionFailed(Action::CorrectStart, error, message);
            return;
        }
        const ClockCorrection::Result result = reply->valueAs<ClockCorrection::Result>();
        noteServerTime(result.currentTime);
        noteSuccess();
        if (result.running)
            m_running = result.running;
        else if (result.updated.isRunning())
            m_running = result.updated;
        else
            m_readAgain = true;
        endAction();
        if (result.overlapping) {
            //: %1 is the start the user chose, %2 the earliest start without overlap
            const QString message = result.overlappingFreeTimeSince.isValid()
                ? tr("A start at %1 overlaps your previous entry. The earliest start without overlap is %2.")
                      .arg(timeText(since), timeText(result.overlappingFreeTimeSince))
                : tr("A start at %1 overlaps your previous entry.").arg(timeText(since));
            emit correctionOverlapping(result, message);
            return;
        }
        emit actionSucceeded(
            Action::CorrectStart,
            tr("The clock now runs since %1.").arg(timeText(m_running ? m_running->timeSince : since)));
    });
}
