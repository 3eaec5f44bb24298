// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/manualclock.h"

ManualClock::ManualClock(const QDateTime& nowUtc, qint64 monotonicMs)
    : m_nowUtc(nowUtc.toUTC())
    , m_monotonicMs(monotonicMs)
{ }

QDateTime ManualClock::nowUtc() const
{
    return m_nowUtc;
}

qint64 ManualClock::monotonicMs() const
{
    return m_monotonicMs;
}

void ManualClock::setNowUtc(const QDateTime& nowUtc)
{
    m_nowUtc = nowUtc.toUTC();
}

void ManualClock::advance(qint64 seconds)
{
    advanceMs(seconds * 1000);
}

void ManualClock::advanceMs(qint64 milliseconds)
{
    m_nowUtc = m_nowUtc.addMSecs(milliseconds);
    m_monotonicMs += milliseconds;
}
