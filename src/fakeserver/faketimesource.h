// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

// The fake server's notion of "now": the system clock (default) or a frozen instant for tests.
// Always UTC with whole seconds, like the timestamps Clockodo sends.
class FakeTimeSource
{
public:
    QDateTime now() const;
    // Freezes the clock at utc (milliseconds are dropped).
    void setNow(const QDateTime& utc);
    // Moves a frozen clock; on the system clock it adds a permanent offset.
    void advance(qint64 seconds);
    // Back to the real clock, without offset.
    void useSystemClock();
    bool isFrozen() const;

private:
    QDateTime m_frozen;
    qint64 m_offsetSeconds = 0;
};
