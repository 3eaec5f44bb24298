// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/settings.h"
#include "fakeserver/fakeclockodoserver.h"
#include "support/apiwaits.h"
#include "support/testenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {
// Set in the environment of the child process that runs one scenario without any keychain.
constexpr char s_childVariable[] = "CLOCKODO_TST_ACCOUNTSESSION_CHILD";
// Every API key in this test contains this marker, so that a search can prove that none reached a file.
const QString s_marker = QStringLiteral("Zq7vKeyMarker4e1d");

bool isChild()
{
    return qEnvironmentVariableIsSet(s_childVariable);
}

QString uniqueEmail(const QString& name)
{
    return QStringLiteral("%1-%2@example.com").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(12));
}

QString apiKey(const QString& name)
{
    return QStringLiteral("key-%1-%2-%3").arg(name, s_marker, QUuid::createUuid().toString(QUuid::Id128).left(8));
}

template<typename Enum>
QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

QString enumName(ApiError::Category category)
{
    switch (category) {
    case ApiError::Category::Auth:
        return QStringLiteral("Auth");
    case ApiError::Category::RateLimited:
        return QStringLiteral("RateLimited");
    case ApiError::Category::Server:
        return QStringLiteral("Server");
    case ApiError::Category::Network:
        return QStringLiteral("Network");
    case ApiError::Category::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Category::Configuration:
        return QStringLiteral("Configuration");
    default:
        break;
    }
    return QStringLiteral("other(%1)").arg(int(category));
}

// Records the signals of an AccountSession as lines, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(AccountSession* session)
    {
        connect(session, &AccountSession::stateChanged, this,
                [this](AccountSession::State state) { events << QStringLiteral("state ") + enumName(state); });
        connect(session, &AccountSession::needSignIn, this,
                [this](const QString& email, AccountSession::Reason reason) {
                    events << QStringLiteral("needSignIn %1 %2").arg(email, enumName(reason));
                });
        connect(session, &AccountSession::keychainProblem, this, [this](const QString& message) {
            events << QStringLiteral("keychainProblem");
            messages << message;
        });
        connect(session, &AccountSession::signedIn, this,
                [this](const User& user) { events << QStringLiteral("signedIn ") + user.email; });
        connect(session, &AccountSession::signedInAgain, this, [this] { events << QStringLiteral("signedInAgain"); });
        connect(session, &AccountSession::signedOut, this, [this] { events << QStringLiteral("signedOut"); });
        connect(session, &AccountSession::signInFailed, this, [this](const ApiError& error, const QString& message) {
            events << QStringLiteral("signInFailed ") + enumName(error.category);
            messages << message;
        });
        connect(session, &AccountSession::connectionTested, this,
                [this](const User& user) { events << QStringLiteral("connectionTested ") + user.email; });
        connect(session, &AccountSession::connectionTestFailed, this,
                [this](const ApiError& error, const QString& message) {
                    events << QStringLiteral("connectionTestFailed ") + enumName(error.category);
                    messages << message;
                });
        connect(session, &AccountSession::keyStored, this,
                [this](const QString& email) { events << QStringLiteral("keyStored ") + email; });
        connect(session, &AccountSession::keyForgotten, this,
                [this](const QString& email) { events << QStringLiteral("keyForgotten ") + email; });
    }

    bool has(const QString& event) const { return events.contains(event); }
    int count(const QString& event) const { return int(events.count(event)); }

    QStringList events;
    QStringList messages;
};

// One run of the app's account part: what Application creates at start-up. Destroying it and building a new one
// over the same settings file is a restart.
struct Run
{
    explicit Run(const QString& settingsFile)
        : settings(settingsFile)
        , session(&api, &settings, &store)
        , recorder(&session)
    {
        RetryPolicy policy;
        policy.maxRetries = 0;
        api.setRetryPolicy(policy);
    }

    Settings settings;
    ApiClient api;
    CredentialStore store;
    AccountSession session;
    Recorder recorder;
};

