// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlineuploader.h"

#include "api/apiclient.h"
#include "api/noretry.h"
#include "api/transport/apitime.h"
#include "core/session/accountdata.h"
#include "core/tracking/clock.h"
#include "core/tracking/offlineconflicttext.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlinematch.h"
#include "core/tracking/probeschedule.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcUploader, "clockodo.core.uploader", QtInfoMsg)

const QString OfflineUploader::ClockRunningElsewhere = QStringLiteral("clock-running-elsewhere");
const QString OfflineUploader::Overlap = QStringLiteral("overlap");
const QString OfflineUploader::Inactive = QStringLiteral("inactive");
const QString OfflineUploader::TooLong = QStringLiteral("too-long");
const QString OfflineUploader::TooShort = QStringLiteral("too-short");
const QString OfflineUploader::StoppedElsewhere = QStringLiteral("stopped-elsewhere");
const QString OfflineUploader::EntryDeleted = QStringLiteral("entry-deleted");
const QString OfflineUploader::Rejected = QStringLiteral("rejected");

namespace {

using State = OfflineRecord::State;
using Kind = OfflineRecord::Kind;

constexpr auto wholeSeconds = &OfflineMatch::wholeSeconds;

} // namespace

OfflineUploader::OfflineUploader(ApiClient* api, AccountData* account, OfflineJournal* journal, Clock* clock,
                                 QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_account(account)
    , m_journal(journal)
    , m_clock(clock ? clock : Clock::system())
    , m_schedule(new ProbeSchedule(m_clock, FirstProbeDelayMs, MaxProbeDelayMs, this))
{
    connect(m_schedule, &ProbeSchedule::due, this, &OfflineUploader::probe);
    connect(m_journal, &OfflineJournal::written, this, &OfflineUploader::onWritten);
    connect(m_journal, &OfflineJournal::changed, this, &OfflineUploader::evaluate);
    connect(m_journal, &OfflineJournal::loaded, this, &OfflineUploader::evaluate);
    connect(m_account, &AccountData::cleared, this, [this] {
        stop();
        evaluate();
    });
    connect(m_account, &AccountData::userChanged, this, &OfflineUploader::evaluate);
    QTimer::singleShot(0, this, &OfflineUploader::evaluate);
}

OfflineUploader::~OfflineUploader()
{
    stop();
}

// ---- state ------------------------------------------------------------------------------------------------------

bool OfflineUploader::isSignedOut() const
{
    return m_signedOut && m_api && m_api->accountGeneration() == m_signedOutGeneration;
}

int OfflineUploader::waitingCount() const
{
    return m_journal ? m_journal->waitingCount() : 0;
}

bool OfflineUploader::ready() const
{
    return m_api && m_account && m_journal && m_journal->isLoaded() && !m_journal->accountKey().isEmpty()
        && m_journal->accountKey() == m_account->accountKey() && m_account->hasUser() && m_api->hasCredentials()
        && !isSignedOut();
}

bool OfflineUploader::needsUpload(const OfflineRecord& r) const
{
    return OfflineMatch::isToUpload(r, m_forced.contains(r.id));
}

bool OfflineUploader::hasWork() const
{
    if (!m_journal)
        return false;
    const QList<OfflineRecord> records = m_journal->records();
    return std::any_of(records.cbegin(), records.cend(), [this](const OfflineRecord& r) { return needsUpload(r); });
}

bool OfflineUploader::isLive(quint64 token) const
{
    return token == m_token && m_api && m_journal && m_api->accountGeneration() == m_passGeneration
        && m_journal->accountKey() == m_passKey;
}

void OfflineUploader::setProbing(bool probing)
{
    if (m_probing == probing)
        return;
    m_probing = probing;
    emit probingChanged(probing);
}

int OfflineUploader::nextProbeDelayMs() const
{
    return m_schedule->remainingMs();
}

OfflineConflictText OfflineUploader::texts() const
{
    return OfflineConflictText(m_account ? m_account->timeZone() : QTimeZone::systemTimeZone());
}

QString OfflineUploader::conflictText(const QString& code)
{
    return OfflineConflictText::forCode(code);
}

// ---- the probe and the pass -------------------------------------------------------------------------------------

void OfflineUploader::evaluate()
{
    if (m_busy)
        return;
    if (!ready() || !hasWork()) {
        m_schedule->cancel();
        setProbing(false);
        return;
    }
    if (!m_schedule->isScheduled()) {
        setProbing(true);
        m_schedule->ensureScheduled();
    }
}

void OfflineUploader::checkTimer()
{
    if (!m_busy)
        m_schedule->check();
}

void OfflineUploader::retryNow()
{
    if (m_busy)
        return;
    m_schedule->resetDelay();
    m_schedule->cancel();
    probe();
}

void OfflineUploader::stop()
{
    ++m_token;
    m_schedule->cancel();
    if (ApiReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    m_busy = false;
    m_currentId.clear();
    m_clockState.reset();
    m_awaitedTicket = 0;
    m_afterWrite = nullptr;
    setProbing(false);
}

void OfflineUploader::probe()
{
    if (m_busy || !ready() || !hasWork()) {
        evaluate();
        return;
    }
    m_busy = true;
    m_passGeneration = m_api->accountGeneration();
    m_passKey = m_journal->accountKey();
    m_clockState.reset();
    m_lastProbe = m_clock->nowUtc();
    ++m_probeCount;
    ApiReply* probe = m_api->clock();
    // One request per probe: the client's retries of a failed GET (back-off, Retry-After) would stretch one probe past
    // the minute between probes; the probe's own back-off decides when to ask again.
    NoRetry::apply(probe, this, [this, token = m_token](const ApiError& reason) {
        m_reply = nullptr;
        if (!isLive(token)) {
            stop();
            evaluate();
        } else if (!endsPass(reason)) {
            backOff(reason);
        }
    });
    call(probe, [this](ApiReply* reply) {
        if (!reply->isOk()) {
            if (!endsPass(reply->error()))
                backOff(reply->error());
            return;
        }
        m_clockState = reply->valueAs<ClockState>();
        m_schedule->resetDelay();
        setProbing(false);
        next();
    });
}

void OfflineUploader::next()
{
    m_currentId.clear();
    if (!ready()) {
        endPass();
        return;
    }
    for (const OfflineRecord& r : m_journal->records()) {
        if (!needsUpload(r))
            continue;
        m_currentId = r.id;
        if (r.kind == Kind::ServerStop)
            uploadStop(r);
        else if (r.state == State::Running)
            startRunning(r);
        else
            uploadPeriod(r);
        return;
    }
    endPass();
    emit finished();
}

void OfflineUploader::endPass()
{
    m_busy = false;
    m_currentId.clear();
    m_clockState.reset();
    evaluate();
}

void OfflineUploader::call(ApiReply* reply, const Handler& handler)
{
    const quint64 token = m_token;
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, token, handler] {
        if (token != m_token)
            return;
        m_reply = nullptr;
        if (!isLive(token)) {
            stop(); // another account: nothing of this pass goes on
            evaluate();
            return;
        }
        handler(reply);
    });
}

