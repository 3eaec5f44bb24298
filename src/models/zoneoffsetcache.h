// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTimeZone>

#include <limits>

// The offset from UTC of one time zone at a moment, remembered for the whole span between the zone's transitions
// around it: the local dates of 100,000 entries (the day groups, after each filter change) without a time-zone
// conversion each (QDateTime::toTimeZone was most of that cost). Gives exactly what toTimeZone() gives.
class ZoneOffsetCache
{
public:
    explicit ZoneOffsetCache(const QTimeZone& zone = QTimeZone::systemTimeZone());

    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }
    // Seconds east of UTC at msecs since the epoch.
    int offsetSeconds(qint64 msecs) const;
    // The local date at utc (an invalid date for an invalid utc): utc.toTimeZone(zone()).date().
    QDate localDate(const QDateTime& utc) const;

private:
    QTimeZone m_zone;
    // [m_from, m_to): msecs since the epoch with the offset m_offset (empty at first).
    mutable qint64 m_from = std::numeric_limits<qint64>::max();
    mutable qint64 m_to = std::numeric_limits<qint64>::min();
    mutable int m_offset = 0;
};