// Reads one key through a fresh CredentialStore: "read <key>", "notFound" or "failed".
QString keychainEntry(const QString& email)
{
    CredentialStore store;
    QString result;
    QObject::connect(&store, &CredentialStore::keyRead, &store,
                     [&result](const QString&, const QString& key) { result = QStringLiteral("read ") + key; });
    QObject::connect(&store, &CredentialStore::keyNotFound, &store,
                     [&result](const QString&) { result = QStringLiteral("notFound"); });
    QObject::connect(
        &store, &CredentialStore::failed, &store,
        [&result](const QString&, CredentialStore::Failure, const QString&) { result = QStringLiteral("failed"); });
    store.readKey(email);
    if (!QTest::qWaitFor([&result] { return !result.isEmpty(); }, CredentialStore::DefaultTimeoutMs + 5000))
        return QStringLiteral("no answer");
    return result;
}

void removeKeychainEntry(const QString& email)
{
    CredentialStore store;
    bool done = false;
    QObject::connect(&store, &CredentialStore::keyRemoved, &store, [&done] { done = true; });
    QObject::connect(&store, &CredentialStore::failed, &store, [&done] { done = true; });
    store.removeKey(email);
    if (!QTest::qWaitFor([&done] { return done; }, CredentialStore::DefaultTimeoutMs + 5000))
        qWarning("The keychain did not answer the clean-up request");
}

// Every regular file below root whose content contains needle (UTF-8 or UTF-16), plus file names containing it.
QStringList filesContaining(const QString& root, const QString& needle)
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(needle))
            hits << path;
        const QFileInfo info(path);
        if (!info.isFile() || info.isSymLink())
            continue; // sockets, pipes
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16))
            hits << path;
    }
    return hits;
}
} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunAsksForSignIn();
    void connectionTestChangesNothing();
    void failuresHaveTheirOwnMessages_data();
    void failuresHaveTheirOwnMessages();
    void invalidInputIsRefused();
    void demoTouchesNoStorage();

    void signInStoresKeyAndEmail();
    void restartSignsInFromKeychain();
    void wrongKeyWritesNothing();
    void missingKeyAsksWithEmail();
    void rejectedKeyAsksAgainWithEmail();
    void signOutRemovesKey();
    void switchingAccountsRemovesOldKey();
    void environmentTakesPrecedenceAndIsNeverStored();

    void noKeychain();
    void childNoKeychain();

    void keyIsNowhereInHome();

private:
    bool keychainUsable();
    QString settingsFile() const { return m_dir->filePath(QStringLiteral("clockodo-desktop.conf")); }
    // Signs in on run (fresh, signed out) and waits until the key is in the keychain.
    void signInAndStore(Run& run, const QString& email, const QString& key);

    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_emails; // keychain entries to clean up
    QByteArray m_skipReason;
};

void TestAccountSession::initTestCase()
{
    qunsetenv("CLOCKODO_API_URL");
    qunsetenv("CLOCKODO_API_USER");
    qunsetenv("CLOCKODO_API_KEY");
    if (isChild())
        return;
    QStandardPaths::setTestModeEnabled(true);

    // Probe the keychain once, as tst_credentialstore does; without a Secret Service the keychain cases are skipped.
    const QString probe = keychainEntry(uniqueEmail(QStringLiteral("probe")));
    if (probe != QLatin1String("notFound")) {
        m_skipReason = QByteArrayLiteral("No usable Secret Service (probe read: ") + probe.toUtf8()
            + QByteArrayLiteral("). Run inside dbus-run-session with gnome-keyring-daemon --unlock (label keyring).");
        // tests/run-headless.sh starts gnome-keyring: there the keyring tests fail instead of being skipped.
        const QByteArray failure
            = QByteArrayLiteral("tests/run-headless.sh starts a Secret Service, but: ") + m_skipReason;
        if (underTestCommand())
            QFAIL(failure.constData());
    }
}

