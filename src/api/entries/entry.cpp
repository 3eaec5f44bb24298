// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/entries/entry.h"

#include "api/transport/apitime.h"
#include "api/transport/jsonreader.h"

namespace {

// PUT /v2/entries/{id} types the ids as integers with minimum 0: "none" is sent as 0, not null.
QJsonValue idOrNone(const std::optional<qint64>& id)
{
    return QJsonValue(id.value_or(0));
}

} // namespace

qint64 Entry::durationAt(const QDateTime& now) const
{
    if (type != Type::Time)
        return 0;
    if (!isRunning())
        return duration.value_or(timeSince.secsTo(timeUntil));
    return std::max<qint64>(0, timeSince.secsTo(now));
}

std::optional<Entry> Entry::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    Entry e;
    e.id = r.integer(QLatin1String("id"));
    const qint64 type = r.integer(QLatin1String("type"));
    if (r.ok() && (type < 1 || type > 3)) {
        if (error)
            *error = QStringLiteral("%1: unknown entry type %2")
                         .arg(JsonReader::join(path, QLatin1String("type")))
                         .arg(type);
        return std::nullopt;
    }
    e.type = static_cast<Type>(type);
    e.customersId = r.integer(QLatin1String("customers_id"));
    e.projectsId = r.optionalInteger(QLatin1String("projects_id"));
    e.subprojectsId = r.optionalInteger(QLatin1String("subprojects_id"));
    e.servicesId = r.optionalInteger(QLatin1String("services_id"));
    e.lumpSumServicesId = r.optionalInteger(QLatin1String("lumpsum_services_id"));
    e.textsId = r.optionalInteger(QLatin1String("texts_id"));
    e.usersId = r.integer(QLatin1String("users_id"));
    e.billable = static_cast<int>(r.optionalInteger(QLatin1String("billable")).value_or(0));
    e.text = r.optionalString(QLatin1String("text"));
    e.timeSince = r.dateTime(QLatin1String("time_since"));
    e.timeUntil = r.optionalDateTime(QLatin1String("time_until"));
    e.timeInsert = r.optionalDateTime(QLatin1String("time_insert"));
    e.timeLastChange = r.optionalDateTime(QLatin1String("time_last_change"));
    e.timeLastChangeWorkTime = r.optionalDateTime(QLatin1String("time_last_change_work_time"));
    e.timeClockedSince = r.optionalDateTime(QLatin1String("time_clocked_since"));
    e.duration = r.optionalInteger(QLatin1String("duration"));
    e.clocked = r.boolean(QLatin1String("clocked"));
    e.clockedOffline = r.boolean(QLatin1String("clocked_offline"));
    e.testData = r.boolean(QLatin1String("test_data"));
    e.lumpSum = r.optionalNumber(QLatin1String("lumpsum"));
    e.lumpSumServicesAmount = r.optionalNumber(QLatin1String("lumpsum_services_amount"));
    e.lumpSumServicesPrice = r.optionalNumber(QLatin1String("lumpsum_services_price"));
    e.hourlyRate = r.optionalNumber(QLatin1String("hourly_rate"));
    e.revenue = r.optionalNumber(QLatin1String("revenue"));
    e.customersName = r.optionalString(QLatin1String("customers_name"));
    e.projectsName = r.optionalString(QLatin1String("projects_name"));
    e.subprojectsName = r.optionalString(QLatin1String("subprojects_name"));
    e.servicesName = r.optionalString(QLatin1String("services_name"));
    e.lumpSumServicesName = r.optionalString(QLatin1String("lumpsum_services_name"));
    e.usersName = r.optionalString(QLatin1String("users_name"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (e.type == Type::Time && e.timeUntil.isValid() && e.timeUntil < e.timeSince) {
        if (error)
            *error = QStringLiteral("%1: before time_since").arg(JsonReader::join(path, QLatin1String("time_until")));
        return std::nullopt;
    }
    return e;
}

QJsonObject Entry::toCreateJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("customers_id"), customersId);
    if (projectsId)
        o.insert(QLatin1String("projects_id"), *projectsId);
    if (subprojectsId)
        o.insert(QLatin1String("subprojects_id"), *subprojectsId);
    if (usersId > 0)
        o.insert(QLatin1String("users_id"), usersId);
    o.insert(QLatin1String("billable"), billable);
    o.insert(QLatin1String("time_since"), ApiTime::format(timeSince));
    if (!text.isEmpty())
        o.insert(QLatin1String("text"), text);
    switch (type) {
    case Type::Time:
        if (servicesId)
            o.insert(QLatin1String("services_id"), *servicesId);
        o.insert(QLatin1String("time_until"), ApiTime::format(timeUntil));
        if (clockedOffline) {
            o.insert(QLatin1String("clocked_offline"), true);
            o.insert(QLatin1String("time_clocked_since"), ApiTime::format(timeClockedSince));
        }
        break;
    case Type::LumpSumValue:
        if (servicesId)
            o.insert(QLatin1String("services_id"), *servicesId);
        o.insert(QLatin1String("lumpsum"), lumpSum.value_or(0));
        break;
    case Type::LumpSumService:
        if (lumpSumServicesId)
            o.insert(QLatin1String("lumpsum_services_id"), *lumpSumServicesId);
        o.insert(QLatin1String("lumpsum_services_amount"), lumpSumServicesAmount.value_or(0));
        break;
    }
    return o;
}

QJsonObject Entry::changes(const Entry& before, const Entry& after)
{
    QJsonObject o;
    if (before.customersId != after.customersId)
        o.insert(QLatin1String("customers_id"), after.customersId);
    if (before.projectsId != after.projectsId)
        o.insert(QLatin1String("projects_id"), idOrNone(after.projectsId));
    if (before.subprojectsId != after.subprojectsId)
        o.insert(QLatin1String("subprojects_id"), idOrNone(after.subprojectsId));
    if (before.servicesId != after.servicesId)
        o.insert(QLatin1String("services_id"), idOrNone(after.servicesId));
    if (before.lumpSumServicesId != after.lumpSumServicesId)
        o.insert(QLatin1String("lumpsum_services_id"), idOrNone(after.lumpSumServicesId));
    if (before.billable != after.billable)
        o.insert(QLatin1String("billable"), after.billable);
    if (before.text != after.text)
        o.insert(QLatin1String("text"), after.text);
    if (before.timeSince != after.timeSince)
        o.insert(QLatin1String("time_since"), ApiTime::format(after.timeSince));
    if (before.timeUntil != after.timeUntil && after.timeUntil.isValid())
        o.insert(QLatin1String("time_until"), ApiTime::format(after.timeUntil));
    if (before.lumpSum != after.lumpSum && after.lumpSum)
        o.insert(QLatin1String("lumpsum"), *after.lumpSum);
    if (before.lumpSumServicesAmount != after.lumpSumServicesAmount && after.lumpSumServicesAmount)
        o.insert(QLatin1String("lumpsum_services_amount"), *after.lumpSumServicesAmount);
    return o;
}
