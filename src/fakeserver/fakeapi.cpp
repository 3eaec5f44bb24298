// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeapi.h"

#include "fakeserver/fakejson.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

using Id = FakeMessages::Id;
using Parse = FakeRequest::Parse;
using Entry = FakeStore::Entry;

constexpr qint64 s_maxEntriesPerPage = 1000;
constexpr qint64 s_maxMasterDataPerPage = 5000;
constexpr qint64 s_defaultEntryTextItems = 10;
// A running clock's duration_before may lag behind the server by the request's latency.
constexpr qint64 s_runningDurationTolerance = 60;

QJsonObject expectedValues(const QStringList& values)
{
    return QJsonObject { { QStringLiteral("expected_values"), QJsonArray::fromStringList(values) } };
}

QJsonObject notBetween(double minimum, double maximum)
{
    return QJsonObject {
        { QStringLiteral("min"), minimum },
        { QStringLiteral("max"), maximum },
        { QStringLiteral("inclusive"), true },
    };
}

QJsonObject fieldsDetails(const QStringList& fields)
{
    return QJsonObject { { QStringLiteral("fields"), QJsonArray::fromStringList(fields) } };
}

QString filterKey(const QString& name)
{
    return QStringLiteral("filter[") + name + QLatin1Char(']');
}

bool isBillableValue(qint64 value)
{
    return value == 0 || value == 1 || value == 2;
}

// The properties of the POST /v2/entries and PUT /v2/entries/{id} bodies: none of them is nullable in the
// contract, so an explicit JSON null is refused like any other value of the wrong type.
const QStringList& entryBodyFields()
{
    static const QStringList fields {
        QStringLiteral("time_since"),   QStringLiteral("time_until"),
        QStringLiteral("customers_id"), QStringLiteral("billable"),
        QStringLiteral("projects_id"),  QStringLiteral("subprojects_id"),
        QStringLiteral("services_id"),  QStringLiteral("lumpsum_services_id"),
        QStringLiteral("users_id"),     QStringLiteral("clocked_offline"),
        QStringLiteral("duration"),     QStringLiteral("lumpsum"),
        QStringLiteral("hourly_rate"),  QStringLiteral("lumpsum_services_amount"),
        QStringLiteral("text"),         QStringLiteral("time_clocked_since"),
    };
    return fields;
}

void refuseNulls(const FakeRequest& request, const QStringList& alreadyReported, QStringList* invalid)
{
    for (const QString& field : entryBodyFields()) {
        if (request.isNull(field) && !alreadyReported.contains(field) && !invalid->contains(field))
            invalid->append(field);
    }
}

qint64 entryField(const Entry& entry, const QString& name)
{
    if (name == QLatin1String("users_id"))
        return entry.usersId;
    if (name == QLatin1String("customers_id"))
        return entry.customersId;
    if (name == QLatin1String("projects_id"))
        return entry.projectsId;
    if (name == QLatin1String("subprojects_id"))
        return entry.subprojectsId;
    if (name == QLatin1String("services_id"))
        return entry.type == FakeStore::LumpSumServiceEntry ? 0 : entry.servicesId;
    if (name == QLatin1String("lumpsum_services_id"))
        return entry.type == FakeStore::LumpSumServiceEntry ? entry.lumpSumServicesId : 0;
    if (name == QLatin1String("texts_id"))
        return entry.textsId;
    return 0;
}

bool matchesBillable(const Entry& entry, qint64 filter)
{
    if (filter == 12)
        return entry.billable == 1 || entry.billable == 2;
    return entry.billable == filter;
}

// Entries whose interval intersects [since, until); running ones are open-ended, zero-length ones
// (lump sums) count when they start inside the window.
bool inWindow(const Entry& entry, const QDateTime& since, const QDateTime& until)
{
    if (entry.since >= until)
        return false;
    if (!entry.until.isValid())
        return true;
    if (entry.until <= entry.since)
        return entry.since >= since;
    return entry.until > since;
}

} // namespace

FakeApi::FakeApi(FakeStore& store, const FakeTimeSource& time)
    : m_store(store)
    , m_time(time)
{ }

// ---- error helpers ---------------------------------------------------------------------------------

QJsonObject FakeApi::errorItem(const QString& type, const QString& message, const QString& path,
                               const QJsonValue& details)
{
    return QJsonObject {
        { QStringLiteral("type"), type },
        { QStringLiteral("message"), message },
        { QStringLiteral("path"), path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path) },
        { QStringLiteral("details"), details },
    };
}

FakeApi::Reply FakeApi::generalError(int status, const QJsonArray& errors)
{
    Reply reply;
    reply.status = status;
    reply.body.insert(QStringLiteral("errors"), errors);
    return reply;
}

FakeApi::Reply FakeApi::generalError(int status, const QString& type, const QString& message, const QString& path,
                                     const QJsonValue& details)
{
    return generalError(status, QJsonArray { errorItem(type, message, path, details) });
}

FakeApi::Reply FakeApi::simpleError(int status, const QString& message, const QStringList& fields)
{
    QJsonObject error {
        { QStringLiteral("code"), status },
        { QStringLiteral("message"), message },
    };
    if (!fields.isEmpty())
        error.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    Reply reply;
    reply.status = status;
    reply.body.insert(QStringLiteral("error"), error);
    return reply;
}

bool FakeApi::usesSimpleErrors(const QString& path)
{
    return path == QLatin1String("/api/v2/entries") || path.startsWith(QLatin1String("/api/v2/entries/"));
}

QString FakeApi::text(FakeMessages::Id id, const FakeRequest& request) const
{
    return FakeMessages::text(id, request.language());
}

FakeApi::Reply FakeApi::notFound(const FakeRequest& request, const QString& path) const
{
    return generalError(404, QStringLiteral("ResourceNotFound"), text(Id::ResourceNotFound, request), path);
}

QJsonValue FakeApi::entryJson(const FakeStore::Entry* entry) const
{
    return FakeJson::entryOrNull(m_store, entry, now());
}

const FakeStore::Entry* FakeApi::visibleEntry(qint64 id) const
{
    const Entry* entry = m_store.entry(id);
    if (!entry)
        return nullptr;
    if (entry->usersId != me() && m_store.user().role != QLatin1String("owner"))
        return nullptr;
    return entry;
}

bool FakeApi::checkUser(const FakeRequest& request, const QString& key, Reply* error) const
{
    qint64 usersId = 0;
    const Parse parse = request.integer(key, &usersId);
    if (parse == Parse::Missing || parse == Parse::Null || (parse == Parse::Ok && usersId == me()))
        return true;
    if (parse == Parse::Invalid) {
        *error = usesSimpleErrors(request.path())
            ? simpleError(400, text(Id::InvalidFields, request).arg(key), { key })
            : generalError(400, QStringLiteral("UnexpectedValue"),
                           text(Id::InvalidValue, request).arg(QStringLiteral("integer")), key,
                           expectedValues({ QStringLiteral("integer") }));
        return false;
    }
    if (m_store.user().role != QLatin1String("owner"))
        *error = generalError(403, QStringLiteral("Forbidden"), text(Id::Forbidden, request), key);
    else
        *error = notFound(request, key);
    return false;
}