void TestAccountSession::init()
{
    if (isChild())
        return;
    m_server = std::make_unique<FakeClockodoServer>();
    QVERIFY(m_server->listen());
    m_server->seedDemoData();
    // The settings live in HOME (test mode), so that keyIsNowhereInHome() covers them.
    const QString configDirectory = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QVERIFY(QDir().mkpath(configDirectory));
    m_dir = std::make_unique<QTemporaryDir>(configDirectory + QStringLiteral("/run-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void TestAccountSession::cleanup()
{
    qunsetenv("CLOCKODO_API_URL");
    qunsetenv("CLOCKODO_API_USER");
    qunsetenv("CLOCKODO_API_KEY");
    if (isChild())
        return;
    if (m_skipReason.isEmpty()) {
        for (const QString& email : std::as_const(m_emails))
            removeKeychainEntry(email);
    }
    m_emails.clear();
    m_server.reset();
    m_dir.reset();
}

bool TestAccountSession::keychainUsable()
{
    return m_skipReason.isEmpty();
}

void TestAccountSession::signInAndStore(Run& run, const QString& email, const QString& key)
{
    m_emails << email;
    m_server->setCredentials(email, key);
    run.session.signIn(email, key, m_server->baseUrl());
    QTRY_VERIFY2(run.recorder.has(QStringLiteral("keyStored ") + email), qPrintable(run.recorder.events.join(u'\n')));
    QVERIFY(run.recorder.has(QStringLiteral("signedIn ") + email));
}

void TestAccountSession::firstRunAsksForSignIn()
{
    if (isChild())
        QSKIP("not in a child process");
    Run run(settingsFile());
    run.session.start();
    QCOMPARE(run.session.state(), AccountSession::State::SignedOut);
    QCOMPARE(run.recorder.events, QStringList { QStringLiteral("needSignIn  FirstRun") });
    QVERIFY(!run.api.hasCredentials());
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestAccountSession::connectionTestChangesNothing()
{
    if (isChild())
        QSKIP("not in a child process");
    Run run(settingsFile());
    run.session.start();
    const QString email = m_server->email();
    run.session.testConnection(email, m_server->apiKey(), m_server->baseUrl());
    QVERIFY(run.session.isBusy());
    QTRY_VERIFY(run.recorder.has(QStringLiteral("connectionTested ") + email));
    QVERIFY(!run.session.isBusy());
    QCOMPARE(run.session.state(), AccountSession::State::SignedOut);
    QVERIFY(!run.api.hasCredentials());
    QCOMPARE(run.settings.accountEmail(), QString());
    QCOMPARE(run.settings.baseUrl(), ApiClient::defaultBaseUrl());
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(m_server->requestLog().first().path, QStringLiteral("/api/v4/users/me"));
    QVERIFY(!QFile::exists(settingsFile()));
}

void TestAccountSession::failuresHaveTheirOwnMessages_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("category");

    using Kind = FakeClockodoServer::Fault::Kind;
    QTest::newRow("wrong key") << -1 << 0 << QStringLiteral("Auth");
    QTest::newRow("server error") << int(Kind::Status) << 503 << QStringLiteral("Server");
    QTest::newRow("rate limited") << int(Kind::TooManyRequests) << 429 << QStringLiteral("RateLimited");
    QTest::newRow("connection dropped") << int(Kind::Drop) << 0 << QStringLiteral("Network");
    QTest::newRow("no answer") << int(Kind::Hang) << 0 << QStringLiteral("Timeout");
    QTest::newRow("nobody listening") << -2 << 0 << QStringLiteral("Network");
}

void TestAccountSession::failuresHaveTheirOwnMessages()
{
    if (isChild())
        QSKIP("not in a child process");
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, category);

    Run run(settingsFile());
    run.api.setTimeoutMs(500);
    run.session.start();
    QUrl url = m_server->baseUrl();
    QString key = m_server->apiKey();
    if (kind == -1) {
        key = QStringLiteral("wrong-") + key;
    } else if (kind == -2) {
        m_server.reset(); // the port is free now: connection refused
    } else {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind(kind);
        fault.status = status;
        fault.retryAfterSeconds = kind == int(FakeClockodoServer::Fault::Kind::TooManyRequests) ? 30 : -1;
        fault.attempts = 0; // every attempt, including QNAM's own resend after a drop
        m_server->injectFault(fault);
    }

    // Both the connection test and the sign-in report it, with the same translated message; nothing is stored.
    run.session.testConnection(QStringLiteral("erika@example.com"), key, url);
    QTRY_COMPARE_WITH_TIMEOUT(run.recorder.events.size(), 2, 10000);
    QCOMPARE(run.recorder.events.last(), QStringLiteral("connectionTestFailed ") + category);
    run.session.signIn(QStringLiteral("erika@example.com"), key, url);
    QTRY_COMPARE_WITH_TIMEOUT(run.recorder.events.size(), 3, 10000);
    QCOMPARE(run.recorder.events.last(), QStringLiteral("signInFailed ") + category);

    QCOMPARE(run.recorder.messages.size(), 2);
    QCOMPARE(run.recorder.messages.at(0), run.recorder.messages.at(1));
    const QString message = run.recorder.messages.first();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(key));
    if (category == QLatin1String("RateLimited"))
        QVERIFY2(message.contains(QStringLiteral("30")), qPrintable(message));

    // Each kind of failure has its own sentence.
    static QHash<QString, QString> s_seen;
    const QString previous = s_seen.value(message);
    QVERIFY2(previous.isEmpty() || previous == category, qPrintable(message));
    s_seen.insert(message, category);

    QCOMPARE(run.session.state(), AccountSession::State::SignedOut);
    QVERIFY(!run.api.hasCredentials());
    QCOMPARE(run.settings.accountEmail(), QString());
    QVERIFY(!QFile::exists(settingsFile()));
}

void TestAccountSession::invalidInputIsRefused()
{
    if (isChild())
        QSKIP("not in a child process");
    Run run(settingsFile());
    run.session.signIn(QString(), QStringLiteral("key"), m_server->baseUrl());
    run.session.signIn(QStringLiteral("a@example.com"), QStringLiteral("  "), m_server->baseUrl());
    run.session.signIn(QStringLiteral("a@example.com"), QStringLiteral("key"),
                       QUrl(QStringLiteral("http://example.com/api")));
    QTRY_COMPARE(run.recorder.events.size(), 3);
    QCOMPARE(run.recorder.events.count(QStringLiteral("signInFailed Configuration")), 3);
    QCOMPARE(QSet<QString>(run.recorder.messages.cbegin(), run.recorder.messages.cend()).size(), 3);
    QVERIFY(m_server->requestLog().isEmpty());
}

void TestAccountSession::demoTouchesNoStorage()
{
    if (isChild())
        QSKIP("not in a child process");
    Run run(settingsFile());
    run.session.start();
    run.session.startDemo(m_server->baseUrl(), m_server->email(), m_server->apiKey());
    QCOMPARE(run.session.state(), AccountSession::State::Demo);
    QVERIFY(run.session.isDemo());
    QTRY_VERIFY(run.recorder.has(QStringLiteral("signedIn ") + m_server->email()));
    QCOMPARE(run.session.source(), AccountSession::Source::Demo);
    QVERIFY(!QFile::exists(settingsFile()));

    // Leaving the demo asks for a real account, without offering the demo's e-mail.
    run.session.requestSignIn();
    QCOMPARE(run.recorder.events.last(), QStringLiteral("needSignIn  UserRequested"));
}

void TestAccountSession::signInStoresKeyAndEmail()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString email = uniqueEmail(QStringLiteral("anna"));
    const QString key = apiKey(QStringLiteral("anna"));
    {
        Run run(settingsFile());
        run.session.start();
        signInAndStore(run, email, key);
        QCOMPARE(run.recorder.events,
                 QStringList({ QStringLiteral("needSignIn  FirstRun"), QStringLiteral("state SignedIn"),
                               QStringLiteral("signedIn ") + email, QStringLiteral("keyStored ") + email }));
        QCOMPARE(run.session.state(), AccountSession::State::SignedIn);
        QCOMPARE(run.session.source(), AccountSession::Source::Keychain);
        QCOMPARE(run.session.email(), email);
        QVERIFY(run.session.hasConfirmedUser());
        QCOMPARE(run.session.user().email, email);
        QVERIFY(!run.session.isKeySessionOnly());
        QVERIFY(run.api.hasCredentials());
        QCOMPARE(run.api.baseUrl(), m_server->baseUrl());
        QCOMPARE(run.settings.accountEmail(), email);
        QCOMPARE(run.settings.baseUrl(), m_server->baseUrl());

        // The ApiClient works with the new credentials.
        m_server->clearRequestLog();
        QVERIFY(waitFor(run.api.clock(), 5000));
        QCOMPARE(m_server->requestLog().size(), 1);
        QCOMPARE(m_server->requestLog().first().status, 200);
    }
    QCOMPARE(keychainEntry(email), QStringLiteral("read ") + key);
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(email.toUtf8()));
    QVERIFY(!content.contains(s_marker.toUtf8()));
}

