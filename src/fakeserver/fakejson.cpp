// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakejson.h"

#include <QJsonArray>

#include <cmath>

namespace {

bool isOwner(const FakeStore& store)
{
    return store.user().role == QLatin1String("owner");
}

QJsonArray idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

double cents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QString FakeJson::timestamp(const QDateTime& dateTime)
{
    QByteArray bytes;
    appendTimestamp(&bytes, dateTime);
    return QString::fromLatin1(bytes.mid(1, bytes.size() - 2));
}

// The digits of toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'") from the seconds since the epoch (days to a civil date
// after H. Hinnant's days_from_civil inverse), without QDateTime::toString; years outside 1…9999 (never in the fake's
// data) and invalid date-times (an empty string) still go through toString.
void FakeJson::appendTimestamp(QByteArray* out, const QDateTime& dateTime)
{
    const qint64 msecs = dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : 0;
    constexpr qint64 year1 = -62135596800000; // 0001-01-01T00:00:00Z
    constexpr qint64 year10000 = 253402300800000; // 10000-01-01T00:00:00Z
    if (!dateTime.isValid() || msecs < year1 || msecs >= year10000) {
        out->append('"');
        out->append(dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")).toUtf8());
        out->append('"');
        return;
    }
    const qint64 seconds = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const qint64 secondOfDay = seconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    const int hour = int(secondOfDay / 3600);
    const int minute = int(secondOfDay / 60 % 60);
    const int second = int(secondOfDay % 60);
    const auto digit = [](int value) {
        return char('0' + value % 10);
    };
    const char text[22] = { '"',
                            digit(year / 1000),
                            digit(year / 100),
                            digit(year / 10),
                            digit(year),
                            '-',
                            digit(month / 10),
                            digit(month),
                            '-',
                            digit(day / 10),
                            digit(day),
                            'T',
                            digit(hour / 10),
                            digit(hour),
                            ':',
                            digit(minute / 10),
                            digit(minute),
                            ':',
                            digit(second / 10),
                            digit(second),
                            'Z',
                            '"' };
    out->append(text, sizeof text);
}

QJsonValue FakeJson::timestampOrNull(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(timestamp(dateTime)) : QJsonValue(QJsonValue::Null);
}

QJsonValue FakeJson::dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue FakeJson::idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue FakeJson::stringOrNull(const QString& text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

double FakeJson::revenue(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now)
{
    if (entry.billable == 0)
        return 0.0;
    switch (entry.type) {
    case FakeStore::LumpSumValueEntry:
        return cents(entry.lumpsum);
    case FakeStore::LumpSumServiceEntry: {
        const FakeStore::LumpSumService* service = store.lumpSumService(entry.lumpSumServicesId);
        return cents(entry.lumpSumServicesAmount * (service ? service->price : 0.0));
    }
    default:
        return cents(entry.hourlyRate * double(entry.seconds(now)) / 3600.0);
    }
}

QJsonObject FakeJson::entry(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now, bool enhanced)
{
    QJsonObject json {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("type"), entry.type },
        { QStringLiteral("customers_id"), entry.customersId },
        { QStringLiteral("projects_id"), idOrNull(entry.projectsId) },
        { QStringLiteral("subprojects_id"), idOrNull(entry.subprojectsId) },
        { QStringLiteral("users_id"), entry.usersId },
        { QStringLiteral("billable"), entry.billable },
        { QStringLiteral("texts_id"), idOrNull(entry.textsId) },
        { QStringLiteral("text"), entry.text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.text) },
        { QStringLiteral("time_since"), timestamp(entry.since) },
        { QStringLiteral("time_until"), timestampOrNull(entry.until) },
        { QStringLiteral("time_insert"), timestamp(entry.inserted) },
        { QStringLiteral("time_last_change"), timestamp(entry.lastChange) },
        { QStringLiteral("test_data"), false },
    };
    switch (entry.type) {
    case FakeStore::TimeEntry:
        json.insert(QStringLiteral("services_id"), idOrNull(entry.servicesId));
        json.insert(QStringLiteral("duration"),
                    entry.isRunning() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.seconds(now)));
        json.insert(QStringLiteral("time_last_change_work_time"), timestamp(entry.lastChangeWorkTime));
        json.insert(QStringLiteral("time_clocked_since"), timestampOrNull(entry.clockedSince));
        json.insert(QStringLiteral("clocked"), entry.clocked);
        json.insert(QStringLiteral("clocked_offline"), entry.clockedOffline);
        break;
    case FakeStore::LumpSumValueEntry:
        json.insert(QStringLiteral("services_id"), idOrNull(entry.servicesId));
        json.insert(QStringLiteral("lumpsum"), entry.lumpsum);
        break;
    default:
        json.insert(QStringLiteral("lumpsum_services_id"), idOrNull(entry.lumpSumServicesId));
        json.insert(QStringLiteral("lumpsum_services_amount"), entry.lumpSumServicesAmount);
        break;
    }
    if (!enhanced)
        return json;

