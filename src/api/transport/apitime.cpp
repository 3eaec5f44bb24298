// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/apitime.h"

#include <QTimeZone>

QString ApiTime::format(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QDateTime ApiTime::parse(const QString& text)
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
