// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/clock.h"

// A Clock that only moves when told to: for tests (and for replaying recorded sessions).
class ManualClock : public Clock
{
public:
    // Starts at nowUtc (converted to UTC); the monotonic counter starts at monotonicMs.
    explicit ManualClock(const QDateTime& nowUtc = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC),
                         qint64 monotonicMs = 1000000);

    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

    // Jumps the wall clock only (like the user or NTP changing the system time); the monotonic counter stays.
    void setNowUtc(const QDateTime& nowUtc);
    // Lets time pass: moves the wall clock and the monotonic counter forward together (negative values go back).
    void advance(qint64 seconds);
    void advanceMs(qint64 milliseconds);

private:
    QDateTime m_nowUtc;
    qint64 m_monotonicMs;
};
