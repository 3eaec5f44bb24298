// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeclockapi.h"

#include "fakeserver/fakejson.h"

namespace {

using Id = FakeMessages::Id;
using Parse = FakeRequest::Parse;
using Entry = FakeStore::Entry;

// A running clock's duration_before may lag behind the server by the request's latency.
constexpr qint64 s_runningDurationTolerance = 60;

} // namespace

FakeClockApi::FakeClockApi(FakeStore& store, const FakeTimeSource& time)
    : FakeApi(store, time)
{ }

FakeClockApi::Reply FakeClockApi::get(const FakeRequest& request) const
{
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("running"), entryJson(store().runningEntry(me())) },
        { QStringLiteral("stopped"), entryJson(store().entry(store().lastStoppedId(me()))) },
        { QStringLiteral("current_time"), FakeJson::timestamp(now()) },
    };
    return reply;
}

// ---- POST /v2/clock ------------------------------------------------------------------------------------

FakeClockApi::Reply FakeClockApi::start(const FakeRequest& request)
{
    const QDateTime current = now();
    QJsonArray errors;
    Start start;
    readStart(request, current, &start, &errors);
    if (!errors.isEmpty())
        return generalError(400, errors);

    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    if (start.subprojectsId > 0)
        return notFound(request, QStringLiteral("subprojects_id"));
    if (!checkBooking(request, start.customersId, start.projectsId, start.servicesId, &error))
        return error;
    if (!start.retroactive)
        start.since = current;
    return startEntry(start, current);
}

void FakeClockApi::readStart(const FakeRequest& request, const QDateTime& current, Start* start,
                             QJsonArray* errors) const
{
    readId(request, QStringLiteral("customers_id"), true, &start->customersId, errors);
    readId(request, QStringLiteral("services_id"), true, &start->servicesId, errors);
    readId(request, QStringLiteral("projects_id"), false, &start->projectsId, errors);
    readId(request, QStringLiteral("subprojects_id"), false, &start->subprojectsId, errors);
    readStartBillable(request, start, errors);

    qint64 durationTransfer = 0;
    const Parse transfer = request.integer(QStringLiteral("duration_transfer"), &durationTransfer);
    if (transfer == Parse::Invalid || (transfer == Parse::Ok && durationTransfer < 0))
        errors->append(unexpectedValue(request, QStringLiteral("duration_transfer"), { QStringLiteral("integer") }));

    if (request.string(QStringLiteral("text"), &start->text) == Parse::Invalid || start->text.size() > 1000)
        errors->append(outOfRange(request, QStringLiteral("text"), 0, 1000));

    const Parse sinceParse = request.dateTime(QStringLiteral("time_since"), &start->since);
    if (sinceParse == Parse::Invalid) {
        errors->append(unexpectedValue(request, QStringLiteral("time_since"), { QStringLiteral("date-time") }));
    } else if (sinceParse == Parse::Ok && start->since > current) {
        errors->append(
            errorItem(QStringLiteral("TimeInFuture"), text(Id::TimeInFuture, request), QStringLiteral("time_since")));
    }
    start->retroactive = sinceParse == Parse::Ok;
}

void FakeClockApi::readStartBillable(const FakeRequest& request, Start* start, QJsonArray* errors) const
{
    qint64 billable = 0;
    switch (request.integer(QStringLiteral("billable"), &billable)) {
    case Parse::Ok:
        if (isBillableValue(billable) || billable == 12) {
            start->billable = billable == 12 ? 1 : int(billable);
            break;
        }
        [[fallthrough]];
    case Parse::Invalid:
        errors->append(unexpectedValue(request, QStringLiteral("billable"),
                                       { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }));
        break;
    case Parse::Missing:
    case Parse::Null:
        break;
    }
}