bool FakeApi::readId(const FakeRequest& request, const QString& key, bool required, qint64* value,
                     QJsonArray* errors) const
{
    qint64 id = 0;
    switch (request.integer(key, &id)) {
    case Parse::Ok:
        if (id >= (required ? 1 : 0)) {
            *value = id;
            return true;
        }
        break;
    case Parse::Missing:
    case Parse::Null:
        *value = 0;
        if (!required)
            return true;
        errors->append(errorItem(QStringLiteral("Empty"), text(Id::Required, request), key));
        return false;
    case Parse::Invalid:
        break;
    }
    *value = 0;
    errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                             text(Id::InvalidValue, request).arg(QStringLiteral("integer")), key,
                             expectedValues({ QStringLiteral("integer") })));
    return false;
}

// ---- users ---------------------------------------------------------------------------------------------

FakeApi::Reply FakeApi::usersMe(const FakeRequest& request) const
{
    Q_UNUSED(request)
    Reply reply;
    reply.body.insert(QStringLiteral("data"), FakeJson::user(m_store.user()));
    return reply;
}

// ---- clock ---------------------------------------------------------------------------------------------

FakeApi::Reply FakeApi::clockGet(const FakeRequest& request) const
{
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("running"), entryJson(m_store.runningEntry(me())) },
        { QStringLiteral("stopped"), entryJson(m_store.entry(m_store.lastStoppedId(me()))) },
        { QStringLiteral("current_time"), FakeJson::timestamp(now()) },
    };
    return reply;
}

bool FakeApi::checkBooking(const FakeRequest& request, qint64 customersId, qint64 projectsId, qint64 servicesId,
                           Reply* error) const
{
    const FakeStore::Customer* customer = m_store.customer(customersId);
    if (!customer) {
        *error = notFound(request, QStringLiteral("customers_id"));
        return false;
    }
    const FakeStore::Service* service = m_store.service(servicesId);
    if (!service) {
        *error = notFound(request, QStringLiteral("services_id"));
        return false;
    }
    const FakeStore::Project* project = nullptr;
    if (projectsId > 0) {
        project = m_store.project(projectsId);
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

FakeApi::Reply FakeApi::clockStart(const FakeRequest& request)
{
    QJsonArray errors;
    qint64 customersId = 0;
    qint64 servicesId = 0;
    qint64 projectsId = 0;
    qint64 subprojectsId = 0;
    readId(request, QStringLiteral("customers_id"), true, &customersId, &errors);
    readId(request, QStringLiteral("services_id"), true, &servicesId, &errors);
    readId(request, QStringLiteral("projects_id"), false, &projectsId, &errors);
    readId(request, QStringLiteral("subprojects_id"), false, &subprojectsId, &errors);

    int billable = -1;
    qint64 billableValue = 0;
    switch (request.integer(QStringLiteral("billable"), &billableValue)) {
    case Parse::Ok:
        if (isBillableValue(billableValue) || billableValue == 12) {
            billable = billableValue == 12 ? 1 : int(billableValue);
            break;
        }
        [[fallthrough]];
    case Parse::Invalid:
        errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                text(Id::InvalidValue, request).arg(QStringLiteral("0, 1, 2")),
                                QStringLiteral("billable"),
                                expectedValues({ QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") })));
        break;
    case Parse::Missing:
    case Parse::Null:
        break;
    }

    qint64 durationTransfer = 0;
    const Parse transfer = request.integer(QStringLiteral("duration_transfer"), &durationTransfer);
    if (transfer == Parse::Invalid || (transfer == Parse::Ok && durationTransfer < 0)) {
        errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                text(Id::InvalidValue, request).arg(QStringLiteral("integer")),
                                QStringLiteral("duration_transfer"), expectedValues({ QStringLiteral("integer") })));
    }

    QString entryText;
    if (request.string(QStringLiteral("text"), &entryText) == Parse::Invalid || entryText.size() > 1000) {
        errors.append(errorItem(QStringLiteral("NotBetween"), text(Id::NotBetween, request).arg(0).arg(1000),
                                QStringLiteral("text"), notBetween(0, 1000)));
    }

    const QDateTime current = now();
    QDateTime since;
    const Parse sinceParse = request.dateTime(QStringLiteral("time_since"), &since);
    if (sinceParse == Parse::Invalid) {
        errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                text(Id::InvalidValue, request).arg(QStringLiteral("date-time")),
                                QStringLiteral("time_since"), expectedValues({ QStringLiteral("date-time") })));
    } else if (sinceParse == Parse::Ok && since > current) {
        errors.append(
            errorItem(QStringLiteral("TimeInFuture"), text(Id::TimeInFuture, request), QStringLiteral("time_since")));
    }
    if (!errors.isEmpty())
        return generalError(400, errors);

    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    if (subprojectsId > 0)
        return notFound(request, QStringLiteral("subprojects_id"));
    if (!checkBooking(request, customersId, projectsId, servicesId, &error))
        return error;

    const bool retroactive = sinceParse == Parse::Ok;
    if (!retroactive)
        since = current;

    qint64 stoppedId = 0;
    bool truncated = false;
    if (Entry* running = m_store.runningEntry(me())) {
        const QDateTime stopAt = retroactive ? qMax(since, running->since) : current;
        truncated = m_store.stopEntry(*running, stopAt, current);
        stoppedId = running->id;
    }

    const FakeStore::Customer* customer = m_store.customer(customersId);
    const FakeStore::Project* project = m_store.project(projectsId);
    Entry entry;
    entry.type = FakeStore::TimeEntry;
    entry.customersId = customersId;
    entry.projectsId = projectsId;
    entry.usersId = me();
    entry.servicesId = servicesId;
    entry.billable = billable >= 0 ? billable : int(project ? project->billableDefault : customer->billableDefault);
    entry.text = entryText;
    entry.since = since;
    entry.clocked = true;
    entry.clockedSince = since;
    entry.inserted = current;
    entry.lastChange = current;
    entry.lastChangeWorkTime = current;
    entry.hourlyRate = customer->hourlyRate;
    const qint64 id = m_store.addEntry(entry);

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("running"), entryJson(m_store.entry(id)) },
        { QStringLiteral("stopped"), entryJson(m_store.entry(stoppedId)) },
        { QStringLiteral("stopped_has_been_truncated"), truncated },
        { QStringLiteral("current_time"), FakeJson::timestamp(current) },
    };
    return reply;
}

