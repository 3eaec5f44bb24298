// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// A D-Bus session bus of one test's own: a dbus-daemon started before the QApplication exists and made the
// process's session bus (DBUS_SESSION_BUS_ADDRESS), so that what the test registers there (a StatusNotifierWatcher,
// a portal) reaches only the app under test, never another test running in parallel on the suite's bus.
// Not a QObject: it has to run before QCoreApplication.
class PrivateSessionBus
{
public:
    PrivateSessionBus();
    ~PrivateSessionBus();
    PrivateSessionBus(const PrivateSessionBus&) = delete;
    PrivateSessionBus& operator=(const PrivateSessionBus&) = delete;

    // Starts dbus-daemon --session and sets DBUS_SESSION_BUS_ADDRESS. False when dbus-daemon could not start.
    bool start();
    QByteArray address() const { return m_address; }

private:
    QByteArray m_address;
    long m_pid = 0;
};