std::optional<OfflineRecord> OfflineUploader::recordOrNext(const QString& id)
{
    std::optional<OfflineRecord> r = m_journal->record(id);
    if (!r)
        next(); // discarded meanwhile, or another account
    return r;
}

void OfflineUploader::update(const QString& id, const Change& change, const Step& then)
{
    const std::optional<OfflineRecord> current = recordOrNext(id);
    if (!current)
        return;
    OfflineRecord changed = *current;
    change(changed);
    m_afterWrite = then;
    m_awaitedTicket = m_journal->write(changed);
}

void OfflineUploader::onWritten(quint64 ticket, bool ok, const QString& error)
{
    if (ticket != m_awaitedTicket || m_awaitedTicket == 0)
        return;
    m_awaitedTicket = 0;
    const Step then = std::exchange(m_afterWrite, nullptr);
    if (!isLive(m_token)) {
        stop();
        evaluate();
        return;
    }
    if (!ok) {
        // Nothing is sent that the journal could not note first.
        qCWarning(lcUploader) << "journal write failed:" << error;
        backOff(ApiError::make(ApiError::Category::Configuration, error));
        return;
    }
    if (then)
        then();
}

bool OfflineUploader::endsPass(const ApiError& error)
{
    if (error.category == ApiError::Category::Auth) {
        m_signedOut = true;
        m_signedOutGeneration = m_api->accountGeneration();
        endPass();
        emit signedOut(error);
        return true;
    }
    if (OfflineMatch::isTransient(error)) {
        backOff(error);
        return true;
    }
    return false;
}