void TestAccountSession::restartSignsInFromKeychain()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString email = uniqueEmail(QStringLiteral("bert"));
    const QString key = apiKey(QStringLiteral("bert"));
    {
        Run first(settingsFile());
        first.session.start();
        signInAndStore(first, email, key);
    }
    m_server->clearRequestLog();

    Run run(settingsFile());
    run.session.start();
    QCOMPARE(run.session.state(), AccountSession::State::LoadingKey);
    QTRY_VERIFY(run.recorder.has(QStringLiteral("signedIn ") + email));
    QCOMPARE(run.recorder.events,
             QStringList({ QStringLiteral("state LoadingKey"), QStringLiteral("state SignedIn"),
                           QStringLiteral("signedIn ") + email }));
    QCOMPARE(run.session.source(), AccountSession::Source::Keychain);
    QCOMPARE(run.api.email(), email);
    QCOMPARE(run.api.baseUrl(), m_server->baseUrl());
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(m_server->requestLog().first().header("X-ClockodoApiKey"), key.toUtf8());
}

void TestAccountSession::wrongKeyWritesNothing()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString email = uniqueEmail(QStringLiteral("carla"));
    m_emails << email;
    m_server->setCredentials(email, apiKey(QStringLiteral("carla")));

    Run run(settingsFile());
    run.session.start();
    run.session.signIn(email, apiKey(QStringLiteral("wrong")), m_server->baseUrl());
    QTRY_VERIFY(run.recorder.has(QStringLiteral("signInFailed Auth")));
    QCOMPARE(run.recorder.messages, QStringList { AccountSession::messageFor(ApiError::fromHttp(401, {})) });
    QCOMPARE(run.session.state(), AccountSession::State::SignedOut);
    QVERIFY(!run.api.hasCredentials());
    QCOMPARE(run.settings.accountEmail(), QString());
    QCOMPARE(keychainEntry(email), QStringLiteral("notFound"));
    QVERIFY(!run.recorder.has(QStringLiteral("keyStored ") + email));
    // A rejected sign-in is not a revoked key: nobody is asked again.
    QCOMPARE(run.recorder.events.count(QStringLiteral("needSignIn  FirstRun")), 1);
    QCOMPARE(run.recorder.events.size(), 2);
}

