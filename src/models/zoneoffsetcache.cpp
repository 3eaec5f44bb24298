// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/zoneoffsetcache.h"

#include <QDateTime>

namespace {
constexpr qint64 MsPerDay = 86'400'000;
const qint64 EpochDay = QDate(1970, 1, 1).toJulianDay();
} // namespace

ZoneOffsetCache::ZoneOffsetCache(const QTimeZone& zone)
    : m_zone(zone)
{ }

void ZoneOffsetCache::setZone(const QTimeZone& zone)
{
    m_zone = zone;
    m_from = std::numeric_limits<qint64>::max();
    m_to = std::numeric_limits<qint64>::min();
}

int ZoneOffsetCache::offsetSeconds(qint64 msecs) const
{
    if (msecs >= m_from && msecs < m_to)
        return m_offset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    m_offset = m_zone.offsetFromUtc(at);
    m_from = std::numeric_limits<qint64>::min();
    m_to = std::numeric_limits<qint64>::max();
    if (m_zone.hasTransitions()) {
        // The last transition at or before msecs and the first after it.
        const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (previous.atUtc.isValid())
            m_from = previous.atUtc.toMSecsSinceEpoch();
        if (next.atUtc.isValid())
            m_to = next.atUtc.toMSecsSinceEpoch();
        if (m_from > msecs || m_to <= msecs) { // not what transitions promise: this moment alone
            m_from = msecs;
            m_to = msecs + 1;
        }
    }
    return m_offset;
}

QDate ZoneOffsetCache::localDate(const QDateTime& utc) const
{
    if (!utc.isValid())
        return {};
    const qint64 local = utc.toMSecsSinceEpoch() + qint64(offsetSeconds(utc.toMSecsSinceEpoch())) * 1000;
    const qint64 day = local >= 0 ? local / MsPerDay : -((-local + MsPerDay - 1) / MsPerDay);
    return QDate::fromJulianDay(EpochDay + day);
}
