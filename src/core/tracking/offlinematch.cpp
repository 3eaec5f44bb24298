// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlinematch.h"

#include "core/tracking/offlineuploader.h"

#include <QTimeZone>

QDateTime OfflineMatch::wholeSeconds(const QDateTime& time)
{
    return time.isValid() ? QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::utc()) : QDateTime();
}

Entry OfflineMatch::entryFor(const OfflineRecord& r)
{
    Entry e;
    e.type = Entry::Type::Time;
    e.customersId = r.customersId;
    if (r.projectsId > 0)
        e.projectsId = r.projectsId;
    e.servicesId = r.servicesId;
    e.billable = r.billable;
    e.text = r.text;
    e.timeSince = wholeSeconds(r.start);
    e.timeUntil = wholeSeconds(r.end);
    e.clockedOffline = true;
    e.timeClockedSince = wholeSeconds(r.start);
    return e;
}

bool OfflineMatch::isToUpload(const OfflineRecord& r, bool forced)
{
    using State = OfflineRecord::State;
    using Kind = OfflineRecord::Kind;
    // A period that ran while another clock ran on the server is finished now: as an entry it no longer competes with
    // that clock (the overlap check decides).
    const bool stale
        = r.conflict == OfflineUploader::ClockRunningElsewhere && r.kind == Kind::Period && r.state != State::Running;
    if (!r.conflict.isEmpty() && !stale && !forced)
        return false;
    const bool open = r.state == State::Waiting || r.state == State::Uploading;
    if (r.kind == Kind::ServerStop)
        return open && r.serverEntryId > 0;
    if (r.state == State::Running)
        return r.serverEntryId == 0;
    return open && r.end.isValid();
}

EntryQuery OfflineMatch::spanQuery(const OfflineRecord& r, qint64 usersId, const QDateTime& until)
{
    EntryQuery query;
    query.since = wholeSeconds(r.start);
    query.until = wholeSeconds(until.isValid() ? until : r.end);
    if (query.until <= query.since)
        query.until = query.since.addSecs(60);
    query.usersId = usersId;
    query.enhancedList = false;
    return query;
}

std::optional<Entry> OfflineMatch::findOwn(const OfflineRecord& r, const QList<Entry>& entries)
{
    const Entry wanted = entryFor(r);
    for (const Entry& e : entries) {
        if (e.type == Entry::Type::Time && e.customersId == wanted.customersId
            && e.projectsId.value_or(0) == wanted.projectsId.value_or(0)
            && e.servicesId.value_or(0) == wanted.servicesId.value_or(0) && e.timeSince == wanted.timeSince
            && e.timeUntil == wanted.timeUntil && e.text == wanted.text)
            return e;
    }
    return std::nullopt;
}

QList<Entry> OfflineMatch::overlaps(const OfflineRecord& r, const QList<Entry>& entries, qint64 usersId)
{
    const QDateTime since = wholeSeconds(r.start);
    const QDateTime until = wholeSeconds(r.end);
    QList<Entry> found;
    for (const Entry& e : entries) {
        if (e.type != Entry::Type::Time || (e.usersId > 0 && e.usersId != usersId))
            continue;
        if (e.timeSince >= until || (e.timeUntil.isValid() && e.timeUntil <= since))
            continue;
        const bool tailOverStart
            = e.timeSince <= since && e.timeUntil.isValid() && since.secsTo(e.timeUntil) <= EdgeToleranceSeconds;
        const bool headOverEnd
            = (!e.timeUntil.isValid() || e.timeUntil >= until) && e.timeSince.secsTo(until) <= EdgeToleranceSeconds;
        if (!tailOverStart && !headOverEnd)
            found.append(e);
    }
    return found;
}

qint64 OfflineMatch::toleranceFor(const OfflineRecord& r)
{
    return r.maybeOnServer ? UnknownOutcomeToleranceSeconds : 0;
}

bool OfflineMatch::isStartOf(const OfflineRecord& r, const Entry& e)
{
    return e.type == Entry::Type::Time && e.customersId == r.customersId && e.projectsId.value_or(0) == r.projectsId
        && e.servicesId.value_or(0) == r.servicesId && e.timeSince.isValid()
        && qAbs(wholeSeconds(r.start).secsTo(e.timeSince)) <= toleranceFor(r);
}

std::optional<Entry> OfflineMatch::findStarted(const OfflineRecord& r, const QList<Entry>& entries, bool running)
{
    for (const Entry& e : entries) {
        const bool candidate = running ? e.isRunning() : (e.type == Entry::Type::Time && e.clocked && e.text == r.text);
        if (candidate && isStartOf(r, e))
            return e;
    }
    return std::nullopt;
}

bool OfflineMatch::isEndOf(const OfflineRecord& r, const Entry& e)
{
    return e.timeUntil.isValid() && r.end.isValid() && qAbs(wholeSeconds(r.end).secsTo(e.timeUntil)) <= toleranceFor(r);
}

bool OfflineMatch::isTransient(const ApiError& error)
{
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Server:
    case ApiError::Category::RateLimited:
    case ApiError::Category::BadResponse:
    case ApiError::Category::Canceled:
        return true;
    default:
        return false;
    }
}

bool OfflineMatch::namesTask(const ApiError& error)
{
    for (const QString& field : error.fields) {
        if (field == QLatin1String("customers_id") || field == QLatin1String("projects_id")
            || field == QLatin1String("subprojects_id") || field == QLatin1String("services_id"))
            return true;
    }
    return false;
}
