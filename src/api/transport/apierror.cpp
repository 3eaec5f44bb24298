// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void addFields(QStringList* fields, const QJsonValue& value)
{
    if (value.isString() && !value.toString().isEmpty() && !fields->contains(value.toString()))
        fields->append(value.toString());
    if (value.isArray()) {
        for (const QJsonValue v : value.toArray())
            addFields(fields, v);
    }
}

} // namespace

ApiError::Category ApiError::categoryForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Category::Validation;
    case 401:
        return Category::Auth;
    case 403:
        return Category::Forbidden;
    case 404:
        return Category::NotFound;
    case 409:
    case 412:
    case 423:
        return Category::Conflict;
    case 408:
        return Category::Timeout;
    case 429:
        return Category::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Category::Server;
    if (status >= 400)
        return Category::Validation;
    return Category::BadResponse;
}

ApiError ApiError::make(Category category, const QString& detail)
{
    ApiError e;
    e.category = category;
    e.detail = detail;
    return e;
}

ApiError ApiError::fromHttp(int status, const QByteArray& body)
{
    ApiError e;
    e.httpStatus = status;
    e.category = categoryForStatus(status);
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject simple = root.value(QLatin1String("error")).toObject();
    if (!simple.isEmpty()) {
        e.serverMessage = simple.value(QLatin1String("message")).toString();
        addFields(&e.fields, simple.value(QLatin1String("fields")));
    }
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    for (const QJsonValue item : errors) {
        QJsonObject error = item.toObject();
        if (error.value(QLatin1String("error")).isObject())
            error = error.value(QLatin1String("error")).toObject();
        if (e.serverMessage.isEmpty())
            e.serverMessage = error.value(QLatin1String("message")).toString();
        if (e.serverType.isEmpty())
            e.serverType = error.value(QLatin1String("type")).toString();
        addFields(&e.fields, error.value(QLatin1String("path")));
        addFields(&e.fields, error.value(QLatin1String("details")).toObject().value(QLatin1String("fields")));
    }
    if (e.serverMessage.isEmpty())
        e.serverMessage = root.value(QLatin1String("message")).toString();
    return e;
}

QString ApiError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return tr("No error");
    case Category::Auth:
        return tr("Sign-in failed");
    case Category::Forbidden:
        return tr("Not allowed");
    case Category::NotFound:
        return tr("Not found");
    case Category::Conflict:
        return tr("Conflict");
    case Category::Validation:
        return tr("Invalid input");
    case Category::RateLimited:
        return tr("Rate limited");
    case Category::Server:
        return tr("Server error");
    case Category::Network:
        return tr("No connection");
    case Category::Certificate:
        return tr("Certificate not accepted");
    case Category::RedirectRefused:
        return tr("Redirect refused");
    case Category::Timeout:
        return tr("Timed out");
    case Category::BadResponse:
        return tr("Unexpected answer");
    case Category::Configuration:
        return tr("Configuration error");
    case Category::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString ApiError::message() const
{
    // For rate limits our own sentence is more useful: it says how long to wait.
    if (!serverMessage.isEmpty() && !(category == Category::RateLimited && retryAfterSeconds > 0))
        return serverMessage;
    switch (category) {
    case Category::None:
        return {};
    case Category::Auth:
        // No HTTP status: the request was never sent, there was no key to send.
        if (httpStatus == 0)
            return tr("Not signed in: no Clockodo account is set up here. Sign in with clockodo-desktop first.");
        return tr("Clockodo did not accept the e-mail address and API key. Check them in your Clockodo profile.");
    case Category::Forbidden:
        return tr("Your Clockodo account is not allowed to do this.");
    case Category::NotFound:
        return tr("Clockodo no longer knows this item; it may have been deleted elsewhere.");
    case Category::Conflict:
        return tr("The item was changed elsewhere in the meantime.");
    case Category::Validation:
        return fields.isEmpty() ? tr("Clockodo rejected the input.")
                                : tr("Clockodo rejected the input (%1).").arg(fields.join(QLatin1String(", ")));
    case Category::RateLimited:
        return retryAfterSeconds > 0
            ? tr("Too many requests to Clockodo. Try again in %n second(s).", nullptr, retryAfterSeconds)
            : tr("Too many requests to Clockodo. Try again in a moment.");
    case Category::Server:
        return tr("Clockodo has a problem (HTTP %1). Try again later.").arg(httpStatus);
    case Category::Network:
        return tr("Cannot reach Clockodo. Check your internet connection.");
    case Category::Certificate:
        return tr("The secure connection to Clockodo failed: the server's certificate was not accepted. Check the "
                  "API address, the computer's date and time, and whether a proxy intercepts the connection.");
    case Category::RedirectRefused:
        return tr("The Clockodo address redirected to another server. The redirect was not followed, so that your "
                  "API key stays with Clockodo; check the API address.");
    case Category::Timeout:
        return tr("Clockodo did not answer in time.");
    case Category::BadResponse:
        return tr("Clockodo sent an answer this version cannot read.");
    case Category::Configuration:
        return detail.isEmpty() ? tr("The connection settings are invalid.") : detail;
    case Category::Canceled:
        return tr("The request was canceled.");
    }
    return {};
}
