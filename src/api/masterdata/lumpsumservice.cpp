// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/masterdata/lumpsumservice.h"

#include "api/transport/jsonreader.h"

std::optional<LumpSumService> LumpSumService::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    LumpSumService s;
    s.id = r.integer(QLatin1String("id"));
    s.name = r.string(QLatin1String("name"));
    s.number = r.optionalString(QLatin1String("number"));
    s.price = r.optionalNumber(QLatin1String("price")).value_or(0);
    s.unit = r.optionalString(QLatin1String("unit"));
    s.active = r.boolean(QLatin1String("active"), true);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}
