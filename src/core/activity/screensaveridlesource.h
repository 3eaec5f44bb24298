// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/dbusidlesource.h"

// KDE and other desktops: org.freedesktop.ScreenSaver on the session bus, /org/freedesktop/ScreenSaver.
// GetSessionIdleTime() gives the idle time; GetActive() and the ActiveChanged signal tell whether the screen saver
// (the lock) is on.
//
// The unit: taken as milliseconds. KDE's kscreenlocker (the main implementer of GetSessionIdleTime on this name)
// answers KIdleTime's idle time, which is in ms; the old freedesktop draft spoke of seconds, and GNOME's own
// org.gnome.ScreenSaver (gnome-screensaver, not this service; GNOME is read through Mutter) answered seconds. A
// service that answered seconds here would make the idle time look 1000 times shorter, so the question would come
// late rather than falsely early. Not verified on a real KDE here (see the README's backend figures).
class ScreenSaverIdleSource : public DBusIdleSource
{
    Q_OBJECT
public:
    explicit ScreenSaverIdleSource(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                                   QObject* parent = nullptr);

    // Asks GetActive(); a change since the last answer is told with lockChanged().
    void readActive();

protected:
    void onAvailable() override;

private slots:
    void onActiveChanged(bool active);

private:
    bool m_active = false;
};