FakeApi::Reply FakeApi::clockStop(const FakeRequest& request, qint64 id)
{
    const Entry* visible = visibleEntry(id);
    if (!visible)
        return notFound(request);
    Entry* entry = m_store.entry(id);
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    if (!entry->isRunning()) {
        return generalError(400, QStringLiteral("EntryNotRunning"), text(Id::EntryNotRunning, request),
                            QStringLiteral("id"));
    }

    QJsonArray errors;
    QDateTime until;
    const Parse untilParse = request.dateTime(QStringLiteral("time_until"), &until);
    if (untilParse == Parse::Invalid) {
        errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                text(Id::InvalidValue, request).arg(QStringLiteral("date-time")),
                                QStringLiteral("time_until"), expectedValues({ QStringLiteral("date-time") })));
    }
    qint64 away = 0;
    const Parse awayParse = request.integer(QStringLiteral("away"), &away);
    if (awayParse == Parse::Invalid || (awayParse == Parse::Ok && away < 0)) {
        errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                text(Id::InvalidValue, request).arg(QStringLiteral("integer")), QStringLiteral("away"),
                                expectedValues({ QStringLiteral("integer") })));
    }
    if (awayParse != Parse::Ok)
        away = 0;
    bool startNew = false;
    if (request.boolean(QStringLiteral("start_new"), &startNew) == Parse::Invalid) {
        errors.append(errorItem(
            QStringLiteral("UnexpectedValue"), text(Id::InvalidValue, request).arg(QStringLiteral("true, false")),
            QStringLiteral("start_new"), expectedValues({ QStringLiteral("true"), QStringLiteral("false") })));
    }
    if (!errors.isEmpty())
        return generalError(400, errors);

    const QDateTime current = now();
    if (untilParse != Parse::Ok)
        until = current;
    if (until < entry->since) {
        return generalError(400, QStringLiteral("EndBeforeStart"), text(Id::EndBeforeStart, request),
                            QStringLiteral("time_until"));
    }

    const Entry template_ = *entry;
    const bool truncated = m_store.stopEntry(*entry, qMax(entry->since, until.addSecs(-away)), current);
    qint64 runningId = 0;
    if (startNew) {
        Entry next = template_;
        next.since = until;
        next.until = QDateTime();
        next.clockedSince = until;
        next.inserted = current;
        next.lastChange = current;
        next.lastChangeWorkTime = current;
        runningId = m_store.addEntry(next);
    }

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("stopped"), entryJson(m_store.entry(id)) },
        { QStringLiteral("running"), entryJson(m_store.entry(runningId)) },
        { QStringLiteral("stopped_has_been_truncated"), truncated },
        { QStringLiteral("current_time"), FakeJson::timestamp(current) },
    };
    return reply;
}

FakeApi::Reply FakeApi::clockUpdate(const FakeRequest& request, qint64 id)
{
    if (!visibleEntry(id))
        return notFound(request);
    Entry* entry = m_store.entry(id);
    if (entry->type != FakeStore::TimeEntry)
        return notFound(request);

    QJsonArray errors;
    const auto readTime = [&](const QString& key, QDateTime* value) {
        const Parse parse = request.dateTime(key, value);
        if (parse == Parse::Invalid) {
            errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                    text(Id::InvalidValue, request).arg(QStringLiteral("date-time")), key,
                                    expectedValues({ QStringLiteral("date-time") })));
        }
        return parse == Parse::Ok;
    };
    const auto readSeconds = [&](const QString& key, qint64* value) {
        const Parse parse = request.integer(key, value);
        if (parse == Parse::Invalid || (parse == Parse::Ok && *value < 0)) {
            errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                    text(Id::InvalidValue, request).arg(QStringLiteral("integer")), key,
                                    expectedValues({ QStringLiteral("integer") })));
            return false;
        }
        return parse == Parse::Ok;
    };
    QDateTime newSince;
    QDateTime sinceBefore;
    QDateTime untilBefore;
    qint64 duration = 0;
    qint64 durationBefore = 0;
    const bool hasSince = readTime(QStringLiteral("time_since"), &newSince);
    const bool hasSinceBefore = readTime(QStringLiteral("time_since_before"), &sinceBefore);
    const bool hasUntilBefore = readTime(QStringLiteral("time_until_before"), &untilBefore);
    const bool hasDuration = readSeconds(QStringLiteral("duration"), &duration);
    const bool hasDurationBefore = readSeconds(QStringLiteral("duration_before"), &durationBefore);
    if (!errors.isEmpty())
        return generalError(400, errors);

    const QDateTime current = now();
    const auto conflict = [&](const QString& path, const QString& actual) {
        return generalError(409, QStringLiteral("UnexpectedValue"), text(Id::ChangedMeanwhile, request), path,
                            expectedValues({ actual }));
    };
    if (hasSinceBefore && sinceBefore != entry->since)
        return conflict(QStringLiteral("time_since_before"), FakeJson::timestamp(entry->since));
    if (hasUntilBefore && (entry->isRunning() || untilBefore != entry->until)) {
        return conflict(QStringLiteral("time_until_before"),
                        entry->isRunning() ? QStringLiteral("null") : FakeJson::timestamp(entry->until));
    }
    const qint64 currentDuration = entry->seconds(current);
    if (hasDuration && hasDurationBefore) {
        const qint64 tolerance = entry->isRunning() ? s_runningDurationTolerance : 0;
        if (qAbs(currentDuration - durationBefore) > tolerance)
            return conflict(QStringLiteral("duration_before"), QString::number(currentDuration));
    }

    QDateTime target = entry->since;
    if (hasSince)
        target = newSince;
    else if (hasDuration)
        target = entry->since.addSecs(-(duration - (hasDurationBefore ? durationBefore : currentDuration)));
    const QString changedField = hasSince ? QStringLiteral("time_since") : QStringLiteral("duration");
    const QDateTime end = entry->isRunning() ? current : entry->until;
    if (entry->isRunning() ? target > end : target >= end) {
        return generalError(400, QStringLiteral("EndBeforeStart"), text(Id::EndBeforeStart, request), changedField);
    }
    if (!entry->isRunning() && target.secsTo(end) > FakeStore::MaxDurationSeconds) {
        return generalError(400, QStringLiteral("NotBetween"), text(Id::TooLong, request), changedField,
                            notBetween(0, double(FakeStore::MaxDurationSeconds)));
    }

    // The user's previous time entry: the latest one that started before this one.
    const Entry* previous = nullptr;
    for (const Entry& other : m_store.entries()) {
        if (other.id == entry->id || other.usersId != entry->usersId || other.type != FakeStore::TimeEntry
            || other.since >= entry->since)
            continue;
        if (!previous || other.since > previous->since || (other.since == previous->since && other.id > previous->id))
            previous = &other;
    }
    QJsonValue overlapping = QJsonValue::Null;
    if (previous && previous->until.isValid() && previous->until > target) {
        overlapping = QJsonObject {
            { QStringLiteral("overlapping"), true },
            { QStringLiteral("overlapping_free_time_since"), FakeJson::timestamp(previous->until) },
            { QStringLiteral("truncate_previous_entry"), previous->id },
        };
    }

    if (target != entry->since) {
        entry->since = target;
        entry->lastChange = current;
        entry->lastChangeWorkTime = current;
    }

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("updated"), entryJson(entry) },
        { QStringLiteral("running"), entryJson(m_store.runningEntry(me())) },
        { QStringLiteral("overlapping_correction"), overlapping },
        { QStringLiteral("current_time"), FakeJson::timestamp(current) },
    };
    return reply;
}

