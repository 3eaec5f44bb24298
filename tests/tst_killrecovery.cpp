// SPDX-License-Identifier: GPL-3.0-or-later
// Kill tests (issue 12): the real clockodo-desktop binary runs as the app instance (offscreen) against a fake
// Clockodo server in this process; a start or a stop is asked of it from a second launch (forwarded, as a shortcut
// or the tray would), and the instance is killed with SIGKILL at each step of that action:
//   before write   the instance has taken the command and reads what it needs first (the fake holds that read),
//   after write    the fake has received the start/stop and holds it without acting,
//   after acted    the fake has acted on it and holds the answer back,
//   after answer   the fake has sent the answer.
// Then the app is started again. It must not repeat anything by itself, must show what the server holds, and after
// the user's natural retry ("it is not running, start it again") the server holds exactly one running clock (start)
// or one stopped entry (stop), never two. Every point is a request arriving at the fake: no timing guesses, no hook
// in the app. The same binary is killed at the same four steps of the upload of a period recorded offline (the app's
// own uploader, the app's journal file); started again, it uploads the period exactly once. The figures are printed
// at the end.
#include "api/apiclient.h"
#include "api/transport/apitime.h"
#include "api/users/user.h"
#include "core/platform/singleinstance.h"
#include "core/session/accountdata.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "fakeserver/fakeclockodoserver.h"
#include "support/manualclock.h"
#include "support/processrun.h"
#include "support/sqliterows.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Fault = FakeClockodoServer::Fault;

enum class UploadStep
{
    BeforeUploading,
    AfterSend,
    AfterActed,
    BeforeUploaded,
};

enum class Step
{
    BeforeWrite,
    AfterWrite,
    AfterActed,
    AfterAnswer,
};