bool FakeClockApi::checkBooking(const FakeRequest& request, qint64 customersId, qint64 projectsId, qint64 servicesId,
                                Reply* error) const
{
    const FakeStore::Customer* customer = store().customer(customersId);
    if (!customer) {
        *error = notFound(request, QStringLiteral("customers_id"));
        return false;
    }
    const FakeStore::Service* service = store().service(servicesId);
    if (!service) {
        *error = notFound(request, QStringLiteral("services_id"));
        return false;
    }
    const FakeStore::Project* project = nullptr;
    if (projectsId > 0) {
        project = store().project(projectsId);
        if (!project) {
            *error = notFound(request, QStringLiteral("projects_id"));
            return false;
        }
    }
    const auto inactive = [&](const QString& path, qint64 id) {
        return generalError(400, QStringLiteral("ResourcesInactive"), text(Id::ResourceInactive, request), path,
                            QJsonObject { { QStringLiteral("inactive_ids"), QJsonArray { id } } });
    };
    if (!customer->active) {
        *error = inactive(QStringLiteral("customers_id"), customersId);
        return false;
    }
    if (!service->active) {
        *error = inactive(QStringLiteral("services_id"), servicesId);
        return false;
    }
    if (project) {
        if (project->customersId != customersId) {
            *error = generalError(400, QStringLiteral("InvalidCombination"), text(Id::ProjectNotOfCustomer, request),
                                  QStringLiteral("projects_id"),
                                  fieldsDetails({ QStringLiteral("customers_id"), QStringLiteral("projects_id") }));
            return false;
        }
        if (!project->active) {
            *error = inactive(QStringLiteral("projects_id"), projectsId);
            return false;
        }
        if (project->completed) {
            *error = generalError(400, QStringLiteral("ProjectIsCompleted"), text(Id::ProjectCompleted, request),
                                  QStringLiteral("projects_id"));
            return false;
        }
    }
    const QList<qint64>& assignments = project && !project->serviceAssignments.isEmpty() ? project->serviceAssignments
                                                                                         : customer->serviceAssignments;
    if (!assignments.isEmpty() && !assignments.contains(servicesId)) {
        *error = generalError(400, QStringLiteral("InvalidCombination"), text(Id::ServiceNotAssigned, request),
                              QStringLiteral("services_id"),
                              fieldsDetails({ QStringLiteral("customers_id"), QStringLiteral("services_id") }));
        return false;
    }
    return true;
}

FakeClockApi::Reply FakeClockApi::startEntry(const Start& start, const QDateTime& current)
{
    qint64 stoppedId = 0;
    bool truncated = false;
    if (Entry* running = store().runningEntry(me())) {
        const QDateTime stopAt = start.retroactive ? qMax(start.since, running->since) : current;
        truncated = store().stopEntry(*running, stopAt, current);
        stoppedId = running->id;
    }

    const FakeStore::Customer* customer = store().customer(start.customersId);
    const FakeStore::Project* project = store().project(start.projectsId);
    Entry entry;
    entry.type = FakeStore::TimeEntry;
    entry.customersId = start.customersId;
    entry.projectsId = start.projectsId;
    entry.usersId = me();
    entry.servicesId = start.servicesId;
    entry.billable
        = start.billable >= 0 ? start.billable : int(project ? project->billableDefault : customer->billableDefault);
    entry.text = start.text;
    entry.since = start.since;
    entry.clocked = true;
    entry.clockedSince = start.since;
    entry.inserted = current;
    entry.lastChange = current;
    entry.lastChangeWorkTime = current;
    entry.hourlyRate = customer->hourlyRate;
    const qint64 id = store().addEntry(entry);

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("running"), entryJson(store().entry(id)) },
        { QStringLiteral("stopped"), entryJson(store().entry(stoppedId)) },
        { QStringLiteral("stopped_has_been_truncated"), truncated },
        { QStringLiteral("current_time"), FakeJson::timestamp(current) },
    };
    return reply;
}

// ---- DELETE /v2/clock/{id} -----------------------------------------------------------------------------

