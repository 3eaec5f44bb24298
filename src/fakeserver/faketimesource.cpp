// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/faketimesource.h"

namespace {

QDateTime wholeSeconds(const QDateTime& dateTime)
{
    return QDateTime::fromSecsSinceEpoch(dateTime.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

QDateTime FakeTimeSource::now() const
{
    if (m_frozen.isValid())
        return m_frozen;
    return wholeSeconds(QDateTime::currentDateTimeUtc()).addSecs(m_offsetSeconds);
}

void FakeTimeSource::setNow(const QDateTime& utc)
{
    m_frozen = wholeSeconds(utc);
    m_offsetSeconds = 0;
}

void FakeTimeSource::advance(qint64 seconds)
{
    if (m_frozen.isValid())
        m_frozen = m_frozen.addSecs(seconds);
    else
        m_offsetSeconds += seconds;
}

void FakeTimeSource::useSystemClock()
{
    m_frozen = QDateTime();
    m_offsetSeconds = 0;
}

bool FakeTimeSource::isFrozen() const
{
    return m_frozen.isValid();
}
