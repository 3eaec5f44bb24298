// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

#include <optional>

// Turns what people type into times of day, durations and amounts, and formats them back.
class TimeInputParser
{
public:
    // Seconds since midnight. Accepts 9, 930, 0930, 9:30, 9.30, 9h30, 9h, 21:30, 9:30:15, 9am, 9:30 pm, 12am.
    // With a base (seconds since midnight) also a signed duration relative to it: +15m, -1:30, +1.5h. The result
    // may then lie outside 0…86399 (the next or the previous day). nullopt when the text is not a time.
    static std::optional<int> parseTime(const QString& text, std::optional<int> baseSeconds = {});
    // Seconds, never negative. Accepts 1:15, 1:15:30, 1.25h, 1,25 h, 1.25 (hours), 2h, 75m, 75 min, 1h15m,
    // 1h 15, 1 h 15 min, 90s. nullopt when the text is not a duration.
    static std::optional<qint64> parseDuration(const QString& text);
    // A number in the locale's format or the C format: "12.5", "12,5", "1.234,50" (de), "1,234.50" (en).
    static std::optional<double> parseNumber(const QString& text, const QLocale& locale = QLocale());

    // "09:30" or "9:30 AM": TimeOfDayFormat::format(), for the callers that parse and format times together.
    static QString formatTime(QTime time, bool twelveHour, const QLocale& locale = QLocale());
    // "1:15" (hours:minutes, seconds cut off) or "1:15:30".
    static QString formatDuration(qint64 seconds, bool withSeconds = false);
    // "1.25" with two decimals in the locale.
    static QString formatDecimalHours(qint64 seconds, const QLocale& locale = QLocale());
};
