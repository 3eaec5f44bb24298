// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlinematch.h"

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
        if (e.timeSince < until && (!e.timeUntil.isValid() || e.timeUntil > since))
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
