// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlineclock.h"

#include "core/session/accountdata.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlinematch.h"
#include "core/tracking/offlinerecord.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOfflineClock, "clockodo.core.offlineclock", QtInfoMsg)

namespace {

// Longer than this, a 429's Retry-After is treated like an outage (the user cannot wait for it).
constexpr int LongRetryAfterSeconds = 60;

} // namespace

OfflineClock::OfflineClock(QObject* parent)
    : QObject(parent)
{ }

void OfflineClock::setJournal(OfflineJournal* journal)
{
    if (m_journal == journal)
        return;
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    m_tickets.clear();
    if (journal) {
        connect(journal, &OfflineJournal::loaded, this, &OfflineClock::changed);
        connect(journal, &OfflineJournal::changed, this, &OfflineClock::changed);
        connect(journal, &OfflineJournal::written, this, &OfflineClock::onWritten);
    }
    emit changed();
}

OfflineJournal* OfflineClock::journal() const
{
    return m_journal;
}

bool OfflineClock::isAvailable() const
{
    return m_journal && m_journal->isLoaded() && !m_journal->accountKey().isEmpty();
}

bool OfflineClock::isUnreachable(const ApiError& error)
{
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Server:
    case ApiError::Category::BadResponse:
        return true;
    case ApiError::Category::RateLimited:
        return error.retryAfterSeconds > LongRetryAfterSeconds;
    default:
        return false;
    }
}

std::optional<OfflineRecord> OfflineClock::localRunning() const
{
    if (!isAvailable())
        return std::nullopt;
    // Running, or being started on the server by the uploader, or in a conflict: it still runs here until the user
    // stops it or the uploader hands over the server's clock (adopt()).
    for (const OfflineRecord& record : m_journal->records()) {
        if (record.kind == OfflineRecord::Kind::Period && !record.end.isValid() && !record.isDone())
            return record;
    }
    return std::nullopt;
}

std::optional<Entry> OfflineClock::runningEntry() const
{
    const std::optional<OfflineRecord> record = localRunning();
    if (!record)
        return std::nullopt;
    Entry entry;
    entry.id = LocalEntryId;
    entry.customersId = record->customersId;
    if (record->projectsId > 0)
        entry.projectsId = record->projectsId;
    entry.servicesId = record->servicesId;
    entry.billable = record->billable;
    entry.text = record->text;
    entry.timeSince = record->start;
    entry.clocked = true;
    entry.clockedOffline = true;
    return entry;
}

int OfflineClock::waitingCount() const
{
    return isAvailable() ? m_journal->waitingCount() : 0;
}

int OfflineClock::recordCount() const
{
    return isAvailable() ? int(m_journal->records().size()) : 0;
}

bool OfflineClock::overlay(ClockState& state, const std::optional<Entry>& shown) const
{
    if (!isAvailable())
        return false;
    if (const std::optional<Entry> local = runningEntry()) {
        state.running = local;
        return false;
    }
    if (state.running) {
        for (const OfflineRecord& record : m_journal->records()) {
            if (record.kind == OfflineRecord::Kind::ServerStop && record.serverEntryId == state.running->id) {
                state.running.reset(); // stopped here; the stop waits for its upload
                break;
            }
            // A period stopped here while the uploader's start of it was on its way (or its outcome unknown): the
            // server's clock is that start, and the uploader stops it at the local stop. It does not run again here.
            if (record.kind == OfflineRecord::Kind::Period && record.end.isValid() && record.maybeOnServer
                && !record.isDone() && OfflineMatch::isStartOf(record, *state.running)) {
                state.running.reset();
                break;
            }
        }
    }
    // The local period left the journal's Running state: the uploader made it the server's clock (or ended it).
    return shown && isLocal(*shown);
}

OfflineRecord OfflineClock::serverStop(const Entry& running, const QDateTime& at, bool maybeOnServer)
{
    OfflineRecord stop;
    stop.id = OfflineRecord::newId();
    stop.kind = OfflineRecord::Kind::ServerStop;
    stop.state = OfflineRecord::State::Waiting;
    stop.serverEntryId = running.id;
    stop.customersId = running.customersId;
    stop.projectsId = running.projectsId.value_or(0);
    stop.servicesId = running.servicesId.value_or(0);
    stop.billable = running.billable;
    stop.text = running.text;
    stop.start = running.timeSince.toUTC();
    stop.end = at.toUTC();
    stop.maybeOnServer = maybeOnServer;
    return stop;
}

