// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The one error type of the API layer: what went wrong (category), the HTTP status, the server's own
// (localized) message and the fields it named, and for bad answers the JSON path that did not parse.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Category
    {
        None,
        Auth, // 401: wrong or revoked API key; without an HTTP status: not signed in (nothing was sent)
        Forbidden, // 403
        NotFound, // 404
        Conflict, // 409 (and 423 locked periods)
        Validation, // 400, 422
        RateLimited, // 429
        Server, // 5xx
        Network, // no connection, DNS, connection dropped
        Certificate, // the TLS handshake failed: the server's certificate was not accepted (never ignored)
        RedirectRefused, // the server redirected to another origin; the credentials do not follow
        Timeout, // no answer in time
        BadResponse, // an answer we cannot read
        Configuration, // we refused to send (bad base URL, header too long)
        Canceled, // aborted by the application
    };

    Category category = Category::None;
    int httpStatus = 0;
    QString serverMessage; // already localized by the server via Accept-Language
    QString serverType; // e.g. "ResourceNotFound", "EndBeforeStart"
    QStringList fields; // offending input fields the server named
    QString detail; // technical detail: parse path, network error; never shown alone
    int retryAfterSeconds = -1;
    // A start, stop, create or delete (POST/DELETE) was sent, but whether the server acted is unknown: the
    // connection dropped or timed out after sending, the answer broke off, the server answered 5xx, or it answered
    // 2xx with a body that cannot be read. Read the server's state again before telling the user anything.
    bool outcomeUnknown = false;

    bool isError() const { return category != Category::None; }
    // A translated sentence for people; the server's message when it sent one.
    QString message() const;
    // A translated, short name of the category ("Rate limited").
    static QString categoryName(Category category);

    static Category categoryForStatus(int status);
    // Reads either error format: {"error":{code,message,fields}} or {"errors":[{type,message,path,details}]}
    // (also wrapped once more in "error" as the spec shows for 422), or a top-level "message".
    static ApiError fromHttp(int status, const QByteArray& body);
    static ApiError make(Category category, const QString& detail = {});

    friend bool operator==(const ApiError&, const ApiError&) = default;
};

Q_DECLARE_METATYPE(ApiError)
