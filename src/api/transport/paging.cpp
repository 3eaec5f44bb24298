// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/paging.h"

#include "api/transport/jsonreader.h"

std::optional<Paging> Paging::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    Paging p;
    p.itemsPerPage = static_cast<int>(r.integer(QLatin1String("items_per_page")));
    p.currentPage = static_cast<int>(r.integer(QLatin1String("current_page")));
    p.countPages = static_cast<int>(r.integer(QLatin1String("count_pages")));
    p.countItems = static_cast<int>(r.integer(QLatin1String("count_items")));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return p;
}