void TestAccountSession::missingKeyAsksWithEmail()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString email = uniqueEmail(QStringLiteral("dora"));
    {
        Settings settings(settingsFile());
        settings.setAccountEmail(email);
    }
    Run run(settingsFile());
    run.session.start();
    QTRY_VERIFY(run.recorder.has(QStringLiteral("needSignIn %1 KeyMissing").arg(email)));
    QCOMPARE(run.session.state(), AccountSession::State::SignedOut);
    QCOMPARE(run.session.email(), email);
    QVERIFY(run.recorder.messages.isEmpty());
}

void TestAccountSession::rejectedKeyAsksAgainWithEmail()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString email = uniqueEmail(QStringLiteral("emil"));
    Run run(settingsFile());
    run.session.start();
    signInAndStore(run, email, apiKey(QStringLiteral("emil-old")));
    run.recorder.events.clear();

    // The key is revoked in Clockodo; the next requests (two at once) are answered with 401.
    const QString newKey = apiKey(QStringLiteral("emil-new"));
    m_server->setCredentials(email, newKey);
    ApiReply* first = run.api.clock();
    ApiReply* second = run.api.customers();
    QSignalSpy firstFinished(first, &ApiReply::finished);
    QSignalSpy secondFinished(second, &ApiReply::finished);
    QTRY_VERIFY(!firstFinished.isEmpty() && !secondFinished.isEmpty());
    QCOMPARE(
        run.recorder.events,
        QStringList({ QStringLiteral("state SignedOut"), QStringLiteral("needSignIn %1 KeyRejected").arg(email) }));
    QVERIFY(!run.api.hasCredentials()); // the rejected key is not sent again
    QCOMPARE(run.settings.accountEmail(), email); // nothing is forgotten
    QCOMPARE(keychainEntry(email).left(5), QStringLiteral("read "));

    run.session.signIn(email, newKey, m_server->baseUrl());
    QTRY_VERIFY(run.recorder.has(QStringLiteral("keyStored ") + email));
    QCOMPARE(run.recorder.events.mid(2),
             QStringList({ QStringLiteral("state SignedIn"), QStringLiteral("signedIn ") + email,
                           QStringLiteral("signedInAgain"), QStringLiteral("keyStored ") + email }));
    QCOMPARE(keychainEntry(email), QStringLiteral("read ") + newKey);

    // signedInAgain() only follows a rejection.
    run.session.signIn(email, newKey, m_server->baseUrl());
    QTRY_COMPARE(run.recorder.events.count(QStringLiteral("keyStored ") + email), 2);
    QCOMPARE(run.recorder.events.count(QStringLiteral("signedInAgain")), 1);
}

