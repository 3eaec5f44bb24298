// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Timestamps on the wire: UTC, "yyyy-MM-ddTHH:mm:ssZ" when sending; any ISO 8601 form when receiving.
class ApiTime
{
public:
    static QString format(const QDateTime& dateTime);
    static QDateTime parse(const QString& text);
};