FakeClockApi::Reply FakeClockApi::stop(const FakeRequest& request, qint64 id)
{
    const Entry* visible = visibleEntry(id);
    if (!visible)
        return notFound(request);
    Entry* entry = store().entry(id);
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    if (!entry->isRunning()) {
        return generalError(400, QStringLiteral("EntryNotRunning"), text(Id::EntryNotRunning, request),
                            QStringLiteral("id"));
    }
    QJsonArray errors;
    Stop stop;
    readStop(request, &stop, &errors);
    if (!errors.isEmpty())
        return generalError(400, errors);

    const QDateTime current = now();
    const QDateTime until = stop.hasUntil ? stop.until : current;
    if (until < entry->since) {
        return generalError(400, QStringLiteral("EndBeforeStart"), text(Id::EndBeforeStart, request),
                            QStringLiteral("time_until"));
    }

    const Entry template_ = *entry;
    const bool truncated = store().stopEntry(*entry, qMax(entry->since, until.addSecs(-stop.away)), current);
    qint64 runningId = 0;
    if (stop.startNew) {
        Entry next = template_;
        next.since = until;
        next.until = QDateTime();
        next.clockedSince = until;
        next.inserted = current;
        next.lastChange = current;
        next.lastChangeWorkTime = current;
        runningId = store().addEntry(next);
    }

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("stopped"), entryJson(store().entry(id)) },
        { QStringLiteral("running"), entryJson(store().entry(runningId)) },
        { QStringLiteral("stopped_has_been_truncated"), truncated },
        { QStringLiteral("current_time"), FakeJson::timestamp(current) },
    };
    return reply;
}

void FakeClockApi::readStop(const FakeRequest& request, Stop* stop, QJsonArray* errors) const
{
    const Parse untilParse = request.dateTime(QStringLiteral("time_until"), &stop->until);
    if (untilParse == Parse::Invalid)
        errors->append(unexpectedValue(request, QStringLiteral("time_until"), { QStringLiteral("date-time") }));
    stop->hasUntil = untilParse == Parse::Ok;

    const Parse awayParse = request.integer(QStringLiteral("away"), &stop->away);
    if (awayParse == Parse::Invalid || (awayParse == Parse::Ok && stop->away < 0))
        errors->append(unexpectedValue(request, QStringLiteral("away"), { QStringLiteral("integer") }));
    if (awayParse != Parse::Ok)
        stop->away = 0;

    if (request.boolean(QStringLiteral("start_new"), &stop->startNew) == Parse::Invalid) {
        errors->append(
            unexpectedValue(request, QStringLiteral("start_new"), { QStringLiteral("true"), QStringLiteral("false") }));
    }
}

// ---- PUT /v2/clock/{id} --------------------------------------------------------------------------------

FakeClockApi::Reply FakeClockApi::update(const FakeRequest& request, qint64 id)
{
    if (!visibleEntry(id))
        return notFound(request);
    Entry* entry = store().entry(id);
    if (entry->type != FakeStore::TimeEntry)
        return notFound(request);

    QJsonArray errors;
    Update update;
    readUpdate(request, &update, &errors);
    if (!errors.isEmpty())
        return generalError(400, errors);

    const QDateTime current = now();
    Reply error;
    if (!checkUnchanged(request, *entry, update, current, &error))
        return error;
    QDateTime target;
    if (!newStart(request, *entry, update, current, &target, &error))
        return error;
    const QJsonValue overlapping = overlappingCorrection(*entry, target);

    if (target != entry->since) {
        entry->since = target;
        entry->lastChange = current;
        entry->lastChangeWorkTime = current;
    }

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("updated"), entryJson(entry) },
        { QStringLiteral("running"), entryJson(store().runningEntry(me())) },
        { QStringLiteral("overlapping_correction"), overlapping },
        { QStringLiteral("current_time"), FakeJson::timestamp(current) },
    };
    return reply;
}

