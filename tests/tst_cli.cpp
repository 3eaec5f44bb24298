// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of the real clockodo-desktop binary (--status, --start, --stop, --toggle; exit codes), directly
// against a fake Clockodo server in this process, and forwarded to a running instance of the app.
#include "core/platform/singleinstance.h"
#include "core/session/settings.h"
#include "fakeserver/fakeclockodoserver.h"
#include "support/processrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

using Result = ProcessResult;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeClockodoServer> m_server;
    qint64 m_customer = 0;
    qint64 m_project = 0;
    qint64 m_service = 0;
    qint64 m_otherCustomer = 0;
    qint64 m_otherService = 0;
    QString m_clientKey; // the key the children send (the server's when empty)

    QProcessEnvironment environment(bool credentials = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never a keychain prompt
        env.remove(QStringLiteral("CLOCKODO_API_URL"));
        env.remove(QStringLiteral("CLOCKODO_API_USER"));
        env.remove(QStringLiteral("CLOCKODO_API_KEY"));
        if (credentials) {
            env.insert(QStringLiteral("CLOCKODO_API_URL"), m_server->baseUrl().toString());
            env.insert(QStringLiteral("CLOCKODO_API_USER"), m_server->email());
            env.insert(QStringLiteral("CLOCKODO_API_KEY"), m_clientKey.isEmpty() ? m_server->apiKey() : m_clientKey);
        }
        return env;
    }

    // Runs the binary to its end while this process's event loop serves the fake server.
    Result run(const QStringList& arguments, bool credentials = true)
    {
        return runIn(environment(credentials), arguments);
    }

    Result runIn(const QProcessEnvironment& env, const QStringList& arguments)
    {
        return runProcess(m_binary, arguments, env);
    }

    // True when no control character (C0, DEL, C1) is in the text.
    static bool isClean(const QString& text)
    {
        return std::none_of(text.cbegin(), text.cend(),
                            [](QChar c) { return c.category() == QChar::Other_Control && c != QLatin1Char('\n'); });
    }

    static QJsonObject json(const Result& result) { return QJsonDocument::fromJson(result.out.toUtf8()).object(); }

    QString socketPath() const { return SingleInstance::socketName(SingleInstance::defaultKey()); }

