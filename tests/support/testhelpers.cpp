// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testhelpers.h"

#include <QTimeZone>

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

Entry entryFrom(const QJsonObject& json)
{
    QString error;
    return Entry::fromJson(json, QStringLiteral("entry"), &error).value_or(Entry());
}
