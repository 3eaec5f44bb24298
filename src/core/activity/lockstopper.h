// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class IdleSource;
class Settings;
class StopwatchSession;
class QTimer;

// Stops the running clock when the screen locks, the computer suspends or shuts down, as the settings say (each off
// by default). For suspend and shutdown it holds a logind "delay" inhibitor while a clock runs, so that the stop is
// sent before the machine sleeps; the inhibitor is released once the stopwatch answered (or after ReleaseAfterMs).
// A stop that cannot reach Clockodo goes into the offline journal at the moment of the stop (Stopwatch::stop()).
class LockStopper : public QObject
{
    Q_OBJECT
public:
    // logind waits InhibitDelayMaxSec (5 s by default) at most; we let go a little earlier.
    static constexpr int ReleaseAfterMs = 4000;

    LockStopper(StopwatchSession* session, Settings* settings, IdleSource* source, QObject* parent = nullptr);

    // The inhibitor is wanted now (a clock runs and stop on suspend or shutdown is on).
    bool wantsInhibitor() const;

signals:
    // A stop was sent because of a lock, suspend or shutdown (for tests and logs).
    void stopRequested(const QString& reason);

private:
    void reconsider();
    void onLock(bool locked);
    void onPrepare(bool before, bool enabled, const QString& reason);
    void stopThenRelease(const QString& reason);
    QString what() const;

    StopwatchSession* m_session = nullptr;
    QPointer<Settings> m_settings;
    IdleSource* m_source = nullptr;
    QTimer* m_release = nullptr;
    bool m_requested = false; // an Inhibit call is on its way
    bool m_stopping = false; // a stop before sleep/shutdown is under way: keep the inhibitor until it is answered
};
