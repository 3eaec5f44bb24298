// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class IdleSource;
class IdleTracker;
class LockStopper;
class Settings;
class StopwatchSession;

// Idle and lock handling in one piece for the app's wiring: the idle backends of this platform (IdleBackends, probed
// once the event loop runs), the IdleTracker that asks about idle spans and the LockStopper that stops the clock on
// lock, suspend or shutdown as the settings say.
class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    // source: the idle source to use (tests); null: the platform's backends (IdleBackends::platformCandidates()).
    ActivityMonitor(StopwatchSession* session, Settings* settings, IdleSource* source = nullptr,
                    QObject* parent = nullptr);

    IdleSource* source() const { return m_source; }
    IdleTracker* idleTracker() const { return m_tracker; }
    LockStopper* lockStopper() const { return m_lockStopper; }

private:
    IdleSource* m_source = nullptr;
    IdleTracker* m_tracker = nullptr;
    LockStopper* m_lockStopper = nullptr;
};
