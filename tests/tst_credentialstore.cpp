// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/credentialstore.h"
#include "support/markingtranslator.h"
#include "support/testenvironment.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMetaEnum>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

namespace {
// Set in the environment of the child processes that run one scenario in a fresh process (QtKeychain and GDBus pick
// their backend and bus once per process).
constexpr char s_childVariable[] = "CLOCKODO_TST_CREDENTIALSTORE_CHILD";
const QString s_secret = QStringLiteral("tst-secret-3f9c2a7d");

// Records every signal of a CredentialStore as one line, in order.
class Recorder : public QObject
{
public:
    explicit Recorder(CredentialStore* store)
    {
        connect(store, &CredentialStore::keyRead, this, [this](const QString& email, const QString& key) {
            events << QStringLiteral("read %1 %2").arg(email, key);
        });
        connect(store, &CredentialStore::keyNotFound, this,
                [this](const QString& email) { events << QStringLiteral("notFound %1").arg(email); });
        connect(store, &CredentialStore::keyWritten, this,
                [this](const QString& email) { events << QStringLiteral("written %1").arg(email); });
        connect(store, &CredentialStore::keyRemoved, this,
                [this](const QString& email) { events << QStringLiteral("removed %1").arg(email); });
        connect(store, &CredentialStore::failed, this,
                [this](const QString& email, CredentialStore::Failure kind, const QString& message) {
                    events << QStringLiteral("failed %1 %2")
                                  .arg(email,
                                       QString::fromLatin1(
                                           QMetaEnum::fromType<CredentialStore::Failure>().valueToKey(int(kind))));
                    messages << message;
                });
    }

    QStringList events;
    QStringList messages;
};

bool isChild()
{
    return qEnvironmentVariableIsSet(s_childVariable);
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip();
    void accountsAreSeparate();
    void removingAMissingKeySucceeds();
    void sessionOnly();

    void noKeychain();
    void childNoKeychain();
    void silentKeychainTimesOut();
    void childSilentKeychain();

private:
    // Starts this test binary with just the given child scenario; returns its output; the scenario must pass.
    QString runChild(const QString& function, const QProcessEnvironment& environment);

    QByteArray m_skipReason;
};

void TestCredentialStore::initTestCase()
{
    if (isChild()) {
        return; // the child scenarios prepare their own environment
    }
    QStandardPaths::setTestModeEnabled(true);

    // Probe the keychain once; without a usable Secret Service the real round trips are skipped, not hung.
    CredentialStore store;
    Recorder recorder(&store);
    const QString email = QStringLiteral("probe-%1@example.invalid").arg(QUuid::createUuid().toString(QUuid::Id128));
    store.readKey(email);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events.size(), 1, CredentialStore::DefaultTimeoutMs + 5000);
    if (recorder.events.first() != QStringLiteral("notFound ") + email) {
        const QByteArray bus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
            ? QByteArrayLiteral("the probe read ended with \"") + recorder.events.first().toUtf8() + '"'
            : QByteArrayLiteral("DBUS_SESSION_BUS_ADDRESS is not set");
        m_skipReason = QByteArrayLiteral("No usable Secret Service (") + bus
            + QByteArrayLiteral("). Run this test inside dbus-run-session with gnome-keyring-daemon --unlock "
                                "(label keyring, see shared/headless-qt.md).");
        // tests/run-headless.sh starts gnome-keyring: there the keyring tests fail instead of being skipped.
        const QByteArray failure
            = QByteArrayLiteral("tests/run-headless.sh starts a Secret Service, but: ") + m_skipReason;
        if (underTestCommand())
            QFAIL(failure.constData());
    }
}

