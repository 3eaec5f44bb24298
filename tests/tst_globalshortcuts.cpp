// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "Desktop portals": where org.freedesktop.portal.GlobalShortcuts exists, "toggle", "start-last" and
// "stop" are bound there (CreateSession → BindShortcuts, translated descriptions) and a pressed shortcut
// (Activated) runs the command line's command on the clock of the fake server. Without the portal nothing happens.
// The portal is a small real one (support/desktopportalstub.h) on a D-Bus session bus of this test's own.
#include "core/cli/shortcutcommands.h"
#include "core/session/accountdata.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/portalbusfixture.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {
const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
}

class TestGlobalShortcuts : public QObject, private FakeServerFixture, private PortalBusFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<StopwatchSession> m_session;

private slots:
    void init()
    {
        QVERIFY(startFakeServer(T0));
        const Catalog catalog = seedCatalog();
        m_server->addTimeEntry(catalog.bakery, 0, catalog.consulting, T0.addSecs(-7200), T0.addSecs(-3600),
                               QStringLiteral("Brot"), 1);
        m_clock = std::make_unique<ManualClock>(T0);
        m_account = std::make_unique<AccountData>(m_api.get());
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get(), nullptr, m_account.get());
        m_session->refresh();
        QVERIFY(QTest::qWaitFor(
            [&] { return m_session->stopwatch()->isKnown() && m_session->recentTasks()->isLoaded(); }, 20000));
    }

    void cleanup()
    {
        stopPortal();
        m_session.reset();
        m_account.reset();
        m_clock.reset();
        stopFakeServer();
    }

    void shortcutsToggleTheClock()
    {
        QVERIFY(startPortal({ QStringLiteral("org.freedesktop.portal.GlobalShortcuts") }));
        ShortcutCommands commands(m_session.get());
        QSignalSpy ready(commands.portal(), &GlobalShortcutsPortal::ready);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toBool(), true);
        QVERIFY(commands.portal()->isActive());

        // The session, then the shortcuts with their descriptions on it.
        QCOMPARE(m_portal->callsOf(QStringLiteral("CreateSession")).size(), 1);
        const QList<QDBusMessage> binds = m_portal->callsOf(QStringLiteral("BindShortcuts"));
        QCOMPARE(binds.size(), 1);
        QCOMPARE(binds.first().arguments().first().value<QDBusObjectPath>().path(), m_portal->session());
        const auto bound = qdbus_cast<QList<PortalShortcut>>(binds.first().arguments().at(1));
        QStringList ids;
        for (const PortalShortcut& shortcut : bound) {
            ids << shortcut.id;
            QVERIFY(!shortcut.properties.value(QStringLiteral("description")).toString().isEmpty());
        }
        QCOMPARE(ids, QStringList({ QStringLiteral("toggle"), QStringLiteral("start-last"), QStringLiteral("stop") }));

        // Pressed: the clock starts on the server, pressed again it stops; "stop" on a stopped clock changes nothing.
        QSignalSpy done(&commands, &ShortcutCommands::commandFinished);
        QCOMPARE(m_server->runningEntryId(), qint64(0));
        m_portal->activate(QStringLiteral("toggle"));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(1).toInt(), 0);
        QVERIFY(m_server->runningEntryId() != 0);
        m_portal->activate(QStringLiteral("toggle"));
        QVERIFY(done.wait(20000));
        QCOMPARE(m_server->runningEntryId(), qint64(0));
        m_portal->activate(QStringLiteral("start-last"));
        QVERIFY(done.wait(20000));
        QVERIFY(m_server->runningEntryId() != 0);
        m_portal->activate(QStringLiteral("stop"));
        QVERIFY(done.wait(20000));
        QCOMPARE(m_server->runningEntryId(), qint64(0));
        QCOMPARE(done.size(), 4);
    }

    // A language switch (translators installed while running) binds the descriptions again, in the new language.
    void descriptionsFollowTheLanguage()
    {
        QVERIFY(startPortal({ QStringLiteral("org.freedesktop.portal.GlobalShortcuts") }));
        ShortcutCommands commands(m_session.get());
        QSignalSpy ready(commands.portal(), &GlobalShortcutsPortal::ready);
        QVERIFY(ready.wait(10000));
        QVERIFY(commands.portal()->isActive());
        const auto descriptions = [this](int bind) {
            const QDBusMessage call = m_portal->callsOf(QStringLiteral("BindShortcuts")).at(bind);
            QStringList texts;
            for (const PortalShortcut& shortcut : qdbus_cast<QList<PortalShortcut>>(call.arguments().at(1)))
                texts << shortcut.properties.value(QStringLiteral("description")).toString();
            return texts;
        };
        QCOMPARE(m_portal->callsOf(QStringLiteral("BindShortcuts")).size(), 1);
        QCOMPARE(descriptions(0).first(), QStringLiteral("Start or stop the Clockodo clock"));

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/clockodo-desktop_de.qm")));
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(":/i18n/clockodo-desktop_fr.qm")));
        QCoreApplication::installTranslator(&german);
        QTRY_COMPARE_WITH_TIMEOUT(m_portal->callsOf(QStringLiteral("BindShortcuts")).size(), 2, 10000);
        QCOMPARE(descriptions(1),
                 QStringList({ QStringLiteral("Clockodo-Stoppuhr starten oder anhalten"),
                               ShortcutCommands::tr("Start the most recent Clockodo task"),
                               ShortcutCommands::tr("Stop the Clockodo clock") }));
        QVERIFY(descriptions(1).at(2) != QStringLiteral("Stop the Clockodo clock"));
        // Same session, same ids: the keys the user chose stay.
        QCOMPARE(m_portal->callsOf(QStringLiteral("CreateSession")).size(), 1);
        QCOMPARE(m_portal->callsOf(QStringLiteral("BindShortcuts"))
                     .at(1)
                     .arguments()
                     .first()
                     .value<QDBusObjectPath>()
                     .path(),
                 m_portal->session());

        // Switched on to French (one translator out, one in): one bind more, in French.
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::installTranslator(&french);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_portal->callsOf(QStringLiteral("BindShortcuts")).size() >= 3
                && descriptions(m_portal->callsOf(QStringLiteral("BindShortcuts")).size() - 1).first()
                    == QStringLiteral("Démarrer ou arrêter le chronomètre Clockodo"),
            10000);
        QCoreApplication::removeTranslator(&french);
        QTRY_VERIFY_WITH_TIMEOUT(descriptions(m_portal->callsOf(QStringLiteral("BindShortcuts")).size() - 1).first()
                                     == QStringLiteral("Start or stop the Clockodo clock"),
                                 10000);

        // Still bound: a press runs its command.
        QVERIFY(commands.portal()->isActive());
        QSignalSpy done(&commands, &ShortcutCommands::commandFinished);
        m_portal->activate(QStringLiteral("toggle"));
        QVERIFY(done.wait(20000));
        QVERIFY(m_server->runningEntryId() != 0);
    }

    void withoutThePortalNothingHappens()
    {
        ShortcutCommands commands(m_session.get());
        QSignalSpy ready(commands.portal(), &GlobalShortcutsPortal::ready);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toBool(), false);
        QVERIFY(!commands.portal()->isActive());
    }

    void portalWithoutTheInterface()
    {
        // An older portal (Background only): no GlobalShortcuts, no session asked for.
        QVERIFY(startPortal({ QStringLiteral("org.freedesktop.portal.Background") }));
        ShortcutCommands commands(m_session.get());
        QSignalSpy ready(commands.portal(), &GlobalShortcutsPortal::ready);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toBool(), false);
        QVERIFY(m_portal->callsOf(QStringLiteral("CreateSession")).isEmpty());
    }
};

CLOCKODO_PRIVATE_BUS_TEST_MAIN(TestGlobalShortcuts, QCoreApplication)

#include "tst_globalshortcuts.moc"