void FakeClockApi::readUpdate(const FakeRequest& request, Update* update, QJsonArray* errors) const
{
    const auto readTime = [&](const QString& key, QDateTime* value) {
        const Parse parse = request.dateTime(key, value);
        if (parse == Parse::Invalid)
            errors->append(unexpectedValue(request, key, { QStringLiteral("date-time") }));
        return parse == Parse::Ok;
    };
    const auto readSeconds = [&](const QString& key, qint64* value) {
        const Parse parse = request.integer(key, value);
        if (parse == Parse::Invalid || (parse == Parse::Ok && *value < 0)) {
            errors->append(unexpectedValue(request, key, { QStringLiteral("integer") }));
            return false;
        }
        return parse == Parse::Ok;
    };
    update->hasSince = readTime(QStringLiteral("time_since"), &update->since);
    update->hasSinceBefore = readTime(QStringLiteral("time_since_before"), &update->sinceBefore);
    update->hasUntilBefore = readTime(QStringLiteral("time_until_before"), &update->untilBefore);
    update->hasDuration = readSeconds(QStringLiteral("duration"), &update->duration);
    update->hasDurationBefore = readSeconds(QStringLiteral("duration_before"), &update->durationBefore);
}

bool FakeClockApi::checkUnchanged(const FakeRequest& request, const Entry& entry, const Update& update,
                                  const QDateTime& current, Reply* error) const
{
    const auto conflict = [&](const QString& path, const QString& actual) {
        *error = generalError(409, QStringLiteral("UnexpectedValue"), text(Id::ChangedMeanwhile, request), path,
                              expectedValues({ actual }));
        return false;
    };
    if (update.hasSinceBefore && update.sinceBefore != entry.since)
        return conflict(QStringLiteral("time_since_before"), FakeJson::timestamp(entry.since));
    if (update.hasUntilBefore && (entry.isRunning() || update.untilBefore != entry.until)) {
        return conflict(QStringLiteral("time_until_before"),
                        entry.isRunning() ? QStringLiteral("null") : FakeJson::timestamp(entry.until));
    }
    if (update.hasDuration && update.hasDurationBefore) {
        const qint64 currentDuration = entry.seconds(current);
        const qint64 tolerance = entry.isRunning() ? s_runningDurationTolerance : 0;
        if (qAbs(currentDuration - update.durationBefore) > tolerance)
            return conflict(QStringLiteral("duration_before"), QString::number(currentDuration));
    }
    return true;
}

bool FakeClockApi::newStart(const FakeRequest& request, const Entry& entry, const Update& update,
                            const QDateTime& current, QDateTime* target, Reply* error) const
{
    const qint64 currentDuration = entry.seconds(current);
    *target = entry.since;
    if (update.hasSince) {
        *target = update.since;
    } else if (update.hasDuration) {
        const qint64 before = update.hasDurationBefore ? update.durationBefore : currentDuration;
        *target = entry.since.addSecs(-(update.duration - before));
    }
    const QString changedField = update.hasSince ? QStringLiteral("time_since") : QStringLiteral("duration");
    const QDateTime end = entry.isRunning() ? current : entry.until;
    if (entry.isRunning() ? *target > end : *target >= end) {
        *error = generalError(400, QStringLiteral("EndBeforeStart"), text(Id::EndBeforeStart, request), changedField);
        return false;
    }
    if (!entry.isRunning() && target->secsTo(end) > FakeStore::MaxDurationSeconds) {
        *error = generalError(400, QStringLiteral("NotBetween"), text(Id::TooLong, request), changedField,
                              notBetween(0, double(FakeStore::MaxDurationSeconds)));
        return false;
    }
    return true;
}

QJsonValue FakeClockApi::overlappingCorrection(const Entry& entry, const QDateTime& target) const
{
    // The user's previous time entry: the latest one that started before this one.
    const Entry* previous = nullptr;
    for (const Entry& other : store().entries()) {
        if (other.id == entry.id || other.usersId != entry.usersId || other.type != FakeStore::TimeEntry
            || other.since >= entry.since)
            continue;
        if (!previous || other.since > previous->since || (other.since == previous->since && other.id > previous->id))
            previous = &other;
    }
    if (!previous || !previous->until.isValid() || previous->until <= target)
        return QJsonValue::Null;
    return QJsonObject {
        { QStringLiteral("overlapping"), true },
        { QStringLiteral("overlapping_free_time_since"), FakeJson::timestamp(previous->until) },
        { QStringLiteral("truncate_previous_entry"), previous->id },
    };
}
