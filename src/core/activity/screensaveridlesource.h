// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

#include <QDBusConnection>

// KDE and other desktops: org.freedesktop.ScreenSaver on the session bus, /org/freedesktop/ScreenSaver.
// GetSessionIdleTime() gives the idle time (in ms, as KDE's kscreenlocker answers it); GetActive() and the
// ActiveChanged signal tell whether the screen saver (the lock) is on.
class ScreenSaverIdleSource : public IdleSource
{
    Q_OBJECT
public:
    static constexpr int CallTimeoutMs = 5000;

    explicit ScreenSaverIdleSource(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                                   QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("org.freedesktop.ScreenSaver"); }
    void probe() override;
    void requestIdleTime() override;

    // Asks GetActive(); a change since the last answer is told with lockChanged().
    void readActive();

private slots:
    void onActiveChanged(bool active);

private:
    void readIdle(bool forProbe);

    QDBusConnection m_bus;
    bool m_connected = false;
    bool m_active = false;
};
