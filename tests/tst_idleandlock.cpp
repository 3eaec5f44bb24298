// SPDX-License-Identifier: GPL-3.0-or-later
// Idle and lock (issue 13), end to end against the fake Clockodo server over real HTTP on 127.0.0.1 with a
// ManualClock: an injectable idle source (FakeIdleSource below, answering from the event loop like the D-Bus
// backends) drives the IdleTracker through each of the four answers, offline too, and across a restart; the
// LockStopper stops the clock on lock, and before suspend while holding the inhibitor. The entries on the fake are
// what is checked.
#include "api/transport/apitime.h"
#include "api/users/user.h"
#include "core/activity/activitymonitor.h"
#include "core/activity/idlesource.h"
#include "core/activity/idletracker.h"
#include "core/activity/lockstopper.h"
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlineuploader.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QDateTime at(int hour, int minute)
{
    return QDateTime(T0.date(), QTime(hour, minute), Qt::UTC);
}

// An idle source the test sets; it answers every request from the event loop and counts them.
class FakeIdleSource : public IdleSource
{
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    QString name() const override { return QStringLiteral("fake"); }
    void probe() override
    {
        QTimer::singleShot(0, this, [this] { emit probed(true); });
    }
    void requestIdleTime() override
    {
        ++requests;
        QTimer::singleShot(0, this, [this] { emit idleTimeRead(idleMs); });
    }
    void watchForActivity() override { ++watches; }
    void takeDelayInhibitor(const QString& what) override
    {
        inhibited = what;
        QTimer::singleShot(0, this, [this] { emit inhibitorChanged(true); });
    }
    void releaseInhibitor() override
    {
        if (inhibited.isEmpty())
            return;
        inhibited.clear();
        ++releases;
        emit inhibitorChanged(false);
    }
    bool holdsInhibitor() const override { return !inhibited.isEmpty(); }
    bool canInhibit() const override { return true; }

    qint64 idleMs = 0;
    int requests = 0;
    int watches = 0;
    int releases = 0;
    QString inhibited;
};

} // namespace

