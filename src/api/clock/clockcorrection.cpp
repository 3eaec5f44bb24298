// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/clock/clockcorrection.h"

#include "api/transport/apitime.h"
#include "api/transport/jsonreader.h"

QJsonObject ClockCorrection::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("time_since"), ApiTime::format(timeSince));
    if (timeSinceBefore.isValid())
        o.insert(QLatin1String("time_since_before"), ApiTime::format(timeSinceBefore));
    return o;
}

std::optional<ClockCorrection::Result> ClockCorrection::Result::fromJson(const QJsonObject& object, const QString& path,
                                                                         QString* error)
{
    Result result;
    const QString updatedPath = JsonReader::join(path, QLatin1String("updated"));
    const QJsonValue updated = object.value(QLatin1String("updated"));
    if (!updated.isObject()) {
        if (error)
            *error = QStringLiteral("%1: expected an entry").arg(updatedPath);
        return std::nullopt;
    }
    auto entry = Entry::fromJson(updated.toObject(), updatedPath, error);
    if (!entry)
        return std::nullopt;
    result.updated = *entry;
    const QJsonValue running = object.value(QLatin1String("running"));
    if (running.isObject()) {
        result.running = Entry::fromJson(running.toObject(), JsonReader::join(path, QLatin1String("running")), error);
        if (!result.running)
            return std::nullopt;
    }
    JsonReader r(object, path);
    result.currentTime = r.optionalDateTime(QLatin1String("current_time"));
    const QJsonValue overlap = object.value(QLatin1String("overlapping_correction"));
    if (overlap.isObject()) {
        JsonReader o(overlap.toObject(), JsonReader::join(path, QLatin1String("overlapping_correction")));
        result.overlapping = o.boolean(QLatin1String("overlapping"));
        result.overlappingFreeTimeSince = o.optionalDateTime(QLatin1String("overlapping_free_time_since"));
        result.truncatePreviousEntry = o.optionalInteger(QLatin1String("truncate_previous_entry"));
        if (!o.ok()) {
            if (error)
                *error = o.error();
            return std::nullopt;
        }
    }
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return result;
}