    const FakeStore::Customer* customer = store.customer(entry.customersId);
    const FakeStore::Project* project = store.project(entry.projectsId);
    json.insert(QStringLiteral("customers_name"), customer ? customer->name : QString());
    json.insert(QStringLiteral("projects_name"), project ? QJsonValue(project->name) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("subprojects_name"), QJsonValue::Null);
    json.insert(QStringLiteral("users_name"), entry.usersId == store.user().id ? store.user().name : QString());
    if (entry.type != FakeStore::LumpSumServiceEntry) {
        const FakeStore::Service* service = store.service(entry.servicesId);
        json.insert(QStringLiteral("services_name"), service ? service->name : QString());
    } else {
        const FakeStore::LumpSumService* service = store.lumpSumService(entry.lumpSumServicesId);
        json.insert(QStringLiteral("lumpsum_services_price"), service ? service->price : 0.0);
    }
    if (isOwner(store)) {
        json.insert(QStringLiteral("revenue"), revenue(store, entry, now));
        if (entry.type == FakeStore::TimeEntry)
            json.insert(QStringLiteral("hourly_rate"), entry.hourlyRate);
    }
    return json;
}

QJsonValue FakeJson::entryOrNull(const FakeStore& store, const FakeStore::Entry* entry, const QDateTime& now)
{
    return entry ? QJsonValue(FakeJson::entry(store, *entry, now, false)) : QJsonValue(QJsonValue::Null);
}

QJsonObject FakeJson::customer(const FakeStore& store, const FakeStore::Customer& customer)
{
    QJsonObject json {
        { QStringLiteral("id"), customer.id },
        { QStringLiteral("name"), customer.name },
        { QStringLiteral("number"), stringOrNull(customer.number) },
        { QStringLiteral("color"), customer.color },
        { QStringLiteral("active"), customer.active },
        { QStringLiteral("billable_default"), customer.billableDefault },
        { QStringLiteral("test_data"), false },
        { QStringLiteral("service_assignments"), idArray(customer.serviceAssignments) },
    };
    if (isOwner(store)) {
        json.insert(QStringLiteral("note"), stringOrNull(customer.note));
        json.insert(QStringLiteral("bill_service_id"), QJsonValue::Null);
    }
    return json;
}

