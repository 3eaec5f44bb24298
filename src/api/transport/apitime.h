// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// Timestamps on the wire: UTC, "yyyy-MM-ddTHH:mm:ssZ" when sending; any ISO 8601 form when receiving.
class ApiTime
{
public:
    static QString format(const QDateTime& dateTime);
    // In UTC (Qt::UTC); invalid if the text is not a date-time. The API's own shapes ("2026-11-20T10:00:00Z",
    // "…+01:00") are read directly, all others by parseWithQt; both give the same QDateTime for the same text.
    static QDateTime parse(const QString& text);
    static QDateTime parse(QLatin1String text);
    // Qt's ISO 8601 parser, the reference for parse(): any ISO 8601 form, without zone designator taken as UTC.
    static QDateTime parseWithQt(const QString& text);
};
