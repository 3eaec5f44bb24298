// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testhelpers.h"

#include <QTimeZone>

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

Entry timeEntry(qint64 id, const QDateTime& since, const QDateTime& until, qint64 customer, const QString& text,
                qint64 user)
{
    Entry e;
    e.id = id;
    e.type = Entry::Type::Time;
    e.customersId = customer;
    e.customersName = QStringLiteral("Customer %1").arg(customer);
    e.servicesId = 1;
    e.usersId = user;
    e.text = text;
    e.timeSince = since;
    e.timeUntil = until;
    if (until.isValid())
        e.duration = since.secsTo(until);
    return e;
}

Entry entryFrom(const QJsonObject& json)
{
    QString error;
    return Entry::fromJson(json, QStringLiteral("entry"), &error).value_or(Entry());
}