void TestCredentialStore::roundTrip()
{
    if (isChild() || !m_skipReason.isEmpty()) {
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    }
    CredentialStore store;
    Recorder recorder(&store);
    const QString email = QStringLiteral("anna-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString second = QStringLiteral("zweiter Schlüssel € ") + s_secret;

    store.writeKey(email, s_secret);
    QTRY_COMPARE(recorder.events, QStringList { QStringLiteral("written ") + email });
    store.readKey(email);
    QTRY_COMPARE(recorder.events.size(), 2);
    QCOMPARE(recorder.events.at(1), QStringLiteral("read %1 %2").arg(email, s_secret));

    store.writeKey(email, second); // overwrite
    QTRY_COMPARE(recorder.events.size(), 3);
    QCOMPARE(recorder.events.at(2), QStringLiteral("written ") + email);
    store.readKey(email);
    QTRY_COMPARE(recorder.events.size(), 4);
    QCOMPARE(recorder.events.at(3), QStringLiteral("read %1 %2").arg(email, second));

    store.removeKey(email);
    QTRY_COMPARE(recorder.events.size(), 5);
    QCOMPARE(recorder.events.at(4), QStringLiteral("removed ") + email);
    store.readKey(email);
    QTRY_COMPARE(recorder.events.size(), 6);
    QCOMPARE(recorder.events.at(5), QStringLiteral("notFound ") + email);
    QVERIFY(recorder.messages.isEmpty());
}

void TestCredentialStore::accountsAreSeparate()
{
    if (isChild() || !m_skipReason.isEmpty()) {
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    }
    CredentialStore store;
    Recorder recorder(&store);
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QString anna = QStringLiteral("anna-%1@example.com").arg(id);
    const QString bob = QStringLiteral("bob-%1@example.com").arg(id);

    // Requests queue up; each gets its own answer, in order.
    store.writeKey(anna, QStringLiteral("key-anna"));
    store.writeKey(bob, QStringLiteral("key-bob"));
    store.readKey(anna);
    store.readKey(bob);
    store.removeKey(anna);
    store.readKey(anna);
    store.readKey(bob);
    store.removeKey(bob);
    QTRY_COMPARE(recorder.events.size(), 8);
    QCOMPARE(recorder.events,
             QStringList({ QStringLiteral("written ") + anna, QStringLiteral("written ") + bob,
                           QStringLiteral("read %1 key-anna").arg(anna), QStringLiteral("read %1 key-bob").arg(bob),
                           QStringLiteral("removed ") + anna, QStringLiteral("notFound ") + anna,
                           QStringLiteral("read %1 key-bob").arg(bob), QStringLiteral("removed ") + bob }));
}

void TestCredentialStore::removingAMissingKeySucceeds()
{
    if (isChild() || !m_skipReason.isEmpty()) {
        QSKIP(isChild() ? "not in a child process" : m_skipReason.constData());
    }
    CredentialStore store;
    Recorder recorder(&store);
    const QString email = QStringLiteral("nobody-%1@example.com").arg(QUuid::createUuid().toString(QUuid::Id128));
    store.removeKey(email);
    QTRY_COMPARE(recorder.events, QStringList { QStringLiteral("removed ") + email });
}

void TestCredentialStore::sessionOnly()
{
    if (isChild()) {
        QSKIP("not in a child process");
    }
    CredentialStore store;
    QVERIFY(!store.isSessionOnly());
    store.setSessionOnly(true);
    QVERIFY(store.isSessionOnly());
    Recorder recorder(&store);
    const QString email = QStringLiteral("session@example.com");

    store.readKey(email);
    store.writeKey(email, s_secret);
    QVERIFY(recorder.events.isEmpty()); // answers arrive asynchronously, as from the keychain
    store.readKey(email);
    store.removeKey(email);
    store.readKey(email);
    store.writeKey(email, QStringLiteral("again"));
    QTRY_COMPARE(recorder.events.size(), 6);
    QCOMPARE(recorder.events,
             QStringList({ QStringLiteral("notFound ") + email, QStringLiteral("written ") + email,
                           QStringLiteral("read %1 %2").arg(email, s_secret), QStringLiteral("removed ") + email,
                           QStringLiteral("notFound ") + email, QStringLiteral("written ") + email }));

    // Leaving session-only mode forgets the keys; entering it again starts empty.
    store.setSessionOnly(false);
    store.setSessionOnly(true);
    store.readKey(email);
    QTRY_COMPARE(recorder.events.size(), 7);
    QCOMPARE(recorder.events.last(), QStringLiteral("notFound ") + email);
}

QString TestCredentialStore::runChild(const QString& function, const QProcessEnvironment& environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(), { function });
    const bool done = finished.wait(60000);
    const QString output = QString::fromUtf8(child.readAll());
    if (!done) {
        child.kill();
        child.waitForFinished();
    }
    [&] {
        QVERIFY2(done, qPrintable(QStringLiteral("The child did not finish:\n") + output));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("PASS   : TestCredentialStore::%1()").arg(function)),
                 qPrintable(output));
    }();
    return output;
}

