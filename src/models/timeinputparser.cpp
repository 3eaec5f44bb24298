// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timeinputparser.h"

#include "core/tracking/timeofdayformat.h"

#include <QRegularExpression>

#include <cmath>

namespace {

std::optional<double> parseDecimal(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<int> TimeInputParser::parseTime(const QString& input, std::optional<int> baseSeconds)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;

    if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) {
        if (!baseSeconds)
            return std::nullopt;
        const bool minus = text.startsWith(QLatin1Char('-'));
        const auto duration = parseDuration(text.mid(1));
        if (!duration)
            return std::nullopt;
        return int(*baseSeconds + (minus ? -*duration : *duration));
    }

    static const QRegularExpression meridiemRe(QStringLiteral("^(.*?)\\s*(a|am|a\\.m\\.|p|pm|p\\.m\\.)$"));
    int meridiem = 0; // 0 none, 1 am, 2 pm
    if (const auto m = meridiemRe.match(text); m.hasMatch()) {
        meridiem = m.captured(2).startsWith(QLatin1Char('a')) ? 1 : 2;
        text = m.captured(1).trimmed();
    }

    int hours = -1;
    int minutes = 0;
    int seconds = 0;
    static const QRegularExpression digitsRe(QStringLiteral("^(\\d{1,4})h?$"));
    static const QRegularExpression separatedRe(QStringLiteral("^(\\d{1,2})\\s*[:.h]\\s*(\\d{2})(?:[:.](\\d{2}))?$"));
    if (const auto m = digitsRe.match(text); m.hasMatch()) {
        const QString digits = m.captured(1);
        if (digits.size() <= 2) {
            hours = digits.toInt();
        } else {
            hours = digits.left(digits.size() - 2).toInt();
            minutes = digits.right(2).toInt();
        }
    } else if (const auto s = separatedRe.match(text); s.hasMatch()) {
        hours = s.captured(1).toInt();
        minutes = s.captured(2).toInt();
        seconds = s.captured(3).isEmpty() ? 0 : s.captured(3).toInt();
    } else {
        return std::nullopt;
    }

    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    if (meridiem != 0) {
        if (hours < 1 || hours > 12)
            return std::nullopt;
        hours %= 12;
        if (meridiem == 2)
            hours += 12;
    } else if (hours > 23) {
        return std::nullopt;
    }
    return hours * 3600 + minutes * 60 + seconds;
}

std::optional<qint64> TimeInputParser::parseDuration(const QString& input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return std::nullopt;

    static const QRegularExpression clockRe(QStringLiteral("^(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}))?$"));
    if (const auto m = clockRe.match(text); m.hasMatch()) {
        const int minutes = m.captured(2).toInt();
        const int seconds = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (minutes > 59 || seconds > 59)
            return std::nullopt;
        return m.captured(1).toLongLong() * 3600 + qint64(minutes) * 60 + seconds;
    }

    static const QRegularExpression hoursMinutesRe(
        QStringLiteral("^(\\d{1,3})\\s*(?:h|hr|hrs|std|stunden?|hours?|heures?)\\s*(\\d{1,2})\\s*"
                       "(?:m|min|mins|minutes?|minuten?)?$"));
    if (const auto m = hoursMinutesRe.match(text); m.hasMatch()) {
        const int minutes = m.captured(2).toInt();
        if (minutes > 59)
            return std::nullopt;
        return m.captured(1).toLongLong() * 3600 + qint64(minutes) * 60;
    }

    static const QRegularExpression unitRe(QStringLiteral(
        "^(\\d{1,5}(?:[.,]\\d+)?)\\s*(h|hr|hrs|std|stunden?|hours?|heures?|m|min|mins|minutes?|minuten?|s|sec|secs|"
        "seconds?|sekunden?|secondes?)?$"));
    if (const auto m = unitRe.match(text); m.hasMatch()) {
        const auto value = parseDecimal(m.captured(1));
        if (!value)
            return std::nullopt;
        const QString unit = m.captured(2);
        double factor = 3600; // a bare number means hours, like "1.25"
        if (unit.startsWith(QLatin1Char('m')))
            factor = 60;
        else if (unit.startsWith(QLatin1Char('s')) && unit != QLatin1String("std") && !unit.startsWith(u"stu"))
            factor = 1;
        return qint64(std::llround(*value * factor));
    }
    return std::nullopt;
}

std::optional<double> TimeInputParser::parseNumber(const QString& input, const QLocale& locale)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = locale.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok) {
        const auto decimal = parseDecimal(text);
        if (!decimal)
            return std::nullopt;
        value = *decimal;
    }
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

QString TimeInputParser::formatTime(QTime time, bool twelveHour, const QLocale& locale)
{
    return TimeOfDayFormat::format(time, twelveHour, locale);
}

QString TimeInputParser::formatDuration(qint64 seconds, bool withSeconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 hours = s / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text
        = QString::number(hours) + QLatin1Char(':') + QStringLiteral("%1").arg(minutes, 2, 10, QLatin1Char('0'));
    if (withSeconds)
        text += QLatin1Char(':') + QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString TimeInputParser::formatDecimalHours(qint64 seconds, const QLocale& locale)
{
    // From the whole minutes that formatDuration() shows, so that "5:16 h" never reads "5.28 h" beside it.
    const qint64 minutes = seconds / 60;
    return locale.toString(double(minutes) / 60.0, 'f', 2);
}
