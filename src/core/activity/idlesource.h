// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// Where the idle time of the user's session comes from: one backend per desktop service (GNOME's Mutter idle monitor,
// org.freedesktop.ScreenSaver, logind, the X11 screen saver extension; GetLastInputInfo on Windows and
// CGEventSourceSecondsSinceLastEventType on macOS). Everything is asynchronous: probe() answers with probed(),
// requestIdleTime() with idleTimeRead() or idleTimeFailed(). The other signals are sent by the backends that know
// them (a lock by logind and the screen saver, sleep and shutdown by logind); the others never send them.
class IdleSource : public QObject
{
    Q_OBJECT
public:
    explicit IdleSource(QObject* parent = nullptr);

    // A short, stable name for Settings and logs ("org.gnome.Mutter.IdleMonitor").
    virtual QString name() const = 0;
    // Finds out whether the service answers here; answers with probed().
    virtual void probe() = 0;
    // Reads the idle time; answers with idleTimeRead() or idleTimeFailed().
    virtual void requestIdleTime() = 0;
    // Tells activityResumed() at the next input after now, where the service can (Mutter's user-active watch);
    // the tracker polls anyway.
    virtual void watchForActivity() { }
    // A "delay" inhibitor (logind) for `what` ("sleep", "shutdown", "sleep:shutdown"): the system waits (a few
    // seconds at most) until it is released. Answers with inhibitorChanged(); backends without one answer false.
    virtual void takeDelayInhibitor(const QString& what);
    virtual void releaseInhibitor() { }
    virtual bool holdsInhibitor() const { return false; }
    virtual bool canInhibit() const { return false; }

signals:
    void probed(bool available);
    void idleTimeRead(qint64 idleMs);
    void idleTimeFailed(const QString& why);
    // The user is back (input after watchForActivity()).
    void activityResumed();
    // The screen was locked (true) or unlocked (false).
    void lockChanged(bool locked);
    // The computer is about to sleep (true) / has woken (false); about to shut down (true) / shutdown cancelled.
    void sleepPrepared(bool beforeSleep);
    void shutdownPrepared(bool beforeShutdown);
    // An inhibitor was taken (true) or released / refused (false).
    void inhibitorChanged(bool held);
};
