// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/entries/entryquery.h"

#include "api/transport/apitime.h"

QList<QPair<QString, QString>> EntryQuery::queryItems() const
{
    QList<QPair<QString, QString>> items {
        { QStringLiteral("time_since"), ApiTime::format(since) },
        { QStringLiteral("time_until"), ApiTime::format(until) },
        { QStringLiteral("enhanced_list"), enhancedList ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("items_per_page"), QString::number(itemsPerPage) },
    };
    const auto add = [&items](const char* key, const std::optional<qint64>& value) {
        if (value)
            items.append({ QLatin1String(key), QString::number(*value) });
    };
    add("filter[users_id]", usersId);
    add("filter[customers_id]", customersId);
    add("filter[projects_id]", projectsId);
    add("filter[services_id]", servicesId);
    add("filter[lumpsum_services_id]", lumpSumServicesId);
    if (billable)
        items.append({ QStringLiteral("filter[billable]"), QString::number(*billable) });
    if (!text.isEmpty())
        items.append({ QStringLiteral("filter[text]"), text });
    return items;
}
