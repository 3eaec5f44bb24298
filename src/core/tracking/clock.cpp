// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/clock.h"

#include <QElapsedTimer>

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 Clock::monotonicMs() const
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

Clock* Clock::system()
{
    static Clock s_system;
    return &s_system;
}
