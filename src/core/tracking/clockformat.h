// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How the stopwatch writes durations and times (Stopwatch::formatDuration() and its siblings forward here). The
// texts keep the translation context "Stopwatch".
class ClockFormat
{
public:
    // "1:23 h"; under a minute "42 s".
    static QString duration(qint64 seconds);
    // "0:07 h", "1:23 h": hours and minutes only.
    static QString hoursMinutes(qint64 seconds);
    // "1:23:45" (hours may exceed 24).
    static QString clock(qint64 seconds);
    // "09:30" in `zone` (the locale's short format, no seconds).
    static QString time(const QDateTime& utc, const QTimeZone& zone);
};
