// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/settings.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/signindialog.h"
#include "support/markingtranslator.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <memory>

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signInSucceeds();
    void testConnectionShowsWhoYouAre();
    void wrongKeyKeepsTheInput();
    void failuresAreExplained_data();
    void failuresAreExplained();
    void editingStopsARunningTest();
    void demoIsOffered();
    void cancelRejects();
    void rejectedKeyPrefillsEmail();
    void keychainProblemIsExplained();
    void invalidUrlBlocksSignIn();
    void tooLongContactAddressIsCaught();
    void backgroundSignInClosesTheDialog();
    void retranslatesOnLanguageChange();

private:
    template<typename T>
    T* child(const char* name) const
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton* signInButton() const { return child<QPushButton>("signInButton"); }
    // Types like a user: e-mail, key, and (under Advanced) the fake's URL.
    void fillIn(const QString& email, const QString& key);
    QString status() const { return child<QLabel>("statusLabel")->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<SignInDialog> m_dialog;
};

void TestSignInDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeClockodoServer>();
    QVERIFY(m_server->listen());
    m_server->seedDemoData();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
    m_api = std::make_unique<ApiClient>();
    m_api->setTimeoutMs(1000);
    m_store = std::make_unique<CredentialStore>();
    m_store->setSessionOnly(true); // this test is about the dialog, not the keychain
    m_session = std::make_unique<AccountSession>(m_api.get(), m_settings.get(), m_store.get());
    m_session->start();
    m_dialog = std::make_unique<SignInDialog>(m_session.get(), m_settings.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_store.reset();
    m_api.reset();
    m_settings.reset();
    m_server.reset();
    m_dir.reset();
}

void TestSignInDialog::fillIn(const QString& email, const QString& key)
{
    QTest::keyClicks(child<QLineEdit>("emailLineEdit"), email);
    QTest::keyClicks(child<QLineEdit>("apiKeyLineEdit"), key);
    auto* advanced = child<QToolButton>("advancedToolButton");
    if (!advanced->isChecked())
        QTest::mouseClick(advanced, Qt::LeftButton);
    QVERIFY(child<QWidget>("advancedWidget")->isVisible());
    auto* url = child<QLineEdit>("apiUrlLineEdit");
    url->selectAll();
    QTest::keyClicks(url, m_server->baseUrl().toString());
}

void TestSignInDialog::signInSucceeds()
{
    QVERIFY(child<QLineEdit>("apiKeyLineEdit")->echoMode() == QLineEdit::Password);
    QVERIFY(!signInButton()->isEnabled());
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());
    fillIn(m_server->email(), m_server->apiKey());
    QVERIFY(signInButton()->isEnabled());

    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(signInButton(), Qt::LeftButton);
    QVERIFY(!signInButton()->isEnabled()); // no second click while it runs
    QVERIFY(!status().isEmpty()); // "Signing in…"
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_session->state(), AccountSession::State::SignedIn);
    QCOMPARE(m_settings->accountEmail(), m_server->email());
    QCOMPARE(m_settings->baseUrl(), m_server->baseUrl());
    QCOMPARE(m_api->email(), m_server->email());
}

void TestSignInDialog::testConnectionShowsWhoYouAre()
{
    fillIn(m_server->email(), m_server->apiKey());
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    const QString name = m_server->currentUser().value(QLatin1String("name")).toString();
    QVERIFY(!name.isEmpty());
    QTRY_VERIFY2(status().contains(name), qPrintable(status()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), 0);
    QCOMPARE(m_session->state(), AccountSession::State::SignedOut); // a test signs nobody in
    QVERIFY(signInButton()->isEnabled());
}

