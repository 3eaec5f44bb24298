// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// One decoded API request as the endpoint logic sees it: method, path, query items, headers and the
// body parameters. The body may be JSON or application/x-www-form-urlencoded. Query strings and form
// bodies are decoded like PHP does, i.e. a literal '+' is a space. A parameter is looked up in the
// body first, then in the query string (DELETE parameters may come either way).
class FakeRequest
{
public:
    enum class Parse
    {
        Missing, // parameter absent
        Null, // JSON null or empty string
        Ok,
        Invalid, // present but not of the expected type
    };

    FakeRequest() = default;
    FakeRequest(const QByteArray& method, const QString& path, const QByteArray& encodedQuery,
                const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);
    // A request whose parameters are the given JSON fields (used for changes made "by another device").
    static FakeRequest fromFields(const QByteArray& method, const QJsonObject& fields);
    // Splits "a=1&b=x+y%2Bz" into decoded pairs; '+' becomes a space, %2B a plus sign.
    static QList<QPair<QString, QString>> decodeFormItems(const QByteArray& encoded);

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    const QList<QPair<QString, QString>>& queryItems() const { return m_query; }
    // Case-insensitive; repeated headers are joined with ", ".
    QByteArray header(const QByteArray& name) const;
    // "en", "de" or "fr" from Accept-Language.
    QString language() const { return m_language; }
    // The body claimed to be JSON (or looked like it) but could not be parsed into an object.
    bool bodyMalformed() const { return m_bodyMalformed; }

    bool has(const QString& key) const;
    // The parameter is an explicit null in a JSON body.
    bool isNull(const QString& key) const;
    // The parsers below read query strings and form bodies leniently (everything arrives as text there),
    // but a JSON body keeps its types: a value of the wrong JSON type (an id as "5", a boolean as 1,
    // an amount as "1.5", a text as a number) is Invalid.
    Parse integer(const QString& key, qint64* value) const;
    Parse number(const QString& key, double* value) const;
    // true/false/1/0 in query strings and form bodies; JSON booleans only in a JSON body.
    Parse boolean(const QString& key, bool* value) const;
    // RFC 3339 with "Z" or an explicit ±hh:mm offset; converted to UTC whole seconds.
    Parse dateTime(const QString& key, QDateTime* value) const;
    Parse date(const QString& key, QDate* value) const;
    Parse string(const QString& key, QString* value) const;
    // key=1, key[]=1&key[]=2, key=1,2 or a JSON array; all values must be integers.
    Parse integerList(const QString& key, QList<qint64>* values) const;
    // All values of a repeated query parameter (key and key[]).
    QStringList values(const QString& key) const;

private:
    QJsonValue raw(const QString& key) const;
    // key is present in a JSON body (so its JSON type counts).
    bool typed(const QString& key) const;

    QByteArray m_method;
    QString m_path;
    QList<QPair<QString, QString>> m_query;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QJsonObject m_body;
    QString m_language = QStringLiteral("en");
    bool m_bodyMalformed = false;
    bool m_jsonBody = false;
};