QJsonObject FakeJson::project(const FakeStore& store, const FakeStore::Project& project)
{
    QJsonObject json {
        { QStringLiteral("id"), project.id },
        { QStringLiteral("customers_id"), project.customersId },
        { QStringLiteral("name"), project.name },
        { QStringLiteral("number"), stringOrNull(project.number) },
        { QStringLiteral("active"), project.active },
        { QStringLiteral("billable_default"), project.billableDefault },
        { QStringLiteral("completed"), project.completed },
        { QStringLiteral("completed_at"), timestampOrNull(project.completedAt) },
        { QStringLiteral("deadline"), dateOrNull(project.deadline) },
        { QStringLiteral("start_date"), dateOrNull(project.startDate) },
        { QStringLiteral("automatic_completion"), false },
        { QStringLiteral("test_data"), false },
        { QStringLiteral("count_subprojects"), 0 },
        { QStringLiteral("service_assignments"), idArray(project.serviceAssignments) },
    };
    if (project.hasBudget) {
        json.insert(QStringLiteral("budget"),
                    QJsonObject {
                        { QStringLiteral("monetary"), project.budgetMonetary },
                        { QStringLiteral("hard"), project.budgetHard },
                        { QStringLiteral("from_subprojects"), false },
                        { QStringLiteral("interval"), QJsonValue::Null },
                        { QStringLiteral("amount"), project.budgetAmount },
                        { QStringLiteral("subprojects_budget_total"), 0.0 },
                    });
    } else {
        json.insert(QStringLiteral("budget"), QJsonValue::Null);
    }
    if (isOwner(store)) {
        json.insert(QStringLiteral("note"), stringOrNull(project.note));
        json.insert(QStringLiteral("billed_money"), QJsonValue::Null);
        json.insert(QStringLiteral("billed_completely"), false);
        const bool hardOpen = project.hasBudget && project.budgetHard && !project.completed;
        json.insert(QStringLiteral("revenue_factor"), hardOpen ? QJsonValue(QJsonValue::Null) : QJsonValue(1.0));
        json.insert(QStringLiteral("bill_service_id"), QJsonValue::Null);
    }
    return json;
}

QJsonObject FakeJson::service(const FakeStore& store, const FakeStore::Service& service)
{
    QJsonObject json {
        { QStringLiteral("id"), service.id },
        { QStringLiteral("name"), service.name },
        { QStringLiteral("number"), stringOrNull(service.number) },
        { QStringLiteral("active"), service.active },
    };
    if (isOwner(store)) {
        json.insert(QStringLiteral("note"), stringOrNull(service.note));
        json.insert(QStringLiteral("bill_service_id"), QJsonValue::Null);
    }
    return json;
}

QJsonObject FakeJson::lumpSumService(const FakeStore& store, const FakeStore::LumpSumService& service)
{
    QJsonObject json {
        { QStringLiteral("id"), service.id },         { QStringLiteral("name"), service.name },
        { QStringLiteral("price"), service.price },   { QStringLiteral("unit"), stringOrNull(service.unit) },
        { QStringLiteral("active"), service.active }, { QStringLiteral("number"), stringOrNull(service.number) },
    };
    if (isOwner(store))
        json.insert(QStringLiteral("note"), stringOrNull(service.note));
    return json;
}

QJsonObject FakeJson::user(const FakeStore::User& user)
{
    return QJsonObject {
        { QStringLiteral("id"), user.id },
        { QStringLiteral("name"), user.name },
        { QStringLiteral("number"), stringOrNull(user.number) },
        { QStringLiteral("email"), user.email },
        { QStringLiteral("role"), user.role },
        { QStringLiteral("active"), user.active },
        { QStringLiteral("initials"), user.initials },
        { QStringLiteral("timezone"), user.timezone },
        { QStringLiteral("language"), user.language },
        { QStringLiteral("timeformat_12h"), user.timeformat12h },
        { QStringLiteral("weekstart_monday"), user.weekstartMonday },
        { QStringLiteral("weekend_friday"), user.weekendFriday },
        { QStringLiteral("teams_id"), QJsonValue::Null },
        { QStringLiteral("nonbusiness_groups_id"), QJsonValue::Null },
        { QStringLiteral("work_time_regulations_id"), QJsonValue::Null },
        { QStringLiteral("default_work_time_regulation"), true },
        { QStringLiteral("boss"), QJsonValue::Null },
        { QStringLiteral("absence_managers_id"), QJsonArray() },
        { QStringLiteral("access_groups_ids"), QJsonArray() },
        { QStringLiteral("can_generally_see_absences"), false },
        { QStringLiteral("can_generally_manage_absences"), false },
        { QStringLiteral("can_add_customers"), user.role == QLatin1String("owner") },
        { QStringLiteral("default_holidays_count"), true },
        { QStringLiteral("default_target_hours"), true },
        { QStringLiteral("future_coworker"), false },
        { QStringLiteral("start_date"), dateOrNull(user.startDate) },
        { QStringLiteral("wage_type"), 1 },
        { QStringLiteral("edit_lock"), QJsonValue::Null },
        { QStringLiteral("edit_lock_dyn"), QJsonValue::Null },
        { QStringLiteral("edit_lock_sync"), true },
        { QStringLiteral("work_time_edit_lock_days"), QJsonValue::Null },
        { QStringLiteral("budget_notifications"), false },
        { QStringLiteral("creator"), QJsonValue::Null },
        { QStringLiteral("created_at"), timestamp(user.createdAt) },
    };
}