private slots:
    void initTestCase()
    {
        const QString binaryDir = qEnvironmentVariable("CLOCKODO_BINARY_DIR");
        if (binaryDir.isEmpty())
            QSKIP("CLOCKODO_BINARY_DIR is not set (run through ctest)");
        m_binary = binaryDir + QStringLiteral("/src/app/clockodo-desktop");
        QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("runtime")));
        QFile::setPermissions(m_home->filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Our own SingleInstance::socketName() must look where the children listen.
        qputenv("XDG_RUNTIME_DIR", m_home->filePath(QStringLiteral("runtime")).toUtf8());

        m_server = std::make_unique<FakeClockodoServer>();
        QVERIFY(m_server->listen());
        m_server->setNow(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        m_customer = m_server->addCustomer(QStringLiteral("Bäckerei Sonnenschein"));
        m_project = m_server->addProject(m_customer, QStringLiteral("Neue Website"));
        m_service = m_server->addService(QStringLiteral("Beratung"));
        m_otherCustomer = m_server->addCustomer(QStringLiteral("Atelier Lumière"));
        m_otherService = m_server->addService(QStringLiteral("Développement"));
        const QDateTime yesterday = m_server->now().addDays(-1);
        m_server->addTimeEntry(m_otherCustomer, 0, m_otherService, yesterday, yesterday.addSecs(3600),
                               QStringLiteral("Skizzen"), 0);
    }

    void cleanup()
    {
        m_server.reset();
        m_home.reset();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("two verbs") << QStringList { QStringLiteral("--status"), QStringLiteral("--stop") };
        QTest::newRow("start without a task") << QStringList { QStringLiteral("--start") };
        QTest::newRow("start 0") << QStringList { QStringLiteral("--start"), QStringLiteral("0") };
        QTest::newRow("start x") << QStringList { QStringLiteral("--start"), QStringLiteral("x") };
        QTest::newRow("start without service")
            << QStringList { QStringLiteral("--start"), QStringLiteral("--customer"), QStringLiteral("5") };
        QTest::newRow("ids without start") << QStringList { QStringLiteral("--customer"), QStringLiteral("5") };
        QTest::newRow("json alone") << QStringList { QStringLiteral("--json") };
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(m_server->requestLog().isEmpty());
    }

    // Parsed before any QApplication: a bad argument is a usage error (2) even without a display, not an abort.
    void usageErrorsWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") };
        QTest::newRow("empty argument") << QStringList { QString() };
        QTest::newRow("dash") << QStringList { QStringLiteral("-") };
        QTest::newRow("json alone") << QStringList { QStringLiteral("--json") };
    }

    void usageErrorsWithoutDisplay()
    {
        QFETCH(QStringList, arguments);
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Result r = runIn(env, arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Usage: ")), qPrintable(r.err));
        QVERIFY(m_server->requestLog().isEmpty());
    }

    // A CLOCKODO_API_URL that is refused stops everything: the environment's credentials never go to the stored
    // address (here the fake) instead.
    void refusedEnvironmentUrl()
    {
        const QString configDir = m_home->filePath(QStringLiteral("stored"));
        {
            Settings::setConfigDirectory(configDir);
            Settings stored;
            QVERIFY(stored.setBaseUrl(m_server->baseUrl()));
            stored.setAccountEmail(m_server->email());
        }
        Settings::setConfigDirectory(QString());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CLOCKODO_API_URL"), QStringLiteral("http://example.com/api"));
        for (const QStringList& arguments :
             { QStringList { QStringLiteral("--status") },
               QStringList { QStringLiteral("--status"), QStringLiteral("--json") }, QStringList {} }) {
            const Result r = runIn(env, arguments + QStringList { QStringLiteral("--config-dir"), configDir });
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QStringLiteral("CLOCKODO_API_URL")), qPrintable(r.err));
        }
        QVERIFY(m_server->requestLog().isEmpty());
    }

    // --status prints what the server sent as one clean line: no control characters, nothing cut at a NUL, and
    // names and messages of sensible length.
    void hostileNamesAreCleaned()
    {
        const qint64 hostile = m_server->addCustomer(QStringLiteral("Evil\nCorp \x1b[31mred\x1b[0m \a bell ") + QChar(0)
                                                     + QStringLiteral(" after nul"));
        Result r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(hostile),
                         QStringLiteral("--service"), QString::number(m_service) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(isClean(r.out), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1Char('\n')), qPrintable(r.out));
        m_server->advance(65);
        r = run({ QStringLiteral("--status") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(isClean(r.out) && !r.out.contains(QLatin1Char('\n')), qPrintable(r.out));
        QVERIFY2(r.out.startsWith(QStringLiteral("Evil Corp ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(" after nul · Beratung  00:01:0")), qPrintable(r.out));

        // A name of 200 kB: the line stays short, and the elapsed time still shows.
        m_server->clearFaults();
        run({ QStringLiteral("--stop") });
        const qint64 huge = m_server->addCustomer(QString(200 * 1024, QLatin1Char('x')));
        r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(huge),
                  QStringLiteral("--service"), QString::number(m_service) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.size() <= 1000, qPrintable(QString::number(r.out.size())));
        r = run({ QStringLiteral("--status") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.size() <= 300, qPrintable(QString::number(r.out.size())));
        QVERIFY2(r.out.contains(QStringLiteral("…  00:00:0")), qPrintable(r.out.right(40)));

        // A server error message of 200 kB with control characters: one capped, clean line.
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.attempts = 100;
        fault.message = QStringLiteral("Boom\x1b]0;pwned\a\n") + QString(200 * 1024, QLatin1Char('y'));
        m_server->injectFault(fault);
        r = run({ QStringLiteral("--stop") });
        QCOMPARE(r.exitCode, 1);
        const QString message = r.err.trimmed().split(QLatin1Char('\n')).constLast(); // before it: log lines
        QVERIFY2(message.size() <= 1000, qPrintable(message.left(600)));
        QVERIFY2(isClean(message) && !message.contains(QLatin1Char('\n')), qPrintable(message.left(200)));
        QVERIFY2(message.contains(QStringLiteral("Boom")), qPrintable(message.left(200)));
    }

    // A runtime directory whose path is too long for a socket address: the app still becomes the one instance
    // (its socket goes elsewhere), and a second launch reaches it.
    void longRuntimeDirectory()
    {
        QString runtime = m_home->filePath(QStringLiteral("runtime"));
        while (runtime.size() < 150)
            runtime += QStringLiteral("/a-rather-long-directory-name");
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        QProcess app;
        app.setProcessEnvironment(env);
        QSignalSpy appFinished(&app, &QProcess::finished);
        app.start(m_binary, {});
        QVERIFY(app.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (const auto& r : m_server->requestLog()) {
                    if (r.path == QLatin1String("/api/v2/clock"))
                        return true;
                }
                return false;
            }(),
            30000);
        QCOMPARE(app.state(), QProcess::Running);

        // Without credentials only the running instance can answer.
        QProcessEnvironment second = environment(false);
        second.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        const Result r = runIn(second, { QStringLiteral("--status") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("stopped"));

        app.kill();
        QVERIFY(appFinished.wait(20000));
    }

    void notLoggedIn()
    {
        // No key anywhere (no settings, no environment): 3.
        Result r = run({ QStringLiteral("--status") }, false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("Not signed in")));

        // A wrong key: the server says 401, also 3.
        m_clientKey = QStringLiteral("revoked-key");
        r = run({ QStringLiteral("--status") });
        m_clientKey.clear();
        QCOMPARE(r.exitCode, 3);
    }

    void directStatusStartStopToggle()
    {
        const auto paths = [this] {
            QStringList list;
            for (const auto& request : m_server->requestLog())
                list << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
            return list;
        };
        // Without a running instance, a stopped clock needs the clock and nothing else: no lists of names.
        m_server->clearRequestLog();
        Result r = run({ QStringLiteral("--status") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("stopped"));
        QCOMPARE(paths(), QStringList { QStringLiteral("GET /api/v2/clock") });

        r = run({ QStringLiteral("--status"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = json(r);
        QCOMPARE(o.value(QLatin1String("running")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("recent")).toArray().size(), 1);

        r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(m_customer),
                  QStringLiteral("--project"), QString::number(m_project), QStringLiteral("--service"),
                  QString::number(m_service), QStringLiteral("--text"), QStringLiteral("Abstimmung Startseite") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 QStringLiteral("Started Bäckerei Sonnenschein · Neue Website · Beratung — Abstimmung "
                                "Startseite."));
        const qint64 running = m_server->runningEntryId();
        QVERIFY(running > 0);
        QCOMPARE(m_server->entry(running).value(QLatin1String("text")).toString(),
                 QStringLiteral("Abstimmung Startseite"));

        m_server->advance(83 * 60);
        m_server->clearRequestLog();
        r = run({ QStringLiteral("--status") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Bäckerei Sonnenschein · Neue Website · Beratung — Abstimmung "
                                                 "Startseite  01:23:0")),
                 qPrintable(r.out));
        // Running: the clock once, then the names of its task.
        QCOMPARE(paths().count(QStringLiteral("GET /api/v2/clock")), 1);
        QCOMPARE(paths().count(QStringLiteral("GET /api/v4/users/me")), 0);

        r = run({ QStringLiteral("--status"), QStringLiteral("--json") });
        o = json(r);
        QCOMPARE(o.value(QLatin1String("running")).toBool(), true);
        QCOMPARE(o.value(QLatin1String("entry")).toObject().value(QLatin1String("id")).toInteger(), running);
        QCOMPARE(o.value(QLatin1String("entry")).toObject().value(QLatin1String("customer")).toString(),
                 QStringLiteral("Bäckerei Sonnenschein"));
        QVERIFY(o.value(QLatin1String("elapsed_seconds")).toInteger() >= 83 * 60);

        // --toggle stops …
        r = run({ QStringLiteral("--toggle") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Stopped Bäckerei Sonnenschein")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("after 1:23 h")));
        QCOMPARE(m_server->runningEntryId(), 0);

        // … and continues the last task.
        m_server->advance(60);
        r = run({ QStringLiteral("--toggle") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Started Bäckerei Sonnenschein · Neue Website · Beratung")),
                 qPrintable(r.out));
        const qint64 continued = m_server->runningEntryId();
        QVERIFY(continued > running);
        QCOMPARE(m_server->entry(continued).value(QLatin1String("text")).toString(),
                 QStringLiteral("Abstimmung Startseite"));

        // --start N: the recent task N (1 = newest); a switch says what it stopped.
        m_server->advance(120);
        r = run({ QStringLiteral("--start"), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Switched to Atelier Lumière · Développement — Skizzen. Stopped "
                                                 "Bäckerei Sonnenschein")),
                 qPrintable(r.out));
        r = run({ QStringLiteral("--start"), QStringLiteral("9") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("no recent task 9")));

        r = run({ QStringLiteral("--stop") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Stopped Atelier Lumière")));
        r = run({ QStringLiteral("--stop") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("No clock is running."));
    }

    void directApiErrors()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.attempts = 0;
        fault.method = "POST";
        m_server->injectFault(fault);
        Result r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--service"), QString::number(m_service) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());

        // An unknown customer: the server refuses (404), exit 1.
        m_server->clearFaults();
        r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QStringLiteral("999999"),
                  QStringLiteral("--service"), QString::number(m_service), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QString lastLine = r.err.trimmed().split(QLatin1Char('\n')).constLast();
        QCOMPARE(QJsonDocument::fromJson(lastLine.toUtf8()).object().value(QLatin1String("exit_code")).toInt(), 1);

        // Nothing to continue.
        for (const QJsonValue& e : m_server->allEntries())
            m_server->remoteDeleteEntry(e.toObject().value(QLatin1String("id")).toInteger());
        r = run({ QStringLiteral("--toggle") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no previous task")));
    }

    // The answer to a start or stop is lost after the server acted ("act, then drop"): the verb reaches the server
    // once, reads the clock again and exits with what is true.
    void directActionWhoseAnswerIsLost()
    {
        const auto attempts = [this](const QByteArray& method) {
            int n = 0;
            for (const auto& request : m_server->requestLog())
                n += request.method == method ? 1 : 0;
            return n;
        };
        const qsizetype entriesBefore = m_server->allEntries().size();
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::ActThenDrop;
        fault.attempts = 1;
        fault.method = "POST";
        m_server->injectFault(fault);
        Result r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--project"), QString::number(m_project), QStringLiteral("--service"),
                         QString::number(m_service), QStringLiteral("--text"), QStringLiteral("Abstimmung") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("The clock is running: Bäckerei Sonnenschein · Neue Website · "
                                                 "Beratung — Abstimmung, started at ")),
                 qPrintable(r.out + r.err));
        QCOMPARE(attempts("POST"), 1);
        QCOMPARE(m_server->allEntries().size(), entriesBefore + 1);
        QVERIFY(m_server->runningEntryId() > 0);

        m_server->advance(600);
        fault.method = "DELETE";
        m_server->injectFault(fault);
        r = run({ QStringLiteral("--stop") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Stopped Bäckerei Sonnenschein")), qPrintable(r.out + r.err));
        QCOMPARE(attempts("DELETE"), 1);
        QCOMPARE(m_server->runningEntryId(), 0);

        // A stop that never reached the server: exit 1, and the clock still runs.
        r = run({ QStringLiteral("--toggle") });
        QCOMPARE(r.exitCode, 0);
        const qint64 running = m_server->runningEntryId();
        QVERIFY(running > 0);
        fault.kind = FakeClockodoServer::Fault::Kind::Drop;
        fault.attempts = 0;
        m_server->injectFault(fault);
        r = run({ QStringLiteral("--stop") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Stopping did not reach Clockodo; Bäckerei Sonnenschein")),
                 qPrintable(r.err));
        QCOMPARE(m_server->runningEntryId(), running);
        QCOMPARE(attempts("DELETE"), 2);
    }

    // The verb is done while a read it started on the way (the recent tasks after a start) still waits for its answer:
    // the process ends at once and cleanly. Its network objects go while the application still exists, so that
    // Qt's HTTP thread gets the abort of that request and ends before main() returns. Before, they were deleted
    // after the QCoreApplication, the thread quit with the request's objects still alive (leaked; LeakSanitizer in
    // the sanitizer pass of the test command reports them and fails) and could still run while the process exited.
    void directVerbWithAReadStillInFlight()
    {
        FakeClockodoServer::Fault hang;
        hang.kind = FakeClockodoServer::Fault::Kind::Hang;
        hang.attempts = 0;
        hang.method = "GET";
        hang.pathPrefix = QStringLiteral("/v2/entries");
        m_server->injectFault(hang);
        const Result r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(m_customer),
                               QStringLiteral("--service"), QString::number(m_service) });
        QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.out + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Started Bäckerei Sonnenschein")), qPrintable(r.out + r.err));
        QVERIFY(m_server->runningEntryId() > 0);
    }

    void forwardedToTheRunningInstance()
    {
        QProcess app;
        app.setProcessEnvironment(environment(true));
        QSignalSpy appFinished(&app, &QProcess::finished);
        app.start(m_binary, {});
        QVERIFY(app.waitForStarted(20000));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socketPath()), 30000);
        // The instance has read the clock at start-up.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                for (const auto& r : m_server->requestLog()) {
                    if (r.path == QLatin1String("/api/v2/clock"))
                        return true;
                }
                return false;
            }(),
            30000);

        // The second launches carry no credentials: only the running instance can answer them.
        Result r = run({ QStringLiteral("--status") }, false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("stopped"));

        r = run({ QStringLiteral("--start"), QStringLiteral("--customer"), QString::number(m_customer),
                  QStringLiteral("--service"), QString::number(m_service), QStringLiteral("--text"),
                  QStringLiteral("Im Fenster") },
                false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Started Bäckerei Sonnenschein · Beratung — Im Fenster."));
        QVERIFY(m_server->runningEntryId() > 0);

        r = run({ QStringLiteral("--status"), QStringLiteral("--json") }, false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QLatin1String("entry")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Im Fenster"));

        r = run({ QStringLiteral("--toggle") }, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Stopped Bäckerei Sonnenschein · Beratung — Im Fenster")));
        QCOMPARE(m_server->runningEntryId(), 0);

        r = run({ QStringLiteral("--start"), QStringLiteral("1") }, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Started Bäckerei Sonnenschein · Beratung — Im Fenster")),
                 qPrintable(r.out));

        r = run({ QStringLiteral("--stop") }, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Stopped ")));

        // A plain second launch activates the first one and leaves.
        r = run({}, false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(app.state(), QProcess::Running);

        // An API error inside the instance still comes back as exit code 1.
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.method = "POST";
        m_server->injectFault(fault);
        r = run({ QStringLiteral("--start"), QStringLiteral("1") }, false);
        QCOMPARE(r.exitCode, 1);

        app.kill();
        QVERIFY(appFinished.wait(20000));

        // The instance is gone (its lock is stale now): commands run directly again, and need credentials.
        r = run({ QStringLiteral("--status") }, false);
        QCOMPARE(r.exitCode, 3);
        r = run({ QStringLiteral("--status") });
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
