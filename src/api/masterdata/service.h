// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// A service (/v4/services): the kind of work done.
class Service
{
public:
    qint64 id = 0;
    QString name;
    QString number;
    bool active = true;

    static std::optional<Service> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const Service&, const Service&) = default;
};

Q_DECLARE_METATYPE(Service)
