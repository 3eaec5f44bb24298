// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Texts of the fake Clockodo *server* (error messages) in English, German and French, picked by the
// request's Accept-Language like the real server does. They imitate server output, they are not
// user interface texts of the application, so they deliberately do not go through tr().
class FakeMessages
{
public:
    enum class Id
    {
        Unauthorized,
        MissingExternalApplication,
        RouteNotFound,
        MethodNotAllowed,
        ResourceNotFound,
        Required,
        InvalidValue,
        InvalidFields,
        EndBeforeStart,
        TimeInFuture,
        TooLong,
        ResourceInactive,
        ProjectNotOfCustomer,
        ServiceNotAssigned,
        ProjectCompleted,
        EntryNotRunning,
        ChangedMeanwhile,
        NotBetween,
        Forbidden,
        MalformedBody,
        TooManyRequests,
        ServerError,
        ServiceUnavailable,
        GeneralError,
    };

    // "en", "de" or "fr": the supported language with the highest q-value in an Accept-Language
    // header ("de-CH,fr;q=0.8"); "en" when none of them is acceptable.
    static QString language(const QByteArray& acceptLanguage);
    // The text for a language returned by language(); %1, %2 … are placeholders for QString::arg().
    static QString text(Id id, const QString& language);
};