void TestCredentialStore::noKeychain()
{
    if (isChild()) {
        QSKIP("not in a child process");
    }
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
    runChild(QStringLiteral("childNoKeychain"), environment);
    if (QTest::currentTestFailed()) {
        return;
    }

    // Nothing was written anywhere: no insecure fallback file, no settings, nothing.
    QStringList files;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
}

void TestCredentialStore::childNoKeychain()
{
    if (!isChild()) {
        QSKIP("runs only as a child process of noKeychain()");
    }
    MarkingTranslator translator("CredentialStore", QStringLiteral("[translated] "));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    CredentialStore store;
    QCOMPARE(store.timeoutMs(), CredentialStore::DefaultTimeoutMs);
    Recorder recorder(&store);
    const QString email = QStringLiteral("anna@example.com");
    store.writeKey(email, s_secret);
    store.readKey(email);
    store.removeKey(email);
    // The failures come from the backend, well before the job timeout (which would say Timeout).
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events.size(), 3, CredentialStore::DefaultTimeoutMs + 5000);
    const QString failed = QStringLiteral("failed %1 Unavailable").arg(email);
    QCOMPARE(recorder.events, QStringList({ failed, failed, failed }));
    for (const QString& message : std::as_const(recorder.messages)) {
        QVERIFY2(message.startsWith(QStringLiteral("[translated] The system keychain is not available")),
                 qPrintable(message));
        QVERIFY(!message.contains(s_secret));
    }
    QCoreApplication::removeTranslator(&translator);
}

void TestCredentialStore::silentKeychainTimesOut()
{
    if (isChild()) {
        QSKIP("not in a child process");
    }
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(s_childVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("CLOCKODO_TST_SOCKET"), root.filePath(QStringLiteral("silent-bus")));
    environment.insert(QStringLiteral("HOME"), root.path());
    runChild(QStringLiteral("childSilentKeychain"), environment);
}

void TestCredentialStore::childSilentKeychain()
{
    if (!isChild()) {
        QSKIP("runs only as a child process of silentKeychainTimesOut()");
    }
    // A "session bus" that accepts connections and never answers, like a keyring stuck behind an unlock prompt.
    QLocalServer silentBus;
    silentBus.setSocketOptions(QLocalServer::UserAccessOption);
    const QString socketPath = qEnvironmentVariable("CLOCKODO_TST_SOCKET");
    QVERIFY2(silentBus.listen(socketPath), qPrintable(silentBus.errorString()));
    QList<QLocalSocket*> connections;
    connect(&silentBus, &QLocalServer::newConnection, this, [&silentBus, &connections] {
        while (QLocalSocket* socket = silentBus.nextPendingConnection()) {
            connections << socket;
        }
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", QByteArrayLiteral("unix:path=") + QFile::encodeName(socketPath));

    CredentialStore store;
    store.setTimeoutMs(300);
    QCOMPARE(store.timeoutMs(), 300);
    Recorder recorder(&store);
    const QString email = QStringLiteral("anna@example.com");
    store.writeKey(email, s_secret);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events.size(), 1, 10000);
    QCOMPARE(recorder.events.first(), QStringLiteral("failed %1 Timeout").arg(email));
    QVERIFY(recorder.messages.first().contains(QStringLiteral("did not answer in time")));
    QVERIFY(!connections.isEmpty()); // the job really was waiting for the bus

    // Now the bus goes away: the stuck job ends with an error, which must be ignored. QtKeychain runs one job at a
    // time, so once the next request has its answer, the late one has been delivered too.
    silentBus.close();
    qDeleteAll(connections);
    // A different account, so that a wrongly delivered late answer could not pass for this one.
    const QString other = QStringLiteral("bob@example.com");
    store.setTimeoutMs(CredentialStore::DefaultTimeoutMs);
    store.readKey(other);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.events.size(), 2, CredentialStore::DefaultTimeoutMs + 5000);
    QCOMPARE(recorder.events,
             QStringList({ QStringLiteral("failed %1 Timeout").arg(email),
                           QStringLiteral("failed %1 Unavailable").arg(other) }));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