// ---- entries -------------------------------------------------------------------------------------------

bool FakeApi::checkEntryReferences(const FakeRequest& request, const FakeStore::Entry& entry,
                                   const FakeStore::Entry* old, Reply* error) const
{
    const auto fail = [&](Id id, const QStringList& fields) {
        *error = simpleError(400, text(id, request), fields);
        return false;
    };
    const FakeStore::Customer* customer = m_store.customer(entry.customersId);
    if (!customer)
        return fail(Id::ResourceNotFound, { QStringLiteral("customers_id") });
    const bool customerChanged = !old || old->customersId != entry.customersId;
    if (customerChanged && !customer->active)
        return fail(Id::ResourceInactive, { QStringLiteral("customers_id") });

    const FakeStore::Project* project = nullptr;
    const bool projectChanged = !old || old->projectsId != entry.projectsId;
    if (entry.projectsId > 0) {
        project = m_store.project(entry.projectsId);
        if (!project)
            return fail(Id::ResourceNotFound, { QStringLiteral("projects_id") });
        if (project->customersId != entry.customersId)
            return fail(Id::ProjectNotOfCustomer, { QStringLiteral("customers_id"), QStringLiteral("projects_id") });
        if (projectChanged && !project->active)
            return fail(Id::ResourceInactive, { QStringLiteral("projects_id") });
        if (projectChanged && project->completed)
            return fail(Id::ProjectCompleted, { QStringLiteral("projects_id") });
    }
    if (entry.subprojectsId > 0)
        return fail(Id::ResourceNotFound, { QStringLiteral("subprojects_id") });

    if (entry.type == FakeStore::LumpSumServiceEntry) {
        const FakeStore::LumpSumService* service = m_store.lumpSumService(entry.lumpSumServicesId);
        if (!service)
            return fail(Id::ResourceNotFound, { QStringLiteral("lumpsum_services_id") });
        if ((!old || old->lumpSumServicesId != entry.lumpSumServicesId) && !service->active)
            return fail(Id::ResourceInactive, { QStringLiteral("lumpsum_services_id") });
        return true;
    }
    const FakeStore::Service* service = m_store.service(entry.servicesId);
    if (!service)
        return fail(Id::ResourceNotFound, { QStringLiteral("services_id") });
    const bool serviceChanged = !old || old->servicesId != entry.servicesId;
    if (serviceChanged && !service->active)
        return fail(Id::ResourceInactive, { QStringLiteral("services_id") });
    const QList<qint64>& assignments = project && !project->serviceAssignments.isEmpty() ? project->serviceAssignments
                                                                                         : customer->serviceAssignments;
    if ((serviceChanged || customerChanged || projectChanged) && !assignments.isEmpty()
        && !assignments.contains(entry.servicesId))
        return fail(Id::ServiceNotAssigned, { QStringLiteral("services_id") });
    return true;
}

FakeApi::Reply FakeApi::entriesList(const FakeRequest& request) const
{
    QStringList bad;
    QDateTime since;
    QDateTime until;
    if (request.dateTime(QStringLiteral("time_since"), &since) != Parse::Ok)
        bad.append(QStringLiteral("time_since"));
    if (request.dateTime(QStringLiteral("time_until"), &until) != Parse::Ok)
        bad.append(QStringLiteral("time_until"));

    qint64 page = 1;
    Parse parse = request.integer(QStringLiteral("page"), &page);
    if (parse == Parse::Invalid || (parse == Parse::Ok && page < 1))
        bad.append(QStringLiteral("page"));
    if (parse != Parse::Ok)
        page = 1;
    qint64 itemsPerPage = s_maxEntriesPerPage;
    parse = request.integer(QStringLiteral("items_per_page"), &itemsPerPage);
    const bool itemsOutOfRange = parse == Parse::Ok && (itemsPerPage < 1 || itemsPerPage > s_maxEntriesPerPage);
    if (parse == Parse::Invalid || itemsOutOfRange)
        bad.append(QStringLiteral("items_per_page"));
    if (parse != Parse::Ok)
        itemsPerPage = s_maxEntriesPerPage;

    bool enhanced = false;
    if (request.boolean(QStringLiteral("enhanced_list"), &enhanced) == Parse::Invalid)
        bad.append(QStringLiteral("enhanced_list"));
    bool calcRevenues = false;
    if (request.boolean(QStringLiteral("calc_also_revenues_for_projects_with_hard_budget"), &calcRevenues)
        == Parse::Invalid)
        bad.append(QStringLiteral("calc_also_revenues_for_projects_with_hard_budget"));

    static const QStringList idFilterNames {
        QStringLiteral("users_id"),       QStringLiteral("customers_id"), QStringLiteral("projects_id"),
        QStringLiteral("subprojects_id"), QStringLiteral("services_id"),  QStringLiteral("lumpsum_services_id"),
        QStringLiteral("texts_id"),
    };
    QList<QPair<QString, QList<qint64>>> idFilters;
    for (const QString& name : idFilterNames) {
        QList<qint64> ids;
        const Parse idsParse = request.integerList(filterKey(name), &ids);
        if (idsParse == Parse::Invalid)
            bad.append(filterKey(name));
        else if (idsParse == Parse::Ok)
            idFilters.append({ name, ids });
    }
    qint64 billable = -1;
    parse = request.integer(filterKey(QStringLiteral("billable")), &billable);
    if (parse == Parse::Invalid || (parse == Parse::Ok && !isBillableValue(billable) && billable != 12))
        bad.append(filterKey(QStringLiteral("billable")));
    if (parse != Parse::Ok)
        billable = -1;
    QString textFilter;
    const bool hasTextFilter = request.string(filterKey(QStringLiteral("text")), &textFilter) == Parse::Ok;
    QString budgetType;
    if (request.string(filterKey(QStringLiteral("budget_type")), &budgetType) == Parse::Ok) {
        static const QStringList budgetTypes {
            QStringLiteral("rep_filter_budget_strict"),
            QStringLiteral("rep_filter_budget_strict_completed"),
            QStringLiteral("rep_filter_budget_strict_incomplete"),
            QStringLiteral("rep_filter_budget_soft"),
            QStringLiteral("rep_filter_budget_soft_completed"),
            QStringLiteral("rep_filter_budget_soft_incomplete"),
            QStringLiteral("rep_filter_budget_without"),
            QStringLiteral("rep_filter_budget_without_strict"),
        };
        if (!budgetTypes.contains(budgetType))
            bad.append(filterKey(QStringLiteral("budget_type")));
    }

    if (!bad.isEmpty()) {
        const QString message = bad == QStringList { QStringLiteral("items_per_page") } && itemsOutOfRange
            ? text(Id::NotBetween, request).arg(1).arg(s_maxEntriesPerPage)
            : text(Id::InvalidFields, request).arg(bad.join(QStringLiteral(", ")));
        return simpleError(400, message, bad);
    }
    if (until < since)
        return simpleError(400, text(Id::EndBeforeStart, request), { QStringLiteral("time_until") });

    const bool owner = m_store.user().role == QLatin1String("owner");
    QList<const Entry*> matches;
    for (const Entry& entry : m_store.entries()) {
        if (!owner && entry.usersId != me())
            continue;
        if (!inWindow(entry, since, until))
            continue;
        const bool filteredOut = std::any_of(idFilters.cbegin(), idFilters.cend(), [&](const auto& filter) {
            return !filter.second.contains(entryField(entry, filter.first));
        });
        if (filteredOut)
            continue;
        if (billable >= 0 && !matchesBillable(entry, billable))
            continue;
        if (hasTextFilter && entry.text != textFilter)
            continue;
        matches.append(&entry);
    }
    std::sort(matches.begin(), matches.end(), [](const Entry* a, const Entry* b) {
        return a->since != b->since ? a->since < b->since : a->id < b->id;
    });

    const QDateTime current = now();
    QJsonArray entries;
    const qint64 first = (page - 1) * itemsPerPage;
    for (qint64 i = first; i < matches.size() && i < first + itemsPerPage; ++i)
        entries.append(FakeJson::entry(m_store, *matches.at(i), current, enhanced));
    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("paging"), FakeJson::paging(itemsPerPage, page, matches.size()) },
        { QStringLiteral("entries"), entries },
    };
    return reply;
}

