// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/worktime/userreport.h"

#include "api/transport/jsonreader.h"

#include <QJsonArray>

namespace {

// The values of an absence summary (all numbers) added up; a non-number is an error at its path.
double sumOfNumbers(const QJsonObject& object, const QString& path, QString* problem)
{
    double sum = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        if (!it.value().isDouble()) {
            if (problem->isEmpty())
                *problem = path + QLatin1Char('.') + it.key() + QStringLiteral(": expected a number");
            continue;
        }
        sum += it.value().toDouble();
    }
    return sum;
}

// The array under key ([] for null or absent; an error for anything else).
QJsonArray arrayAt(const QJsonObject& object, QLatin1String key, const QString& path, QString* problem)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    if (!value.isNull() && !value.isUndefined() && problem->isEmpty())
        *problem = JsonReader::join(path, key) + QStringLiteral(": expected an array");
    return {};
}

QJsonObject objectAt(const QJsonArray& array, qsizetype i, const QString& path, QString* problem)
{
    if (!array.at(i).isObject()) {
        if (problem->isEmpty())
            *problem = path + QStringLiteral(": expected an object");
        return {};
    }
    return array.at(i).toObject();
}

} // namespace

std::optional<UserReportDay> UserReportDay::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    QString problem;
    UserReportDay d;
    const QString date = r.string(QLatin1String("date"));
    d.date = QDate::fromString(date.left(10), Qt::ISODate);
    if (r.ok() && !d.date.isValid())
        problem = JsonReader::join(path, QLatin1String("date")) + QStringLiteral(": expected a date");
    d.nonbusiness = r.boolean(QLatin1String("nonbusiness"));
    d.target = r.optionalNumber(QLatin1String("target"));
    d.hours = r.optionalNumber(QLatin1String("hours")).value_or(0.0);
    d.diff = r.optionalNumber(QLatin1String("diff")).value_or(0.0);
    const QJsonValue absence = object.value(QLatin1String("count_absence"));
    if (absence.isObject())
        d.absenceDays
            = sumOfNumbers(absence.toObject(), JsonReader::join(path, QLatin1String("count_absence")), &problem);
    if (!r.ok() || !problem.isEmpty()) {
        if (error)
            *error = r.ok() ? problem : r.error();
        return std::nullopt;
    }
    return d;
}

const UserReportDay* UserReport::day(const QDate& date) const
{
    for (const UserReportDay& d : days) {
        if (d.date == date)
            return &d;
    }
    return nullptr;
}

std::optional<UserReport> UserReport::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    QString problem;
    UserReport u;
    u.usersId = r.integer(QLatin1String("users_id"));
    u.sumTarget = r.optionalNumber(QLatin1String("sum_target"));
    u.sumHours = r.number(QLatin1String("sum_hours"));
    u.diff = r.optionalNumber(QLatin1String("diff")).value_or(0.0);
    u.overtimeCarryover = r.optionalNumber(QLatin1String("overtime_carryover")).value_or(0.0);
    u.overtimeReduced = r.optionalNumber(QLatin1String("overtime_reduced")).value_or(0.0);
    u.holidaysQuota = r.optionalNumber(QLatin1String("holidays_quota")).value_or(0.0);
    u.holidaysCarry = r.optionalNumber(QLatin1String("holidays_carry")).value_or(0.0);
    const QJsonObject absences = object.value(QLatin1String("sum_absence")).toObject();
    const QJsonValue holidays = absences.value(QLatin1String("regular_holidays"));
    if (holidays.isDouble())
        u.regularHolidays = holidays.toDouble();
    const QString monthsPath = JsonReader::join(path, QLatin1String("month_details"));
    const QJsonArray months = arrayAt(object, QLatin1String("month_details"), path, &problem);
    for (qsizetype m = 0; m < months.size() && problem.isEmpty() && r.ok(); ++m) {
        const QString monthPath = QStringLiteral("%1[%2]").arg(monthsPath).arg(m);
        const QJsonArray weeks
            = arrayAt(objectAt(months, m, monthPath, &problem), QLatin1String("week_details"), monthPath, &problem);
        for (qsizetype w = 0; w < weeks.size() && problem.isEmpty(); ++w) {
            const QString weekPath = QStringLiteral("%1.week_details[%2]").arg(monthPath).arg(w);
            const QJsonArray days
                = arrayAt(objectAt(weeks, w, weekPath, &problem), QLatin1String("day_details"), weekPath, &problem);
            for (qsizetype d = 0; d < days.size() && problem.isEmpty(); ++d) {
                const QString dayPath = QStringLiteral("%1.day_details[%2]").arg(weekPath).arg(d);
                const QJsonObject dayObject = objectAt(days, d, dayPath, &problem);
                if (!problem.isEmpty())
                    break;
                auto day = UserReportDay::fromJson(dayObject, dayPath, &problem);
                if (day && !u.day(day->date))
                    u.days.append(*day);
            }
        }
    }
    if (!r.ok() || !problem.isEmpty()) {
        if (error)
            *error = r.ok() ? problem : r.error();
        return std::nullopt;
    }
    return u;
}
