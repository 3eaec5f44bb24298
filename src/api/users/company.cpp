// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/users/company.h"

std::optional<Company> Company::fromJson(const QJsonObject& object, const QString& path, QString* error)
{
    Q_UNUSED(path)
    Q_UNUSED(error)
    Company company;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isDouble())
        company.id = qint64(id.toDouble());
    const QJsonValue name = object.value(QLatin1String("name"));
    if (name.isString())
        company.name = name.toString();
    const QJsonValue currency = object.value(QLatin1String("currency"));
    if (currency.isString())
        company.currency = currency.toString().trimmed();
    return company;
}