bool OfflineClock::recordStart(const ClockStartRequest& request, const QDateTime& at,
                               const std::optional<Entry>& serverRunning, bool maybeOnServer)
{
    if (!isAvailable())
        return false;
    m_tickets.clear();
    m_failed = false;
    m_error.clear();
    if (std::optional<OfflineRecord> previous = localRunning()) {
        previous->state = OfflineRecord::State::Waiting;
        previous->end = at.toUTC();
        write(*previous);
    } else if (serverRunning && !isLocal(*serverRunning)) {
        write(serverStop(*serverRunning, at, maybeOnServer));
    }
    OfflineRecord period;
    period.id = OfflineRecord::newId();
    period.kind = OfflineRecord::Kind::Period;
    period.state = OfflineRecord::State::Running;
    period.customersId = request.customersId;
    period.projectsId = request.projectsId.value_or(0);
    period.servicesId = request.servicesId;
    period.billable = request.billable.value_or(0);
    period.text = request.text;
    period.start = at.toUTC();
    period.maybeOnServer = maybeOnServer;
    write(period);
    qCInfo(lcOfflineClock) << "local clock started" << period.id << (maybeOnServer ? "(maybe on the server)" : "");
    return true;
}

bool OfflineClock::recordStop(const QDateTime& at, const std::optional<Entry>& serverRunning, bool maybeOnServer)
{
    if (!isAvailable())
        return false;
    std::optional<OfflineRecord> running = localRunning();
    if (!running && !(serverRunning && !isLocal(*serverRunning)))
        return false;
    m_tickets.clear();
    m_failed = false;
    m_error.clear();
    if (running) {
        running->state = OfflineRecord::State::Waiting;
        running->end = at.toUTC();
        write(*running);
    } else {
        write(serverStop(*serverRunning, at, maybeOnServer));
    }
    qCInfo(lcOfflineClock) << "local stop recorded";
    return true;
}

bool OfflineClock::recordEdit(const Entry& changed)
{
    if (!isAvailable())
        return false;
    std::optional<OfflineRecord> running = localRunning();
    if (!running)
        return false;
    m_tickets.clear();
    m_failed = false;
    m_error.clear();
    running->customersId = changed.customersId;
    running->projectsId = changed.projectsId.value_or(0);
    running->servicesId = changed.servicesId.value_or(0);
    running->billable = changed.billable;
    running->text = changed.text;
    write(*running);
    return true;
}

void OfflineClock::write(const OfflineRecord& record)
{
    m_tickets.insert(m_journal->write(record));
}

void OfflineClock::onWritten(quint64 ticket, bool ok, const QString& error)
{
    if (!m_tickets.remove(ticket))
        return;
    if (!ok && !m_failed) {
        m_failed = true;
        m_error = error;
    }
    if (m_tickets.isEmpty())
        emit recorded(!m_failed, m_error);
}

// --- the stopwatch's side ---

void OfflineClock::attach(Stopwatch* stopwatch)
{
    if (m_stopwatch)
        disconnect(this, nullptr, m_stopwatch, nullptr);
    m_stopwatch = stopwatch;
    connect(this, &OfflineClock::recorded, stopwatch, [this](bool ok, const QString& error) { finish(ok, error); });
    connect(this, &OfflineClock::changed, stopwatch, [this] { follow(); });
}

int OfflineClock::billableDefault(const ClockStartRequest& request) const
{
    if (request.billable)
        return *request.billable;
    // The clock's own default: the project's, else the customer's.
    const AccountData* account = m_stopwatch->m_account;
    if (const Project* project = account->project(request.projectsId.value_or(0)))
        return project->billableDefault ? 1 : 0;
    if (const Customer* customer = account->customer(request.customersId))
        return customer->billableDefault ? 1 : 0;
    return 0;
}

void OfflineClock::act(Stopwatch::Action action, const std::optional<ClockStartRequest>& start, const QDateTime& at,
                       bool maybeOnServer)
{
    Stopwatch* stopwatch = m_stopwatch;
    m_pending = Pending { action, stopwatch->m_running, at, stopwatch->m_accountEpoch, maybeOnServer };
    bool recording = false;
    if (start) {
        ClockStartRequest request = *start;
        request.billable = billableDefault(request);
        recording = recordStart(request, at, stopwatch->m_running, maybeOnServer);
    } else {
        recording = recordStop(at, stopwatch->m_running, maybeOnServer);
    }
    if (!recording)
        finish(false, tr("no offline journal is open for this account"));
}

void OfflineClock::actEdit(const Entry& changed)
{
    m_pending
        = Pending { Stopwatch::Action::Edit, m_stopwatch->m_running, QDateTime(), m_stopwatch->m_accountEpoch, false };
    if (!recordEdit(changed))
        finish(false, tr("the local clock no longer runs"));
}

