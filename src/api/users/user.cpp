// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/users/user.h"

#include "api/transport/jsonreader.h"

std::optional<User> User::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    JsonReader r(object, path);
    User u;
    u.id = r.integer(QLatin1String("id"));
    u.name = r.string(QLatin1String("name"));
    u.email = r.optionalString(QLatin1String("email"));
    u.role = r.optionalString(QLatin1String("role"));
    u.active = r.boolean(QLatin1String("active"), true);
    u.timezone = r.optionalString(QLatin1String("timezone"));
    u.language = r.optionalString(QLatin1String("language"));
    u.timeformat12h = r.boolean(QLatin1String("timeformat_12h"));
    u.weekstartMonday = r.boolean(QLatin1String("weekstart_monday"), true);
    u.weekendFriday = r.boolean(QLatin1String("weekend_friday"));
    u.initials = r.optionalString(QLatin1String("initials"));
    const QString editLock = r.optionalString(QLatin1String("edit_lock"));
    if (!editLock.isEmpty())
        u.editLock = QDate::fromString(editLock.left(10), Qt::ISODate);
    u.editLockDyn = r.optionalInteger(QLatin1String("edit_lock_dyn"));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return u;
}