FakeApi::Reply FakeApi::entryGet(const FakeRequest& request, qint64 id) const
{
    const Entry* entry = visibleEntry(id);
    if (!entry)
        return notFound(request);
    Reply reply;
    reply.body.insert(QStringLiteral("entry"), entryJson(entry));
    return reply;
}

FakeApi::Reply FakeApi::entryCreate(const FakeRequest& request)
{
    QStringList missing;
    QStringList invalid;
    const auto requiredId = [&](const QString& key, qint64* value) {
        switch (request.integer(key, value)) {
        case Parse::Ok:
            if (*value < 1)
                invalid.append(key);
            break;
        case Parse::Missing:
        case Parse::Null:
            missing.append(key);
            break;
        case Parse::Invalid:
            invalid.append(key);
            break;
        }
    };
    const auto optionalId = [&](const QString& key, qint64* value) {
        const Parse parse = request.integer(key, value);
        if (parse == Parse::Invalid || (parse == Parse::Ok && *value < 0))
            invalid.append(key);
        if (parse != Parse::Ok)
            *value = 0;
    };
    const auto requiredTime = [&](const QString& key, QDateTime* value) {
        const Parse parse = request.dateTime(key, value);
        if (parse == Parse::Missing || parse == Parse::Null)
            missing.append(key);
        else if (parse == Parse::Invalid)
            invalid.append(key);
    };
    const auto amount = [&](const QString& key, double* value, bool required) {
        const Parse parse = request.number(key, value);
        if (parse == Parse::Invalid || (parse == Parse::Ok && *value < 0))
            invalid.append(key);
        else if (required && (parse == Parse::Missing || parse == Parse::Null))
            missing.append(key);
        return parse == Parse::Ok;
    };

    // The type follows from the fields sent: lumpsum_services_id → 3, lumpsum → 2, else 1.
    Entry entry;
    entry.usersId = me();
    qint64 probeId = 0;
    double probeNumber = 0;
    const Parse lumpSumServiceParse = request.integer(QStringLiteral("lumpsum_services_id"), &probeId);
    const Parse lumpSumParse = request.number(QStringLiteral("lumpsum"), &probeNumber);
    if (lumpSumServiceParse == Parse::Ok || lumpSumServiceParse == Parse::Invalid)
        entry.type = FakeStore::LumpSumServiceEntry;
    else if (lumpSumParse == Parse::Ok || lumpSumParse == Parse::Invalid)
        entry.type = FakeStore::LumpSumValueEntry;

    requiredId(QStringLiteral("customers_id"), &entry.customersId);
    qint64 billable = 0;
    switch (request.integer(QStringLiteral("billable"), &billable)) {
    case Parse::Ok:
        // BillableWithoutBilled: a new entry cannot have been billed yet.
        if (billable != 0 && billable != 1)
            invalid.append(QStringLiteral("billable"));
        break;
    case Parse::Missing:
    case Parse::Null:
        missing.append(QStringLiteral("billable"));
        break;
    case Parse::Invalid:
        invalid.append(QStringLiteral("billable"));
        break;
    }
    entry.billable = int(billable);
    requiredTime(QStringLiteral("time_since"), &entry.since);
    optionalId(QStringLiteral("projects_id"), &entry.projectsId);
    optionalId(QStringLiteral("subprojects_id"), &entry.subprojectsId);

    bool hasRate = false;
    bool offline = false;
    QDateTime clockedSince;
    switch (entry.type) {
    case FakeStore::TimeEntry: {
        requiredId(QStringLiteral("services_id"), &entry.servicesId);
        requiredTime(QStringLiteral("time_until"), &entry.until);
        hasRate = amount(QStringLiteral("hourly_rate"), &entry.hourlyRate, false);
        if (request.boolean(QStringLiteral("clocked_offline"), &offline) == Parse::Invalid)
            invalid.append(QStringLiteral("clocked_offline"));
        if (request.dateTime(QStringLiteral("time_clocked_since"), &clockedSince) == Parse::Invalid)
            invalid.append(QStringLiteral("time_clocked_since"));
        break;
    }
    case FakeStore::LumpSumValueEntry:
        requiredId(QStringLiteral("services_id"), &entry.servicesId);
        amount(QStringLiteral("lumpsum"), &entry.lumpsum, true);
        break;
    default:
        requiredId(QStringLiteral("lumpsum_services_id"), &entry.lumpSumServicesId);
        amount(QStringLiteral("lumpsum_services_amount"), &entry.lumpSumServicesAmount, true);
        break;
    }
    qint64 duration = 0;
    const Parse durationParse = request.integer(QStringLiteral("duration"), &duration);
    if (durationParse == Parse::Invalid || (durationParse == Parse::Ok && duration < 0))
        invalid.append(QStringLiteral("duration"));
    QString entryText;
    if (request.string(QStringLiteral("text"), &entryText) == Parse::Invalid)
        invalid.append(QStringLiteral("text"));
    refuseNulls(request, missing, &invalid);

    if (!missing.isEmpty() || !invalid.isEmpty()) {
        const QStringList fields = missing + invalid;
        return simpleError(400, text(Id::InvalidFields, request).arg(fields.join(QStringLiteral(", "))), fields);
    }
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    if (!checkEntryReferences(request, entry, nullptr, &error))
        return error;
    if (entry.type == FakeStore::TimeEntry) {
        if (entry.until <= entry.since)
            return simpleError(400, text(Id::EndBeforeStart, request), { QStringLiteral("time_until") });
        if (entry.since.secsTo(entry.until) > FakeStore::MaxDurationSeconds)
            return simpleError(400, text(Id::TooLong, request), { QStringLiteral("time_until") });
    } else {
        entry.until = entry.since;
    }

    const QDateTime current = now();
    if (entry.type == FakeStore::TimeEntry) {
        if (!hasRate)
            entry.hourlyRate = m_store.customer(entry.customersId)->hourlyRate;
        entry.clocked = offline;
        entry.clockedOffline = offline;
        entry.clockedSince = offline ? (clockedSince.isValid() ? clockedSince : entry.since) : QDateTime();
    }
    entry.text = entryText;
    entry.inserted = current;
    entry.lastChange = current;
    entry.lastChangeWorkTime = current;
    const qint64 id = m_store.addEntry(entry);

    Reply reply;
    reply.body.insert(QStringLiteral("entry"), entryJson(m_store.entry(id)));
    return reply;
}

