// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/dbusidlesource.h"

// GNOME (X11 and Wayland): org.gnome.Mutter.IdleMonitor on the session bus, /org/gnome/Mutter/IdleMonitor/Core.
// GetIdletime() gives the idle time in ms; AddUserActiveWatch() plus the WatchFired signal tells the next input.
class MutterIdleSource : public DBusIdleSource
{
    Q_OBJECT
public:
    explicit MutterIdleSource(const QDBusConnection& bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);

    void watchForActivity() override;

protected:
    void onAvailable() override;

private slots:
    void onWatchFired(uint id);

private:
    uint m_watch = 0;
};