void TestAccountSession::signOutRemovesKey()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString email = uniqueEmail(QStringLiteral("fritz"));
    Run run(settingsFile());
    run.session.start();
    signInAndStore(run, email, apiKey(QStringLiteral("fritz")));
    run.recorder.events.clear();

    run.session.signOut();
    QCOMPARE(run.session.state(), AccountSession::State::SignedOut);
    QVERIFY(!run.api.hasCredentials());
    QCOMPARE(run.settings.accountEmail(), QString());
    QTRY_VERIFY(run.recorder.has(QStringLiteral("keyForgotten ") + email));
    QCOMPARE(
        run.recorder.events,
        QStringList({ QStringLiteral("state SignedOut"), QStringLiteral("signedOut"),
                      QStringLiteral("needSignIn %1 SignedOut").arg(email), QStringLiteral("keyForgotten ") + email }));
    QCOMPARE(keychainEntry(email), QStringLiteral("notFound"));

    // The next start is a first run again.
    Run next(settingsFile());
    next.session.start();
    QCOMPARE(next.recorder.events, QStringList { QStringLiteral("needSignIn  FirstRun") });
}

void TestAccountSession::switchingAccountsRemovesOldKey()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    const QString first = uniqueEmail(QStringLiteral("gina"));
    const QString second = uniqueEmail(QStringLiteral("hans"));
    const QString secondKey = apiKey(QStringLiteral("hans"));
    Run run(settingsFile());
    run.session.start();
    signInAndStore(run, first, apiKey(QStringLiteral("gina")));

    signInAndStore(run, second, secondKey);
    QTRY_VERIFY(run.recorder.has(QStringLiteral("keyForgotten ") + first));
    QCOMPARE(keychainEntry(first), QStringLiteral("notFound"));
    QCOMPARE(keychainEntry(second), QStringLiteral("read ") + secondKey);
    QCOMPARE(run.settings.accountEmail(), second);
    QCOMPARE(run.api.email(), second);
}

