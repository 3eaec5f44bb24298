// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/clockformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

QString ClockFormat::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QCoreApplication::translate("Stopwatch", "%1 s", "seconds").arg(seconds);
    return hoursMinutes(seconds);
}

QString ClockFormat::hoursMinutes(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    return QCoreApplication::translate("Stopwatch", "%1:%2 h", "hours:minutes")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ClockFormat::clock(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ClockFormat::time(const QDateTime& utc, const QTimeZone& zone)
{
    // The locale's short time format, without seconds even where it has them (the C locale).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression s_seconds(QStringLiteral("[:.]ss?"));
    format.remove(s_seconds);
    return QLocale().toString(utc.toTimeZone(zone).time(), format);
}
