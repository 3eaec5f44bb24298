// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/probeschedule.h"

#include "core/tracking/clock.h"

#include <QTimer>

#include <algorithm>

ProbeSchedule::ProbeSchedule(Clock* clock, int firstDelayMs, int maxDelayMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_timer(new QTimer(this))
    , m_firstDelayMs(firstDelayMs)
    , m_maxDelayMs(maxDelayMs)
    , m_delayMs(firstDelayMs)
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProbeSchedule::check);
}

void ProbeSchedule::ensureScheduled()
{
    if (!isScheduled())
        schedule(m_delayMs);
}

int ProbeSchedule::backOff(int retryAfterSeconds)
{
    int delay = m_delayMs;
    if (retryAfterSeconds >= 0)
        delay = int(std::min<qint64>(qint64(retryAfterSeconds) * 1000, m_maxDelayMs));
    m_delayMs = std::min(m_delayMs * 2, m_maxDelayMs);
    schedule(delay);
    return delay;
}

void ProbeSchedule::resetDelay()
{
    m_delayMs = m_firstDelayMs;
}

void ProbeSchedule::cancel()
{
    m_timer->stop();
    m_dueMs = -1;
}

int ProbeSchedule::remainingMs() const
{
    if (m_dueMs < 0)
        return -1;
    return int(std::max<qint64>(0, m_dueMs - m_clock->monotonicMs()));
}

void ProbeSchedule::schedule(int delayMs)
{
    m_dueMs = m_clock->monotonicMs() + std::max(delayMs, 0);
    m_timer->start(std::max(delayMs, 0));
}

void ProbeSchedule::check()
{
    if (m_dueMs < 0)
        return;
    const qint64 left = m_dueMs - m_clock->monotonicMs();
    if (left > 0) {
        m_timer->start(int(left)); // the injected clock is behind the timer (tests): wait for it
        return;
    }
    cancel();
    emit due();
}
