// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Reads typed fields from one JSON object and remembers the first problem together with the JSON path that
// caused it ("entries[3].time_since: expected a date-time"). Unknown fields are ignored; null is accepted only
// where the caller asks for an optional value. A wrong type is never silently turned into zero.
class JsonReader
{
public:
    JsonReader(const QJsonObject& object, QString path);

    qint64 integer(QLatin1String key);
    std::optional<qint64> optionalInteger(QLatin1String key);
    double number(QLatin1String key);
    std::optional<double> optionalNumber(QLatin1String key);
    bool boolean(QLatin1String key, bool defaultValue = false);
    QString string(QLatin1String key);
    QString optionalString(QLatin1String key);
    QDateTime dateTime(QLatin1String key);
    QDateTime optionalDateTime(QLatin1String key);
    QList<qint64> integerList(QLatin1String key);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    const QJsonObject& object() const { return m_object; }

    static QString join(const QString& path, QLatin1String key);

private:
    void fail(QLatin1String key, const char* expected, const QJsonValue& got);
    void failMissing(QLatin1String key);

    QJsonObject m_object;
    QString m_path;
    QString m_error;
};
