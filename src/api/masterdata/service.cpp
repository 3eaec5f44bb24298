// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/masterdata/service.h"

#include "api/transport/jsonreader.h"

std::optional<Service> Service::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    Service s;
    s.id = r.integer(QLatin1String("id"));
    s.name = r.string(QLatin1String("name"));
    s.number = r.optionalString(QLatin1String("number"));
    s.active = r.boolean(QLatin1String("active"), true);
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return s;
}