void OfflineUploader::backOff(const ApiError& error)
{
    m_busy = false;
    m_currentId.clear();
    m_clockState.reset();
    setProbing(true);
    if (!ready() || !hasWork()) {
        evaluate();
        return;
    }
    const bool limited = error.category == ApiError::Category::RateLimited;
    const int delay = m_schedule->backOff(limited ? error.retryAfterSeconds : -1);
    qCInfo(lcUploader) << "Clockodo not reached, next probe in" << delay << "ms:" << error.message();
}

void OfflineUploader::withClock(const std::function<void(const ClockState&)>& then)
{
    if (m_clockState) {
        then(*m_clockState);
        return;
    }
    call(m_api->clock(), [this, then](ApiReply* reply) {
        if (!reply->isOk()) {
            if (!endsPass(reply->error()))
                backOff(reply->error());
            return;
        }
        m_clockState = reply->valueAs<ClockState>();
        then(*m_clockState);
    });
}

// ---- finished periods -------------------------------------------------------------------------------------------

void OfflineUploader::uploadPeriod(const OfflineRecord& r)
{
    const qint64 seconds = wholeSeconds(r.start).secsTo(wholeSeconds(r.end));
    if (seconds > Entry::MaxDurationSeconds) {
        markConflict(r.id, TooLong, QString());
        return;
    }
    if (seconds < 1) {
        markConflict(r.id, TooShort, QString());
        return;
    }
    // One look at the span serves both: our own entry from an attempt whose outcome is unknown, and entries made
    // elsewhere that the period would overlap.
    const QString id = r.id;
    call(m_api->entries(OfflineMatch::spanQuery(r, m_account->user().id)), [this, id](ApiReply* reply) {
        if (!reply->isOk()) {
            fail(id, reply->error());
            return;
        }
        checkSpan(id, reply->valueAs<QList<Entry>>());
    });
}

void OfflineUploader::checkSpan(const QString& id, const QList<Entry>& entries)
{
    const std::optional<OfflineRecord> r = recordOrNext(id);
    if (!r)
        return;
    if (r->state == State::Uploading || r->maybeOnServer) {
        if (const std::optional<Entry> own = OfflineMatch::findOwn(*r, entries)) {
            qCInfo(lcUploader) << "record" << id << "was already uploaded as entry" << own->id;
            markUploaded(id, own->id);
            return;
        }
        // Its start as a clock reached the server before it was stopped here: that clock is to be stopped.
        if (const std::optional<Entry> started = OfflineMatch::findStarted(*r, entries, true)) {
            adoptRunning(id, *started);
            return;
        }
    }
    const QList<Entry> others = OfflineMatch::overlaps(*r, entries, m_account->user().id);
    if (!others.isEmpty() && !m_forced.contains(id)) {
        markConflict(id, Overlap, texts().overlap(others));
        return;
    }
    sendPeriod(id);
}

void OfflineUploader::sendPeriod(const QString& id)
{
    update(
        id,
        [](OfflineRecord& r) {
            r.state = State::Uploading;
            r.maybeOnServer = true;
            r.conflict.clear();
            r.conflictMessage.clear();
            ++r.attempts;
        },
        [this, id] {
            m_forced.remove(id);
            const std::optional<OfflineRecord> r = recordOrNext(id);
            if (!r)
                return;
            call(m_api->createEntry(OfflineMatch::entryFor(*r)), [this, id](ApiReply* reply) {
                if (reply->isOk()) {
                    markUploaded(id, reply->valueAs<Entry>().id);
                    return;
                }
                const ApiError error = reply->error();
                if (error.outcomeUnknown) {
                    confirmPeriod(id, error);
                    return;
                }
                if (OfflineMatch::isTransient(error)) {
                    // Not sent (or refused before acting): it waits again, unmarked.
                    update(
                        id,
                        [](OfflineRecord& rec) {
                            rec.state = State::Waiting;
                            rec.maybeOnServer = false;
                        },
                        [this, error] { backOff(error); });
                    return;
                }
                fail(id, error);
            });
        });
}

