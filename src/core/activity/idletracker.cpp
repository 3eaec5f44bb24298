// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/idletracker.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "core/activity/idlesource.h"
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlinerecord.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcIdle)

namespace {
// Input this much after the noted last input means the user was back (the server's "now" wobbles by a second).
constexpr qint64 ReturnSlackMs = 5000;
} // namespace

IdleTracker::IdleTracker(StopwatchSession* session, Settings* settings, IdleSource* source, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_source(source)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IdleTracker::poll);
    m_sourceReady = !m_source->name().isEmpty();
    connect(m_source, &IdleSource::probed, this, [this](bool ok) {
        m_sourceReady = ok;
        reconsider();
    });
    connect(m_source, &IdleSource::idleTimeRead, this, &IdleTracker::onIdleTime);
    connect(m_source, &IdleSource::activityResumed, this, &IdleTracker::poll);
    connect(m_session->stopwatch(), &Stopwatch::stateChanged, this, &IdleTracker::reconsider);
    connect(m_session->account(), &AccountData::accountKeyChanged, this, &IdleTracker::reconsider);
    if (m_settings)
        connect(m_settings, &Settings::changed, this, &IdleTracker::reconsider);
    // A question kept from the last run is raised from the event loop, once the caller is connected.
    QTimer::singleShot(0, this, &IdleTracker::reconsider);
}

IdleTracker::~IdleTracker() = default;

QString IdleTracker::accountKey() const
{
    return m_session->account()->accountKey();
}

bool IdleTracker::isPolling() const
{
    return m_timer->isActive();
}

bool IdleTracker::isAsking() const
{
    const Stopwatch* sw = m_session->stopwatch();
    return m_question && m_question->isComplete() && sw->isKnown() && sw->isRunning()
        && m_question->concerns(*sw->running());
}

void IdleTracker::load()
{
    const QString key = accountKey();
    if (key == m_loadedFor)
        return;
    m_loadedFor = key;
    m_asked = false;
    m_question = m_settings ? IdleQuestion::fromJson(m_settings->pendingIdleQuestion(key)) : std::nullopt;
}

void IdleTracker::store()
{
    if (m_settings && !m_loadedFor.isEmpty())
        m_settings->setPendingIdleQuestion(m_loadedFor, m_question ? m_question->toJson() : QByteArray());
}

void IdleTracker::close()
{
    m_question.reset();
    m_asked = false;
    store();
    emit questionClosed();
}

void IdleTracker::reconsider()
{
    load();
    const Stopwatch* sw = m_session->stopwatch();
    if (m_question && !m_answering && sw->isKnown() && !sw->isBusy()
        && (!sw->isRunning() || !m_question->concerns(*sw->running()))) {
        qCInfo(lcIdle) << "the clock asked about no longer runs: the idle question is dropped";
        close();
    }
    const bool detection = m_settings && m_settings->idleDetection();
    const bool wanted
        = m_sourceReady && sw->isRunning() && !m_answering && (m_question ? !m_question->isComplete() : detection);
    if (wanted && !m_timer->isActive())
        m_timer->start();
    else if (!wanted)
        m_timer->stop();
    raiseIfDue();
}

void IdleTracker::raiseIfDue()
{
    if (m_asked || m_answering || !isAsking())
        return;
    m_asked = true;
    emit questionRaised(*m_question);
}

void IdleTracker::poll()
{
    if (m_sourceReady && m_session->stopwatch()->isRunning())
        m_source->requestIdleTime();
}