void TestAccountSession::environmentTakesPrecedenceAndIsNeverStored()
{
    if (isChild() || !keychainUsable())
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    // A stored account on another server…
    const QString stored = uniqueEmail(QStringLiteral("ida"));
    const QString storedKey = apiKey(QStringLiteral("ida"));
    FakeClockodoServer other;
    QVERIFY(other.listen());
    {
        Run run(settingsFile());
        run.session.start();
        m_emails << stored;
        other.setCredentials(stored, storedKey);
        run.session.signIn(stored, storedKey, other.baseUrl());
        QTRY_VERIFY(run.recorder.has(QStringLiteral("keyStored ") + stored));
    }

    // …and the environment names a different one: the environment wins.
    const QString email = uniqueEmail(QStringLiteral("env"));
    const QString key = apiKey(QStringLiteral("env"));
    m_server->setCredentials(email, key);
    qputenv("CLOCKODO_API_USER", email.toUtf8());
    qputenv("CLOCKODO_API_KEY", key.toUtf8());
    qputenv("CLOCKODO_API_URL", m_server->baseUrl().toString().toUtf8());
    {
        Run run(settingsFile());
        run.session.start();
        QCOMPARE(run.session.state(), AccountSession::State::SignedIn);
        QCOMPARE(run.session.source(), AccountSession::Source::Environment);
        QTRY_VERIFY(run.recorder.has(QStringLiteral("signedIn ") + email));
        QCOMPARE(run.api.email(), email);
        QCOMPARE(run.api.baseUrl(), m_server->baseUrl());
        QVERIFY(other.requestLog().size() == 1); // only the sign-in above; the stored account was not used

        // Signing out drops the environment's credentials for this run only; the stored account stays.
        run.session.signOut();
        QVERIFY(!run.api.hasCredentials());
        QCOMPARE(run.settings.accountEmail(), stored);
        QCOMPARE(run.settings.baseUrl(), other.baseUrl());
    }
    QCOMPARE(keychainEntry(email), QStringLiteral("notFound"));
    QCOMPARE(keychainEntry(stored), QStringLiteral("read ") + storedKey);
    QFile file(settingsFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(!content.contains(email.toUtf8()));
    QVERIFY(!content.contains(key.toUtf8()));
    QVERIFY(!content.contains(m_server->baseUrl().toString().toUtf8()));
}

void TestAccountSession::noKeychain()
{
    if (isChild())
        QSKIP("not in a child process");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString home = root.filePath(QStringLiteral("home"));
    const QString runtime = root.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(s_childVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("childNoKeychain") });
    const bool done = finished.wait(120000);
    const QString output = QString::fromUtf8(child.readAll());
    if (!done) {
        child.kill();
        child.waitForFinished();
    }
    QVERIFY2(done, qPrintable(QStringLiteral("The child did not finish:\n") + output));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("PASS   : TestAccountSession::childNoKeychain()")), qPrintable(output));
    QVERIFY(!output.contains(s_marker));

    // The settings file is there (with the e-mail), but no key anywhere: no silent plaintext fallback.
    QVERIFY(QFile::exists(home + QStringLiteral("/.config/clockodo-desktop/clockodo-desktop.conf")));
    const QStringList hits = filesContaining(root.path(), s_marker);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

