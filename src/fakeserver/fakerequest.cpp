// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakerequest.h"

#include "fakeserver/fakemessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace {

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

// Form and query values arrive as strings, JSON values keep their type.
QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool parseInteger(const QString& text, qint64* value)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?\\d{1,18}$"));
    if (!pattern.match(text.trimmed()).hasMatch())
        return false;
    *value = text.trimmed().toLongLong();
    return true;
}

} // namespace

FakeRequest::FakeRequest(const QByteArray& method, const QString& path, const QByteArray& encodedQuery,
                         const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body)
    : m_method(method.toUpper())
    , m_path(path)
    , m_query(decodeFormItems(encodedQuery))
    , m_headers(headers)
{
    m_language = FakeMessages::language(header("accept-language"));
    const QByteArray contentType = header("content-type").toLower();
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return;
    const bool json = contentType.contains("json")
        || (!contentType.contains("x-www-form-urlencoded") && (trimmed.startsWith('{') || trimmed.startsWith('[')));
    if (json) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            m_bodyMalformed = true;
        else
            m_body = document.object();
        m_jsonBody = !m_bodyMalformed;
        return;
    }
    // Form body: the last occurrence of a key wins, "key[]" collects into an array.
    const QList<QPair<QString, QString>> items = decodeFormItems(trimmed);
    for (const auto& [key, value] : items) {
        if (key.endsWith(QLatin1String("[]"))) {
            const QString name = key.chopped(2);
            QJsonArray array = m_body.value(name).toArray();
            array.append(value);
            m_body.insert(name, array);
        } else {
            m_body.insert(key, value);
        }
    }
}

FakeRequest FakeRequest::fromFields(const QByteArray& method, const QJsonObject& fields)
{
    FakeRequest request;
    request.m_method = method.toUpper();
    request.m_body = fields;
    return request;
}

QList<QPair<QString, QString>> FakeRequest::decodeFormItems(const QByteArray& encoded)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        items.append({ decodeComponent(key), decodeComponent(value) });
    }
    return items;
}

QByteArray FakeRequest::header(const QByteArray& name) const
{
    QByteArray joined;
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value;
    }
    return joined;
}

QJsonValue FakeRequest::raw(const QString& key) const
{
    if (m_body.contains(key))
        return m_body.value(key);
    for (auto it = m_query.crbegin(); it != m_query.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool FakeRequest::typed(const QString& key) const
{
    return m_jsonBody && m_body.contains(key);
}

bool FakeRequest::isNull(const QString& key) const
{
    return typed(key) && m_body.value(key).isNull();
}

bool FakeRequest::has(const QString& key) const
{
    return !raw(key).isUndefined();
}

FakeRequest::Parse FakeRequest::integer(const QString& key, qint64* value) const
{
    const QJsonValue json = raw(key);
    if (json.isUndefined())
        return Parse::Missing;
    if (typed(key) && !json.isNull() && !json.isDouble())
        return Parse::Invalid; // a JSON body keeps its types: "5" is not an integer
    if (json.isNull() || (json.isString() && json.toString().isEmpty()))
        return Parse::Null;
    if (json.isDouble()) {
        const double number = json.toDouble();
        if (std::floor(number) != number || std::abs(number) > 9.0e15)
            return Parse::Invalid;
        *value = qint64(number);
        return Parse::Ok;
    }
    if (json.isString() && parseInteger(json.toString(), value))
        return Parse::Ok;
    return Parse::Invalid;
}

FakeRequest::Parse FakeRequest::number(const QString& key, double* value) const
{
    const QJsonValue json = raw(key);
    if (json.isUndefined())
        return Parse::Missing;
    if (typed(key) && !json.isNull() && !json.isDouble())
        return Parse::Invalid;
    if (json.isNull() || (json.isString() && json.toString().isEmpty()))
        return Parse::Null;
    if (json.isDouble()) {
        *value = json.toDouble();
        return Parse::Ok;
    }
    if (json.isString()) {
        bool ok = false;
        const double number = json.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number)) {
            *value = number;
            return Parse::Ok;
        }
    }
    return Parse::Invalid;
}

FakeRequest::Parse FakeRequest::boolean(const QString& key, bool* value) const
{
    const QJsonValue json = raw(key);
    if (json.isUndefined())
        return Parse::Missing;
    if (typed(key) && !json.isNull() && !json.isBool())
        return Parse::Invalid; // 1, 0 and "true" are not JSON booleans
    if (json.isNull() || (json.isString() && json.toString().isEmpty()))
        return Parse::Null;
    if (json.isBool()) {
        *value = json.toBool();
        return Parse::Ok;
    }
    const QString text = scalarText(json).trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        *value = true;
        return Parse::Ok;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        *value = false;
        return Parse::Ok;
    }
    return Parse::Invalid;
}

FakeRequest::Parse FakeRequest::dateTime(const QString& key, QDateTime* value) const
{
    const QJsonValue json = raw(key);
    if (json.isUndefined())
        return Parse::Missing;
    if (json.isNull() || (!typed(key) && json.isString() && json.toString().isEmpty()))
        return Parse::Null;
    if (!json.isString())
        return Parse::Invalid;
    // RFC 3339 (format date-time): a zone designator is required (a timestamp without one is almost always
    // a local-time client bug) and an offset has its colon.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString text = json.toString().trimmed();
    if (!pattern.match(text).hasMatch())
        return Parse::Invalid;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return Parse::Invalid;
    *value = QDateTime::fromSecsSinceEpoch(parsed.toSecsSinceEpoch(), Qt::UTC);
    return Parse::Ok;
}

FakeRequest::Parse FakeRequest::date(const QString& key, QDate* value) const
{
    QString text;
    const Parse parse = string(key, &text);
    if (parse != Parse::Ok)
        return parse;
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate parsed = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!pattern.match(text.trimmed()).hasMatch() || !parsed.isValid())
        return Parse::Invalid;
    *value = parsed;
    return Parse::Ok;
}

FakeRequest::Parse FakeRequest::string(const QString& key, QString* value) const
{
    const QJsonValue json = raw(key);
    if (json.isUndefined())
        return Parse::Missing;
    if (json.isNull())
        return Parse::Null;
    if (json.isArray() || json.isObject() || (typed(key) && !json.isString()))
        return Parse::Invalid;
    *value = scalarText(json);
    return value->isEmpty() ? Parse::Null : Parse::Ok;
}

QStringList FakeRequest::values(const QString& key) const
{
    QStringList result;
    const QString arrayKey = key + QLatin1String("[]");
    for (const auto& [name, value] : m_query) {
        if (name == key || name == arrayKey)
            result.append(value);
    }
    const QJsonValue json = m_body.value(key);
    if (json.isArray()) {
        const QJsonArray array = json.toArray();
        for (const QJsonValue item : array)
            result.append(scalarText(item));
    } else if (!json.isUndefined() && !json.isNull()) {
        result.append(scalarText(json));
    }
    return result;
}

FakeRequest::Parse FakeRequest::integerList(const QString& key, QList<qint64>* values) const
{
    const QStringList texts = this->values(key);
    if (texts.isEmpty())
        return Parse::Missing;
    QList<qint64> result;
    for (const QString& text : texts) {
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            qint64 id = 0;
            if (!parseInteger(part, &id))
                return Parse::Invalid;
            result.append(id);
        }
    }
    if (result.isEmpty())
        return Parse::Null;
    *values = result;
    return Parse::Ok;
}