void IdleTracker::onIdleTime(qint64 idleMs)
{
    const Stopwatch* sw = m_session->stopwatch();
    if (!sw->isRunning() || m_answering)
        return;
    const QDateTime now = sw->serverNow();
    const QDateTime lastInput = now.addMSecs(-idleMs);
    if (!m_question) {
        if (!m_settings || !m_settings->idleDetection() || idleMs < qint64(m_settings->idleMinutes()) * 60 * 1000)
            return;
        m_question = IdleQuestion::about(*sw->running(), qMax(lastInput, sw->running()->timeSince));
        m_question->idleStart = m_question->idleStart.addMSecs(-m_question->idleStart.time().msec());
        qCInfo(lcIdle) << "idle since" << m_question->idleStart;
        store();
        m_source->watchForActivity();
        return;
    }
    if (m_question->isComplete()
        || lastInput.toMSecsSinceEpoch() - m_question->idleStart.toMSecsSinceEpoch() < ReturnSlackMs)
        return;
    m_question->idleEnd = lastInput.addMSecs(-lastInput.time().msec());
    qCInfo(lcIdle) << "back at" << m_question->idleEnd;
    store();
    reconsider();
}

void IdleTracker::whenDone(const std::function<void()>& act,
                           const std::function<void(bool ok, const QString& message)>& then)
{
    Stopwatch* sw = m_session->stopwatch();
    auto* context = new QObject(this);
    auto resolve = [context, then](bool ok, const QString& message) {
        if (context->property("done").toBool())
            return;
        context->setProperty("done", true);
        context->deleteLater();
        then(ok, message);
    };
    connect(sw, &Stopwatch::actionSucceeded, context,
            [resolve](Stopwatch::Action, const QString& message) { resolve(true, message); });
    connect(sw, &Stopwatch::actionFailed, context,
            [resolve](Stopwatch::Action, const ApiError&, const QString& message) { resolve(false, message); });
    // A refusal the stopwatch answers with a read of the clock (the entry was stopped elsewhere) ends in no
    // action signal: once it is no longer busy, what it did not confirm did not happen.
    const QString unconfirmed = tr("The clock changed meanwhile; nothing was done.");
    connect(sw, &Stopwatch::stateChanged, context, [sw, context, resolve, unconfirmed] {
        if (!sw->isBusy())
            QTimer::singleShot(0, context, [resolve, unconfirmed] { resolve(false, unconfirmed); });
    });
    act();
}

void IdleTracker::answer(Choice choice, const std::optional<ClockStartRequest>& other, bool continueAfter)
{
    if (m_answering)
        return; // at most once per user action
    if (!isAsking()) {
        emit answerFailed(tr("This clock no longer runs."));
        return;
    }
    const IdleQuestion question = *m_question;
    if (choice == Choice::Keep) {
        close();
        reconsider();
        return;
    }
    if (choice == Choice::BookAsOtherTask && (!other || !other->isValid())) {
        emit answerFailed(tr("Choose the customer and service for the idle time."));
        return;
    }
    m_answering = true;
    m_timer->stop();
    whenDone([this, question] { m_session->stopwatch()->stopAt(question.idleStart); },
             [this, choice, question, other, continueAfter](bool ok, const QString& message) {
                 if (!ok) {
                     finishAnswer(message);
                     return;
                 }
                 close(); // the stop is done (or journaled): the rest follows from here
                 afterStop(choice, question, other, continueAfter);
             });
}

void IdleTracker::afterStop(Choice choice, const IdleQuestion& question, const std::optional<ClockStartRequest>& other,
                            bool continueAfter)
{
    // No input since the clock started: stopped at its start, the entry on Clockodo is 0:00 long. Nothing was worked,
    // so it goes (DELETE /v2/entries/{id}) instead of staying as an empty line. Only an entry Clockodo stopped at
    // 0:00 is removed; a stop the offline journal holds stays as it is.
    const std::optional<Entry>& stopped = m_session->stopwatch()->lastStopped();
    const bool empty = question.entryId != 0 && stopped && stopped->id == question.entryId
        && stopped->timeUntil.isValid() && stopped->timeSince.secsTo(stopped->timeUntil) == 0;
    if (!empty) {
        proceedAfterStop(choice, question, other, continueAfter);
        return;
    }
    ApiReply* reply = m_session->api()->deleteEntry(question.entryId);
    connect(reply, &ApiReply::finished, this, [this, reply, choice, question, other, continueAfter] {
        reply->deleteLater();
        if (reply->isOk())
            qCInfo(lcIdle) << "the empty entry of the clock stopped at its start was removed";
        else
            emit answerFailed(tr("The clock stopped at its start, but its empty entry (0:00) could not be removed: %1")
                                  .arg(reply->error().message()));
        proceedAfterStop(choice, question, other, continueAfter);
    });
}