FakeApi::Reply FakeApi::entryUpdate(const FakeRequest& request, qint64 id)
{
    if (!visibleEntry(id))
        return notFound(request);
    Entry* existing = m_store.entry(id);
    Entry entry = *existing;

    QStringList invalid;
    const auto optionalId = [&](const QString& key, qint64* field, bool nullable) {
        qint64 value = 0;
        switch (request.integer(key, &value)) {
        case Parse::Ok:
            if (value < (nullable ? 0 : 1))
                invalid.append(key);
            else
                *field = value;
            break;
        case Parse::Null:
            // The contract types these ids as integers (minimum 0); "none" is 0, never null.
            invalid.append(key);
            break;
        case Parse::Missing:
            break;
        case Parse::Invalid:
            invalid.append(key);
            break;
        }
    };
    // (An explicit JSON null is refused for every field below, see refuseNulls().)
    const auto optionalAmount = [&](const QString& key, double* field) {
        double value = 0;
        const Parse parse = request.number(key, &value);
        if (parse == Parse::Invalid || (parse == Parse::Ok && value < 0))
            invalid.append(key);
        else if (parse == Parse::Ok)
            *field = value;
    };
    const auto optionalTime = [&](const QString& key, QDateTime* field, bool nullAllowed) {
        QDateTime value;
        const Parse parse = request.dateTime(key, &value);
        if (parse == Parse::Invalid || (parse == Parse::Null && !nullAllowed))
            invalid.append(key);
        else if (parse == Parse::Ok)
            *field = value;
        return parse == Parse::Ok;
    };

    optionalId(QStringLiteral("customers_id"), &entry.customersId, false);
    optionalId(QStringLiteral("projects_id"), &entry.projectsId, true);
    optionalId(QStringLiteral("subprojects_id"), &entry.subprojectsId, true);
    if (entry.type == FakeStore::LumpSumServiceEntry)
        optionalId(QStringLiteral("lumpsum_services_id"), &entry.lumpSumServicesId, false);
    else
        optionalId(QStringLiteral("services_id"), &entry.servicesId, false);
    qint64 billable = 0;
    const Parse billableParse = request.integer(QStringLiteral("billable"), &billable);
    if (billableParse == Parse::Ok && isBillableValue(billable))
        entry.billable = int(billable);
    else if (billableParse != Parse::Missing)
        invalid.append(QStringLiteral("billable"));
    const bool sinceGiven = optionalTime(QStringLiteral("time_since"), &entry.since, false);
    // time_until: an empty form value keeps a running entry running; it cannot restart a finished one.
    const bool untilGiven = optionalTime(QStringLiteral("time_until"), &entry.until, existing->isRunning());
    qint64 duration = 0;
    const Parse durationParse = request.integer(QStringLiteral("duration"), &duration);
    if (durationParse == Parse::Invalid || (durationParse == Parse::Ok && duration < 0))
        invalid.append(QStringLiteral("duration"));
    switch (entry.type) {
    case FakeStore::TimeEntry:
        optionalAmount(QStringLiteral("hourly_rate"), &entry.hourlyRate);
        break;
    case FakeStore::LumpSumValueEntry:
        optionalAmount(QStringLiteral("lumpsum"), &entry.lumpsum);
        break;
    default:
        optionalAmount(QStringLiteral("lumpsum_services_amount"), &entry.lumpSumServicesAmount);
        break;
    }
    QString entryText = entry.text;
    switch (request.string(QStringLiteral("text"), &entryText)) {
    case Parse::Null:
        entryText.clear();
        break;
    case Parse::Invalid:
        invalid.append(QStringLiteral("text"));
        break;
    default:
        break;
    }
    refuseNulls(request, {}, &invalid);
    if (!invalid.isEmpty())
        return simpleError(400, text(Id::InvalidFields, request).arg(invalid.join(QStringLiteral(", "))), invalid);
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;

    const QDateTime current = now();
    if (entry.type == FakeStore::TimeEntry) {
        // duration is honoured only for finished entries when no time_until is given.
        if (!untilGiven && durationParse == Parse::Ok && !existing->isRunning())
            entry.until = entry.since.addSecs(duration);
        const QString field = untilGiven ? QStringLiteral("time_until") : QStringLiteral("time_since");
        if (entry.until.isValid() && entry.until <= entry.since)
            return simpleError(400, text(Id::EndBeforeStart, request), { field });
        if (entry.isRunning() && entry.since > current)
            return simpleError(400, text(Id::TimeInFuture, request), { QStringLiteral("time_since") });
        if (entry.until.isValid() && entry.since.secsTo(entry.until) > FakeStore::MaxDurationSeconds)
            return simpleError(400, text(Id::TooLong, request), { field });
    } else if (sinceGiven) {
        entry.until = entry.since;
    }
    if (!checkEntryReferences(request, entry, existing, &error))
        return error;

    const bool wasRunning = existing->isRunning();
    const bool workTimeChanged = existing->since != entry.since || existing->until != entry.until;
    *existing = entry;
    m_store.setText(*existing, entryText);
    if (wasRunning && !existing->isRunning())
        m_store.stopEntry(*existing, existing->until, current);
    existing->lastChange = current;
    if (workTimeChanged)
        existing->lastChangeWorkTime = current;

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("entry"), entryJson(existing) },
        { QStringLiteral("running"), entryJson(m_store.runningEntry(me())) },
    };
    return reply;
}

FakeApi::Reply FakeApi::entryDelete(const FakeRequest& request, qint64 id)
{
    if (!visibleEntry(id))
        return notFound(request);
    m_store.removeEntry(id);
    Reply reply;
    reply.body.insert(QStringLiteral("success"), true);
    return reply;
}

// ---- master data ---------------------------------------------------------------------------------------

