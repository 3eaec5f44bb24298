// SPDX-License-Identifier: GPL-3.0-or-later
// The stopwatch's offline mode (issue 12): when Clockodo cannot be reached, Start, Switch, Continue and Stop run a
// local clock whose periods go into the OfflineJournal; they are confirmed only once the records are durable, the
// local clock resumes from the journal, and a 401 is never taken for an outage. Against the fake Clockodo server
// over real HTTP on 127.0.0.1, with a ManualClock; the journal's file is read back through a fresh OfflineJournal.
#include "api/transport/apitime.h"
#include "api/users/user.h"
#include "core/session/accountdata.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlinerecord.h"
#include "core/tracking/offlineuploader.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

} // namespace

class TestOfflineStopwatch : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<OfflineUploader> m_uploader;
    Stopwatch* m_sw = nullptr;
    Catalog m_catalog;

    QString journalPath() const { return m_dir.filePath(QStringLiteral("offline-journal.sqlite")); }
    QString accountKey() const { return AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId()); }

    void advance(qint64 seconds)
    {
        m_server->advance(seconds);
        m_clock->advance(seconds);
    }

    [[nodiscard]] bool openJournal(OfflineJournal* journal, const QString& key)
    {
        QSignalSpy loaded(journal, &OfflineJournal::loaded);
        journal->open(key);
        return loaded.wait(20000) && journal->isLoaded();
    }

    // A new session (and journal on the same file), as after a restart of the app; reads the clock once.
    void startSession(bool expectOnline)
    {
        m_uploader.reset();
        m_session.reset();
        m_journal = std::make_unique<OfflineJournal>(journalPath());
        QVERIFY(openJournal(m_journal.get(), accountKey()));
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        m_sw = m_session->stopwatch();
        m_session->offlineClock()->setJournal(m_journal.get());
        bindUser(accountKey());
        // As the app wires them (Application): the uploader hands a running period over to the stopwatch.
        m_uploader
            = std::make_unique<OfflineUploader>(m_api.get(), m_session->account(), m_journal.get(), m_clock.get());
        connect(m_uploader.get(), &OfflineUploader::runningAdopted, m_session->offlineClock(), &OfflineClock::adopt);
        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        QSignalSpy failed(m_sw, &Stopwatch::syncFailed);
        m_session->start(false);
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() + failed.count() == 1, 20000);
        QCOMPARE(synced.count(), expectOnline ? 1 : 0);
        if (expectOnline)
            QVERIFY(loaded.count() || loaded.wait(20000));
    }

    // Clockodo stops answering: every request's connection is closed without a response.
    void goOffline()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Drop;
        fault.attempts = 0; // until cleared
        m_server->injectFault(fault);
    }

    // The account's data belong to `key` (the signed-in user of the fake).
    void bindUser(const QString& key)
    {
        AccountData* account = m_session->account();
        account->bindAccount(key);
        QString error;
        const std::optional<User> user = User::fromJson(m_server->currentUser(), QString(), &error);
        QVERIFY2(user, qPrintable(error));
        account->setUser(*user);
    }

    // Clockodo answers again: the uploader's pass (probe, uploads) runs to its end.
    [[nodiscard]] bool reconnectAndUpload()
    {
        m_server->clearFaults();
        m_uploader->retryNow();
        return QTest::qWaitFor([&] { return !m_uploader->isBusy() && m_journal->pendingWrites() == 0; }, 20000);
    }

    QList<QJsonObject> entriesOnServer() const
    {
        QList<QJsonObject> entries;
        for (const QJsonValue& v : m_server->allEntries())
            entries.append(v.toObject());
        return entries;
    }

    [[nodiscard]] bool readFails()
    {
        QSignalSpy failed(m_sw, &Stopwatch::syncFailed);
        m_sw->poll();
        return failed.wait(20000);
    }

    QString awaitAction(const std::function<void()>& act, Stopwatch::Action* action = nullptr)
    {
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        act();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000))
            return QStringLiteral("TIMEOUT");
        if (ok.count()) {
            if (action)
                *action = ok.first().at(0).value<Stopwatch::Action>();
            return ok.first().at(1).toString();
        }
        return QStringLiteral("FAILED: ") + failed.first().at(2).toString();
    }

    // The records on disk, read by a journal of their own.
    QList<OfflineRecord> recordsOnDisk(const QString& key)
    {
        OfflineJournal fresh(journalPath());
        if (!openJournal(&fresh, key))
            return {};
        return fresh.records();
    }

    ClockStartRequest taskA(const QString& text = QStringLiteral("Planung")) const
    {
        ClockStartRequest r;
        r.customersId = m_catalog.bakery;
        r.servicesId = m_catalog.consulting;
        r.text = text;
        return r;
    }
    ClockStartRequest taskB() const
    {
        ClockStartRequest r;
        r.customersId = m_catalog.atelier;
        r.servicesId = m_catalog.development;
        return r;
    }

    int clockChangesOnServer() const
    {
        int n = 0;
        for (const auto& r : m_server->requestLog())
            n += r.method != "GET" ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFile::remove(journalPath());
        QVERIFY(startFakeServer(T0));
        m_catalog = seedCatalog();
        m_api->setTimeoutMs(5000);
        m_clock = std::make_unique<ManualClock>(T0);
        startSession(true);
    }

    void cleanup()
    {
        m_uploader.reset();
        m_session.reset();
        m_journal.reset();
        stopFakeServer();
        m_clock.reset();
        m_sw = nullptr;
    }

    void startSwitchStopRunLocally()
    {
        goOffline();
        QVERIFY(readFails());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Offline);
        QVERIFY(m_sw->canWorkOffline());
        m_server->clearRequestLog();

        // Start: confirmed once the record is durable; the local clock runs.
        Stopwatch::Action action {};
        QString message = awaitAction([this] { m_sw->start(taskA()); }, &action);
        QVERIFY2(
            message.startsWith(QStringLiteral("Clockodo cannot be reached: Bäckerei Sonnenschein · Beratung — Planung "
                                              "runs on this computer since 10:00.")),
            qPrintable(message));
        QCOMPARE(action, Stopwatch::Action::Start);
        QVERIFY(m_sw->isRunning());
        QVERIFY(m_sw->isRunningLocally());
        QCOMPARE(m_sw->running()->timeSince, T0);
        advance(25 * 60);
        QCOMPARE(m_sw->elapsedSeconds(), 25 * 60);

        // Switch: the first period ends, the second runs.
        message = awaitAction([this] { m_sw->start(taskB()); }, &action);
        QCOMPARE(action, Stopwatch::Action::Switch);
        QVERIFY2(message.contains(QStringLiteral("switched to Atelier Lumière · Développement")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("after 0:25 h")), qPrintable(message));
        QCOMPARE(m_sw->running()->customersId, m_catalog.atelier);
        QCOMPARE(m_sw->elapsedSeconds(), 0);
        advance(10 * 60);

        // Stop.
        message = awaitAction([this] { m_sw->stop(); }, &action);
        QCOMPARE(action, Stopwatch::Action::Stop);
        QVERIFY2(message.contains(QLatin1String("was stopped on this computer after 0:10 h")), qPrintable(message));
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(m_session->offlineClock()->waitingCount(), 2);

        // Nothing was sent as a start or stop; the records are on disk.
        QCOMPARE(clockChangesOnServer(), 0);
        const QList<OfflineRecord> records = recordsOnDisk(accountKey());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).kind, OfflineRecord::Kind::Period);
        QCOMPARE(records.at(0).state, OfflineRecord::State::Waiting);
        QCOMPARE(records.at(0).customersId, m_catalog.bakery);
        QCOMPARE(records.at(0).servicesId, m_catalog.consulting);
        QCOMPARE(records.at(0).text, QStringLiteral("Planung"));
        QCOMPARE(records.at(0).billable, 1); // the bakery's default
        QCOMPARE(records.at(0).start, T0);
        QCOMPARE(records.at(0).end, T0.addSecs(25 * 60));
        QVERIFY(!records.at(0).maybeOnServer);
        QCOMPARE(records.at(1).customersId, m_catalog.atelier);
        QCOMPARE(records.at(1).billable, 0);
        QCOMPARE(records.at(1).start, T0.addSecs(25 * 60));
        QCOMPARE(records.at(1).end, T0.addSecs(35 * 60));
        QCOMPARE(records.at(1).state, OfflineRecord::State::Waiting);
    }

    void serverClockStoppedOfflineGetsAServerStop()
    {
        // The server's clock ran when the connection went away: a switch stops it at the switch moment.
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        const qint64 onServer = m_sw->running()->id;
        QVERIFY(onServer > 0);
        advance(600);
        goOffline();
        QVERIFY(readFails());
        QVERIFY(m_sw->isRunning()); // the last known state
        advance(120);
        Stopwatch::Action action {};
        const QString message = awaitAction([this] { m_sw->start(taskB()); }, &action);
        QCOMPARE(action, Stopwatch::Action::Switch);
        QVERIFY2(message.contains(QLatin1String("after 0:12 h")), qPrintable(message));
        QVERIFY(m_sw->isRunningLocally());

        const QList<OfflineRecord> records = recordsOnDisk(accountKey());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).kind, OfflineRecord::Kind::ServerStop);
        QCOMPARE(records.at(0).serverEntryId, onServer);
        QCOMPARE(records.at(0).end, T0.addSecs(720));
        QCOMPARE(records.at(1).kind, OfflineRecord::Kind::Period);
        QCOMPARE(records.at(1).state, OfflineRecord::State::Running);
        QCOMPARE(records.at(1).start, T0.addSecs(720));
        QVERIFY(!records.at(1).end.isValid());

        // Stopping the local period while the server's stop waits: the server's clock is not shown running again.
        advance(60);
        QVERIFY(!awaitAction([this] { m_sw->stop(); }).startsWith(QLatin1String("FAILED")));
        m_server->clearFaults();
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_sw->poll();
        QVERIFY(synced.wait(20000));
        QCOMPARE(m_server->runningEntryId(), onServer); // nothing uploaded here (the uploader's job)
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(remote.count(), 0);
    }

    void stopOfServerClockOfflineGetsAServerStop()
    {
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        const qint64 onServer = m_sw->running()->id;
        // A long Retry-After is an outage too; the stop fails at once and is recorded.
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
        fault.retryAfterSeconds = 3600;
        fault.attempts = 0;
        m_server->injectFault(fault);
        advance(300);
        Stopwatch::Action action {};
        const QString message = awaitAction([this] { m_sw->stop(); }, &action);
        QCOMPARE(action, Stopwatch::Action::Stop);
        QVERIFY2(message.startsWith(QLatin1String("Clockodo cannot be reached:")), qPrintable(message));
        QVERIFY(!m_sw->isRunning());
        QVERIFY(m_sw->lastStopped());
        QCOMPARE(m_sw->lastStopped()->id, onServer);
        const QList<OfflineRecord> records = recordsOnDisk(accountKey());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).kind, OfflineRecord::Kind::ServerStop);
        QCOMPARE(records.at(0).serverEntryId, onServer);
        QCOMPARE(records.at(0).end, T0.addSecs(300));
        QVERIFY(!records.at(0).maybeOnServer);
    }

    void shortRetryAfterIsNoOutage()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
        fault.retryAfterSeconds = 5;
        fault.attempts = 0;
        m_server->injectFault(fault);
        const QString message = awaitAction([this] { m_sw->start(taskA()); });
        QVERIFY2(message.startsWith(QLatin1String("FAILED: The clock could not be started")), qPrintable(message));
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(m_journal->records().size(), 0);
    }

    void unknownOutcomeIsRecordedAsMaybeOnServer()
    {
        // The start is sent, the connection drops, and the clock cannot be read again: recorded locally, flagged
        // for the uploader to look before it acts.
        goOffline();
        const QString message = awaitAction([this] { m_sw->start(taskA()); });
        QVERIFY2(message.contains(QLatin1String("Clockodo may have received the request")), qPrintable(message));
        QVERIFY(m_sw->isRunningLocally());
        const QList<OfflineRecord> records = recordsOnDisk(accountKey());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).state, OfflineRecord::State::Running);
        QVERIFY(records.at(0).maybeOnServer);
        QCOMPARE(records.at(0).start, T0);
        QCOMPARE(loggedRequests("POST", QStringLiteral("/api/v2/clock")).size(), 1); // sent once, never again
    }

    void unauthorizedIsNoOutage()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 401;
        fault.attempts = 0;
        m_server->injectFault(fault);
        const QString message = awaitAction([this] { m_sw->start(taskA()); });
        QVERIFY2(message.startsWith(QLatin1String("FAILED: The clock could not be started")), qPrintable(message));
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::SignedOut);
        QVERIFY(!m_sw->canWorkOffline());
        QCOMPARE(m_journal->records().size(), 0);
        QCOMPARE(recordsOnDisk(accountKey()).size(), 0);
    }

    void localClockResumesAfterRestart()
    {
        goOffline();
        QVERIFY(readFails());
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        advance(50 * 60);

        // The app ends (as after kill -9 or a reboot, the journal is all that is left) and starts again offline.
        startSession(false);
        QTRY_VERIFY_WITH_TIMEOUT(m_sw->isRunning(), 20000);
        QVERIFY(m_sw->isRunningLocally());
        QCOMPARE(m_sw->running()->timeSince, T0);
        QCOMPARE(m_sw->elapsedSeconds(), 50 * 60);
        advance(5 * 60);
        QCOMPARE(m_sw->elapsedSeconds(), 55 * 60);
        // …and it can be stopped there.
        QVERIFY(!awaitAction([this] { m_sw->stop(); }).startsWith(QLatin1String("FAILED")));
        const QList<OfflineRecord> records = recordsOnDisk(accountKey());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).end, T0.addSecs(55 * 60));
    }

    void anotherAccountSeesNoLocalClock()
    {
        goOffline();
        QVERIFY(readFails());
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        QVERIFY(m_sw->isRunningLocally());
        // Another account signs in: its journal is another; the local clock of A is not its clock.
        m_session->account()->clear();
        QVERIFY(openJournal(m_journal.get(), QStringLiteral("http://other.example/api#7")));
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(m_session->offlineClock()->recordCount(), 0);
        QCOMPARE(recordsOnDisk(accountKey()).size(), 1);
    }

    void offlineStartSwitchStopReconnectUploadsOnce()
    {
        // The "Done when": offline start → switch → stop → reconnect.
        goOffline();
        QVERIFY(readFails());
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        advance(25 * 60);
        QVERIFY(!awaitAction([this] { m_sw->start(taskB()); }).startsWith(QLatin1String("FAILED")));
        advance(10 * 60);
        QVERIFY(!awaitAction([this] { m_sw->stop(); }).startsWith(QLatin1String("FAILED")));
        advance(5 * 60);
        m_server->clearRequestLog();

        QVERIFY(reconnectAndUpload());
        const QList<QJsonObject> entries = entriesOnServer();
        QCOMPARE(entries.size(), 2);
        const auto time = [](const QJsonObject& e, const char* key) {
            return ApiTime::parse(e.value(QLatin1String(key)).toString());
        };
        QCOMPARE(entries.at(0).value(QStringLiteral("customers_id")).toInteger(), m_catalog.bakery);
        QCOMPARE(entries.at(0).value(QStringLiteral("services_id")).toInteger(), m_catalog.consulting);
        QCOMPARE(entries.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("Planung"));
        QCOMPARE(time(entries.at(0), "time_since"), T0);
        QCOMPARE(time(entries.at(0), "time_until"), T0.addSecs(25 * 60));
        QVERIFY(entries.at(0).value(QStringLiteral("clocked_offline")).toBool());
        QCOMPARE(entries.at(1).value(QStringLiteral("customers_id")).toInteger(), m_catalog.atelier);
        QCOMPARE(entries.at(1).value(QStringLiteral("services_id")).toInteger(), m_catalog.development);
        QCOMPARE(time(entries.at(1), "time_since"), T0.addSecs(25 * 60));
        QCOMPARE(time(entries.at(1), "time_until"), T0.addSecs(35 * 60));
        QVERIFY(entries.at(1).value(QStringLiteral("clocked_offline")).toBool());
        QCOMPARE(m_server->runningEntryId(), 0);
        // One create per period; no start or stop of the clock, nothing twice.
        QCOMPARE(loggedRequests("POST", QStringLiteral("/api/v2/entries")).size(), 2);
        QCOMPARE(loggedRequests("POST", QStringLiteral("/api/v2/clock")).size(), 0);
        QCOMPARE(loggedRequests("DELETE").size(), 0);
        QCOMPARE(loggedRequests("PUT").size(), 0);
        QCOMPARE(m_journal->records().size(), 0);
        QCOMPARE(recordsOnDisk(accountKey()).size(), 0);

        // The stopwatch shows the server's truth again.
        QTRY_COMPARE_WITH_TIMEOUT(m_sw->connection(), Stopwatch::Connection::Online, 20000);
        QVERIFY(!m_sw->isRunning());
    }

    void runningPeriodBecomesTheServersClock()
    {
        goOffline();
        QVERIFY(readFails());
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        advance(20 * 60);
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QVERIFY(reconnectAndUpload());
        // The clock runs on the server since the local start, and the stopwatch shows that entry — no "started on
        // another device".
        const qint64 running = m_server->runningEntryId();
        QVERIFY(running > 0);
        QCOMPARE(ApiTime::parse(m_server->entry(running).value(QStringLiteral("time_since")).toString()), T0);
        QTRY_VERIFY_WITH_TIMEOUT(m_sw->isRunning() && !m_sw->isRunningLocally(), 20000);
        QCOMPARE(m_sw->running()->id, running);
        QCOMPARE(m_sw->elapsedSeconds(), 20 * 60);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_sw->poll();
        QVERIFY(synced.wait(20000));
        QCOMPARE(m_sw->running()->id, running);
        QCOMPARE(remote.count(), 0);
    }

    // The user stops the local clock while the uploader's start of it (POST /v2/clock with the original time_since)
    // is on its way: the answer comes late, the server acted and the answer never comes, or the server holds it
    // without acting. The stop is never lost: the server ends with one entry from the local start to the local stop,
    // nothing keeps running (not on the server, not in the stopwatch meanwhile), and the journal ends done.
    void stopWhileItsStartIsUploading_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("actFirst");
        QTest::newRow("acted, answer delayed") << int(FakeClockodoServer::Fault::Kind::Delay) << false;
        QTest::newRow("acted, no answer") << int(FakeClockodoServer::Fault::Kind::Hang) << true;
        QTest::newRow("held, not acted") << int(FakeClockodoServer::Fault::Kind::Hang) << false;
    }

    void stopWhileItsStartIsUploading()
    {
        QFETCH(int, kind);
        QFETCH(bool, actFirst);
        goOffline();
        QVERIFY(readFails());
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        QVERIFY(m_sw->isRunningLocally());
        advance(20 * 60);

        // Clockodo answers again; the uploader starts the local period on the server, and that start is held.
        m_server->clearFaults();
        m_server->clearRequestLog();
        if (actFirst || kind == int(FakeClockodoServer::Fault::Kind::Hang))
            m_api->setTimeoutMs(1000); // a held request ends by the client's timeout
        FakeClockodoServer::Fault hold;
        hold.kind = FakeClockodoServer::Fault::Kind(kind);
        hold.delayMs = 3000; // Delay: the answer comes after the stop below
        hold.actFirst = actFirst;
        hold.method = "POST";
        hold.pathPrefix = QStringLiteral("/api/v2/clock");
        m_server->injectFault(hold);
        m_uploader->retryNow();
        QVERIFY(
            QTest::qWaitFor([&] { return !loggedRequests("POST", QStringLiteral("/api/v2/clock")).isEmpty(); }, 20000));
        QVERIFY(m_uploader->isBusy());

        // The user stops the clock now, ten minutes later.
        advance(10 * 60);
        const QString stopped = awaitAction([this] { m_sw->stop(); });
        QVERIFY2(!stopped.startsWith(QLatin1String("FAILED")), qPrintable(stopped));
        QVERIFY(!m_sw->isRunning());
        QVERIFY(pendingRequests(m_api.get()).contains(QStringLiteral("POST /v2/clock"))); // still on its way

        // The pass ends (the answer, or the client's timeout); what the stopwatch reads meanwhile is no clock running.
        QVERIFY(QTest::qWaitFor([&] { return !m_uploader->isBusy() && m_journal->pendingWrites() == 0; }, 20000));
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_sw->poll();
        QVERIFY(synced.wait(20000));
        QVERIFY2(!m_sw->isRunning(), "the stopped clock shows as running again");
        // Further passes until nothing waits (an unknown outcome is looked up first).
        for (int pass = 0; pass < 3 && !m_journal->records().isEmpty(); ++pass)
            QVERIFY(reconnectAndUpload());

        const QList<QJsonObject> entries = entriesOnServer();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(ApiTime::parse(entries.first().value(QStringLiteral("time_since")).toString()), T0);
        QCOMPARE(ApiTime::parse(entries.first().value(QStringLiteral("time_until")).toString()), T0.addSecs(30 * 60));
        QCOMPARE(entries.first().value(QStringLiteral("customers_id")).toInteger(), m_catalog.bakery);
        QCOMPARE(m_server->runningEntryId(), 0);
        QCOMPARE(m_journal->records().size(), 0);
        QCOMPARE(recordsOnDisk(accountKey()).size(), 0);
        m_sw->poll();
        QVERIFY(synced.wait(20000));
        QVERIFY(!m_sw->isRunning());
    }

    void recordsOfAnotherAccountAreNotUploaded()
    {
        goOffline();
        QVERIFY(readFails());
        QVERIFY(!awaitAction([this] { m_sw->start(taskA()); }).startsWith(QLatin1String("FAILED")));
        advance(600);
        QVERIFY(!awaitAction([this] { m_sw->stop(); }).startsWith(QLatin1String("FAILED")));
        const QString keyA = accountKey();

        // B signs in (on the same server, as another account key): its journal is empty, A's records stay.
        const QString keyB = AccountData::keyFor(QUrl(QStringLiteral("http://127.0.0.1:1/api")), 7);
        bindUser(keyB);
        QVERIFY(openJournal(m_journal.get(), keyB));
        QCOMPARE(m_session->offlineClock()->waitingCount(), 0);
        m_server->clearRequestLog();
        QVERIFY(reconnectAndUpload());
        QCOMPARE(loggedRequests("POST").size(), 0);
        QCOMPARE(entriesOnServer().size(), 0);
        QCOMPARE(recordsOnDisk(keyA).size(), 1);
    }

    void withoutJournalNothingIsPretended()
    {
        // No journal open (e.g. it could not be opened): nothing can be recorded, and the user is told.
        goOffline();
        QVERIFY(readFails());
        m_journal->close();
        QVERIFY(!m_sw->canWorkOffline());
        const QString message = awaitAction([this] { m_sw->start(taskA()); });
        QVERIFY2(message.startsWith(QLatin1String("FAILED:")), qPrintable(message));
        QVERIFY(!m_sw->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestOfflineStopwatch)
#include "tst_offlinestopwatch.moc"
