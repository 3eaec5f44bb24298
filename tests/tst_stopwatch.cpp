// SPDX-License-Identifier: GPL-3.0-or-later
// The Stopwatch state machine against the fake Clockodo server over real HTTP on 127.0.0.1, with a ManualClock
// on our side and the fake's frozen clock on the server's side: nothing waits on the wall clock.
#include "api/transport/apitime.h"
#include "core/session/accountdata.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

} // namespace

class TestStopwatch : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StopwatchSession> m_session;
    Stopwatch* m_sw = nullptr;
    qint64 m_customerA = 0;
    qint64 m_customerB = 0;
    qint64 m_serviceA = 0;
    qint64 m_serviceB = 0;
    qint64 m_projectA = 0;

    // Lets time pass on both sides.
    void advance(qint64 seconds)
    {
        m_server->advance(seconds);
        m_clock->advance(seconds);
    }

    bool read()
    {
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        QSignalSpy failed(m_sw, &Stopwatch::syncFailed);
        m_sw->poll();
        return QTest::qWaitFor([&] { return synced.count() + failed.count() > 0; }, 20000) && synced.count() == 1;
    }

    // Waits for the outcome of an action; returns its message ("FAILED: …" when it failed).
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

    ClockStartRequest startA(const QString& text = QStringLiteral("Planung"))
    {
        ClockStartRequest r;
        r.customersId = m_customerA;
        r.projectsId = m_projectA;
        r.servicesId = m_serviceA;
        r.text = text;
        return r;
    }

    ClockStartRequest startB()
    {
        ClockStartRequest r;
        r.customersId = m_customerB;
        r.servicesId = m_serviceB;
        return r;
    }

    void injectAlways(FakeClockodoServer::Fault::Kind kind, int status = 500, int retryAfter = -1)
    {
        FakeClockodoServer::Fault fault;
        fault.kind = kind;
        fault.attempts = 0; // until cleared
        fault.status = status;
        fault.retryAfterSeconds = retryAfter;
        fault.pathPrefix = QStringLiteral("/v2/clock");
        m_server->injectFault(fault);
    }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(T0));
        const Catalog catalog = seedCatalog(3, 7);
        m_customerA = catalog.bakery;
        m_customerB = catalog.atelier;
        m_serviceA = catalog.consulting;
        m_serviceB = catalog.development;
        m_projectA = m_server->addProject(m_customerA, QStringLiteral("Neue Website"));
        QVERIFY(m_customerA > 0 && m_customerB > 0 && m_projectA > 0 && m_serviceA > 0 && m_serviceB > 0);

        m_clock = std::make_unique<ManualClock>(T0);
        m_api->setTimeoutMs(5000);
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        m_sw = m_session->stopwatch();

        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_session->start(false);
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        QVERIFY(m_sw->isKnown());
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Online);
    }

    void cleanup()
    {
        m_session.reset();
        stopFakeServer();
        m_clock.reset();
        m_sw = nullptr;
    }

    void startAndStop()
    {
        QSignalSpy changed(m_sw, &Stopwatch::stateChanged);
        Stopwatch::Action action {};
        QCOMPARE(awaitAction([this] { m_sw->start(startA()); }, &action),
                 QStringLiteral("Started Bäckerei Sonnenschein · Neue Website · Beratung — Planung."));
        QCOMPARE(action, Stopwatch::Action::Start);
        QVERIFY(changed.count() > 0);
        QVERIFY(m_sw->isRunning());
        QCOMPARE(m_sw->running()->id, m_server->runningEntryId());
        QCOMPARE(m_sw->running()->timeSince, T0);
        QCOMPARE(m_sw->elapsedSeconds(), 0);

        advance(83 * 60 + 20);
        QCOMPARE(m_sw->elapsedSeconds(), 83 * 60 + 20);

        const QString stopped = awaitAction([this] { m_sw->stop(); }, &action);
        QCOMPARE(action, Stopwatch::Action::Stop);
        QCOMPARE(stopped,
                 QStringLiteral("Stopped Bäckerei Sonnenschein · Neue Website · Beratung — Planung after "
                                "1:23 h."));
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(m_server->runningEntryId(), 0);
        QVERIFY(m_sw->lastStopped());
        QCOMPARE(m_sw->lastStopped()->duration.value_or(-1), 83 * 60 + 20);
        QCOMPARE(m_sw->elapsedSeconds(), 0);
    }

    void switchSaysWhatStopped()
    {
        QVERIFY(!awaitAction([this] { m_sw->start(startA()); }).startsWith(QLatin1String("FAILED")));
        const qint64 first = m_sw->running()->id;
        advance(45 * 60);
        Stopwatch::Action action {};
        const QString message = awaitAction([this] { m_sw->start(startB()); }, &action);
        QCOMPARE(action, Stopwatch::Action::Switch);
        QCOMPARE(message,
                 QStringLiteral("Switched to Atelier Lumière · Développement. Stopped Bäckerei Sonnenschein "
                                "· Neue Website · Beratung — Planung after 0:45 h."));
        QVERIFY(m_sw->running()->id != first);
        QCOMPARE(m_sw->running()->customersId, m_customerB);
        QCOMPARE(m_sw->lastStopped()->id, first);
        QCOMPARE(m_server->entry(first).value(QLatin1String("duration")).toInteger(), 45 * 60);
    }

    void continueLastAndToggle()
    {
        awaitAction([this] { m_sw->start(startA(QStringLiteral("Angebot"))); });
        advance(600);
        awaitAction([this] { m_sw->stop(); });
        QVERIFY(m_sw->lastTask());
        advance(300);

        Stopwatch::Action action {};
        QCOMPARE(awaitAction([this] { m_sw->continueLast(); }, &action),
                 QStringLiteral("Started Bäckerei Sonnenschein · Neue Website · Beratung — Angebot."));
        QCOMPARE(action, Stopwatch::Action::Continue);
        QVERIFY(m_sw->isRunning());
        QCOMPARE(m_sw->running()->customersId, m_customerA);
        QCOMPARE(m_sw->running()->projectsId.value_or(0), m_projectA);
        QCOMPARE(m_sw->running()->servicesId.value_or(0), m_serviceA);
        QCOMPARE(m_sw->running()->text, QStringLiteral("Angebot"));

        // Toggle: running → stop; stopped → continue.
        awaitAction([this] { m_sw->toggle(); }, &action);
        QCOMPARE(action, Stopwatch::Action::Stop);
        QVERIFY(!m_sw->isRunning());
        awaitAction([this] { m_sw->toggle(); }, &action);
        QCOMPARE(action, Stopwatch::Action::Continue);
        QVERIFY(m_sw->isRunning());
    }

    void lastTaskBelongsToTheAccount()
    {
        // The last stopped entry and the recent work are the account's data: another account starts without them.
        awaitAction([this] { m_sw->start(startA(QStringLiteral("Angebot"))); });
        advance(600);
        awaitAction([this] { m_sw->stop(); });
        QVERIFY(m_sw->lastStopped());
        QCOMPARE(m_session->account()->lastStopped()->id, m_sw->lastStopped()->id);
        QVERIFY(m_sw->lastTask());

        m_session->account()->clear();
        QVERIFY(!m_sw->lastStopped());
        QVERIFY(!m_sw->lastTask());
        QVERIFY(m_session->account()->recentEntries().isEmpty());
        QVERIFY(m_session->recentTasks()->tasks().isEmpty());
    }

    void continueWithoutHistoryFails()
    {
        QVERIFY(!m_sw->lastTask());
        QVERIFY(awaitAction([this] { m_sw->continueLast(); }).startsWith(QLatin1String("FAILED")));
    }

    void remoteChangesArePickedUp()
    {
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QVERIFY(read());
        QCOMPARE(remote.count(), 0); // nothing changed

        // Started on another device.
        const qint64 first = m_server->remoteStartClock(m_customerA, m_serviceA, m_projectA, QStringLiteral("Mail"));
        QVERIFY(first > 0);
        QVERIFY(read());
        QCOMPARE(remote.count(), 1);
        QCOMPARE(remote.at(0).at(0).value<Stopwatch::RemoteChange>(), Stopwatch::RemoteChange::Started);
        QVERIFY2(remote.at(0).at(1).toString().contains(QStringLiteral("Bäckerei Sonnenschein · Neue Website")),
                 qPrintable(remote.at(0).at(1).toString()));
        QCOMPARE(m_sw->running()->id, first);

        // Nothing new: no message.
        QVERIFY(read());
        QCOMPARE(remote.count(), 1);

        // Edited there.
        advance(120);
        m_server->remoteEditEntry(first, QJsonObject { { QStringLiteral("text"), QStringLiteral("Telefonat") } });
        QVERIFY(read());
        QCOMPARE(remote.count(), 2);
        QCOMPARE(remote.at(1).at(0).value<Stopwatch::RemoteChange>(), Stopwatch::RemoteChange::Edited);
        QCOMPARE(m_sw->running()->text, QStringLiteral("Telefonat"));

        // Switched there.
        advance(600);
        const qint64 second = m_server->remoteStartClock(m_customerB, m_serviceB);
        QVERIFY(read());
        QCOMPARE(remote.count(), 3);
        QCOMPARE(remote.at(2).at(0).value<Stopwatch::RemoteChange>(), Stopwatch::RemoteChange::Switched);
        QVERIFY(remote.at(2).at(1).toString().contains(QStringLiteral("Atelier Lumière")));
        QCOMPARE(m_sw->running()->id, second);

        // Stopped there.
        advance(1800);
        m_server->remoteStopClock();
        QVERIFY(read());
        QCOMPARE(remote.count(), 4);
        QCOMPARE(remote.at(3).at(0).value<Stopwatch::RemoteChange>(), Stopwatch::RemoteChange::Stopped);
        QCOMPARE(remote.at(3).at(1).toString(),
                 QStringLiteral("The clock was stopped on another device: Atelier Lumière · Développement after "
                                "0:30 h."));
        QVERIFY(!m_sw->isRunning());
    }

    void pollTimerReadsTheClock()
    {
        // The poll runs on the timer; here it is driven by its slot, and the schedule is checked.
        m_sw->setPollIntervalSeconds(60);
        m_sw->setPollingEnabled(true);
        QVERIFY(read());
        QCOMPARE(m_sw->nextPollDelayMs(), 60000);
        m_sw->setPollingEnabled(false);
        QCOMPARE(m_sw->nextPollDelayMs(), -1);
    }

    void clockSkewIsCorrected()
    {
        // The server runs 7 minutes ahead of us.
        m_server->setNow(T0.addSecs(7 * 60));
        awaitAction([this] { m_sw->start(startA()); });
        QCOMPARE(m_sw->serverOffsetSeconds(), 7 * 60);
        QCOMPARE(m_sw->running()->timeSince, T0.addSecs(7 * 60));
        QCOMPARE(m_sw->elapsedSeconds(), 0); // not -420
        advance(600);
        QCOMPARE(m_sw->elapsedSeconds(), 600);

        // Started elsewhere 30 minutes ago (server time): still right after a read.
        m_server->remoteStartClock(m_customerB, m_serviceB, 0, QString(), m_server->now().addSecs(-1800));
        QVERIFY(read());
        QCOMPARE(m_sw->elapsedSeconds(), 1800);

        // Our wall clock jumps (NTP, the user): the elapsed time does not.
        m_clock->setNowUtc(m_clock->nowUtc().addSecs(-3600));
        QCOMPARE(m_sw->elapsedSeconds(), 1800);
        advance(60);
        QCOMPARE(m_sw->elapsedSeconds(), 1860);
    }

    void truncationIsReported()
    {
        m_server->remoteStartClock(m_customerA, m_serviceA, 0, QStringLiteral("Vergessen"), T0.addSecs(-25 * 3600));
        QVERIFY(read());
        QVERIFY(m_sw->isRunning());
        QCOMPARE(m_sw->elapsedSeconds(), 25 * 3600);

        QSignalSpy truncated(m_sw, &Stopwatch::entryTruncated);
        const QString message = awaitAction([this] { m_sw->stop(); });
        QVERIFY2(!message.startsWith(QLatin1String("FAILED")), qPrintable(message));
        QCOMPARE(truncated.count(), 1);
        const Entry entry = truncated.at(0).at(0).value<Entry>();
        QCOMPARE(entry.duration.value_or(0), Entry::MaxDurationSeconds);
        QVERIFY(truncated.at(0).at(1).toString().contains(QLatin1String("24 hours")));

        // The same when a switch stops such an entry.
        m_server->remoteStartClock(m_customerA, m_serviceA, 0, QString(), m_server->now().addSecs(-30 * 3600));
        QVERIFY(read());
        awaitAction([this] { m_sw->start(startB()); });
        QCOMPARE(truncated.count(), 2);
    }

    void stopOfAVanishedEntryRereads_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("stopped elsewhere (400)") << 0;
        QTest::newRow("deleted elsewhere (404)") << 1;
        QTest::newRow("switched elsewhere") << 2;
    }

    void stopOfAVanishedEntryRereads()
    {
        QFETCH(int, how);
        awaitAction([this] { m_sw->start(startA()); });
        const qint64 id = m_sw->running()->id;
        advance(300);
        qint64 other = 0;
        if (how == 0)
            m_server->remoteStopClock();
        else if (how == 1)
            m_server->remoteDeleteEntry(id);
        else
            other = m_server->remoteStartClock(m_customerB, m_serviceB);

        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        const QString message = awaitAction([this] { m_sw->stop(); });
        QCOMPARE(failed.count(), 0);
        QCOMPARE(remote.count(), 1);
        if (how == 2) {
            QCOMPARE(remote.at(0).at(0).value<Stopwatch::RemoteChange>(), Stopwatch::RemoteChange::Switched);
            QVERIFY(m_sw->isRunning());
            QCOMPARE(m_sw->running()->id, other);
            QVERIFY2(message.contains(QStringLiteral("Atelier Lumière")), qPrintable(message));
        } else {
            QCOMPARE(remote.at(0).at(0).value<Stopwatch::RemoteChange>(), Stopwatch::RemoteChange::Stopped);
            QVERIFY(!m_sw->isRunning());
            QCOMPARE(message, QStringLiteral("The clock had already been stopped on another device."));
        }
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Online);
    }

    // The server acts (or not), then the connection closes before any answer: the request reaches the server
    // once, nothing is duplicated, and the stopwatch reads the clock again and tells what is true - as its own
    // action, never as a change "on another device".
    void lostAnswerTellsTheTruth_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("start, acted") << QStringLiteral("start");
        QTest::newRow("switch, acted") << QStringLiteral("switch");
        QTest::newRow("stop, acted") << QStringLiteral("stop");
        QTest::newRow("start, not reached") << QStringLiteral("start-lost");
        QTest::newRow("stop, not reached") << QStringLiteral("stop-lost");
        QTest::newRow("start, server error") << QStringLiteral("start-500");
    }

    void lostAnswerTellsTheTruth()
    {
        QFETCH(QString, what);
        const bool stopping = what.startsWith(QLatin1String("stop"));
        const bool lost = what.endsWith(QLatin1String("-lost"));
        const bool serverError = what.endsWith(QLatin1String("-500"));
        if (stopping || what == QLatin1String("switch")) {
            QVERIFY(!awaitAction([this] { m_sw->start(startA()); }).startsWith(QLatin1String("FAILED")));
            advance(600);
        }
        const qint64 runningBefore = m_server->runningEntryId();
        const qsizetype entriesBefore = m_server->allEntries().size();
        m_server->clearRequestLog();
        FakeClockodoServer::Fault fault;
        fault.kind = lost ? FakeClockodoServer::Fault::Kind::Drop : FakeClockodoServer::Fault::Kind::ActThenDrop;
        if (serverError)
            fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.attempts = lost || serverError ? 0 : 1; // one: a second attempt would be answered (and acted on)
        fault.method = stopping ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("POST");
        fault.pathPrefix = QStringLiteral("/v2/clock");
        m_server->injectFault(fault);
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);

        const QString message = awaitAction([this, what] {
            if (what == QLatin1String("switch"))
                m_sw->start(startB());
            else if (what.startsWith(QLatin1String("stop")))
                m_sw->stop();
            else
                m_sw->start(startA());
        });
        m_server->clearFaults();

        int attempts = 0;
        for (const auto& request : m_server->requestLog())
            attempts += request.method == fault.method ? 1 : 0;
        QCOMPARE(attempts, 1);
        QCOMPARE(remote.count(), 0);
        QVERIFY(!m_sw->isBusy());
        const QJsonArray entries = m_server->allEntries();
        if (what == QLatin1String("start") || what == QLatin1String("switch")) {
            QCOMPARE(entries.size(), entriesBefore + 1); // one new clock entry, no 0-second twin
            QVERIFY(m_sw->isRunning());
            QCOMPARE(m_sw->running()->id, m_server->runningEntryId());
            const QString task = what == QLatin1String("start")
                ? QStringLiteral("Bäckerei Sonnenschein · Neue Website · Beratung — Planung")
                : QStringLiteral("Atelier Lumière · Développement");
            QCOMPARE(message,
                     QStringLiteral("The clock is running: %1, started at %2.")
                         .arg(task, m_sw->timeText(m_sw->running()->timeSince)));
        } else if (what == QLatin1String("stop")) {
            QCOMPARE(entries.size(), entriesBefore);
            QCOMPARE(m_server->runningEntryId(), 0);
            QVERIFY(!m_sw->isRunning());
            QCOMPARE(message,
                     QStringLiteral("Stopped Bäckerei Sonnenschein · Neue Website · Beratung — Planung after 0:10 h."));
            QCOMPARE(m_sw->lastStopped()->id, runningBefore);
        } else if (what == QLatin1String("start-500")) {
            QCOMPARE(entries.size(), entriesBefore);
            QVERIFY(!m_sw->isRunning());
            QVERIFY2(message.startsWith(QLatin1String("FAILED: Clockodo could not start the clock (")),
                     qPrintable(message));
            QVERIFY2(message.endsWith(QLatin1String("). The clock is stopped.")), qPrintable(message));
        } else if (what == QLatin1String("start-lost")) {
            QCOMPARE(entries.size(), entriesBefore);
            QVERIFY(!m_sw->isRunning());
            QCOMPARE(message, QStringLiteral("FAILED: Starting did not reach Clockodo. The clock is stopped."));
        } else {
            QCOMPARE(m_server->runningEntryId(), runningBefore);
            QVERIFY(m_sw->isRunning());
            QCOMPARE(message,
                     QStringLiteral("FAILED: Stopping did not reach Clockodo; Bäckerei Sonnenschein · Neue Website · "
                                    "Beratung — Planung still runs (since %1).")
                         .arg(m_sw->timeText(m_sw->running()->timeSince)));
        }
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Online);
    }

    void offlineThenOnline()
    {
        m_sw->setPollIntervalSeconds(60);
        m_sw->setPollingEnabled(true);
        awaitAction([this] { m_sw->start(startA()); });
        advance(120);

        // The server answers 500: a server error, the poll slows down.
        injectAlways(FakeClockodoServer::Fault::Kind::Status, 503);
        QVERIFY(!read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::ServerError);
        QCOMPARE(m_sw->nextPollDelayMs(), 60000);
        QVERIFY(!read());
        QCOMPARE(m_sw->nextPollDelayMs(), 120000);
        QVERIFY(!read());
        QCOMPARE(m_sw->nextPollDelayMs(), 240000);
        m_server->clearFaults();

        // The connection drops: offline. The clock still ticks locally, from the last known state.
        injectAlways(FakeClockodoServer::Fault::Kind::Drop);
        QVERIFY(!read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Offline);
        QVERIFY(m_sw->isRunning());
        advance(60);
        QCOMPARE(m_sw->elapsedSeconds(), 180);
        for (int i = 0; i < 8; ++i)
            QVERIFY(!read());
        QCOMPARE(m_sw->nextPollDelayMs(), Stopwatch::MaxBackoffSeconds * 1000); // capped

        // Back online: any answer from the server makes the stopwatch read the clock at once.
        m_server->clearFaults();
        m_server->remoteStopClock(); // and meanwhile the clock was stopped elsewhere
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QVERIFY(waitFor(m_api->currentUser()));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Online);
        QCOMPARE(m_sw->nextPollDelayMs(), 60000);
        QCOMPARE(m_sw->consecutiveFailures(), 0);
        QCOMPARE(remote.count(), 1);
        QVERIFY(!m_sw->isRunning());
    }

    void rateLimitedBacksOff()
    {
        m_sw->setPollIntervalSeconds(60);
        m_sw->setPollingEnabled(true);
        injectAlways(FakeClockodoServer::Fault::Kind::TooManyRequests, 429, 300);
        QVERIFY(!read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::RateLimited);
        QVERIFY(m_sw->nextPollDelayMs() >= 300000);
        m_server->clearFaults();
        QVERIFY(read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Online);
    }

    void signedOut()
    {
        m_api->setCredentials(m_server->email(), QStringLiteral("wrong-key"));
        QVERIFY(!read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::SignedOut);
        QCOMPARE(m_sw->lastError().category, ApiError::Category::Auth);
    }

    void editRunning()
    {
        awaitAction([this] { m_sw->start(startA()); });
        Entry changed = *m_sw->running();
        changed.text = QStringLiteral("Abstimmung Startseite");
        changed.customersId = m_customerB;
        changed.projectsId.reset();
        changed.servicesId = m_serviceB;
        changed.billable = Entry::NotBillable;
        Stopwatch::Action action {};
        const QString message = awaitAction([&] { m_sw->editRunning(changed); }, &action);
        QCOMPARE(action, Stopwatch::Action::Edit);
        QCOMPARE(message,
                 QStringLiteral("The running clock is now Atelier Lumière · Développement — Abstimmung Startseite."));
        const QJsonObject onServer = m_server->entry(changed.id);
        QCOMPARE(onServer.value(QLatin1String("customers_id")).toInteger(), m_customerB);
        QCOMPARE(onServer.value(QLatin1String("services_id")).toInteger(), m_serviceB);
        QVERIFY(onServer.value(QLatin1String("projects_id")).isNull());
        QCOMPARE(onServer.value(QLatin1String("text")).toString(), QStringLiteral("Abstimmung Startseite"));
        QVERIFY(m_sw->isRunning());
        QCOMPARE(m_sw->running()->text, QStringLiteral("Abstimmung Startseite"));

        // A read afterwards is no "remote" change.
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QVERIFY(read());
        QCOMPARE(remote.count(), 0);
    }

    void correctStartWithOverlap()
    {
        // A finished entry 08:00–08:50, the clock started at 09:00.
        QVERIFY(m_server->addTimeEntry(m_customerB, 0, m_serviceB, T0.addSecs(-3600), T0.addSecs(-600),
                                       QStringLiteral("Vorher"), 1)
                > 0);
        awaitAction([this] { m_sw->start(startA()); });
        advance(300);

        // "Started 10 minutes ago": no overlap.
        Stopwatch::Action action {};
        QString message = awaitAction([this] { m_sw->correctStart(m_sw->serverNow().addSecs(-600)); }, &action);
        QCOMPARE(action, Stopwatch::Action::CorrectStart);
        QVERIFY2(message.startsWith(QLatin1String("The clock now runs since")), qPrintable(message));
        QCOMPARE(m_sw->running()->timeSince, T0.addSecs(-300));
        QCOMPARE(m_sw->elapsedSeconds(), 600);

        // 08:30 overlaps the previous entry: told, with the free start 08:50.
        QSignalSpy overlap(m_sw, &Stopwatch::correctionOverlapping);
        const QDateTime before = m_sw->running()->timeSince;
        m_sw->correctStart(T0.addSecs(-1800));
        QVERIFY(overlap.wait(20000));
        const auto result = overlap.at(0).at(0).value<ClockCorrection::Result>();
        QVERIFY(result.overlapping);
        QCOMPARE(result.overlappingFreeTimeSince, T0.addSecs(-600));
        QVERIFY(overlap.at(0).at(1).toString().contains(QLatin1String("overlaps")));
        QVERIFY(m_sw->running()->timeSince != before);

        // Taking the offered free start.
        message = awaitAction([&] { m_sw->correctStart(result.overlappingFreeTimeSince); }, &action);
        QCOMPARE(action, Stopwatch::Action::CorrectStart);
        QCOMPARE(m_sw->running()->timeSince, T0.addSecs(-600));
        QCOMPARE(QDateTime::fromString(
                     m_server->entry(m_sw->running()->id).value(QLatin1String("time_since")).toString(), Qt::ISODate),
                 T0.addSecs(-600));
    }

    void correctStartConflictRereads()
    {
        awaitAction([this] { m_sw->start(startA()); });
        const qint64 id = m_sw->running()->id;
        m_server->remoteEditEntry(id,
                                  QJsonObject { { QStringLiteral("time_since"), ApiTime::format(T0.addSecs(-120)) } });
        const QString message = awaitAction([this] { m_sw->correctStart(T0.addSecs(-60)); });
        QVERIFY2(message.startsWith(QLatin1String("FAILED: The clock was changed elsewhere")), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(m_sw->running()->timeSince, T0.addSecs(-120), 20000);
    }

    void concurrentActionIsRefused()
    {
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        m_sw->start(startA());
        QVERIFY(m_sw->isBusy());
        m_sw->start(startB());
        QCOMPARE(failed.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 20000);
        QCOMPARE(m_sw->running()->customersId, m_customerA);
        QVERIFY(!m_sw->isBusy());
    }

    void staleReadDoesNotLookRemote()
    {
        // A read sent before a local start must not report the start as a remote change.
        QSignalSpy remote(m_sw, &Stopwatch::remoteChange);
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        m_sw->refresh();
        m_sw->start(startA());
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 1, 20000);
        QVERIFY(read());
        QCOMPARE(remote.count(), 0);
        QVERIFY(m_sw->isRunning());
    }

    void recentTasksAndToday()
    {
        RecentTasks* recent = m_session->recentTasks();
        // Today (Europe/Berlin: from 2026-11-22T23:00Z) 07:00–07:30Z and 07:30–08:15Z; yesterday and older ones.
        m_server->addTimeEntry(m_customerA, m_projectA, m_serviceA, T0.addSecs(-7200), T0.addSecs(-5400),
                               QStringLiteral("Planung"), 1);
        m_server->addTimeEntry(m_customerB, 0, m_serviceB, T0.addSecs(-5400), T0.addSecs(-2700),
                               QStringLiteral("Skizzen"), 0);
        m_server->addTimeEntry(m_customerA, m_projectA, m_serviceA, T0.addDays(-1), T0.addDays(-1).addSecs(3600),
                               QStringLiteral("Planung"), 1);
        m_server->addTimeEntry(m_customerA, 0, m_serviceB, T0.addDays(-3), T0.addDays(-3).addSecs(3600), QString(), 1);
        m_server->addTimeEntry(m_customerA, 0, m_serviceB, T0.addDays(-20), T0.addDays(-20).addSecs(3600),
                               QStringLiteral("Zu alt"), 1);
        QSignalSpy changed(recent, &RecentTasks::changed);
        recent->reload();
        QVERIFY(changed.wait(20000));
        QCOMPARE(recent->tasks().size(), 3);
        QCOMPARE(recent->tasks().at(0).text, QStringLiteral("Skizzen"));
        QCOMPARE(recent->tasks().at(1).text, QStringLiteral("Planung"));
        QCOMPARE(recent->tasks().at(2).text, QString());
        QCOMPARE(recent->todayFinishedSeconds(), 1800 + 2700);

        awaitAction([this] { m_sw->start(startA()); });
        advance(600);
        QCOMPARE(m_session->todaySeconds(), 1800 + 2700 + 600);

        // Nothing stopped yet: "continue" falls back to the newest recent task.
        QVERIFY(m_sw->lastTask());
        QCOMPARE(m_sw->lastTask()->text, QStringLiteral("Skizzen"));

        // The recent tasks follow a stop.
        awaitAction([this] { m_sw->stop(); });
        QTRY_COMPARE_WITH_TIMEOUT(recent->tasks().at(0).text, QStringLiteral("Planung"), 20000);
        QCOMPARE(recent->todayFinishedSeconds(), 1800 + 2700 + 600);
    }

    void recentTasksTakeTheUserFromTheAccount()
    {
        // RecentTasks reads the user from the account's AccountData: when the account knows it, no /v4/users/me is
        // sent; when it does not, the account fetches it once, however often the recent tasks ask before it arrives.
        m_server->addTimeEntry(m_customerA, m_projectA, m_serviceA, T0.addSecs(-7200), T0.addSecs(-5400),
                               QStringLiteral("Planung"), 1);
        const auto userRequests = [this] {
            return requestCount(QStringLiteral("/api/v4/users/me"));
        };
        AccountData account(m_api.get());
        User user;
        user.id = m_server->currentUserId();
        user.timezone = QStringLiteral("Europe/Berlin");
        account.setUser(user);
        RecentTasks recent(m_api.get(), &account, m_clock.get());
        QSignalSpy changed(&recent, &RecentTasks::changed);
        // The fixture's session reads the clock, lists and user at start: let that finish so that the counts below
        // are this test's own.
        QTRY_VERIFY_WITH_TIMEOUT(pendingRequests(m_api.get()).isEmpty(), 20000);
        m_server->clearRequestLog();
        // The account knows the user: reload() asks for the entries only. Its calls are pending on the client when
        // it returns (requests go out from the event loop only); the fixture's session may have calls of its own.
        const auto pendingUserCalls = [this] {
            return pendingRequests(m_api.get()).count(QStringLiteral("GET /v4/users/me"));
        };
        const qsizetype userCallsBefore = pendingUserCalls();
        recent.reload();
        QCOMPARE(pendingUserCalls(), userCallsBefore);
        QVERIFY(changed.wait(20000));
        QCOMPARE(recent.tasks().size(), 1);
        QCOMPARE(userRequests(), 0);
        // Another account: the old one's tasks are gone until the next reload.
        account.clear();
        QVERIFY(recent.tasks().isEmpty());
        QVERIFY(!recent.isLoaded());
        QCOMPARE(recent.todayFinishedSeconds(), 0);

        AccountData fresh(m_api.get());
        RecentTasks impatient(m_api.get(), &fresh, m_clock.get());
        QSignalSpy impatientChanged(&impatient, &RecentTasks::changed);
        fresh.load(); // the app's load of the account is on its way
        impatient.reload(); // waits for that user
        impatient.reload(); // still waits: no second request
        QVERIFY(impatientChanged.wait(20000));
        QCOMPARE(userRequests(), 1);
        QCOMPARE(impatient.tasks().size(), 1);
        QCOMPARE(fresh.user().id, m_server->currentUserId());

        AccountData alone(m_api.get());
        RecentTasks first(m_api.get(), &alone, m_clock.get());
        QSignalSpy firstChanged(&first, &RecentTasks::changed);
        first.reload(); // nobody loads the account: it fetches the user for us
        first.reload();
        QVERIFY(firstChanged.wait(20000));
        QCOMPARE(userRequests(), 2);
        QCOMPARE(first.tasks().size(), 1);
    }

    void recentTasksNeedFewRequestsAtAnyScale()
    {
        // N entries in the 13 days before today (Berlin's today begins 2026-11-22T23:00Z) and two today: the recent
        // tasks come from a bounded set of requests (not one page per 1,000 entries), the tasks are the newest
        // distinct ones of the whole range, today's total is exact.
        RecentTasks* recent = m_session->recentTasks();
        const QDateTime todayStart(QDate(2026, 11, 22), QTime(23, 0), Qt::UTC);
        m_server->addTimeEntry(m_customerA, m_projectA, m_serviceA, T0.addSecs(-7200), T0.addSecs(-5400),
                               QStringLiteral("Planung"), 1);
        m_server->addTimeEntry(m_customerB, 0, m_serviceB, todayStart.addSecs(-600), todayStart.addSecs(1200),
                               QStringLiteral("Über Mitternacht"), 0);
        const auto loadCounting = [&]() -> int {
            if (!QTest::qWaitFor([&] { return pendingRequests(m_api.get()).isEmpty() && !recent->isLoading(); }, 20000))
                return -1;
            m_server->clearRequestLog();
            QSignalSpy changed(recent, &RecentTasks::changed);
            recent->reload();
            if (!QTest::qWaitFor([&] { return changed.count() > 0 && !recent->isLoading(); }, 20000))
                return -1;
            return requestCount(QStringLiteral("/api/v2/entries"));
        };
        const auto expectedTasks = [this, todayStart] {
            QList<Entry> all;
            for (const QJsonValue& v : m_server->allEntries()) {
                QString error;
                const auto e = Entry::fromJson(v.toObject(), QString(), &error);
                if (e && e->type == Entry::Type::Time && !e->isRunning() && e->servicesId
                    && e->timeUntil > todayStart.addDays(-(RecentTasks::DaysBack - 1)))
                    all.append(*e);
            }
            std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
                return a.timeSince != b.timeSince ? a.timeSince > b.timeSince : a.id < b.id;
            });
            QList<qint64> ids;
            QList<Entry> tasks;
            for (const Entry& e : std::as_const(all)) {
                if (tasks.size() < RecentTasks::MaxTasks
                    && std::none_of(tasks.cbegin(), tasks.cend(),
                                    [&e](const Entry& t) { return RecentTasks::sameTask(t, e); })) {
                    tasks.append(e);
                    ids.append(e.id);
                }
            }
            return ids;
        };
        const auto taskIds = [recent] {
            QList<qint64> ids;
            for (const Entry& t : recent->tasks())
                ids.append(t.id);
            return ids;
        };
        const QDateTime from = todayStart.addDays(-(RecentTasks::DaysBack - 1));
        m_server->addSyntheticEntries(1000, from, todayStart.addSecs(-3600), 7);
        const int small = loadCounting();
        QCOMPARE(taskIds(), expectedTasks());
        QCOMPARE(recent->todayFinishedSeconds(), 1800 + 1200);
        m_server->addSyntheticEntries(19000, from, todayStart.addSecs(-3600), 8);
        const int large = loadCounting();
        QCOMPARE(taskIds(), expectedTasks());
        QCOMPARE(recent->todayFinishedSeconds(), 1800 + 1200);
        QCOMPARE(recent->lastLoadRequests(), large);
        // 21 requests (pages) at 20,000 entries before; now a probe, today, and a few halvings of yesterday.
        QVERIFY2(small > 0 && small <= 6 && large > 0 && large <= 6,
                 qPrintable(QStringLiteral("%1 and %2 requests").arg(small).arg(large)));
        // What the account keeps is the tasks, not the entries.
        QCOMPARE(m_session->account()->recentEntries().size(), RecentTasks::MaxTasks);
    }

    void formatting()
    {
        QCOMPARE(Stopwatch::formatDuration(42), QStringLiteral("42 s"));
        QCOMPARE(Stopwatch::formatDuration(2 * 3600 + 13 * 60 + 59), QStringLiteral("2:13 h"));
        QCOMPARE(Stopwatch::formatClock(26 * 3600 + 5 * 60 + 7), QStringLiteral("26:05:07"));
    }
};

QTEST_GUILESS_MAIN(TestStopwatch)
#include "tst_stopwatch.moc"
