// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/worktime/absence.h"

#include "api/transport/jsonreader.h"

namespace {

QDate readDate(JsonReader& r, QLatin1String key, bool required, QString* problem)
{
    const QString text = required ? r.string(key) : r.optionalString(key);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid() && problem->isEmpty())
        *problem = JsonReader::join(r.path(), key) + QStringLiteral(": expected a date, got \"%1\"").arg(text);
    return date;
}

} // namespace

std::optional<Absence> Absence::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    QString problem;
    Absence a;
    a.id = r.integer(QLatin1String("id"));
    a.usersId = r.integer(QLatin1String("users_id"));
    a.dateSince = readDate(r, QLatin1String("date_since"), true, &problem);
    a.dateUntil = readDate(r, QLatin1String("date_until"), true, &problem);
    if (const auto type = r.optionalInteger(QLatin1String("type")))
        a.type = int(*type);
    a.status = int(r.integer(QLatin1String("status")));
    a.countDays = r.optionalNumber(QLatin1String("count_days")).value_or(0.0);
    if (r.ok() && problem.isEmpty() && a.dateUntil < a.dateSince)
        problem = JsonReader::join(path, QLatin1String("date_until")) + QStringLiteral(": before date_since");
    if (!r.ok() || !problem.isEmpty()) {
        if (error)
            *error = r.ok() ? problem : r.error();
        return std::nullopt;
    }
    return a;
}