bool FakeApi::readPagingGeneral(const FakeRequest& request, qint64 maximum, Paging* paging, QJsonArray* errors) const
{
    bool ok = true;
    const auto integer = [&](const QString& key, qint64 minimum, qint64 maximumValue, qint64 fallback) {
        qint64 value = fallback;
        const Parse parse = request.integer(key, &value);
        if (parse == Parse::Invalid) {
            errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                                     text(Id::InvalidValue, request).arg(QStringLiteral("integer")), key,
                                     expectedValues({ QStringLiteral("integer") })));
            ok = false;
        } else if (parse == Parse::Ok && (value < minimum || value > maximumValue)) {
            errors->append(errorItem(QStringLiteral("NotBetween"),
                                     text(Id::NotBetween, request).arg(minimum).arg(maximumValue), key,
                                     notBetween(double(minimum), double(maximumValue))));
            ok = false;
        }
        return parse == Parse::Ok ? value : fallback;
    };
    paging->page = integer(QStringLiteral("page"), 1, std::numeric_limits<int>::max(), 1);
    paging->itemsPerPage = integer(QStringLiteral("items_per_page"), 1, maximum, s_maxEntriesPerPage);
    return ok;
}

bool FakeApi::readMasterFilter(const FakeRequest& request, MasterFilter* filter, QJsonArray* errors) const
{
    bool ok = true;
    const QString activeKey = filterKey(QStringLiteral("active"));
    switch (request.boolean(activeKey, &filter->active)) {
    case Parse::Ok:
        filter->hasActive = true;
        break;
    case Parse::Invalid:
        errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                                 text(Id::InvalidValue, request).arg(QStringLiteral("true, false")), activeKey,
                                 expectedValues({ QStringLiteral("true"), QStringLiteral("false") })));
        ok = false;
        break;
    default:
        break;
    }
    request.string(filterKey(QStringLiteral("fulltext")), &filter->fulltext);

    static const QStringList sortValues {
        QStringLiteral("id"),    QStringLiteral("-id"),    QStringLiteral("name"),
        QStringLiteral("-name"), QStringLiteral("active"), QStringLiteral("-active"),
    };
    const QStringList sort = request.values(QStringLiteral("sort"));
    for (const QString& item : sort) {
        const QStringList keys = item.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& key : keys) {
            if (!sortValues.contains(key.trimmed())) {
                errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                                         text(Id::InvalidValue, request).arg(sortValues.join(QStringLiteral(", "))),
                                         QStringLiteral("sort"), expectedValues(sortValues)));
                ok = false;
            } else {
                filter->sort.append(key.trimmed());
            }
        }
    }
    if (filter->sort.isEmpty())
        filter->sort = QStringList { QStringLiteral("name") };

    QString scope;
    if (request.string(QStringLiteral("scope"), &scope) == Parse::Ok && scope != QLatin1String("manageAccess")) {
        errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                                 text(Id::InvalidValue, request).arg(QStringLiteral("manageAccess")),
                                 QStringLiteral("scope"), expectedValues({ QStringLiteral("manageAccess") })));
        ok = false;
    }
    return ok;
}

template<typename Record, typename Extra, typename ToJson>
FakeApi::Reply FakeApi::masterList(const FakeRequest& request, const QMap<qint64, Record>& records, Extra extra,
                                   ToJson toJson) const
{
    QJsonArray errors;
    Paging paging;
    MasterFilter filter;
    readPagingGeneral(request, s_maxMasterDataPerPage, &paging, &errors);
    readMasterFilter(request, &filter, &errors);
    const auto predicate = extra(&errors);
    if (!errors.isEmpty())
        return generalError(400, errors);

    QList<const Record*> matches;
    for (const Record& record : records) {
        if (filter.hasActive && record.active != filter.active)
            continue;
        if (!filter.fulltext.isEmpty() && !record.name.contains(filter.fulltext, Qt::CaseInsensitive)
            && !record.number.contains(filter.fulltext, Qt::CaseInsensitive))
            continue;
        if (!predicate(record))
            continue;
        matches.append(&record);
    }
    QCollator collator { QLocale(QLocale::German, QLocale::Germany) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(matches.begin(), matches.end(), [&](const Record* a, const Record* b) {
        for (const QString& key : std::as_const(filter.sort)) {
            const bool descending = key.startsWith(QLatin1Char('-'));
            const QString field = descending ? key.mid(1) : key;
            int order = 0;
            if (field == QLatin1String("id"))
                order = a->id < b->id ? -1 : (a->id > b->id ? 1 : 0);
            else if (field == QLatin1String("name"))
                order = collator.compare(a->name, b->name);
            else
                order = int(a->active) - int(b->active);
            if (order != 0)
                return descending ? order > 0 : order < 0;
        }
        return a->id < b->id;
    });

    QJsonArray data;
    const qint64 first = (paging.page - 1) * paging.itemsPerPage;
    for (qint64 i = first; i < matches.size() && i < first + paging.itemsPerPage; ++i)
        data.append(toJson(*matches.at(i)));
    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("paging"), FakeJson::paging(paging.itemsPerPage, paging.page, matches.size()) },
        { QStringLiteral("data"), data },
    };
    return reply;
}

FakeApi::Reply FakeApi::customersList(const FakeRequest& request) const
{
    return masterList(
        request, m_store.customers(),
        [](QJsonArray*) {
            return [](const FakeStore::Customer&) {
                return true;
            };
        },
        [this](const FakeStore::Customer& customer) { return FakeJson::customer(m_store, customer); });
}

FakeApi::Reply FakeApi::customerGet(const FakeRequest& request, qint64 id) const
{
    const FakeStore::Customer* customer = m_store.customer(id);
    if (!customer)
        return notFound(request);
    Reply reply;
    reply.body.insert(QStringLiteral("data"), FakeJson::customer(m_store, *customer));
    return reply;
}

FakeApi::Reply FakeApi::projectsList(const FakeRequest& request) const
{
    const auto extra = [&](QJsonArray* errors) {
        qint64 customersId = 0;
        const QString customerKey = filterKey(QStringLiteral("customers_id"));
        const Parse customerParse = request.integer(customerKey, &customersId);
        if (customerParse == Parse::Invalid) {
            errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                                     text(Id::InvalidValue, request).arg(QStringLiteral("integer")), customerKey,
                                     expectedValues({ QStringLiteral("integer") })));
        }
        bool completed = false;
        const QString completedKey = filterKey(QStringLiteral("completed"));
        const Parse completedParse = request.boolean(completedKey, &completed);
        if (completedParse == Parse::Invalid) {
            errors->append(errorItem(QStringLiteral("UnexpectedValue"),
                                     text(Id::InvalidValue, request).arg(QStringLiteral("true, false")), completedKey,
                                     expectedValues({ QStringLiteral("true"), QStringLiteral("false") })));
        }
        const bool byCustomer = customerParse == Parse::Ok;
        const bool byCompleted = completedParse == Parse::Ok;
        return [=](const FakeStore::Project& project) {
            return (!byCustomer || project.customersId == customersId)
                && (!byCompleted || project.completed == completed);
        };
    };
    return masterList(request, m_store.projects(), extra,
                      [this](const FakeStore::Project& project) { return FakeJson::project(m_store, project); });
}

