// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "core/platform/autostart.h"
#include "core/platform/xdgautostart.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/settingsdialog.h"
#include "support/markingtranslator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

namespace {
// An Autostart that can be told to fail, as a read-only autostart directory would.
class FakeAutostart : public Autostart
{
public:
    bool isEnabled() const override { return enabled; }
    bool setEnabled(bool on, QString* error = nullptr) override
    {
        ++calls;
        if (failure.isEmpty()) {
            enabled = on;
            return true;
        }
        return fail(error, failure);
    }
    QString location() const override { return QStringLiteral("/fake/autostart.desktop"); }

    bool enabled = false;
    int calls = 0;
    QString failure;
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheSettings();
    void twoTabsWithTheButtonsBelow();
    void languageIsWrittenAtOnce();
    void checkBoxesAreWrittenAtOnce();
    void pollIntervalIsWrittenAtOnce();
    void contactEmailShowsTheLimit();
    void apiUrlIsValidated();
    void startAtLoginDrivesAutostart();
    void startAtLoginShowsFailure();
    void realAutostartEntry();
    void changesElsewhereShowUp();
    void accountSectionSignsOut();
    void signOutCanBeCancelled();
    void signInIsOfferedWhenSignedOut();
    void retranslatesOnLanguageChange();
    void switchesToRealGermanTranslation();

private:
    template<typename T>
    T* child(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void signIn();
    void createDialog(Autostart* autostart);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<FakeAutostart> m_autostart;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeClockodoServer>();
    QVERIFY(m_server->listen());
    m_server->seedDemoData();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
    m_api = std::make_unique<ApiClient>();
    m_store = std::make_unique<CredentialStore>();
    m_store->setSessionOnly(true); // the dialog's test, not the keychain's
    m_session = std::make_unique<AccountSession>(m_api.get(), m_settings.get(), m_store.get());
    m_session->start();
    m_autostart = std::make_unique<FakeAutostart>();
    signIn();
    createDialog(m_autostart.get());
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_autostart.reset();
    m_session.reset();
    m_store.reset();
    m_api.reset();
    m_settings.reset();
    m_server.reset();
    m_dir.reset();
}

void TestSettingsDialog::signIn()
{
    QSignalSpy signedIn(m_session.get(), &AccountSession::signedIn);
    m_session->signIn(m_server->email(), m_server->apiKey(), m_server->baseUrl());
    QVERIFY(signedIn.wait());
}

void TestSettingsDialog::createDialog(Autostart* autostart)
{
    m_dialog.reset();
    m_dialog = std::make_unique<SettingsDialog>(m_session.get(), m_settings.get(), autostart);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::showsTheSettings()
{
    auto* language = child<QComboBox>("languageComboBox");
    QCOMPARE(language->count(), 4);
    QCOMPARE(language->currentIndex(), 0); // follow the system
    // Each language is named in its own language.
    QCOMPARE(language->itemText(1), QStringLiteral("English"));
    QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
    QCOMPARE(language->itemText(3), QStringLiteral("Français"));
    QCOMPARE(language->itemData(2).toString(), QStringLiteral("de"));
    QCOMPARE(child<QSpinBox>("pollIntervalSpinBox")->value(), m_settings->pollIntervalSeconds());
    QCOMPARE(child<QSpinBox>("pollIntervalSpinBox")->minimum(), Settings::MinPollIntervalSeconds);
    QCOMPARE(child<QCheckBox>("showSecondsCheckBox")->isChecked(), m_settings->showSeconds());
    QCOMPARE(child<QCheckBox>("todayTotalInTooltipCheckBox")->isChecked(), m_settings->todayTotalInTooltip());
    QVERIFY(!child<QCheckBox>("startAtLoginCheckBox")->isChecked());
    QVERIFY(child<QLabel>("accountLabel")->text().contains(m_server->email()));
    QVERIFY(child<QPushButton>("signOutButton")->isVisible());
    QVERIFY(!child<QPushButton>("signInButton")->isVisible());
    QVERIFY(!child<QWidget>("advancedWidget")->isVisible());
    QCOMPARE(child<QLineEdit>("apiUrlLineEdit")->text(), m_server->baseUrl().toString());
    // Nothing was written just by opening the dialog.
    QCOMPARE(m_autostart->calls, 0);
}

void TestSettingsDialog::twoTabsWithTheButtonsBelow()
{
    // "General" (account, language, display, connection) and "Activity & reminders" (idle and lock, reminders).
    auto* tabs = child<QTabWidget>("settingsTabs");
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(tabs->tabText(0), QStringLiteral("General"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Activity && reminders"));
    for (const char* name : { "accountGroupBox", "generalGroupBox", "displayGroupBox", "connectionGroupBox" })
        QVERIFY2(tabs->widget(0)->isAncestorOf(child<QWidget>(name)), name);
    for (const char* name : { "activitySettingsPage", "reminderSettingsPage" })
        QVERIFY2(tabs->widget(1)->isAncestorOf(child<QWidget>(name)), name);
    // The buttons stay below the tabs, on the screen, whichever tab is shown.
    const QRect screen = m_dialog->screen()->availableGeometry();
    for (int tab : { 1, 0 }) {
        tabs->setCurrentIndex(tab);
        auto* buttons = child<QDialogButtonBox>("buttonBox");
        QVERIFY(buttons->isVisible());
        QVERIFY(!tabs->isAncestorOf(buttons));
        QVERIFY2(m_dialog->frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 > %2").arg(m_dialog->frameGeometry().height()).arg(screen.height())));
        QVERIFY(child<QWidget>(tab == 0 ? "accountGroupBox" : "activitySettingsPage")->isVisible());
    }
}

void TestSettingsDialog::languageIsWrittenAtOnce()
{
    QSignalSpy changed(m_settings.get(), &Settings::changed);
    auto* language = child<QComboBox>("languageComboBox");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(m_settings->language(), QStringLiteral("fr"));
    QTest::keyClick(language, Qt::Key_Home);
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(changed.size(), 4);
}

void TestSettingsDialog::checkBoxesAreWrittenAtOnce()
{
    auto* seconds = child<QCheckBox>("showSecondsCheckBox");
    const bool before = m_settings->showSeconds();
    QTest::keyClick(seconds, Qt::Key_Space);
    QCOMPARE(m_settings->showSeconds(), !before);
    QTest::keyClick(seconds, Qt::Key_Space);
    QCOMPARE(m_settings->showSeconds(), before);

    auto* tooltip = child<QCheckBox>("todayTotalInTooltipCheckBox");
    const bool tooltipBefore = m_settings->todayTotalInTooltip();
    QTest::keyClick(tooltip, Qt::Key_Space);
    QCOMPARE(m_settings->todayTotalInTooltip(), !tooltipBefore);
}

void TestSettingsDialog::pollIntervalIsWrittenAtOnce()
{
    auto* spin = child<QSpinBox>("pollIntervalSpinBox");
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("120"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_settings->pollIntervalSeconds(), 120);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(m_settings->pollIntervalSeconds(), 120 + spin->singleStep());
}

void TestSettingsDialog::contactEmailShowsTheLimit()
{
    auto* contact = child<QLineEdit>("contactEmailLineEdit");
    auto* hint = child<QLabel>("contactHintLabel");
    // Empty: the account's address is used, and the hint says how long the header is.
    QCOMPARE(contact->placeholderText(), m_server->email());
    const int accountLength = int(QStringLiteral("clockodo-desktop;").size() + m_server->email().size());
    // The label speaks the user's words; the header and its length are in the tooltip.
    QVERIFY2(hint->toolTip().contains(QStringLiteral("%1 of 50").arg(accountLength)), qPrintable(hint->toolTip()));
    QVERIFY2(!hint->text().contains(QStringLiteral("clockodo-desktop;")), qPrintable(hint->text()));
    QVERIFY2(!hint->text().contains(QStringLiteral("characters")), qPrintable(hint->text()));

    QTest::keyClicks(contact, QStringLiteral("it@example.org"));
    QVERIFY2(hint->toolTip().contains(QStringLiteral("31 of 50")), qPrintable(hint->toolTip())); // live
    QTest::keyClick(contact, Qt::Key_Return);
    QCOMPARE(m_settings->contactEmail(), QStringLiteral("it@example.org"));

    // Too long: shown live, and not saved (every request would fail with it).
    contact->selectAll();
    QTest::keyClicks(contact, QStringLiteral("christina.mustermann@beispielfirma.de"));
    QVERIFY2(hint->text().contains(QStringLiteral("54")), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(QStringLiteral("50")));
    QTest::keyClick(contact, Qt::Key_Return);
    QCOMPARE(m_settings->contactEmail(), QStringLiteral("it@example.org"));

    // Not an address: not saved either.
    contact->selectAll();
    QTest::keyClicks(contact, QStringLiteral("it-department"));
    QTest::keyClick(contact, Qt::Key_Return);
    QCOMPARE(m_settings->contactEmail(), QStringLiteral("it@example.org"));

    // Exactly at the limit: 17 + 33 = 50.
    contact->selectAll();
    const QString fits = QStringLiteral("a234567890123456789012@example.de");
    QCOMPARE(fits.size(), 33);
    QTest::keyClicks(contact, fits);
    QVERIFY2(hint->toolTip().contains(QStringLiteral("50 of 50")), qPrintable(hint->toolTip()));
    QTest::keyClick(contact, Qt::Key_Return);
    QCOMPARE(m_settings->contactEmail(), fits);

    // Cleared: back to the account's address.
    contact->clear();
    QTest::keyClick(contact, Qt::Key_Return);
    QCOMPARE(m_settings->contactEmail(), QString());

    // Closing with Escape keeps what was typed last; the session hands it to the ApiClient.
    QTest::keyClicks(contact, QStringLiteral("ops@example.org"));
    QTest::keyClick(contact, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_settings->contactEmail(), QStringLiteral("ops@example.org"));
    QCOMPARE(m_api->externalApplication(), QStringLiteral("clockodo-desktop;ops@example.org"));
}

void TestSettingsDialog::apiUrlIsValidated()
{
    QTest::mouseClick(child<QToolButton>("advancedToolButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>("advancedWidget")->isVisible());
    auto* url = child<QLineEdit>("apiUrlLineEdit");
    auto* hint = child<QLabel>("apiUrlHintLabel");
    const QString okHint = hint->text();

    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://clockodo.example.com/api"));
    QVERIFY(hint->text() != okHint);
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_settings->baseUrl(), m_server->baseUrl()); // not saved

    // (https to this computer: the session re-checks the account at the new address, which must not leave it.)
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://127.0.0.1:1/api/"));
    QCOMPARE(hint->text(), okHint);
    QTest::keyClick(url, Qt::Key_Return);
    QCOMPARE(m_settings->baseUrl(), QUrl(QStringLiteral("https://127.0.0.1:1/api")));
    QCOMPARE(url->text(), QStringLiteral("https://127.0.0.1:1/api")); // normalized
    QCOMPARE(m_api->baseUrl(), QUrl(QStringLiteral("https://127.0.0.1:1/api"))); // via Settings::changed

    // In the demo the ApiClient keeps talking to the demo server; the setting is still written.
    m_session->startDemo(m_server->baseUrl(), m_server->email(), m_server->apiKey());
    QTest::mouseClick(child<QPushButton>("resetApiUrlButton"), Qt::LeftButton);
    QCOMPARE(m_settings->baseUrl(), ApiClient::defaultBaseUrl());
    QCOMPARE(url->text(), ApiClient::defaultBaseUrl().toString());
    QCOMPARE(m_api->baseUrl(), m_server->baseUrl());
}

void TestSettingsDialog::startAtLoginDrivesAutostart()
{
    auto* box = child<QCheckBox>("startAtLoginCheckBox");
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(m_autostart->enabled);
    QVERIFY(m_settings->startAtLogin());
    QVERIFY(!child<QLabel>("autostartErrorLabel")->isVisible());
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(!m_autostart->enabled);
    QVERIFY(!m_settings->startAtLogin());
    QCOMPARE(m_autostart->calls, 2);

    // The platform's entry is the truth: removed elsewhere, the box shows it when the dialog opens.
    m_autostart->enabled = true;
    createDialog(m_autostart.get());
    QVERIFY(child<QCheckBox>("startAtLoginCheckBox")->isChecked());

    // No autostart on this platform: the box is disabled.
    createDialog(nullptr);
    QVERIFY(!child<QCheckBox>("startAtLoginCheckBox")->isEnabled());
}

void TestSettingsDialog::startAtLoginShowsFailure()
{
    m_autostart->failure = QStringLiteral("The folder /fake is read-only.");
    auto* box = child<QCheckBox>("startAtLoginCheckBox");
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(m_autostart->calls, 1);
    QVERIFY(!box->isChecked()); // reverted to the truth
    QVERIFY(!m_settings->startAtLogin());
    auto* error = child<QLabel>("autostartErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(m_autostart->failure));

    m_autostart->failure.clear();
    QTest::keyClick(box, Qt::Key_Space);
    QVERIFY(box->isChecked());
    QVERIFY(!error->isVisible());
}

void TestSettingsDialog::realAutostartEntry()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    XdgAutostart autostart;
    autostart.setExecutablePath(QStringLiteral("/usr/bin/clockodo-desktop"));
    createDialog(&autostart);
    QTest::keyClick(child<QCheckBox>("startAtLoginCheckBox"), Qt::Key_Space);
    const bool written = QFile::exists(autostart.location());
    QTest::keyClick(child<QCheckBox>("startAtLoginCheckBox"), Qt::Key_Space);
    const bool removed = !QFile::exists(autostart.location());
    m_dialog.reset();
    qputenv("XDG_CONFIG_HOME", previous);
    QVERIFY(written);
    QVERIFY(removed);
#else
    QSKIP("XDG autostart only");
#endif
}

void TestSettingsDialog::changesElsewhereShowUp()
{
    m_settings->setShowSeconds(!m_settings->showSeconds());
    QCOMPARE(child<QCheckBox>("showSecondsCheckBox")->isChecked(), m_settings->showSeconds());
    m_settings->setPollIntervalSeconds(300);
    QCOMPARE(child<QSpinBox>("pollIntervalSpinBox")->value(), 300);
    m_settings->setLanguage(QStringLiteral("fr"));
    QCOMPARE(child<QComboBox>("languageComboBox")->currentIndex(), 3);
    m_settings->setContactEmail(QStringLiteral("team@example.org"));
    QCOMPARE(child<QLineEdit>("contactEmailLineEdit")->text(), QStringLiteral("team@example.org"));
}

void TestSettingsDialog::accountSectionSignsOut()
{
    QSignalSpy signedOut(m_session.get(), &AccountSession::signedOut);
    QTest::mouseClick(child<QPushButton>("signOutButton"), Qt::LeftButton);
    QMessageBox* box = m_dialog->signOutConfirmation();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(m_server->email()));
    QCOMPARE(signedOut.size(), 0); // only after confirming

    QAbstractButton* confirm = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            confirm = button;
    }
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(m_session->state(), AccountSession::State::SignedOut);
    QCOMPARE(m_settings->accountEmail(), QString());
    QVERIFY(!child<QPushButton>("signOutButton")->isVisible());
    QVERIFY(child<QPushButton>("signInButton")->isVisible());
    QVERIFY(!child<QLabel>("accountLabel")->text().contains(m_server->email()));
    QVERIFY(m_dialog->isVisible()); // the settings stay open
}

void TestSettingsDialog::signOutCanBeCancelled()
{
    QSignalSpy signedOut(m_session.get(), &AccountSession::signedOut);
    QTest::mouseClick(child<QPushButton>("signOutButton"), Qt::LeftButton);
    QMessageBox* box = m_dialog->signOutConfirmation();
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel)); // Enter does not sign out
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->signOutConfirmation());
    QCOMPARE(signedOut.size(), 0);
    QCOMPARE(m_session->state(), AccountSession::State::SignedIn);
}

void TestSettingsDialog::signInIsOfferedWhenSignedOut()
{
    m_session->startDemo(m_server->baseUrl(), m_server->email(), m_server->apiKey());
    QVERIFY(child<QPushButton>("signInButton")->isVisible());
    QVERIFY(!child<QPushButton>("signOutButton")->isVisible());
    QSignalSpy needSignIn(m_session.get(), &AccountSession::needSignIn);
    QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
    QCOMPARE(needSignIn.size(), 1);
    QCOMPARE(needSignIn.first().at(1).value<AccountSession::Reason>(), AccountSession::Reason::UserRequested);
}

void TestSettingsDialog::retranslatesOnLanguageChange()
{
    const QString title = m_dialog->windowTitle();
    const QString checkBox = child<QCheckBox>("showSecondsCheckBox")->text();
    const QString account = child<QLabel>("accountLabel")->text();
    const QString system = child<QComboBox>("languageComboBox")->itemText(0);
    child<QComboBox>("languageComboBox")->setCurrentIndex(2);

    MarkingTranslator translator("SettingsDialog", QStringLiteral("[fr] "));
    QVERIFY(QCoreApplication::installTranslator(&translator)); // sends QEvent::LanguageChange
    QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("[fr] ") + title);
    QCOMPARE(child<QCheckBox>("showSecondsCheckBox")->text(), QStringLiteral("[fr] ") + checkBox);
    QVERIFY(child<QLabel>("accountLabel")->text().startsWith(QStringLiteral("[fr] ")));
    auto* language = child<QComboBox>("languageComboBox");
    QCOMPARE(language->itemText(0), QStringLiteral("[fr] ") + system);
    QCOMPARE(language->itemText(3), QStringLiteral("Français")); // names stay in their own language
    QCOMPARE(language->currentIndex(), 2); // the choice survives
    QCOMPARE(language->itemData(2).toString(), QStringLiteral("de"));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(m_dialog->windowTitle(), title);
    QCOMPARE(child<QLabel>("accountLabel")->text(), account);
}

void TestSettingsDialog::switchesToRealGermanTranslation()
{
    // The app's wiring: Settings::changed(language) → LanguageManager → translators → QEvent::LanguageChange.
    LanguageManager languages;
    connect(m_settings.get(), &Settings::changed, &languages, [this, &languages](const QString& key) {
        if (key == Settings::Key::Language)
            languages.setLanguage(m_settings->language());
    });
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/clockodo-desktop_de.qm")));
    auto* language = child<QComboBox>("languageComboBox");
    language->setCurrentIndex(2);
    QCOMPARE(languages.effectiveLanguage(), QStringLiteral("de"));
    // Whatever the German catalogue holds today, the dialog shows exactly what the translators say.
    QTRY_COMPARE(m_dialog->windowTitle(), QCoreApplication::translate("SettingsDialog", "Settings"));
    QCOMPARE(child<QCheckBox>("startAtLoginCheckBox")->text(),
             QCoreApplication::translate("SettingsDialog", "&Start clockodo-desktop when I log in"));
    QCOMPARE(language->currentIndex(), 2);

    language->setCurrentIndex(1);
    QCOMPARE(languages.effectiveLanguage(), QStringLiteral("en"));
    QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("Settings"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