void OfflineUploader::confirmPeriod(const QString& id, const ApiError& error)
{
    const std::optional<OfflineRecord> r = recordOrNext(id);
    if (!r)
        return;
    call(m_api->entries(OfflineMatch::spanQuery(*r, m_account->user().id)), [this, id, error](ApiReply* reply) {
        const std::optional<OfflineRecord> rec = m_journal->record(id);
        const std::optional<Entry> own
            = reply->isOk() && rec ? OfflineMatch::findOwn(*rec, reply->valueAs<QList<Entry>>()) : std::nullopt;
        if (own) {
            markUploaded(id, own->id);
            return;
        }
        // Not there (yet), or not readable: the record stays Uploading; the next pass looks again before sending.
        backOff(reply->isOk() ? error : reply->error());
    });
}

// ---- periods running locally ------------------------------------------------------------------------------------

void OfflineUploader::startRunning(const OfflineRecord& r)
{
    const QString id = r.id;
    withClock([this, id](const ClockState& state) {
        const std::optional<OfflineRecord> rec = recordOrNext(id);
        if (!rec)
            return;
        if (state.running && OfflineMatch::isStartOf(*rec, *state.running)) {
            adoptRunning(id, *state.running);
            return;
        }
        if (state.running && !m_forced.contains(id)) {
            markConflict(id, ClockRunningElsewhere, texts().runningElsewhere(*state.running));
            return;
        }
        if (state.running) { // uploadAnyway(): started although another clock runs (the server stops that one)
            sendStart(id);
            return;
        }
        checkRunningSpan(id);
    });
}

void OfflineUploader::checkRunningSpan(const QString& id)
{
    // The span from the local start until now serves both: a start of ours that reached the server and was stopped
    // elsewhere since (its entry is in the span), and entries made elsewhere that the running period would overlap
    // (POST /v2/clock with time_since does not refuse an overlap: the check is ours, as for finished periods).
    const std::optional<OfflineRecord> r = recordOrNext(id);
    if (!r)
        return;
    const QDateTime now = m_clock->nowUtc();
    call(m_api->entries(OfflineMatch::spanQuery(*r, m_account->user().id, now)), [this, id, now](ApiReply* reply) {
        if (!reply->isOk()) {
            fail(id, reply->error());
            return;
        }
        const std::optional<OfflineRecord> rec = recordOrNext(id);
        if (!rec)
            return;
        const QList<Entry> entries = reply->valueAs<QList<Entry>>();
        const std::optional<Entry> started
            = rec->maybeOnServer ? OfflineMatch::findStarted(*rec, entries, false) : std::nullopt;
        if (started) {
            adoptRunning(id, *started);
            return;
        }
        OfflineRecord untilNow = *rec;
        untilNow.end = now;
        const QList<Entry> overlapping = OfflineMatch::overlaps(untilNow, entries, m_account->user().id);
        if (!overlapping.isEmpty() && !m_forced.contains(id)) {
            markConflict(id, Overlap, texts().overlap(overlapping));
            return;
        }
        sendStart(id);
    });
}

void OfflineUploader::sendStart(const QString& id)
{
    update(
        id,
        [](OfflineRecord& r) {
            r.maybeOnServer = true;
            r.conflict.clear();
            r.conflictMessage.clear();
            ++r.attempts;
        },
        [this, id] {
            m_forced.remove(id);
            const std::optional<OfflineRecord> r = recordOrNext(id);
            if (!r)
                return;
            ClockStartRequest start;
            start.customersId = r->customersId;
            start.servicesId = r->servicesId;
            if (r->projectsId > 0)
                start.projectsId = r->projectsId;
            start.billable = r->billable;
            start.text = r->text;
            start.timeSince = wholeSeconds(r->start); // the API starts a clock retroactively
            m_clockState.reset();
            call(m_api->startClock(start), [this, id](ApiReply* reply) {
                const ApiError error = reply->error();
                if (reply->isOk() && reply->valueAs<ClockState>().running) {
                    adoptRunning(id, *reply->valueAs<ClockState>().running);
                } else if (reply->isOk() || error.outcomeUnknown) {
                    // Whether it started is unknown: the next pass reads the clock before starting again.
                    backOff(reply->isOk() ? ApiError::make(ApiError::Category::BadResponse) : error);
                } else if (OfflineMatch::isTransient(error)) {
                    update(
                        id, [](OfflineRecord& rec) { rec.maybeOnServer = false; }, [this, error] { backOff(error); });
                } else {
                    fail(id, error);
                }
            });
        });
}

