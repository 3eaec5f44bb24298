// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

// The list answers of the API: an array of objects under one key, each read with T::fromJson(object, path, error)
// and its path ("entries[3]"). The first bad item ends the read: *error says what and where, the result is empty.
class JsonList
{
public:
    template<typename T>
    static QVariant parse(const QJsonObject& root, QLatin1String key, QString* error)
    {
        const QJsonValue value = root.value(key);
        if (!value.isArray()) {
            *error = QStringLiteral("%1: expected an array").arg(key);
            return {};
        }
        const QJsonArray array = value.toArray();
        QList<T> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QString(key) + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                *error = path + QStringLiteral(": expected an object");
                return {};
            }
            auto item = T::fromJson(array.at(i).toObject(), path, error);
            if (!item)
                return {};
            items.append(std::move(*item));
        }
        return QVariant::fromValue(items);
    }
};
