// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// The signed-in user (/v4/users/me): whose entries we show, and how days and times are drawn.
class User
{
public:
    qint64 id = 0;
    QString name;
    QString email;
    QString role;
    bool active = true;
    QString timezone; // IANA, e.g. Europe/Berlin
    QString language; // de, en, fr
    bool timeformat12h = false;
    bool weekstartMonday = true;
    bool weekendFriday = false;
    QString initials;
    QDate editLock;
    std::optional<qint64> editLockDyn;

    static std::optional<User> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const User&, const User&) = default;
};

Q_DECLARE_METATYPE(User)