void OfflineUploader::adoptRunning(const QString& id, const Entry& entry)
{
    update(
        id,
        [entry](OfflineRecord& r) {
            r.serverEntryId = entry.id;
            r.maybeOnServer = false;
            r.conflict.clear();
            r.conflictMessage.clear();
            if (r.end.isValid() && entry.isRunning()) {
                // Stopped locally while its start was on its way: now it is a server clock to stop at r.end.
                r.kind = Kind::ServerStop;
                r.state = State::Waiting;
            } else {
                r.state = State::Uploaded;
            }
        },
        [this, id, entry] {
            m_forced.remove(id);
            if (!m_journal->record(id)) { // Uploaded: it left the journal's list
                OfflineRecord done;
                done.id = id;
                done.state = State::Uploaded;
                done.serverEntryId = entry.id;
                emit progress(done);
                emit runningAdopted(entry);
            }
            next();
        });
}

// ---- stops of server clocks -------------------------------------------------------------------------------------

void OfflineUploader::uploadStop(const OfflineRecord& r)
{
    const QString id = r.id;
    withClock([this, id](const ClockState& state) {
        const std::optional<OfflineRecord> rec = recordOrNext(id);
        if (!rec)
            return;
        if (state.running && state.running->id == rec->serverEntryId)
            sendStop(id);
        else
            checkStoppedEntry(id); // stopped meanwhile: by us (an unknown outcome), a switch, or elsewhere
    });
}

void OfflineUploader::sendStop(const QString& id)
{
    update(
        id,
        [](OfflineRecord& r) {
            r.state = State::Uploading;
            r.maybeOnServer = true;
            ++r.attempts;
        },
        [this, id] {
            const std::optional<OfflineRecord> r = recordOrNext(id);
            if (!r)
                return;
            m_clockState.reset();
            call(m_api->stopClock(r->serverEntryId, wholeSeconds(r->end)), [this, id](ApiReply* reply) {
                if (reply->isOk()) {
                    m_clockState = reply->valueAs<ClockState>();
                    markUploaded(id, m_journal->record(id) ? m_journal->record(id)->serverEntryId : 0);
                    return;
                }
                const ApiError error = reply->error();
                if (error.outcomeUnknown)
                    backOff(error); // the next pass reads the clock (and the entry) before stopping again
                else if (error.category == ApiError::Category::NotFound)
                    markConflict(id, EntryDeleted, QString());
                else
                    fail(id, error);
            });
        });
}

void OfflineUploader::checkStoppedEntry(const QString& id)
{
    const std::optional<OfflineRecord> r = recordOrNext(id);
    if (!r)
        return;
    call(m_api->entry(r->serverEntryId), [this, id](ApiReply* reply) {
        const std::optional<OfflineRecord> rec = recordOrNext(id);
        if (!rec)
            return;
        if (!reply->isOk()) {
            const ApiError error = reply->error();
            if (error.category == ApiError::Category::NotFound)
                markConflict(id, EntryDeleted, QString());
            else
                fail(id, error);
            return;
        }
        const Entry entry = reply->valueAs<Entry>();
        const QDateTime wanted = wholeSeconds(rec->end);
        if (OfflineMatch::isEndOf(*rec, entry)) {
            markUploaded(id, entry.id); // ours (an earlier attempt, or the stop whose outcome was unknown)
        } else if (m_forced.contains(id)) {
            correctEnd(id);
        } else if (const std::optional<Entry> other = m_clockState ? m_clockState->running : std::nullopt) {
            markConflict(id, ClockRunningElsewhere, texts().runningElsewhere(*other));
        } else {
            markConflict(id, StoppedElsewhere, texts().stoppedElsewhere(entry, wanted));
        }
    });
}