void OfflineClock::finish(bool ok, const QString& error)
{
    if (!m_pending || !m_stopwatch)
        return;
    const Pending pending = *std::exchange(m_pending, std::nullopt);
    Stopwatch* stopwatch = m_stopwatch;
    if (pending.epoch != stopwatch->m_accountEpoch)
        return; // another account by now: Stopwatch::forgetAccount() answered the action
    const bool ended = pending.action != Stopwatch::Action::Edit && pending.before;
    if (ok) {
        stopwatch->m_running = runningEntry();
        stopwatch->m_known = true;
        if (ended) {
            Entry stopped = *pending.before;
            stopped.timeUntil = pending.at;
            stopped.duration = std::max<qint64>(0, stopped.timeSince.secsTo(pending.at));
            stopwatch->m_account->setLastStopped(stopped);
        }
    }
    m_lastWaiting = waitingCount();
    stopwatch->endAction();
    if (!ok) {
        qCWarning(lcOfflineClock) << "offline action not recorded:" << error;
        emit stopwatch->actionFailed(pending.action, ApiError::make(ApiError::Category::Configuration, error),
                                     tr("Clockodo cannot be reached, and this computer could not record the change "
                                        "either (%1). Nothing was recorded.")
                                         .arg(error));
        return;
    }
    emit stopwatch->actionSucceeded(pending.action, confirmation(pending));
}

QString OfflineClock::confirmation(const Pending& pending) const
{
    const Stopwatch* stopwatch = m_stopwatch;
    const std::optional<Entry>& now = stopwatch->m_running;
    QString message;
    if (pending.action == Stopwatch::Action::Edit) {
        return now ? tr("The clock running on this computer is now %1.").arg(stopwatch->describe(*now)) : QString();
    } else if (pending.action == Stopwatch::Action::Stop && pending.before) {
        message = tr("Clockodo cannot be reached: %1 was stopped on this computer after %2. It is uploaded when "
                     "Clockodo answers again.")
                      .arg(stopwatch->describe(*pending.before),
                           Stopwatch::formatDuration(pending.before->timeSince.secsTo(pending.at)));
    } else if (now && pending.before) {
        message = tr("Clockodo cannot be reached: switched to %1 on this computer; %2 was stopped after %3. Both are "
                     "uploaded when Clockodo answers again.")
                      .arg(stopwatch->describe(*now), stopwatch->describe(*pending.before),
                           Stopwatch::formatDuration(pending.before->timeSince.secsTo(pending.at)));
    } else if (now) {
        message = tr("Clockodo cannot be reached: %1 runs on this computer since %2. It is uploaded when Clockodo "
                     "answers again.")
                      .arg(stopwatch->describe(*now), stopwatch->timeText(now->timeSince));
    }
    if (pending.maybeOnServer)
        message += QLatin1Char(' ')
            + tr("Clockodo may have received the request; this is checked before anything is uploaded.");
    return message;
}

void OfflineClock::adopt(const Entry& entry)
{
    Stopwatch* stopwatch = m_stopwatch;
    if (!stopwatch || stopwatch->m_busy || !stopwatch->isRunningLocally() || localRunning())
        return;
    qCInfo(lcOfflineClock) << "the local period is now the server's clock" << entry.id;
    if (entry.isRunning())
        stopwatch->m_running = entry; // the same period, now on the server: no message
    emit stopwatch->stateChanged();
    stopwatch->refresh(); // the server's truth (a stop elsewhere meanwhile shows there, quietly: see overlay())
}

void OfflineClock::follow()
{
    Stopwatch* stopwatch = m_stopwatch;
    if (!stopwatch || stopwatch->m_busy)
        return; // the action under way sets what runs when its records are durable
    const int waiting = waitingCount();
    const bool uploaded = waiting < m_lastWaiting;
    m_lastWaiting = waiting;
    if (const std::optional<Entry> local = runningEntry()) {
        if (stopwatch->m_running != local) {
            stopwatch->m_running = local; // e.g. resumed after a restart
            stopwatch->m_known = true;
        }
        emit stopwatch->stateChanged();
        if (uploaded)
            stopwatch->refresh();
        return;
    }
    emit stopwatch->stateChanged(); // the number of waiting records changed
    // The local period left the journal (the uploader made it the server's clock) or records were uploaded: show
    // the server's truth (the read is quiet about the change, see overlay()).
    if (stopwatch->isRunningLocally() || uploaded)
        stopwatch->refresh();
}