void TestAccountSession::childNoKeychain()
{
    if (!isChild())
        QSKIP("runs only as a child process of noKeychain()");
    FakeClockodoServer server;
    QVERIFY(server.listen());
    server.seedDemoData();
    const QString email = QStringLiteral("nokeychain@example.com");
    const QString key = apiKey(QStringLiteral("nokeychain"));
    server.setCredentials(email, key);
    const QString file = QDir::homePath() + QStringLiteral("/.config/clockodo-desktop/clockodo-desktop.conf");
    {
        Run run(file);
        run.session.start();
        run.session.signIn(email, key, server.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(run.recorder.has(QStringLiteral("keychainProblem")), 15000);
        QCOMPARE(run.recorder.events,
                 QStringList({ QStringLiteral("needSignIn  FirstRun"), QStringLiteral("state SignedIn"),
                               QStringLiteral("signedIn ") + email, QStringLiteral("keychainProblem") }));
        QVERIFY2(run.recorder.messages.first().contains(QStringLiteral("memory only")),
                 qPrintable(run.recorder.messages.first()));
        // Still signed in for this session.
        QCOMPARE(run.session.state(), AccountSession::State::SignedIn);
        QVERIFY(run.session.isKeySessionOnly());
        QVERIFY(waitFor(run.api.currentUser(), 5000));
        QVERIFY(run.api.hasCredentials());
        QCOMPARE(server.requestLog().last().status, 200);
    }

    // Next start: the keychain still fails. Say so, ask again with the e-mail filled in, retry once in the background.
    {
        Run run(file);
        run.session.setKeychainRetryDelayMs(10);
        run.session.start();
        QTRY_VERIFY_WITH_TIMEOUT(run.recorder.has(QStringLiteral("needSignIn %1 KeychainUnavailable").arg(email)),
                                 15000);
        QCOMPARE(run.recorder.events,
                 QStringList({ QStringLiteral("state LoadingKey"), QStringLiteral("state KeychainUnavailable"),
                               QStringLiteral("keychainProblem"),
                               QStringLiteral("needSignIn %1 KeychainUnavailable").arg(email) }));
        QVERIFY(!run.api.hasCredentials());
        run.session.signIn(email, key, server.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(run.recorder.events.count(QStringLiteral("keychainProblem")) == 2, 15000);
        QVERIFY(run.recorder.has(QStringLiteral("signedIn ") + email));
        QCOMPARE(run.session.state(), AccountSession::State::SignedIn);
        QVERIFY(run.session.isKeySessionOnly());
    }
}

void TestAccountSession::keyIsNowhereInHome()
{
    if (isChild())
        QSKIP("not in a child process");
    const QString home = QDir::homePath();
    const bool throwaway = qEnvironmentVariable("CLOCKODO_TEST_HOME") == home
        || home.startsWith(QDir::tempPath() + QLatin1Char('/')) || home.startsWith(QStringLiteral("/tmp/"));
    if (!throwaway)
        QSKIP("HOME is not a throwaway directory (tests/run-headless.sh provides one); not searching it");

    // A full run once more: sign in, use, restart from the keychain, sign out.
    const QString email = uniqueEmail(QStringLiteral("full"));
    const QString key = apiKey(QStringLiteral("full"));
    {
        Run run(settingsFile());
        run.session.start();
        m_emails << email;
        m_server->setCredentials(email, key);
        run.session.signIn(email, key, m_server->baseUrl());
        QTRY_VERIFY(run.recorder.has(QStringLiteral("signedIn ") + email));
        m_server->clearRequestLog();
        int done = 0;
        for (ApiReply* reply : { run.api.clock(), run.api.customers(), run.api.services() })
            connect(reply, &ApiReply::finished, this, [&done] { ++done; });
        QTRY_COMPARE(done, 3);
        QCOMPARE(m_server->requestLog().size(), 3);
        for (const FakeClockodoServer::LoggedRequest& request : m_server->requestLog())
            QCOMPARE(request.status, 200);
        QTRY_VERIFY(!run.recorder.events.filter(QStringLiteral("key")).isEmpty()); // stored, or a keychain problem
    }
    {
        Run run(settingsFile());
        run.session.start();
        if (keychainUsable())
            QTRY_VERIFY(run.recorder.has(QStringLiteral("signedIn ") + email));
        run.session.signOut();
        if (keychainUsable())
            QTRY_VERIFY(run.recorder.has(QStringLiteral("keyForgotten ") + email));
    }

    QStringList roots { home };
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        roots << runtime;
    for (const QString& root : std::as_const(roots)) {
        const QStringList hits = filesContaining(root, s_marker);
        QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("The API key was found in:\n") + hits.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
