// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, "Desktop portals", seen from the Settings dialog: inside Flatpak "Start at login" asks the Background
// portal (PortalAutostart), which answers later. A refusal there (Response != 0: the user said no in the portal's
// dialog, or the desktop does not allow it) unticks the box again and says why, in the UI language. The portal is
// the small real one (support/desktopportalstub.h) on a D-Bus session bus of this test's own (PortalBusFixture);
// the dialog's widgets are found by objectName, wherever the dialog places them.
#include "api/apiclient.h"
#include "core/platform/portalautostart.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/settings.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/settingsdialog.h"
#include "support/portalbusfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

class TestPortalSettingsDialog : public QObject, private PortalBusFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<PortalAutostart> m_autostart;
    std::unique_ptr<SettingsDialog> m_dialog;

    template<typename T>
    T* child(const char* name) const
    {
        return m_dialog->findChild<T*>(QLatin1String(name));
    }

    // Ticks the box as the user does and waits for the portal's answer.
    void tickAndWaitForAnswer()
    {
        auto* box = child<QCheckBox>("startAtLoginCheckBox");
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        QSignalSpy finished(m_autostart.get(), &PortalAutostart::requestFinished);
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(finished.wait(10000));
        QCOMPARE(portal()->callsOf(QStringLiteral("RequestBackground")).size(), 1);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(startPortal({ QStringLiteral("org.freedesktop.portal.Background") }));
        m_server = std::make_unique<FakeClockodoServer>();
        QVERIFY(m_server->listen());
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
        m_api = std::make_unique<ApiClient>();
        m_store = std::make_unique<CredentialStore>();
        m_store->setSessionOnly(true);
        m_session = std::make_unique<AccountSession>(m_api.get(), m_settings.get(), m_store.get());
        m_session->start();
        m_autostart = std::make_unique<PortalAutostart>(QDBusConnection::sessionBus(),
                                                        m_dir->filePath(QStringLiteral("autostart-granted")));
        m_dialog = std::make_unique<SettingsDialog>(m_session.get(), m_settings.get(), m_autostart.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_autostart.reset();
        m_session.reset();
        m_store.reset();
        m_api.reset();
        m_settings.reset();
        m_server.reset();
        stopPortal();
        m_dir.reset();
    }

    void grantedStaysTicked()
    {
        tickAndWaitForAnswer();
        QVERIFY(child<QCheckBox>("startAtLoginCheckBox")->isChecked());
        QVERIFY(m_autostart->isEnabled());
        QVERIFY(m_settings->startAtLogin());
        QVERIFY(!child<QLabel>("autostartErrorLabel")->isVisible());
    }

    void refusalUnticksWithAMessage()
    {
        portal()->setResponse(1); // the user said no in the portal's dialog
        tickAndWaitForAnswer();
        QVERIFY(!child<QCheckBox>("startAtLoginCheckBox")->isChecked());
        QVERIFY(!m_autostart->isEnabled());
        QVERIFY(!m_settings->startAtLogin());
        auto* error = child<QLabel>("autostartErrorLabel");
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("clockodo-desktop could not be set up to start at login: ")),
                 qPrintable(error->text()));
        QVERIFY(error->text().size() > 60); // with the reason

        // In German, the same refusal says so in German (the dialog's message and the portal client's reason).
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/clockodo-desktop_de.qm")));
        QCoreApplication::installTranslator(&german);
        m_dialog.reset();
        m_dialog = std::make_unique<SettingsDialog>(m_session.get(), m_settings.get(), m_autostart.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        auto* box = child<QCheckBox>("startAtLoginCheckBox");
        QVERIFY(!box->isChecked());
        QSignalSpy finished(m_autostart.get(), &PortalAutostart::requestFinished);
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(finished.wait(10000));
        QVERIFY(!box->isChecked());
        error = child<QLabel>("autostartErrorLabel");
        QVERIFY(error->isVisible());
        const QString german1 = SettingsDialog::tr("clockodo-desktop could not be set up to start at login: %1")
                                    .section(QLatin1Char('%'), 0, 0);
        QVERIFY(!german1.startsWith(QLatin1String("clockodo-desktop could not")));
        QVERIFY2(error->text().startsWith(german1), qPrintable(error->text()));
        const QString reason = finished.first().at(2).toString();
        QCOMPARE(reason, PortalAutostart::tr("Starting at login was not allowed."));
        QVERIFY(reason != QLatin1String("Starting at login was not allowed."));
        QVERIFY2(error->text().endsWith(reason), qPrintable(error->text()));
        QCoreApplication::removeTranslator(&german);
    }
};

CLOCKODO_PRIVATE_BUS_TEST_MAIN(TestPortalSettingsDialog, QApplication)

#include "tst_portalsettingsdialog.moc"