FakeApi::Reply FakeApi::projectGet(const FakeRequest& request, qint64 id) const
{
    const FakeStore::Project* project = m_store.project(id);
    if (!project)
        return notFound(request);
    Reply reply;
    reply.body.insert(QStringLiteral("data"), FakeJson::project(m_store, *project));
    return reply;
}

FakeApi::Reply FakeApi::servicesList(const FakeRequest& request) const
{
    return masterList(
        request, m_store.services(),
        [](QJsonArray*) {
            return [](const FakeStore::Service&) {
                return true;
            };
        },
        [this](const FakeStore::Service& service) { return FakeJson::service(m_store, service); });
}

FakeApi::Reply FakeApi::serviceGet(const FakeRequest& request, qint64 id) const
{
    const FakeStore::Service* service = m_store.service(id);
    if (!service)
        return notFound(request);
    Reply reply;
    reply.body.insert(QStringLiteral("data"), FakeJson::service(m_store, *service));
    return reply;
}

FakeApi::Reply FakeApi::lumpSumServicesList(const FakeRequest& request) const
{
    return masterList(
        request, m_store.lumpSumServices(),
        [](QJsonArray*) {
            return [](const FakeStore::LumpSumService&) {
                return true;
            };
        },
        [this](const FakeStore::LumpSumService& service) { return FakeJson::lumpSumService(m_store, service); });
}

FakeApi::Reply FakeApi::lumpSumServiceGet(const FakeRequest& request, qint64 id) const
{
    const FakeStore::LumpSumService* service = m_store.lumpSumService(id);
    if (!service)
        return notFound(request);
    Reply reply;
    reply.body.insert(QStringLiteral("data"), FakeJson::lumpSumService(m_store, *service));
    return reply;
}

// ---- entry texts ---------------------------------------------------------------------------------------

FakeApi::Reply FakeApi::entriesTexts(const FakeRequest& request) const
{
    QJsonArray errors;
    const auto unexpected = [&](const QString& key, const QStringList& expected) {
        errors.append(errorItem(QStringLiteral("UnexpectedValue"),
                                text(Id::InvalidValue, request).arg(expected.join(QStringLiteral(", "))), key,
                                expectedValues(expected)));
    };

    static const QStringList modes { QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("reports") };
    QString mode;
    switch (request.string(QStringLiteral("mode"), &mode)) {
    case Parse::Missing:
    case Parse::Null:
        errors.append(errorItem(QStringLiteral("Empty"), text(Id::Required, request), QStringLiteral("mode")));
        break;
    case Parse::Invalid:
        unexpected(QStringLiteral("mode"), modes);
        break;
    case Parse::Ok:
        if (!modes.contains(mode))
            unexpected(QStringLiteral("mode"), modes);
        break;
    }
    QString term;
    if (request.string(QStringLiteral("term"), &term) == Parse::Invalid || term.size() > 1000) {
        errors.append(errorItem(QStringLiteral("NotBetween"), text(Id::NotBetween, request).arg(0).arg(1000),
                                QStringLiteral("term"), notBetween(0, 1000)));
    }
    qint64 items = s_defaultEntryTextItems;
    const Parse itemsParse = request.integer(QStringLiteral("items"), &items);
    if (itemsParse == Parse::Invalid) {
        unexpected(QStringLiteral("items"), { QStringLiteral("integer") });
    } else if (itemsParse == Parse::Ok && (items < 1 || items > 800)) {
        errors.append(errorItem(QStringLiteral("NotBetween"), text(Id::NotBetween, request).arg(1).arg(800),
                                QStringLiteral("items"), notBetween(1, 800)));
    }
    if (itemsParse != Parse::Ok)
        items = s_defaultEntryTextItems;

    QList<QPair<QString, QList<qint64>>> idFilters;
    for (const QString& name : { QStringLiteral("customers_id"), QStringLiteral("projects_id"),
                                 QStringLiteral("services_id"), QStringLiteral("users_id") }) {
        QList<qint64> ids;
        const Parse parse = request.integerList(filterKey(name), &ids);
        if (parse == Parse::Invalid)
            unexpected(filterKey(name), { QStringLiteral("integer") });
        else if (parse == Parse::Ok)
            idFilters.append({ name, ids });
    }
    qint64 billable = -1;
    const Parse billableParse = request.integer(filterKey(QStringLiteral("billable")), &billable);
    if (billableParse == Parse::Invalid
        || (billableParse == Parse::Ok && !isBillableValue(billable) && billable != 12)) {
        unexpected(filterKey(QStringLiteral("billable")),
                   { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("12") });
    }
    if (billableParse != Parse::Ok)
        billable = -1;
    QDate fromDate;
    QDate toDate;
    QDate day;
    const auto readDate = [&](const QString& name, QDate* value) {
        if (request.date(filterKey(name), value) == Parse::Invalid)
            unexpected(filterKey(name), { QStringLiteral("date") });
    };
    readDate(QStringLiteral("time_since"), &fromDate);
    readDate(QStringLiteral("time_until"), &toDate);
    readDate(QStringLiteral("day"), &day);
    if (!errors.isEmpty())
        return generalError(400, errors);

    const QTimeZone zone(m_store.user().timezone.toUtf8());
    const bool owner = m_store.user().role == QLatin1String("owner");
    QList<const Entry*> matches;
    for (const Entry& entry : m_store.entries()) {
        if (entry.text.isEmpty() || (!owner && entry.usersId != me()))
            continue;
        if (!term.isEmpty() && !entry.text.contains(term, Qt::CaseInsensitive))
            continue;
        const bool filteredOut = std::any_of(idFilters.cbegin(), idFilters.cend(), [&](const auto& filter) {
            return !filter.second.contains(entryField(entry, filter.first));
        });
        if (filteredOut || (billable >= 0 && !matchesBillable(entry, billable)))
            continue;
        const QDate date = zone.isValid() ? entry.since.toTimeZone(zone).date() : entry.since.date();
        if ((fromDate.isValid() && date < fromDate) || (toDate.isValid() && date > toDate)
            || (day.isValid() && date != day))
            continue;
        matches.append(&entry);
    }
    // Most recently used first, each text once.
    std::sort(matches.begin(), matches.end(), [](const Entry* a, const Entry* b) {
        return a->since != b->since ? a->since > b->since : a->id > b->id;
    });
    QJsonArray data;
    QSet<qint64> seen;
    for (const Entry* entry : std::as_const(matches)) {
        if (data.size() >= items)
            break;
        if (seen.contains(entry->textsId))
            continue;
        seen.insert(entry->textsId);
        data.append(QJsonObject {
            { QStringLiteral("id"), entry->textsId },
            { QStringLiteral("label"), entry->text },
            { QStringLiteral("value"), entry->text },
        });
    }
    Reply reply;
    reply.body.insert(QStringLiteral("data"), data);
    return reply;
}