void TestSignInDialog::wrongKeyKeepsTheInput()
{
    const QString key = QStringLiteral("not-the-right-key");
    fillIn(m_server->email(), key);
    QTest::mouseClick(signInButton(), Qt::LeftButton);
    const QString expected = AccountSession::messageFor(ApiError::fromHttp(401, {}));
    QTRY_COMPARE(status(), expected);
    QVERIFY(child<QWidget>("statusWidget")->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), 0);
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), m_server->email());
    QCOMPARE(child<QLineEdit>("apiKeyLineEdit")->text(), key);
    QCOMPARE(child<QLineEdit>("apiKeyLineEdit")->selectedText(), key); // ready to be overwritten
    QVERIFY(signInButton()->isEnabled());
    QCOMPARE(m_session->state(), AccountSession::State::SignedOut);
    QCOMPARE(m_settings->accountEmail(), QString());

    // Correcting the key and trying again works.
    auto* keyEdit = child<QLineEdit>("apiKeyLineEdit");
    keyEdit->selectAll();
    QTest::keyClicks(keyEdit, m_server->apiKey());
    QVERIFY(status().isEmpty() || status() == expected);
    QTest::mouseClick(signInButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestSignInDialog::failuresAreExplained_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("category");
    using Kind = FakeClockodoServer::Fault::Kind;
    QTest::newRow("server error") << int(Kind::Status) << int(ApiError::Category::Server);
    QTest::newRow("rate limited") << int(Kind::TooManyRequests) << int(ApiError::Category::RateLimited);
    QTest::newRow("connection dropped") << int(Kind::Drop) << int(ApiError::Category::Network);
    QTest::newRow("no answer") << int(Kind::Hang) << int(ApiError::Category::Timeout);
    QTest::newRow("server down") << -1 << int(ApiError::Category::Network);
}

void TestSignInDialog::failuresAreExplained()
{
    QFETCH(int, kind);
    QFETCH(int, category);
    fillIn(m_server->email(), m_server->apiKey());
    if (kind < 0) {
        m_server.reset(); // nobody listens on that port any more
    } else {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind(kind);
        fault.status = 503;
        fault.attempts = 0;
        m_server->injectFault(fault);
    }
    QSignalSpy failed(m_session.get(), &AccountSession::signInFailed);
    QTest::mouseClick(signInButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const auto error = failed.first().at(0).value<ApiError>();
    QCOMPARE(int(error.category), category);
    const QString message = failed.first().at(1).toString();
    QVERIFY(!message.isEmpty());
    QCOMPARE(status(), message);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), 0);
    QVERIFY(signInButton()->isEnabled());
    QCOMPARE(child<QLineEdit>("apiKeyLineEdit")->text(), QStringLiteral("demo-api-key-0000"));
}

void TestSignInDialog::editingStopsARunningTest()
{
    fillIn(m_server->email(), m_server->apiKey());
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Hang;
    fault.attempts = 0;
    m_server->injectFault(fault);
    QSignalSpy failed(m_session.get(), &AccountSession::connectionTestFailed);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(m_session->isBusy());
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());

    QTest::keyClick(child<QLineEdit>("apiKeyLineEdit"), Qt::Key_Backspace);
    QVERIFY(!m_session->isBusy());
    QTest::keyClicks(child<QLineEdit>("apiKeyLineEdit"), m_server->apiKey().right(1));
    QVERIFY(child<QPushButton>("testButton")->isEnabled());
    QVERIFY(status().isEmpty());

    // The cancelled request never reports: the next test's answer is the only one.
    m_server->clearFaults();
    QSignalSpy tested(m_session.get(), &AccountSession::connectionTested);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void TestSignInDialog::demoIsOffered()
{
    QVERIFY(m_dialog->isDemoOffered());
    QVERIFY(child<QPushButton>("demoButton")->isVisible());
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);
    QTest::mouseClick(child<QPushButton>("demoButton"), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), SignInDialog::DemoRequested);
    QCOMPARE(m_dialog->result(), SignInDialog::DemoRequested);
    QCOMPARE(m_session->state(), AccountSession::State::SignedOut); // the app starts the demo, not the dialog
}

void TestSignInDialog::cancelRejects()
{
    fillIn(m_server->email(), m_server->apiKey());
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QVERIFY(m_session->isBusy());
    QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_session->isBusy()); // the running test was stopped
}

void TestSignInDialog::rejectedKeyPrefillsEmail()
{
    const QString email = QStringLiteral("erika@example.com");
    m_dialog->prepare(email, AccountSession::Reason::KeyRejected);
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), email);
    QVERIFY(child<QFrame>("reasonFrame")->isVisible());
    QVERIFY(child<QLabel>("reasonLabel")->text().contains(email));
    QVERIFY(!m_dialog->isDemoOffered()); // the user has real work open
    QVERIFY(!child<QWidget>("demoWidget")->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("apiKeyLineEdit"));
}

void TestSignInDialog::keychainProblemIsExplained()
{
    m_dialog->prepare(QStringLiteral("erika@example.com"), AccountSession::Reason::KeychainUnavailable);
    QVERIFY(child<QFrame>("reasonFrame")->isVisible());
    QVERIFY(child<QLabel>("reasonLabel")->text().contains(QStringLiteral("keychain")));
    QVERIFY(m_dialog->isDemoOffered());

    m_dialog->prepare(QString(), AccountSession::Reason::FirstRun);
    QVERIFY(!child<QFrame>("reasonFrame")->isVisible());
}

