// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "Desktop portals": inside Flatpak, start at login goes through org.freedesktop.portal.Background
// (RequestBackground with autostart and the command line, answered by a Request's Response), never through
// ~/.config/autostart; outside Flatpak the XDG autostart file as before. The portal is a small real one
// (support/desktopportalstub.h) on a D-Bus session bus of this test's own.
#include "core/platform/flatpaksandbox.h"
#include "core/platform/portalautostart.h"
#include "core/platform/xdgautostart.h"
#include "support/portalbusfixture.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestPortalAutostart : public QObject, private PortalBusFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString stateFile() const { return m_dir->filePath(QStringLiteral("state/autostart-granted")); }
    QString xdgEntryDir() const { return m_dir->filePath(QStringLiteral("config/autostart")); }

    static QVariantMap options(const QDBusMessage& call)
    {
        return qdbus_cast<QVariantMap>(call.arguments().constLast());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
        QVERIFY(startPortal({ QStringLiteral("org.freedesktop.portal.Background") }));
    }

    void cleanup()
    {
        stopPortal();
        qunsetenv("XDG_CONFIG_HOME");
        m_dir.reset();
    }

    void detection()
    {
        const QString info = m_dir->filePath(QStringLiteral("flatpak-info"));
        QVERIFY(!FlatpakSandbox(info, QString()).isInside());
        QVERIFY(FlatpakSandbox(info, QStringLiteral("org.clockodo_desktop.clockodo_desktop")).isInside());
        QFile file(info);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(FlatpakSandbox(info, QString()).isInside());

        // Outside: the XDG file; inside: the portal.
        QVERIFY(dynamic_cast<XdgAutostart*>(XdgAutostart::createFor(FlatpakSandbox(QString(), QString())).get()));
        QVERIFY(dynamic_cast<PortalAutostart*>(XdgAutostart::createFor(FlatpakSandbox(info, QString())).get()));
    }

    void enableAsksThePortal()
    {
        PortalAutostart autostart(QDBusConnection::sessionBus(), stateFile());
        autostart.setExecutablePath(QStringLiteral("/app/bin/clockodo-desktop"));
        QSignalSpy finished(&autostart, &PortalAutostart::requestFinished);
        QVERIFY(!autostart.isEnabled());
        QString error;
        QVERIFY(autostart.setEnabled(true, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(autostart.isPending());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(autostart.isEnabled());
        QVERIFY(!autostart.isPending());

        const QList<QDBusMessage> calls = m_portal->callsOf(QStringLiteral("RequestBackground"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().interface(), QStringLiteral("org.freedesktop.portal.Background"));
        QCOMPARE(calls.first().arguments().size(), 2);
        QCOMPARE(calls.first().arguments().first().toString(), QString()); // parent_window
        const QVariantMap sent = options(calls.first());
        QCOMPARE(sent.value(QStringLiteral("autostart")).toBool(), true);
        QCOMPARE(sent.value(QStringLiteral("commandline")).toStringList(),
                 QStringList({ QStringLiteral("/app/bin/clockodo-desktop"), Autostart::argument() }));
        QVERIFY(!sent.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY(!sent.value(QStringLiteral("handle_token")).toString().isEmpty());
        // Nothing written where it would stay inside the sandbox.
        QVERIFY(!QDir(xdgEntryDir()).exists());

        // Switching off: autostart false, off at once.
        finished.clear();
        QVERIFY(autostart.setEnabled(false));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(m_portal->callsOf(QStringLiteral("RequestBackground")).size(), 2);
        QCOMPARE(options(m_portal->callsOf(QStringLiteral("RequestBackground")).at(1))
                     .value(QStringLiteral("autostart"))
                     .toBool(),
                 false);
        QVERIFY(!autostart.isEnabled());
    }

    void refusalLeavesItOff()
    {
        m_portal->setResponse(1); // the user said no in the portal's dialog
        PortalAutostart autostart(QDBusConnection::sessionBus(), stateFile());
        QSignalSpy finished(&autostart, &PortalAutostart::requestFinished);
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!finished.first().at(2).toString().isEmpty());
        QVERIFY(!autostart.isEnabled());
    }

    void missingPortalFails()
    {
        stopPortal();
        PortalAutostart autostart(QDBusConnection::sessionBus(), stateFile());
        QSignalSpy finished(&autostart, &PortalAutostart::requestFinished);
        QVERIFY(autostart.setEnabled(true));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!autostart.isEnabled());
    }
};

CLOCKODO_PRIVATE_BUS_TEST_MAIN(TestPortalAutostart, QCoreApplication)

#include "tst_portalautostart.moc"
