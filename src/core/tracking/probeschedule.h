// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class Clock;
class QTimer;

// When OfflineUploader asks Clockodo next: one probe at a time, measured on an injected Clock (monotonic), with a
// back-off that starts at firstDelayMs and doubles per failure up to maxDelayMs; a Retry-After counts up to the cap.
// A QTimer wakes the schedule; tests move a ManualClock and call check() instead of waiting.
class ProbeSchedule : public QObject
{
    Q_OBJECT
public:
    ProbeSchedule(Clock* clock, int firstDelayMs, int maxDelayMs, QObject* parent = nullptr);

    // Schedules a probe after the current back-off delay (the first: firstDelayMs) unless one is scheduled.
    void ensureScheduled();
    // A probe failed: schedules the next after the current delay (or retryAfterSeconds when >= 0, capped), then
    // doubles the delay. Returns the delay scheduled.
    int backOff(int retryAfterSeconds = -1);
    // The server answered: the next back-off starts from firstDelayMs again.
    void resetDelay();
    void cancel();
    bool isScheduled() const { return m_dueMs >= 0; }
    // Milliseconds until the probe is due by the clock; -1 when none is scheduled.
    int remainingMs() const;

public slots:
    // Emits due() (and unschedules) when the clock says the probe is due; else waits on.
    void check();

signals:
    void due();

private:
    void schedule(int delayMs);

    Clock* m_clock = nullptr;
    QTimer* m_timer = nullptr;
    int m_firstDelayMs = 0;
    int m_maxDelayMs = 0;
    int m_delayMs = 0;
    qint64 m_dueMs = -1;
};
