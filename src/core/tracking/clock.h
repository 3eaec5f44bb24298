// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

// An injectable source of time. Production code takes a Clock* (default Clock::system()); tests pass a ManualClock
// so that nothing ever sleeps or depends on the wall clock.
class Clock
{
public:
    Clock() = default;
    Clock(const Clock&) = delete;
    Clock& operator=(const Clock&) = delete;
    virtual ~Clock();

    // The current wall-clock time in UTC.
    virtual QDateTime nowUtc() const;
    // A monotonic millisecond counter with an arbitrary origin: only differences are meaningful. It does not jump when
    // the wall clock is changed.
    virtual qint64 monotonicMs() const;

    // The process-wide real clock. Never null, never deleted.
    static Clock* system();
};