QJsonObject FakeJson::aggregatesUsersMe(const FakeStore& store)
{
    const FakeStore::User& u = store.user();
    const FakeStore::Company& c = store.company();
    const QJsonObject user {
        { QStringLiteral("id"), u.id },
        { QStringLiteral("name"), u.name },
        { QStringLiteral("number"), stringOrNull(u.number) },
        { QStringLiteral("email"), u.email },
        { QStringLiteral("role"), u.role },
        { QStringLiteral("active"), u.active },
        { QStringLiteral("timeformat_12h"), u.timeformat12h },
        { QStringLiteral("weekstart_monday"), u.weekstartMonday },
        { QStringLiteral("weekend_friday"), u.weekendFriday },
        { QStringLiteral("language"), u.language },
        { QStringLiteral("timezone"), u.timezone },
        { QStringLiteral("teams_id"), QJsonValue::Null },
        { QStringLiteral("initials"), stringOrNull(u.initials) },
        { QStringLiteral("nonbusinessgroups_id"), QJsonValue::Null },
    };
    const QJsonObject targetHours {
        { QStringLiteral("monday"), 8.0 },   { QStringLiteral("tuesday"), 8.0 }, { QStringLiteral("wednesday"), 8.0 },
        { QStringLiteral("thursday"), 8.0 }, { QStringLiteral("friday"), 8.0 },  { QStringLiteral("saturday"), 0.0 },
        { QStringLiteral("sunday"), 0.0 },
    };
    QJsonObject company {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("timezone_default"), c.timezoneDefault },
        { QStringLiteral("currency"), stringOrNull(c.currency) },
        { QStringLiteral("allow_entries_text_multiline"), true },
        { QStringLiteral("allow_entries_for_customers"), false },
        { QStringLiteral("allow_entry_overlaps"), true },
        { QStringLiteral("force_linked_entry_times"), false },
        { QStringLiteral("default_customers_id"), QJsonValue::Null },
        { QStringLiteral("default_services_id"), QJsonValue::Null },
        { QStringLiteral("module_absence"), true },
        { QStringLiteral("module_work_time"), true },
        { QStringLiteral("module_targethours"), true },
        { QStringLiteral("module_target_hours"), true },
        { QStringLiteral("module_userreports"), true },
        { QStringLiteral("module_user_reports"), true },
        { QStringLiteral("module_project_times"), false },
        { QStringLiteral("module_entries_texts"), true },
        { QStringLiteral("nonbusiness_group_default"), QJsonValue::Null },
        { QStringLiteral("onboarding_complete"), true },
        { QStringLiteral("worktime_regulation_default"), QJsonValue::Null },
        { QStringLiteral("worktime_evaluate_regulations_since"), QJsonValue::Null },
        { QStringLiteral("worktime_force_breaks"), 0 },
        { QStringLiteral("holidays_count_default"), 30.0 },
        { QStringLiteral("absence_reduces_target_hours"), true },
        { QStringLiteral("compensate_day_default"), 0.0 },
        { QStringLiteral("compensate_month_default"), 0.0 },
        { QStringLiteral("target_hours_default"), targetHours },
    };
    return QJsonObject {
        { QStringLiteral("user"), user },
        { QStringLiteral("company"), company },
        { QStringLiteral("worktime_regulation"), QJsonValue::Null },
    };
}

QJsonObject FakeJson::paging(qint64 itemsPerPage, qint64 currentPage, qint64 countItems)
{
    const qint64 pages = qMax<qint64>(1, (countItems + itemsPerPage - 1) / itemsPerPage);
    return QJsonObject {
        { QStringLiteral("items_per_page"), itemsPerPage },
        { QStringLiteral("current_page"), currentPage },
        { QStringLiteral("count_pages"), pages },
        { QStringLiteral("count_items"), countItems },
    };
}