class TestIdleAndLock : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<OfflineUploader> m_uploader;
    std::unique_ptr<FakeIdleSource> m_source;
    std::unique_ptr<ActivityMonitor> m_monitor;
    Stopwatch* m_sw = nullptr;
    Catalog m_catalog;

    QString accountKey() const { return AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId()); }
    IdleTracker* tracker() const { return m_monitor->idleTracker(); }

    void advance(qint64 seconds)
    {
        m_server->advance(seconds);
        m_clock->advance(seconds);
    }
    // Moves both clocks to hh:mm of the test day.
    void moveTo(int hour, int minute) { advance(m_clock->nowUtc().secsTo(at(hour, minute))); }

    [[nodiscard]] bool openJournal(OfflineJournal* journal, const QString& key)
    {
        QSignalSpy loaded(journal, &OfflineJournal::loaded);
        journal->open(key);
        return loaded.wait(20000) && journal->isLoaded();
    }

    // A session as the app builds it (journal, uploader), with the activity monitor over the fake idle source.
    void startSession()
    {
        m_monitor.reset();
        m_uploader.reset();
        m_session.reset();
        m_journal = std::make_unique<OfflineJournal>(m_dir.filePath(QStringLiteral("offline-journal.sqlite")));
        QVERIFY(openJournal(m_journal.get(), accountKey()));
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        m_sw = m_session->stopwatch();
        m_session->offlineClock()->setJournal(m_journal.get());
        AccountData* account = m_session->account();
        account->bindAccount(accountKey());
        QString error;
        const std::optional<User> user = User::fromJson(m_server->currentUser(), QString(), &error);
        QVERIFY2(user, qPrintable(error));
        account->setUser(*user);
        m_uploader
            = std::make_unique<OfflineUploader>(m_api.get(), m_session->account(), m_journal.get(), m_clock.get());
        connect(m_uploader.get(), &OfflineUploader::runningAdopted, m_session->offlineClock(), &OfflineClock::adopt);
        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_session->start(false);
        QVERIFY(synced.wait(20000));
        QVERIFY(loaded.count() || loaded.wait(20000));
        m_monitor = std::make_unique<ActivityMonitor>(m_session.get(), m_settings.get(), m_source.get());
    }

    QString awaitAction(const std::function<void()>& act)
    {
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        act();
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000))
            return QStringLiteral("TIMEOUT");
        return ok.count() ? ok.first().at(1).toString() : QStringLiteral("FAILED: ") + failed.first().at(2).toString();
    }

    ClockStartRequest taskA() const
    {
        ClockStartRequest r;
        r.customersId = m_catalog.bakery;
        r.servicesId = m_catalog.consulting;
        r.text = QStringLiteral("Planung");
        return r;
    }
    ClockStartRequest taskB() const
    {
        ClockStartRequest r;
        r.customersId = m_catalog.atelier;
        r.servicesId = m_catalog.development;
        r.text = QStringLiteral("Pause");
        r.billable = 0;
        return r;
    }

    // Idle 12 minutes at 09:20 (last input 09:08); back at 09:24, seen by the poll at 09:25: the question.
    [[nodiscard]] bool walkAwayAndReturn()
    {
        QSignalSpy raised(tracker(), &IdleTracker::questionRaised);
        moveTo(9, 20);
        m_source->idleMs = 12 * 60 * 1000;
        tracker()->poll();
        if (!QTest::qWaitFor([&] { return tracker()->question().has_value(); }, 5000))
            return false;
        if (tracker()->question()->idleStart != at(9, 8) || tracker()->question()->isComplete())
            return false;
        moveTo(9, 25);
        m_source->idleMs = 60 * 1000;
        tracker()->poll();
        return raised.wait(5000) && tracker()->isAsking() && tracker()->question()->idleEnd == at(9, 24);
    }

    [[nodiscard]] bool answer(IdleTracker::Choice choice, const std::optional<ClockStartRequest>& other = {},
                              bool continueAfter = true)
    {
        QSignalSpy closed(tracker(), &IdleTracker::questionClosed);
        tracker()->answer(choice, other, continueAfter);
        return QTest::qWaitFor([&] { return closed.count() > 0 && !tracker()->isAnswering() && !m_sw->isBusy(); },
                               20000);
    }

    // The entries on the fake: (customer, text, since, until) in id order; until empty while running.
    QStringList entriesOnServer() const
    {
        QStringList list;
        for (const QJsonValue& v : m_server->allEntries()) {
            const QJsonObject o = v.toObject();
            const QDateTime since = ApiTime::parse(o.value(QStringLiteral("time_since")).toString());
            const QDateTime until = ApiTime::parse(o.value(QStringLiteral("time_until")).toString());
            list << QStringLiteral("%1 %2 %3-%4")
                        .arg(o.value(QStringLiteral("customers_id")).toInteger())
                        .arg(o.value(QStringLiteral("text")).toString(), since.toString(QStringLiteral("HH:mm")),
                             until.isValid() ? until.toString(QStringLiteral("HH:mm")) : QStringLiteral("running"));
        }
        return list;
    }
    QString entry(const ClockStartRequest& task, const QString& span) const
    {
        return QStringLiteral("%1 %2 %3").arg(task.customersId).arg(task.text, span);
    }

    void goOffline()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Drop;
        fault.attempts = 0; // until cleared
        m_server->injectFault(fault);
        QSignalSpy failed(m_sw, &Stopwatch::syncFailed);
        m_sw->poll();
        QVERIFY(failed.wait(20000));
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Offline);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("offline-journal.sqlite")));
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(startFakeServer(T0));
        m_catalog = seedCatalog();
        m_api->setTimeoutMs(5000);
        m_clock = std::make_unique<ManualClock>(T0);
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_source = std::make_unique<FakeIdleSource>();
        startSession();
        QCOMPARE(awaitAction([this] { m_sw->start(taskA()); }).left(7), QStringLiteral("Started"));
    }

    void cleanup()
    {
        m_monitor.reset();
        m_uploader.reset();
        m_session.reset();
        m_journal.reset();
        m_source.reset();
        m_settings.reset();
        stopFakeServer();
        m_clock.reset();
        m_sw = nullptr;
    }

    // Asked every 30 s while a clock runs, never while it is stopped; nothing before the idle time is reached.
    void pollsOnlyWhileTheClockRuns()
    {
        QVERIFY(tracker()->isPolling());
        m_server->clearRequestLog();
        m_source->idleMs = 9 * 60 * 1000; // under the 10 minutes
        tracker()->poll();
        QTRY_COMPARE(m_source->requests, 1);
        QVERIFY(!tracker()->question());
        // Away for an hour, asked every 30 s: the idle source only, not one request to Clockodo.
        for (int i = 0; i < 120; ++i) {
            advance(30);
            m_source->idleMs += 30 * 1000;
            tracker()->poll();
        }
        QTRY_COMPARE(m_source->requests, 121);
        QTRY_VERIFY(tracker()->question() && !tracker()->question()->isComplete());
        QCOMPARE(m_server->requestLog().size(), 0);
        m_settings->setPendingIdleQuestion(accountKey(), {});
        startSession(); // forget the noted span
        QCOMPARE(m_settings->pendingIdleQuestion(accountKey()), QByteArray());
        QVERIFY(!awaitAction([this] { m_sw->stop(); }).startsWith(QStringLiteral("FAILED")));
        QVERIFY(!tracker()->isPolling());
        m_settings->setIdleDetection(false);
        QVERIFY(awaitAction([this] { m_sw->start(taskA()); }).startsWith(QStringLiteral("Started")));
        QVERIFY(!tracker()->isPolling()); // switched off
        m_settings->setIdleDetection(true);
        QVERIFY(tracker()->isPolling());
    }

    void keepTheTime()
    {
        QVERIFY(walkAwayAndReturn());
        QCOMPARE(m_source->watches, 1);
        m_server->clearRequestLog();
        QVERIFY(answer(IdleTracker::Choice::Keep));
        QCOMPARE(m_server->requestLog().size(), 0);
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-running")) });
        QCOMPARE(m_settings->pendingIdleQuestion(accountKey()), QByteArray());
    }

    void stopAtTheStartOfTheIdleSpan()
    {
        QVERIFY(walkAwayAndReturn());
        QVERIFY(answer(IdleTracker::Choice::StopAtIdleStart));
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-09:08")) });
        QVERIFY(!m_sw->isRunning());
        // Once per action: a second answer is refused (nothing is asked any more), nothing more is sent.
        m_server->clearRequestLog();
        QSignalSpy failed(tracker(), &IdleTracker::answerFailed);
        tracker()->answer(IdleTracker::Choice::StopAtIdleStart);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_server->requestLog().size(), 0);
    }

    // No input since the clock started at 09:00: stopped "at the start of the idle span" it would be a 0:00 entry.
    // Nothing was worked, so nothing stays on Clockodo (stopped at its start, then deleted, once); with "continue"
    // only the new clock remains.
    void stopAtTheStartWhenNothingWasWorked()
    {
        // Clock from 09:00, first the plain stop; then a new clock from 09:25 and "stop then and continue now".
        struct Round
        {
            IdleTracker::Choice choice;
            int start; // minutes after 09:00
            QStringList after;
        };
        const QList<Round> rounds {
            { IdleTracker::Choice::StopAtIdleStart, 0, {} },
            { IdleTracker::Choice::StopAndContinue, 25, { entry(taskA(), QStringLiteral("09:50-running")) } },
        };
        for (const Round& round : rounds) {
            QSignalSpy raised(tracker(), &IdleTracker::questionRaised);
            moveTo(9, round.start + 20);
            m_source->idleMs = 30 * 60 * 1000; // the last input was before the clock started
            tracker()->poll();
            QTRY_VERIFY(tracker()->question().has_value());
            QCOMPARE(tracker()->question()->idleStart, at(9, round.start));
            moveTo(9, round.start + 25);
            m_source->idleMs = 60 * 1000;
            tracker()->poll();
            QVERIFY(raised.wait(5000));
            m_server->clearRequestLog();
            QSignalSpy failed(tracker(), &IdleTracker::answerFailed);
            QVERIFY(answer(round.choice));
            QTRY_VERIFY(!tracker()->isAnswering() && !m_sw->isBusy());
            QCOMPARE(failed.count(), 0);
            int deletes = 0;
            for (const auto& r : m_server->requestLog())
                deletes += r.method == "DELETE" && r.path.startsWith(QLatin1String("/api/v2/entries/"));
            QCOMPARE(deletes, 1);
            QCOMPARE(m_sw->isRunning(), !round.after.isEmpty());
            QCOMPARE(entriesOnServer(), round.after);
            if (!m_sw->isRunning())
                QCOMPARE(awaitAction([this] { m_sw->start(taskA()); }).left(7), QStringLiteral("Started"));
        }
    }

    void stopThenAndContinueNow()
    {
        QVERIFY(walkAwayAndReturn());
        QVERIFY(answer(IdleTracker::Choice::StopAndContinue));
        QTRY_VERIFY(m_sw->isRunning() && !m_sw->isBusy());
        QCOMPARE(entriesOnServer(),
                 (QStringList { entry(taskA(), QStringLiteral("09:00-09:08")),
                                entry(taskA(), QStringLiteral("09:25-running")) }));
    }

    void bookTheIdleSpanAsAnotherTask()
    {
        QVERIFY(walkAwayAndReturn());
        QVERIFY(answer(IdleTracker::Choice::BookAsOtherTask, taskB(), true));
        QTRY_VERIFY(m_sw->isRunning() && !m_sw->isBusy() && !tracker()->isAnswering());
        QCOMPARE(
            entriesOnServer(),
            (QStringList { entry(taskA(), QStringLiteral("09:00-09:08")), entry(taskB(), QStringLiteral("09:08-09:24")),
                           entry(taskA(), QStringLiteral("09:25-running")) }));
    }

    void bookTheIdleSpanWithoutContinuing()
    {
        QVERIFY(walkAwayAndReturn());
        QVERIFY(answer(IdleTracker::Choice::BookAsOtherTask, taskB(), false));
        QTRY_VERIFY(!tracker()->isAnswering());
        QVERIFY(!m_sw->isRunning());
        QCOMPARE(entriesOnServer(),
                 (QStringList { entry(taskA(), QStringLiteral("09:00-09:08")),
                                entry(taskB(), QStringLiteral("09:08-09:24")) }));
    }

    // Offline: the stop at 09:08, the idle span on the other task and the new start go into the journal, and reach
    // Clockodo as the same entries once it answers again.
    void answeredOfflineReachesClockodoLater()
    {
        QVERIFY(walkAwayAndReturn());
        goOffline();
        QVERIFY(answer(IdleTracker::Choice::BookAsOtherTask, taskB(), true));
        QTRY_VERIFY(m_sw->isRunning() && !m_sw->isBusy() && !tracker()->isAnswering());
        QVERIFY(m_sw->isRunningLocally());
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-running")) });
        QVERIFY(m_journal->records().size() >= 3);
        m_server->clearFaults();
        m_uploader->retryNow();
        QVERIFY(QTest::qWaitFor([&] { return !m_uploader->isBusy() && m_journal->waitingCount() == 0; }, 20000));
        QCOMPARE(
            entriesOnServer(),
            (QStringList { entry(taskA(), QStringLiteral("09:00-09:08")), entry(taskB(), QStringLiteral("09:08-09:24")),
                           entry(taskA(), QStringLiteral("09:25-running")) }));
    }

    // The question survives a restart (kept per account in the settings) and is asked again; answered then.
    void theQuestionSurvivesARestart()
    {
        QVERIFY(walkAwayAndReturn());
        QVERIFY(!m_settings->pendingIdleQuestion(accountKey()).isEmpty());
        const QString file = m_settings->fileName();
        m_monitor.reset();
        m_settings = std::make_unique<Settings>(file);
        advance(60);
        startSession();
        QSignalSpy raised(tracker(), &IdleTracker::questionRaised);
        m_sw->refresh();
        QVERIFY(raised.count() || raised.wait(5000));
        QCOMPARE(tracker()->question()->idleStart, at(9, 8));
        QCOMPARE(tracker()->question()->idleEnd, at(9, 24));
        QVERIFY(answer(IdleTracker::Choice::StopAtIdleStart));
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-09:08")) });
    }

    // Stopped elsewhere meanwhile: the question no longer applies and is dropped.
    void aQuestionAboutAStoppedClockIsDropped()
    {
        QVERIFY(walkAwayAndReturn());
        QSignalSpy closed(tracker(), &IdleTracker::questionClosed);
        m_server->remoteStopClock();
        m_sw->refresh();
        QVERIFY(closed.wait(5000));
        QVERIFY(!tracker()->question());
        QCOMPARE(m_settings->pendingIdleQuestion(accountKey()), QByteArray());
    }

    void stopOnLock()
    {
        m_settings->setStopOnLock(true);
        moveTo(9, 30);
        QSignalSpy stopped(m_sw, &Stopwatch::actionSucceeded);
        emit m_source->lockChanged(true);
        QVERIFY(stopped.wait(20000));
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-09:30")) });
    }

    void noStopOnLockByDefault()
    {
        moveTo(9, 30);
        m_server->clearRequestLog();
        emit m_source->lockChanged(true);
        QTest::qWait(0);
        QVERIFY(m_sw->isRunning());
        QCOMPARE(loggedRequests("DELETE").size(), 0); // a late read of the recent tasks may still come
    }

    // Stop on suspend holds the delay inhibitor while a clock runs, stops before sleeping, then lets go.
    void stopBeforeSuspendUnderTheInhibitor()
    {
        QVERIFY(m_source->inhibited.isEmpty());
        m_settings->setStopOnSuspend(true);
        QTRY_COMPARE(m_source->inhibited, QStringLiteral("sleep"));
        m_settings->setStopOnShutdown(true);
        moveTo(9, 40);
        QSignalSpy stopped(m_sw, &Stopwatch::actionSucceeded);
        emit m_source->sleepPrepared(true);
        QVERIFY(!m_source->inhibited.isEmpty()); // held until the stop is answered
        QVERIFY(stopped.wait(20000));
        QTRY_VERIFY(m_source->inhibited.isEmpty());
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-09:40")) });
        // Woken up, a new clock: the inhibitor is taken again, for both.
        emit m_source->sleepPrepared(false);
        QVERIFY(awaitAction([this] { m_sw->start(taskA()); }).startsWith(QStringLiteral("Started")));
        QTRY_COMPARE(m_source->inhibited, QStringLiteral("sleep:shutdown"));
    }

    // Offline before a shutdown: the stop goes into the journal at the moment of the stop.
    void stopBeforeShutdownOfflineIsJournaled()
    {
        m_settings->setStopOnShutdown(true);
        QTRY_COMPARE(m_source->inhibited, QStringLiteral("shutdown"));
        goOffline();
        moveTo(9, 50);
        QSignalSpy stopped(m_sw, &Stopwatch::actionSucceeded);
        emit m_source->shutdownPrepared(true);
        QVERIFY(stopped.wait(20000));
        QTRY_VERIFY(m_source->inhibited.isEmpty());
        QVERIFY(!m_sw->isRunning());
        m_server->clearFaults();
        m_uploader->retryNow();
        QVERIFY(QTest::qWaitFor([&] { return !m_uploader->isBusy() && m_journal->waitingCount() == 0; }, 20000));
        QCOMPARE(entriesOnServer(), QStringList { entry(taskA(), QStringLiteral("09:00-09:50")) });
    }
};

QTEST_GUILESS_MAIN(TestIdleAndLock)
#include "tst_idleandlock.moc"
