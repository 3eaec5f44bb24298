// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A customer (/v3/customers).
class Customer
{
public:
    qint64 id = 0;
    QString name;
    QString number;
    bool active = true;
    bool billableDefault = false;
    int color = 0; // 1..9, Clockodo's palette; 0 = none
    bool testData = false;
    QList<qint64> serviceAssignments;

    static std::optional<Customer> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const Customer&, const Customer&) = default;
};

Q_DECLARE_METATYPE(Customer)