const char* stepName(Step step)
{
    static const char* const names[] = { "before write", "after write", "after acted", "after answer" };
    return names[int(step)];
}

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<QProcess> m_app;
    qint64 m_customer = 0;
    qint64 m_service = 0;
    int m_kills = 0;
    int m_lost = 0;
    int m_duplicated = 0;
    int m_replayed = 0;
    int m_uploadKills = 0;
    int m_uploadLost = 0;
    int m_uploadDuplicated = 0;

    QProcessEnvironment environment(bool credentials) const
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
            env.insert(QStringLiteral("CLOCKODO_API_KEY"), m_server->apiKey());
        }
        return env;
    }

    QString socketPath() const { return SingleInstance::socketName(SingleInstance::defaultKey()); }

    // True once a request with this method whose path starts with prefix is in the log at or after index `from`
    // (and, when answered, has an HTTP status).
    bool logged(qsizetype from, const QByteArray& method, const QString& prefix, bool answered = false) const
    {
        const QList<FakeClockodoServer::LoggedRequest> log = m_server->requestLog();
        for (qsizetype i = from; i < log.size(); ++i) {
            if (log.at(i).method == method && log.at(i).path.startsWith(prefix) && (!answered || log.at(i).status))
                return true;
        }
        return false;
    }

    int writesSince(qsizetype from) const
    {
        int n = 0;
        const QList<FakeClockodoServer::LoggedRequest> log = m_server->requestLog();
        for (qsizetype i = from; i < log.size(); ++i)
            n += log.at(i).method != "GET" ? 1 : 0;
        return n;
    }

    // Starts the app instance with the credentials in its environment and waits until it has read the clock and
    // the recent entries and listens for further launches.
    bool launchApp()
    {
        const qsizetype from = m_server->requestLog().size();
        m_app = std::make_unique<QProcess>();
        m_app->setProcessEnvironment(environment(true));
        m_app->setStandardOutputFile(m_home->filePath(QStringLiteral("app.log")), QIODevice::Append);
        m_app->setStandardErrorFile(m_home->filePath(QStringLiteral("app.log")), QIODevice::Append);
        m_app->start(m_binary, {});
        return m_app->waitForStarted(20000)
            && QTest::qWaitFor(
                   [&] {
                       return QFile::exists(socketPath()) && logged(from, "GET", QStringLiteral("/api/v2/clock"), true)
                           && logged(from, "GET", QStringLiteral("/api/v2/entries"), true);
                   },
                   30000);
    }

    bool killApp()
    {
        if (!m_app || m_app->state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(m_app.get(), &QProcess::finished);
        m_app->kill(); // SIGKILL
        return finished.count() > 0 || finished.wait(20000);
    }

    // Where the app (no --config-dir) keeps its offline journal: AppDataLocation under the children's XDG_DATA_HOME.
    QString appJournalPath() const
    {
        return m_home->filePath(QStringLiteral("data/clockodo-desktop/clockodo-desktop/offline-journal.sqlite"));
    }

    // The states of the journal's rows, read on a connection of our own while the app may hold the file open (WAL).
    static QStringList journalStates(const QString& path)
    {
        QStringList states;
        for (const QList<QVariant>& row : sqliteRows(path, QStringLiteral("SELECT state FROM records ORDER BY seq")))
            states.append(row.value(0).toString());
        return states;
    }

    // The server's answer to "what runs": the running entry's id, 0 when none.
    qint64 statusFromApp(bool* ok)
    {
        const ProcessResult r
            = runProcess(m_binary, { QStringLiteral("--status"), QStringLiteral("--json") }, environment(false));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        *ok = r.exitCode == 0 && o.contains(QLatin1String("running"));
        if (!*ok)
            qWarning() << "--status:" << r.exitCode << r.out << r.err;
        return o.value(QLatin1String("running")).toBool()
            ? o.value(QLatin1String("entry")).toObject().value(QLatin1String("id")).toInteger()
            : 0;
    }

    int count(const QByteArray& method, const QString& prefix) const
    {
        int n = 0;
        for (const auto& request : m_server->requestLog())
            n += request.method == method && request.path.startsWith(prefix) ? 1 : 0;
        return n;
    }

    // Clockodo is down (an outage of the fake): in this process, the stopwatch with the offline journal (as the app
    // wires it) starts and stops the clock locally; the journal then holds one finished period, durable on disk.
    void recordOffline(const QString& path, const QString& key, QDateTime* start, QDateTime* end)
    {
        ApiClient api;
        QVERIFY(api.setBaseUrl(m_server->baseUrl()));
        api.setCredentials(m_server->email(), m_server->apiKey());
        api.setTimeoutMs(2000);
        RetryPolicy noRetries; // an outage: no waiting between retries
        noRetries.maxRetries = 0;
        api.setRetryPolicy(noRetries);
        ManualClock clock(m_server->now());
        OfflineJournal journal(path);
        QSignalSpy journalLoaded(&journal, &OfflineJournal::loaded);
        journal.open(key);
        QVERIFY(journalLoaded.count() > 0 || journalLoaded.wait(10000));
        StopwatchSession session(&api, &clock);
        session.offlineClock()->setJournal(&journal);
        session.account()->bindAccount(key);
        QString error;
        const std::optional<User> user = User::fromJson(m_server->currentUser(), QString(), &error);
        QVERIFY2(user, qPrintable(error));
        session.account()->setUser(*user);
        Stopwatch* stopwatch = session.stopwatch();
        QSignalSpy catalogLoaded(session.catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(stopwatch, &Stopwatch::synced);
        session.start(false);
        QVERIFY(QTest::qWaitFor([&] { return synced.count() > 0 && catalogLoaded.count() > 0; }, 20000));

        m_server->startOutage(6 * 3600);
        const auto act = [&](const std::function<void()>& action) {
            QSignalSpy ok(stopwatch, &Stopwatch::actionSucceeded);
            QSignalSpy failed(stopwatch, &Stopwatch::actionFailed);
            action();
            return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000) && ok.count() == 1;
        };
        ClockStartRequest request;
        request.customersId = m_customer;
        request.servicesId = m_service;
        request.text = QStringLiteral("Im Zug");
        QVERIFY2(act([&] { stopwatch->start(request); }), "the start did not work offline");
        QVERIFY(stopwatch->isRunningLocally());
        QCOMPARE(journal.records().size(), 1); // the running period
        m_server->advance(5400);
        clock.advance(5400);
        QVERIFY2(act([&] { stopwatch->stop(); }), "the stop did not work offline");
        QVERIFY(!stopwatch->isRunning());
        QVERIFY(QTest::qWaitFor([&] { return journal.pendingWrites() == 0; }, 10000));
        const QList<OfflineRecord> records = journal.records();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().state, OfflineRecord::State::Waiting);
        *start = records.first().start;
        *end = records.first().end;
        QVERIFY(m_server->isInOutage());
        QCOMPARE(m_server->allEntries().size(), 1); // nothing reached the server: only yesterday's entry
        m_server->endOutage();
    }

    void inject(Fault::Kind kind, const QByteArray& method, const QString& prefix, bool actFirst = false)
    {
        Fault fault;
        fault.kind = kind;
        fault.method = method;
        fault.pathPrefix = prefix;
        fault.actFirst = actFirst;
        fault.attempts = 1;
        m_server->injectFault(fault);
    }

    // The request whose arrival (or answer) is the moment to kill.
    struct KillPoint
    {
        QByteArray method;
        QString path;
        bool answered = false;
    };

    // Arms the fake for a step of a start (POST /v2/clock) or a stop (DELETE /v2/clock/{id}).
    KillPoint armStep(bool stop, Step step)
    {
        const QByteArray write = stop ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("POST");
        const QString writePath = QStringLiteral("/api/v2/clock");
        KillPoint point { write, writePath, false };
        switch (step) {
        case Step::BeforeWrite:
            // A stop reads the clock first, a start by number reads the recent entries first: hold that read.
            point.method = "GET";
            point.path = stop ? writePath : QStringLiteral("/api/v2/entries");
            inject(Fault::Kind::Hang, "GET", point.path);
            break;
        case Step::AfterWrite:
            inject(Fault::Kind::Hang, write, writePath);
            break;
        case Step::AfterActed:
            inject(Fault::Kind::Hang, write, writePath, true);
            break;
        case Step::AfterAnswer:
            point.answered = true;
            break;
        }
        return point;
    }