void OfflineUploader::correctEnd(const QString& id)
{
    update(
        id,
        [](OfflineRecord& r) {
            r.state = State::Uploading;
            ++r.attempts;
        },
        [this, id] {
            m_forced.remove(id);
            const std::optional<OfflineRecord> r = recordOrNext(id);
            if (!r)
                return;
            const QJsonObject changes { { QStringLiteral("time_until"), ApiTime::format(wholeSeconds(r->end)) } };
            call(m_api->updateEntry(r->serverEntryId, changes), [this, id](ApiReply* reply) {
                if (reply->isOk()) {
                    markUploaded(id, reply->valueAs<Entry>().id);
                    return;
                }
                fail(id, reply->error());
            });
        });
}

// ---- outcomes ---------------------------------------------------------------------------------------------------

void OfflineUploader::markUploaded(const QString& id, qint64 serverEntryId)
{
    update(
        id,
        [serverEntryId](OfflineRecord& r) {
            r.state = State::Uploaded;
            if (serverEntryId > 0)
                r.serverEntryId = serverEntryId;
            r.maybeOnServer = false;
            r.conflict.clear();
            r.conflictMessage.clear();
        },
        [this, id, serverEntryId] {
            m_forced.remove(id);
            OfflineRecord done;
            done.id = id;
            done.state = State::Uploaded;
            done.serverEntryId = serverEntryId;
            emit progress(done);
            next();
        });
}

void OfflineUploader::markConflict(const QString& id, const QString& code, const QString& detail)
{
    m_forced.remove(id);
    const QString message = OfflineConflictText::message(code, detail);
    qCInfo(lcUploader) << "record" << id << "in conflict:" << code;
    update(
        id,
        [code, message](OfflineRecord& r) {
            if (r.state != State::Running)
                r.state = State::Conflict; // a period running locally keeps running; the conflict waits beside it
            r.maybeOnServer = false;
            r.conflict = code;
            r.conflictMessage = message;
        },
        [this, id] {
            if (const std::optional<OfflineRecord> r = m_journal->record(id))
                emit conflict(*r);
            next();
        });
}

void OfflineUploader::fail(const QString& id, const ApiError& error)
{
    if (!endsPass(error))
        refused(id, error);
}

void OfflineUploader::refused(const QString& id, const ApiError& error)
{
    markConflict(id, OfflineConflictText::refusalCode(error), error.message());
}

// ---- the user's decisions ---------------------------------------------------------------------------------------

bool OfflineUploader::uploadAnyway(const QString& id)
{
    const std::optional<OfflineRecord> r = m_journal ? m_journal->record(id) : std::nullopt;
    if (!r || (m_busy && m_currentId == id) || r->conflict.isEmpty())
        return false;
    m_forced.insert(id);
    OfflineRecord again = *r;
    if (again.state == State::Conflict)
        again.state = State::Waiting;
    again.conflict.clear();
    again.conflictMessage.clear();
    m_journal->write(again);
    retryNow();
    return true;
}

bool OfflineUploader::replace(const QString& id, const OfflineRecord& edited)
{
    const std::optional<OfflineRecord> r = m_journal ? m_journal->record(id) : std::nullopt;
    if (!r || (m_busy && m_currentId == id) || r->maybeOnServer || r->state == State::Uploading)
        return false;
    OfflineRecord changed = edited;
    changed.id = id;
    changed.kind = r->kind;
    changed.state = r->state == State::Running ? State::Running : State::Waiting;
    changed.serverEntryId = r->serverEntryId;
    changed.maybeOnServer = false;
    changed.conflict.clear();
    changed.conflictMessage.clear();
    changed.attempts = r->attempts;
    m_forced.remove(id);
    m_journal->write(changed);
    retryNow();
    return true;
}

bool OfflineUploader::discard(const QString& id)
{
    const std::optional<OfflineRecord> r = m_journal ? m_journal->record(id) : std::nullopt;
    if (!r || (m_busy && m_currentId == id) || r->maybeOnServer || r->state == State::Uploading)
        return false;
    OfflineRecord gone = *r;
    gone.state = State::Discarded;
    m_forced.remove(id);
    m_journal->write(gone);
    return true;
}