void IdleTracker::proceedAfterStop(Choice choice, const IdleQuestion& question,
                                   const std::optional<ClockStartRequest>& other, bool continueAfter)
{
    switch (choice) {
    case Choice::StopAndContinue:
        continueTask(question);
        return;
    case Choice::BookAsOtherTask:
        bookOther(question, *other, continueAfter);
        return;
    case Choice::Keep:
    case Choice::StopAtIdleStart:
        break;
    }
    finishAnswer();
}

void IdleTracker::continueTask(const IdleQuestion& question)
{
    ClockStartRequest request = ClockStartRequest::forTask(question.task());
    request.timeSince = QDateTime();
    whenDone([this, request] { m_session->stopwatch()->start(request); },
             [this](bool ok, const QString& message) { finishAnswer(ok ? QString() : message); });
}

void IdleTracker::bookOther(const IdleQuestion& question, const ClockStartRequest& other, bool continueAfter)
{
    Stopwatch* sw = m_session->stopwatch();
    if (sw->canWorkOffline() && (sw->connection() != Stopwatch::Connection::Online || sw->isRunningLocally())) {
        journalPeriod(question, other, continueAfter);
        return;
    }
    Entry entry;
    entry.type = Entry::Type::Time;
    entry.customersId = other.customersId;
    entry.projectsId = other.projectsId;
    entry.subprojectsId = other.subprojectsId;
    entry.servicesId = other.servicesId;
    entry.billable = other.billable.value_or(0);
    entry.text = other.text;
    entry.timeSince = question.idleStart;
    entry.timeUntil = question.idleEnd;
    ApiReply* reply = m_session->api()->createEntry(entry);
    connect(reply, &ApiReply::finished, this, [this, reply, question, other, continueAfter] {
        reply->deleteLater();
        if (reply->isOk()) {
            if (continueAfter)
                continueTask(question);
            else
                finishAnswer();
            return;
        }
        const ApiError error = reply->error();
        if (m_session->stopwatch()->canWorkOffline() && OfflineClock::isUnreachable(error)) {
            journalPeriod(question, other, continueAfter);
            return;
        }
        emit answerFailed(tr("The idle time could not be booked: %1").arg(error.message()));
        if (continueAfter)
            continueTask(question);
        else
            finishAnswer();
    });
}

void IdleTracker::journalPeriod(const IdleQuestion& question, const ClockStartRequest& other, bool continueAfter)
{
    OfflineJournal* journal = m_session->offlineClock()->journal();
    OfflineRecord record;
    record.id = OfflineRecord::newId();
    record.kind = OfflineRecord::Kind::Period;
    record.state = OfflineRecord::State::Waiting;
    record.customersId = other.customersId;
    record.projectsId = other.projectsId.value_or(0);
    record.servicesId = other.servicesId;
    record.billable = other.billable.value_or(0);
    record.text = other.text;
    record.start = question.idleStart;
    record.end = question.idleEnd;
    auto* context = new QObject(this);
    const quint64 ticket = journal->write(record);
    connect(journal, &OfflineJournal::written, context,
            [this, context, ticket, question, continueAfter](quint64 written, bool ok, const QString& error) {
                if (written != ticket)
                    return;
                context->deleteLater();
                if (!ok)
                    emit answerFailed(tr("The idle time could not be recorded: %1").arg(error));
                if (continueAfter)
                    continueTask(question);
                else
                    finishAnswer();
            });
}

void IdleTracker::finishAnswer(const QString& failure)
{
    m_answering = false;
    if (!failure.isEmpty())
        emit answerFailed(failure);
    reconsider();
}