private slots:
    void initTestCase()
    {
        const QString binaryDir = qEnvironmentVariable("CLOCKODO_BINARY_DIR");
        if (binaryDir.isEmpty())
            QSKIP("CLOCKODO_BINARY_DIR is not set (run through ctest)");
        m_binary = binaryDir + QStringLiteral("/src/app/clockodo-desktop");
        QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    }

    void cleanupTestCase()
    {
        qInfo("kill recovery: %d kills (start and stop x 4 steps), %d lost, %d duplicated, %d writes replayed by a "
              "restarted app",
              m_kills, m_lost, m_duplicated, m_replayed);
        qInfo("kill recovery of offline uploads: %d kills (4 steps of an upload), %d lost, %d duplicated",
              m_uploadKills, m_uploadLost, m_uploadDuplicated);
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
        m_server->setNow(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_customer = m_server->addCustomer(QStringLiteral("Bäckerei Sonnenschein"));
        m_service = m_server->addService(QStringLiteral("Beratung"));
        // The recent task that "--start 1" starts again.
        const QDateTime yesterday = m_server->now().addDays(-1);
        m_server->addTimeEntry(m_customer, 0, m_service, yesterday, yesterday.addSecs(3600), QStringLiteral("Teig"), 1);
    }

    void cleanup()
    {
        killApp();
        m_app.reset();
        m_server.reset();
        m_home.reset();
    }

    void killDuring_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::addColumn<int>("step");
        for (bool stop : { false, true }) {
            for (int step = 0; step <= int(Step::AfterAnswer); ++step)
                QTest::addRow("%s, %s", stop ? "stop" : "start", stepName(Step(step))) << stop << step;
        }
    }

    void killDuring()
    {
        QFETCH(bool, stop);
        QFETCH(int, step);
        ++m_kills;
        qint64 clockEntry = 0;
        if (stop) {
            clockEntry = m_server->remoteStartClock(m_customer, m_service, 0, QStringLiteral("Ofen"),
                                                    m_server->now().addSecs(-1800));
            QVERIFY(clockEntry);
        }
        const qsizetype entriesBefore = m_server->allEntries().size();
        QVERIFY(launchApp());
        m_server->advance(60);

        // Where the action is held, and the request whose arrival is the kill point.
        const KillPoint point = armStep(stop, Step(step));
        const qsizetype from = m_server->requestLog().size();
        QProcess command;
        command.setProcessEnvironment(environment(false)); // only the instance can act
        QSignalSpy commandFinished(&command, &QProcess::finished);
        command.start(m_binary,
                      stop ? QStringList { QStringLiteral("--stop") }
                           : QStringList { QStringLiteral("--start"), QStringLiteral("1") });
        QVERIFY(command.waitForStarted(20000));
        QVERIFY2(QTest::qWaitFor([&] { return logged(from, point.method, point.path, point.answered); }, 30000),
                 "the instance never sent the request of this step");
        QVERIFY(killApp());
        QVERIFY(commandFinished.count() > 0 || commandFinished.wait(30000));
        const int writesBeforeRestart = writesSince(from);
        QVERIFY(writesBeforeRestart <= 1);
        m_server->clearFaults();

        // The app again: it repeats nothing by itself and shows what the server holds.
        m_server->advance(60);
        const qsizetype restart = m_server->requestLog().size();
        QVERIFY(launchApp());
        bool ok = false;
        const qint64 shown = statusFromApp(&ok);
        QVERIFY(ok);
        QCOMPARE(shown, m_server->runningEntryId());
        const int replayed = writesSince(restart);
        m_replayed += replayed;
        QCOMPARE(replayed, 0);

        // The user's retry where the app shows the action did not happen.
        const bool retry = stop ? shown != 0 : shown == 0;
        if (retry) {
            const ProcessResult r = runProcess(m_binary,
                                               stop ? QStringList { QStringLiteral("--stop") }
                                                    : QStringList { QStringLiteral("--start"), QStringLiteral("1") },
                                               environment(false));
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }

        // Exactly once: one running clock after a start, one stopped entry after a stop; since the restart only
        // the user's retry wrote anything.
        QCOMPARE(writesSince(restart), retry ? 1 : 0);
        const QJsonArray entries = m_server->allEntries();
        bool lost = false;
        bool duplicated = false;
        if (stop) {
            lost = m_server->runningEntryId() != 0
                || m_server->entry(clockEntry).value(QLatin1String("time_until")).isNull();
            duplicated = entries.size() != entriesBefore;
        } else {
            const qint64 running = m_server->runningEntryId();
            lost = running == 0
                || m_server->entry(running).value(QLatin1String("customers_id")).toInteger() != m_customer;
            duplicated = entries.size() != entriesBefore + 1;
        }
        m_lost += lost ? 1 : 0;
        m_duplicated += duplicated ? 1 : 0;
        QVERIFY2(!lost, "lost");
        QVERIFY2(!duplicated,
                 qPrintable(QStringLiteral("%1 entries, %2 before").arg(entries.size()).arg(entriesBefore)));
    }

    // ---- the upload of an offline period (issue 12, with the offline journal) ----------------------------------

    void uploadKilled_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("before uploading") << int(UploadStep::BeforeUploading);
        QTest::newRow("after send") << int(UploadStep::AfterSend);
        QTest::newRow("after acted") << int(UploadStep::AfterActed);
        QTest::newRow("before uploaded") << int(UploadStep::BeforeUploaded);
    }

    // A period recorded offline waits in the app's journal; the app (the real binary, which uploads it once Clockodo
    // answers) is killed at each step of the upload: before the journal marks it Uploading (the fake holds the look
    // at the period's span that comes first), after the POST was sent (held without acting; the record is marked
    // Uploading), after the server acted (answer held back), after the answer (before or while the journal marks it
    // Uploaded). Started again, the app ends with exactly one clocked_offline entry on the server and nothing
    // waiting in its journal.
    void uploadKilled()
    {
        QFETCH(int, step);
        ++m_uploadKills;
        const QString path = appJournalPath();
        const QString key = AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId());
        QDateTime start;
        QDateTime end;
        recordOffline(path, key, &start, &end);
        if (QTest::currentTestFailed())
            return;

        KillPoint point { "POST", QStringLiteral("/api/v2/entries"), false };
        switch (UploadStep(step)) {
        case UploadStep::BeforeUploading: {
            // The uploader's look at the period's span, not the app's other reads of the entries.
            point.method = "GET";
            Fault fault;
            fault.kind = Fault::Kind::Hang;
            fault.method = point.method;
            fault.pathPrefix = point.path;
            fault.query = { { QStringLiteral("time_since"), ApiTime::format(start) } };
            m_server->injectFault(fault);
            break;
        }
        case UploadStep::AfterSend:
            inject(Fault::Kind::Hang, "POST", point.path);
            break;
        case UploadStep::AfterActed:
            inject(Fault::Kind::Hang, "POST", point.path, true);
            break;
        case UploadStep::BeforeUploaded:
            point.answered = true;
            break;
        }
        const qsizetype from = m_server->requestLog().size();
        QVERIFY(launchApp());
        QVERIFY2(QTest::qWaitFor([&] { return logged(from, point.method, point.path, point.answered); }, 60000),
                 "the app never sent the request of this step");
        QVERIFY(killApp());
        const bool acted = UploadStep(step) >= UploadStep::AfterActed;
        const int postsBefore = count("POST", QStringLiteral("/api/v2/entries"));
        QCOMPARE(postsBefore, UploadStep(step) >= UploadStep::AfterSend ? 1 : 0);
        m_server->clearFaults();
        m_server->advance(60);

        // Started again: the app finishes the upload, once, and the journal marks it done.
        QVERIFY(launchApp());
        QVERIFY2(
            QTest::qWaitFor([&] { return journalStates(path) == QStringList { QStringLiteral("uploaded") }; }, 60000),
            qPrintable(journalStates(path).join(QLatin1Char(','))));
        QVERIFY(killApp());
        const int posts = count("POST", QStringLiteral("/api/v2/entries"));
        // The entry the server made before the kill is found and adopted, never sent again.
        if (acted)
            QCOMPARE(posts, postsBefore);
        else
            QCOMPARE(posts, postsBefore + 1); // the POST held without acting made nothing
        int copies = 0;
        QJsonObject uploaded;
        for (const QJsonValue& value : m_server->allEntries()) {
            if (value.toObject().value(QLatin1String("text")).toString() == QLatin1String("Im Zug")) {
                ++copies;
                uploaded = value.toObject();
            }
        }
        m_uploadLost += copies == 0 ? 1 : 0;
        m_uploadDuplicated += copies > 1 ? 1 : 0;
        QCOMPARE(copies, 1);
        QVERIFY(uploaded.value(QLatin1String("clocked_offline")).toBool());
        QCOMPARE(uploaded.value(QLatin1String("time_since")).toString(), ApiTime::format(start));
        QCOMPARE(uploaded.value(QLatin1String("time_until")).toString(), ApiTime::format(end));
        QCOMPARE(m_server->runningEntryId(), 0);

        // The journal holds nothing more to upload.
        OfflineJournal journal(path);
        journal.open(key);
        QVERIFY(QTest::qWaitFor([&] { return journal.isLoaded(); }, 10000));
        QCOMPARE(journal.waitingCount(), 0);
        QVERIFY(journal.records().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
