// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/entries/entrytext.h"

#include "api/transport/jsonreader.h"

std::optional<EntryText> EntryText::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    EntryText t;
    t.id = r.integer(QLatin1String("id"));
    t.label = r.optionalString(QLatin1String("label"));
    t.value = r.optionalString(QLatin1String("value"));
    if (t.label.isEmpty())
        t.label = t.value;
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return t;
}
