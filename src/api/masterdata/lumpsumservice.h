// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// A lump-sum service (/v4/lumpSumServices): a priced unit such as "km" of travel.
class LumpSumService
{
public:
    qint64 id = 0;
    QString name;
    QString number;
    double price = 0;
    QString unit;
    bool active = true;

    static std::optional<LumpSumService> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const LumpSumService&, const LumpSumService&) = default;
};

Q_DECLARE_METATYPE(LumpSumService)
