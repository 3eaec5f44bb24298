// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/jsonreader.h"

#include "api/transport/apitime.h"

#include <QJsonArray>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace {

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Exactly as sent: an integer in all its digits, anything else in the shortest form that reads back.
        const QVariant exact = value.toVariant();
        if (exact.typeId() == QMetaType::LongLong)
            return QString::number(exact.toLongLong());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// The largest integer a JSON number (an IEEE double) holds exactly; the contract's own examples use it.
constexpr qint64 MaxExactInteger = (qint64(1) << 53) - 1;

// An integer with |n| <= 2^53 - 1, read exactly; anything else (fractions, larger numbers) is not an id.
std::optional<qint64> exactInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const QVariant exact = value.toVariant();
    if (exact.typeId() == QMetaType::LongLong) {
        const qint64 n = exact.toLongLong();
        if (n < -MaxExactInteger || n > MaxExactInteger)
            return std::nullopt;
        return n;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > double(MaxExactInteger))
        return std::nullopt;
    return static_cast<qint64>(d);
}

} // namespace

JsonReader::JsonReader(const QJsonObject& object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{ }

QString JsonReader::join(const QString& path, QLatin1String key)
{
    return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
}

void JsonReader::fail(QLatin1String key, const char* expected, const QJsonValue& got)
{
    if (!m_error.isEmpty())
        return;
    m_error = QStringLiteral("%1: expected %2, got %3").arg(join(m_path, key), QLatin1String(expected), describe(got));
}

void JsonReader::failMissing(QLatin1String key)
{
    if (!m_error.isEmpty())
        return;
    m_error = QStringLiteral("%1: missing").arg(join(m_path, key));
}

qint64 JsonReader::integer(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        failMissing(key);
        return 0;
    }
    if (const std::optional<qint64> n = exactInteger(v))
        return *n;
    fail(key, "an integer", v);
    return 0;
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (const std::optional<qint64> n = exactInteger(v))
        return n;
    fail(key, "an integer or null", v);
    return std::nullopt;
}

double JsonReader::number(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        failMissing(key);
        return 0;
    }
    if (v.isDouble())
        return v.toDouble();
    fail(key, "a number", v);
    return 0;
}

std::optional<double> JsonReader::optionalNumber(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return v.toDouble();
    // Some PHP back ends send decimals as strings ("80.25"); accept them, they are unambiguous.
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    fail(key, "a number or null", v);
    return std::nullopt;
}

bool JsonReader::boolean(QLatin1String key, bool defaultValue)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return defaultValue;
    if (v.isBool())
        return v.toBool();
    if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
        return v.toDouble() == 1;
    fail(key, "a boolean", v);
    return defaultValue;
}

QString JsonReader::string(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        failMissing(key);
        return {};
    }
    if (v.isString())
        return v.toString();
    fail(key, "a string", v);
    return {};
}

QString JsonReader::optionalString(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    fail(key, "a string or null", v);
    return {};
}

QDateTime JsonReader::dateTime(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        failMissing(key);
        return {};
    }
    QDateTime dt = v.isString() ? ApiTime::parse(v.toString()) : QDateTime();
    if (!dt.isValid())
        fail(key, "an ISO 8601 date-time", v);
    return dt;
}

QDateTime JsonReader::optionalDateTime(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    QDateTime dt = v.isString() ? ApiTime::parse(v.toString()) : QDateTime();
    if (!dt.isValid())
        fail(key, "an ISO 8601 date-time or null", v);
    return dt;
}

QList<qint64> JsonReader::integerList(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    QList<qint64> result;
    if (v.isUndefined() || v.isNull())
        return result;
    if (!v.isArray()) {
        fail(key, "an array of integers", v);
        return result;
    }
    const QJsonArray array = v.toArray();
    result.reserve(array.size());
    for (const QJsonValue item : array) {
        const std::optional<qint64> n = exactInteger(item);
        if (!n) {
            fail(key, "an array of integers", item);
            return {};
        }
        result.append(*n);
    }
    return result;
}
