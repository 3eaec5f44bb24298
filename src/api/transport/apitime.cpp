// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/apitime.h"

#include <QTimeZone>

#include <optional>

namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

// The decimal number in text[at, at + count), or -1 if any of those characters is not an ASCII digit.
template<typename Char>
int digits(const Char* text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = unit(text[i]);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The shapes the API sends, read from integers: "yyyy-MM-ddTHH:mm:ssZ" and "yyyy-MM-ddTHH:mm:ss+hh:mm" (or -hh:mm).
// Anything else, also each of these with a field out of its everyday range (hour 24, second 60, year 0), is left
// to Qt's parser (nullopt), so that the result is always the one Qt's ISO 8601 parser gives.
template<typename Char>
std::optional<QDateTime> parseApiShape(const Char* text, qsizetype size)
{
    if (size != 20 && size != 25)
        return std::nullopt;
    if (unit(text[4]) != u'-' || unit(text[7]) != u'-' || unit(text[10]) != u'T' || unit(text[13]) != u':'
        || unit(text[16]) != u':')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    if (size == 20) {
        if (unit(text[19]) != u'Z')
            return std::nullopt;
    } else {
        const char16_t sign = unit(text[19]);
        const int offsetHours = digits(text, 20, 2);
        const int offsetMinutes = digits(text, 23, 2);
        if ((sign != u'+' && sign != u'-') || unit(text[22]) != u':' || offsetHours < 0 || offsetHours > 23
            || offsetMinutes < 0 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (sign == u'-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    }
    const QDateTime utc(date, QTime(hour, minute, second), Qt::UTC);
    return offsetSeconds == 0 ? utc : utc.addSecs(-offsetSeconds);
}

} // namespace

QString ApiTime::format(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QDateTime ApiTime::parse(const QString& text)
{
    if (std::optional<QDateTime> fast = parseApiShape(text.constData(), text.size()))
        return *fast;
    return parseWithQt(text);
}

QDateTime ApiTime::parse(QLatin1String text)
{
    if (std::optional<QDateTime> fast = parseApiShape(text.data(), text.size()))
        return *fast;
    return parseWithQt(QString(text));
}

QDateTime ApiTime::parseWithQt(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    // A timestamp without zone designator is UTC by the contract, not local time.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}
