// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/desktopportalstub.h"
#include "support/privatesessionbus.h"

#include <QStringList>
#include <QTest>

#include <cstdio>
#include <memory>

// What the desktop-portal tests (tst_portalautostart, tst_globalshortcuts, tst_portalsettingsdialog) share: the
// test process runs on a D-Bus session bus of its own (CLOCKODO_PRIVATE_BUS_TEST_MAIN starts it before the
// application object, so QDBusConnection::sessionBus() is that bus), and a DesktopPortalStub answers there with
// the portal interfaces a test asks for. Mixed into the test class like FakeServerFixture.
class PortalBusFixture
{
protected:
    // The private bus's address (DBUS_SESSION_BUS_ADDRESS, set by the main).
    static QString busAddress();
    // Starts the portal with `interfaces` (e.g. "org.freedesktop.portal.Background"); false when it could not own
    // org.freedesktop.portal.Desktop.
    bool startPortal(const QStringList& interfaces);
    // Takes the portal off the bus (as on a desktop without xdg-desktop-portal).
    void stopPortal() { m_portal.reset(); }
    DesktopPortalStub* portal() const { return m_portal.get(); }

    std::unique_ptr<DesktopPortalStub> m_portal;
};

// The main of a test on its own session bus: the bus first, then the application (QCoreApplication or QApplication).
#define CLOCKODO_PRIVATE_BUS_TEST_MAIN(TestObject, ApplicationClass)                                                   \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        PrivateSessionBus bus;                                                                                         \
        if (!bus.start()) {                                                                                            \
            std::fprintf(stderr, "dbus-daemon could not start a private session bus\n");                               \
            return 1;                                                                                                  \
        }                                                                                                              \
        ApplicationClass app(argc, argv);                                                                              \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