void TestSignInDialog::invalidUrlBlocksSignIn()
{
    fillIn(m_server->email(), m_server->apiKey());
    auto* url = child<QLineEdit>("apiUrlLineEdit");
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://clockodo.example.com/api"));
    QVERIFY(!signInButton()->isEnabled());
    QVERIFY(!child<QPushButton>("testButton")->isEnabled());
    QVERIFY(child<QLabel>("apiUrlHintLabel")->text().contains(QStringLiteral("https://")));

    // An empty field means Clockodo's own address.
    url->clear();
    QVERIFY(signInButton()->isEnabled());
    // A collapsed Advanced section opens by itself when something in it is wrong.
    QTest::mouseClick(child<QToolButton>("advancedToolButton"), Qt::LeftButton);
    QVERIFY(!child<QWidget>("advancedWidget")->isVisible());
    url->setText(QStringLiteral("ftp://example.com"));
    QVERIFY(child<QWidget>("advancedWidget")->isVisible());
}

void TestSignInDialog::tooLongContactAddressIsCaught()
{
    // 17 characters "clockodo-desktop;" + 37 = 54 > 50.
    const QString longEmail = QStringLiteral("christina.mustermann@beispielfirma.de");
    m_server->setCredentials(longEmail, m_server->apiKey());
    QTest::keyClicks(child<QLineEdit>("emailLineEdit"), longEmail);
    QTest::keyClicks(child<QLineEdit>("apiKeyLineEdit"), m_server->apiKey());
    QVERIFY(!signInButton()->isEnabled());
    QVERIFY(child<QWidget>("advancedWidget")->isVisible());
    QVERIFY(child<QLabel>("contactHintLabel")->text().contains(QStringLiteral("50")));

    QTest::keyClicks(child<QLineEdit>("contactEmailLineEdit"), QStringLiteral("it@example.com"));
    QVERIFY(child<QLabel>("contactHintLabel")->toolTip().contains(QStringLiteral("31 of 50")));
    QVERIFY(!child<QLabel>("contactHintLabel")->text().contains(QStringLiteral("characters")));
    auto* url = child<QLineEdit>("apiUrlLineEdit");
    QTest::keyClicks(url, m_server->baseUrl().toString());
    QVERIFY(signInButton()->isEnabled());
    QTest::mouseClick(signInButton(), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->contactEmail(), QStringLiteral("it@example.com"));
    QCOMPARE(m_server->requestLog().last().header("X-Clockodo-External-Application"),
             QByteArrayLiteral("clockodo-desktop;it@example.com"));
}

void TestSignInDialog::backgroundSignInClosesTheDialog()
{
    // E.g. the keychain answered on its second try: nothing left to ask.
    m_session->startDemo(m_server->baseUrl(), m_server->email(), m_server->apiKey());
    QVERIFY(m_dialog->isVisible()); // the demo is not a sign-in
    m_session->signIn(m_server->email(), m_server->apiKey(), m_server->baseUrl());
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestSignInDialog::retranslatesOnLanguageChange()
{
    const QString title = m_dialog->windowTitle();
    const QString label = child<QLabel>("emailLabel")->text();
    const QString signIn = signInButton()->text();
    m_dialog->prepare(QStringLiteral("erika@example.com"), AccountSession::Reason::KeyRejected);
    const QString reason = child<QLabel>("reasonLabel")->text();

    MarkingTranslator translator("SignInDialog", QStringLiteral("[de] "));
    QVERIFY(QCoreApplication::installTranslator(&translator)); // sends QEvent::LanguageChange
    QTRY_COMPARE(m_dialog->windowTitle(), QStringLiteral("[de] ") + title);
    QCOMPARE(child<QLabel>("emailLabel")->text(), QStringLiteral("[de] ") + label);
    QCOMPARE(signInButton()->text(), QStringLiteral("[de] ") + signIn);
    QVERIFY(child<QLabel>("reasonLabel")->text().startsWith(QStringLiteral("[de] ")));
    QCOMPARE(child<QLineEdit>("emailLineEdit")->text(), QStringLiteral("erika@example.com")); // input survives

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(m_dialog->windowTitle(), title);
    QCOMPARE(child<QLabel>("reasonLabel")->text(), reason);
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
