// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/masterdata/customer.h"

#include "api/transport/jsonreader.h"

std::optional<Customer> Customer::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    Customer c;
    c.id = r.integer(QLatin1String("id"));
    c.name = r.string(QLatin1String("name"));
    c.number = r.optionalString(QLatin1String("number"));
    c.active = r.boolean(QLatin1String("active"), true);
    c.billableDefault = r.boolean(QLatin1String("billable_default"));
    c.color = static_cast<int>(r.optionalInteger(QLatin1String("color")).value_or(0));
    c.testData = r.boolean(QLatin1String("test_data"));
    c.serviceAssignments = r.integerList(QLatin1String("service_assignments"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return c;
}
