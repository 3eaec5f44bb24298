// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

#include <QDBusConnection>

class QDBusMessage;
class QDBusPendingCall;

// GNOME (X11 and Wayland): org.gnome.Mutter.IdleMonitor on the session bus, /org/gnome/Mutter/IdleMonitor/Core.
// GetIdletime() gives the idle time in ms; AddUserActiveWatch() plus the WatchFired signal tells the next input.
class MutterIdleSource : public IdleSource
{
    Q_OBJECT
public:
    static constexpr int CallTimeoutMs = 5000;

    explicit MutterIdleSource(const QDBusConnection& bus = QDBusConnection::sessionBus(), QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("org.gnome.Mutter.IdleMonitor"); }
    void probe() override;
    void requestIdleTime() override;
    void watchForActivity() override;

private slots:
    void onWatchFired(uint id);

private:
    QDBusMessage call(const QString& method) const;
    void readIdle(bool forProbe);

    QDBusConnection m_bus;
    bool m_connected = false;
    uint m_watch = 0;
};
