// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// The signed-in user's company as far as the client uses it: its currency. Clockodo gives it only in the deprecated
// GET /v2/aggregates/users/me ("company", CompanyV1; /v4/users/me and the other current endpoints carry no currency),
// so it is optional enrichment: read tolerantly, and an account without it shows plain amounts.
class Company
{
public:
    qint64 id = 0;
    QString name;
    // As Clockodo stores it, usually an ISO 4217 code ("EUR", "CHF"); empty when null or missing.
    QString currency;

    // Tolerant: every field may be missing or null; fails only when the value is not an object at all.
    static std::optional<Company> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const Company&, const Company&) = default;
};

Q_DECLARE_METATYPE(Company)
