// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/masterdata/project.h"

#include "api/transport/jsonreader.h"

std::optional<Project> Project::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    Project p;
    p.id = r.integer(QLatin1String("id"));
    p.customersId = r.integer(QLatin1String("customers_id"));
    p.name = r.string(QLatin1String("name"));
    p.number = r.optionalString(QLatin1String("number"));
    p.active = r.boolean(QLatin1String("active"), true);
    p.billableDefault = r.boolean(QLatin1String("billable_default"));
    p.completed = r.boolean(QLatin1String("completed"));
    p.completedAt = r.optionalDateTime(QLatin1String("completed_at"));
    p.testData = r.boolean(QLatin1String("test_data"));
    p.countSubprojects = static_cast<int>(r.optionalInteger(QLatin1String("count_subprojects")).value_or(0));
    p.serviceAssignments = r.integerList(QLatin1String("service_assignments"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return p;
}
