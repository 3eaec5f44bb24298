// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/clock/clockstate.h"

#include "api/transport/jsonreader.h"

namespace {

bool readOptionalEntry(const QJsonObject& object, QLatin1String key, const QString& path, std::optional<Entry>* out,
                       QString* error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const QString at = JsonReader::join(path, key);
    if (!v.isObject()) {
        if (error)
            *error = QStringLiteral("%1: expected an entry or null").arg(at);
        return false;
    }
    *out = Entry::fromJson(v.toObject(), at, error);
    return out->has_value();
}

} // namespace

std::optional<ClockState> ClockState::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    ClockState s;
    if (!readOptionalEntry(object, QLatin1String("running"), path, &s.running, error)
        || !readOptionalEntry(object, QLatin1String("stopped"), path, &s.stopped, error))
        return std::nullopt;
    JsonReader r(object, path);
    s.currentTime = r.optionalDateTime(QLatin1String("current_time"));
    s.stoppedHasBeenTruncated = r.boolean(QLatin1String("stopped_has_been_truncated"));
    s.additionalMessage = r.optionalString(QLatin1String("additional_message"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}
