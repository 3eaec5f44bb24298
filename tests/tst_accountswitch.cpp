// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing crosses from one account to another (the demo's tasks, names, clock and requests stay with the demo), and
// no command-line verb is done after its caller was told it failed or went away (issue 11, items 1 and 4). Two fake
// servers with different ids stand for the demo and a real account.
#include "api/apiclient.h"
#include "core/cli/commandrunner.h"
#include "core/platform/singleinstance.h"
#include "core/session/accountdata.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QAbstractEventDispatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

const QDateTime T0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

struct Outcome
{
    int exitCode = -1;
    QString output;
};

} // namespace

class TestAccountSwitch : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClockodoServer> m_real; // the second account, ids unlike the first's
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<StopwatchSession> m_session;
    qint64 m_realCustomer = 0;
    qint64 m_realService = 0;

    // Ends in the runner's finished() (or -1 when it never came within the wait).
    Outcome runCommand(const CommandRunner::Command& command, int waitMs = 20000)
    {
        CommandRunner runner(m_session.get());
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.run(command);
        Outcome outcome;
        if (finished.isEmpty() && !finished.wait(waitMs))
            return outcome;
        outcome.exitCode = finished.first().at(0).toInt();
        outcome.output = finished.first().at(1).toString();
        return outcome;
    }

    static CommandRunner::Command command(CommandRunner::Command::Kind kind, int recentIndex = 0)
    {
        CommandRunner::Command c;
        c.kind = kind;
        c.recentIndex = recentIndex;
        return c;
    }

    bool startSession()
    {
        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
        QSignalSpy recent(m_session->recentTasks(), &RecentTasks::changed);
        m_session->start(false);
        return (!loaded.isEmpty() || loaded.wait(20000)) && (!synced.isEmpty() || synced.wait(20000))
            && QTest::qWaitFor([this] { return m_session->recentTasks()->isLoaded(); }, 20000);
    }

    void signInTo(FakeClockodoServer* server)
    {
        QVERIFY(m_api->setBaseUrl(server->baseUrl()));
        m_api->setCredentials(server->email(), server->apiKey());
    }

    // The ids in the bodies of the POSTs the real account's server received.
    QList<QPair<qint64, qint64>> realStarts() const
    {
        QList<QPair<qint64, qint64>> ids;
        for (const auto& r : m_real->requestLog()) {
            if (r.method != "POST")
                continue;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            ids.append({ body.value(QLatin1String("customers_id")).toInteger(),
                         body.value(QLatin1String("services_id")).toInteger() });
        }
        return ids;
    }

    void injectAlways(FakeClockodoServer* server, FakeClockodoServer::Fault::Kind kind, const QString& path,
                      int status = 503)
    {
        FakeClockodoServer::Fault fault;
        fault.kind = kind;
        fault.status = status;
        fault.attempts = 0;
        fault.pathPrefix = path;
        server->injectFault(fault);
    }

private slots:
    void init()
    {
        // The demo: its seeded customers and services (ids from 101 and 301).
        QVERIFY(startFakeServer(T0));
        m_server->seedDemoData();
        m_api->setTimeoutMs(5000);

        // The real account: customers and services whose ids are the demo's ids for other (inactive) things, and
        // its own task further on.
        m_real = std::make_unique<FakeClockodoServer>();
        m_real->setNow(T0);
        QVERIFY(m_real->listen());
        m_real->setCredentials(QStringLiteral("max@example.org"), QStringLiteral("real-api-key-1111"));
        for (int i = 0; i < 12; ++i) {
            m_real->addCustomer(QStringLiteral("Alt %1").arg(i), false);
            m_real->addService(QStringLiteral("Alt %1").arg(i), false);
        }
        m_realCustomer = m_real->addCustomer(QStringLiteral("Stadtwerke"));
        m_realService = m_real->addService(QStringLiteral("Wartung"));
        m_real->addTimeEntry(m_realCustomer, 0, m_realService, T0.addDays(-1), T0.addDays(-1).addSecs(1800),
                             QStringLiteral("Zähler"), 1);

        m_clock = std::make_unique<ManualClock>(T0);
        m_account = std::make_unique<AccountData>(m_api.get());
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get(), nullptr, m_account.get());
        m_account->bindAccount(AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId()));
        QVERIFY(startSession());
    }

    void cleanup()
    {
        m_session.reset();
        m_account.reset();
        m_real.reset();
        stopFakeServer();
        m_clock.reset();
    }

    void keyIsAddressAndUser()
    {
        // The same user id on two servers is two accounts.
        QCOMPARE(m_server->currentUserId(), m_real->currentUserId());
        QVERIFY(AccountData::keyFor(m_server->baseUrl(), 1) != AccountData::keyFor(m_real->baseUrl(), 1));
        QVERIFY(AccountData::keyFor(m_server->baseUrl(), 1) != AccountData::keyFor(m_server->baseUrl(), 2));
        QCOMPARE(AccountData::keyFor(m_server->baseUrl(), 0), QString());
    }

    void nothingCrossesToTheNextAccount()
    {
        Stopwatch* stopwatch = m_session->stopwatch();
        // Use the demo: a clock on its first recent task, stopped; "Continue" now means a demo task.
        QVERIFY(!m_session->recentTasks()->tasks().isEmpty());
        if (stopwatch->isRunning())
            QCOMPARE(runCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        QCOMPARE(runCommand(command(CommandRunner::Command::Kind::Start, 1)).exitCode, 0);
        QCOMPARE(runCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        const std::optional<Entry> demoTask = stopwatch->lastTask();
        QVERIFY(demoTask);
        const QString demoCustomerName = m_session->catalog()->customerName(demoTask->customersId);
        QVERIFY(m_session->todaySeconds() >= 0);

        // A continue on its way to the demo when the real account signs in: its answer is not the real clock.
        FakeClockodoServer::Fault slow;
        slow.kind = FakeClockodoServer::Fault::Kind::Delay;
        slow.delayMs = 300;
        slow.method = "POST";
        m_server->injectFault(slow);
        QSignalSpy failed(stopwatch, &Stopwatch::actionFailed);
        stopwatch->continueLast();
        QTRY_COMPARE_WITH_TIMEOUT(loggedRequests("POST", QStringLiteral("/api/v2/clock")).size(), 2, 20000);

        // Sign in to the real account (same user id, another server). Reads the demo was still answering (the stop's
        // clock and recent tasks) are logged first, so that the count below is what the demo heard before the switch.
        QTRY_VERIFY_WITH_TIMEOUT(pendingRequests(m_api.get()).size() == 1
                                     && pendingRequests(m_api.get()).constFirst().startsWith(QLatin1String("POST")),
                                 20000);
        const int demoRequests = m_server->requestLog().size();
        signInTo(m_real.get());
        QVERIFY(m_account->bindAccount(AccountData::keyFor(m_real->baseUrl(), m_real->currentUserId())));
        QCOMPARE(failed.size(), 1); // the continue is answered (not known to have reached only the demo)
        QVERIFY(!stopwatch->isBusy());
        QVERIFY(!stopwatch->isKnown());
        QVERIFY(!stopwatch->isRunning());
        QVERIFY(!stopwatch->lastTask());
        QVERIFY(m_session->recentTasks()->tasks().isEmpty());
        QCOMPARE(m_session->todaySeconds(), 0);
        QVERIFY(m_session->catalog()->customerName(demoTask->customersId) != demoCustomerName);

        // Continue, toggle and the demo's task (held by a menu or a dialog) before anything of the new account is
        // known: nothing is sent.
        const QStringList pending = pendingRequests(m_api.get()); // the demo's slow continue among them
        stopwatch->continueLast();
        stopwatch->toggle();
        stopwatch->startTask(*demoTask);
        QCOMPARE(failed.size(), 4);
        QCOMPARE(pendingRequests(m_api.get()), pending);

        // The new account's data arrive; the same steps now use its tasks only.
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->catalog()->isLoaded() && stopwatch->isKnown()
                                     && m_session->recentTasks()->isLoaded() && !stopwatch->isBusy(),
                                 20000);
        QCOMPARE(m_session->catalog()->customerName(m_realCustomer), QStringLiteral("Stadtwerke"));
        stopwatch->startTask(*demoTask); // a demo id that is an (inactive) customer here: still refused
        QCOMPARE(failed.size(), 5);
        Outcome toggled = runCommand(command(CommandRunner::Command::Kind::Toggle));
        QCOMPARE(toggled.exitCode, 0);
        QVERIFY2(toggled.output.contains(QLatin1String("Stadtwerke")), qPrintable(toggled.output));
        QCOMPARE(runCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        const Outcome started = runCommand(command(CommandRunner::Command::Kind::Start, 1));
        QCOMPARE(started.exitCode, 0);
        QVERIFY2(!started.output.contains(demoCustomerName), qPrintable(started.output));

        const QList<QPair<qint64, qint64>> starts = realStarts();
        QCOMPARE(starts.size(), 2);
        for (const auto& ids : starts)
            QCOMPARE(ids, qMakePair(m_realCustomer, m_realService));
        // The demo heard nothing after the switch (its slow answer came, to nobody).
        QCOMPARE(m_server->requestLog().size(), demoRequests);
    }

    void signOutForgetsTheAccount()
    {
        QVERIFY(m_session->stopwatch()->lastTask());
        QVERIFY(m_account->bindAccount(QString()));
        QVERIFY(!m_account->hasUser());
        QVERIFY(m_account->customers().isEmpty());
        QVERIFY(!m_session->stopwatch()->lastTask());
        QVERIFY(m_session->recentTasks()->tasks().isEmpty());
        // The same account signing in again keeps what it reads then; a second bind to it clears nothing.
        const QString key = AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId());
        QVERIFY(!m_account->bindAccount(key));
        QVERIFY(!m_account->bindAccount(key));
    }

    void unconfirmedAccountsDataAreDropped()
    {
        // Started with account A (the demo server here) whose users/me never answered (offline): its master data,
        // recent entries and stopped clock came, unbound. The user signs in as B before A was ever confirmed: A's
        // data do not become B's.
        Stopwatch* stopwatch = m_session->stopwatch();
        m_account->clear();
        QVERIFY(m_account->accountKey().isEmpty());
        QSignalSpy loaded(m_account.get(), &AccountData::loaded);
        m_account->load(AccountData::TaskLists);
        QVERIFY(loaded.wait(20000));
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(stopwatch->isKnown() && m_session->recentTasks()->isLoaded() && !stopwatch->isBusy(),
                                 20000);
        QVERIFY(!m_account->customers().isEmpty());
        QVERIFY(!m_account->recentEntries().isEmpty());
        QVERIFY(!m_account->holdsDataOfOtherCredentials());

        // A customers load of A is still on its way when B signs in.
        FakeClockodoServer::Fault slow;
        slow.kind = FakeClockodoServer::Fault::Kind::Delay;
        slow.delayMs = 300;
        slow.pathPrefix = QStringLiteral("/v3/customers");
        m_server->injectFault(slow);
        m_account->refresh(AccountData::CustomersPart);
        signInTo(m_real.get());
        QVERIFY(m_account->holdsDataOfOtherCredentials());
        QVERIFY(m_account->bindAccount(AccountData::keyFor(m_real->baseUrl(), m_real->currentUserId())));
        QVERIFY(m_account->customers().isEmpty());
        QVERIFY(m_account->recentEntries().isEmpty());
        QVERIFY(!m_account->lastStopped());
        QVERIFY(!stopwatch->lastTask());
        QVERIFY(m_session->recentTasks()->tasks().isEmpty());
        QTest::qWait(400); // A's late customers answer arrives, to nobody
        QVERIFY(m_account->customers().isEmpty());

        // Data read unbound under the credentials that are then confirmed stay (an offline start of the same
        // account), also when confirmed late.
        m_account->clear();
        m_account->load(AccountData::TaskLists);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_account->customer(m_realCustomer)->name, QStringLiteral("Stadtwerke"));
        QVERIFY(!m_account->bindAccount(AccountData::keyFor(m_real->baseUrl(), m_real->currentUserId())));
        QCOMPARE(m_account->customer(m_realCustomer)->name, QStringLiteral("Stadtwerke"));
    }

    void requestMadeBeforeTheSwitchIsNotSent()
    {
        // A call made for the demo and not yet sent when the credentials change goes nowhere.
        ApiReply* reply = m_api->stopClock(4711);
        signInTo(m_real.get());
        QVERIFY(waitFor(reply));
        QVERIFY(m_real->requestLog().isEmpty());
    }

    void failedLoadIsRetriedWithBackoff()
    {
        m_account->clear();
        injectAlways(m_server.get(), FakeClockodoServer::Fault::Kind::Status, QStringLiteral("/v3/customers"));
        QSignalSpy retry(m_account.get(), &AccountData::retryScheduled);
        QSignalSpy failed(m_account.get(), &AccountData::loadFailed);
        m_account->load();
        QVERIFY(retry.wait(20000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_account->retryDelayMs(), AccountData::FirstRetryDelayMs);
        QCOMPARE(retry.first().at(1).value<ApiError>().httpStatus, 503);
        int expected = AccountData::FirstRetryDelayMs;
        for (int i = 0; i < 8; ++i) {
            m_account->retryNow();
            QVERIFY(retry.wait(20000));
            expected = std::min(expected * 2, AccountData::MaxRetryDelayMs);
            QCOMPARE(m_account->retryDelayMs(), expected);
        }
        QCOMPARE(expected, AccountData::MaxRetryDelayMs);
        QCOMPARE(failed.size(), 9); // reported each time
        m_server->clearFaults();
        QSignalSpy loaded(m_account.get(), &AccountData::loaded);
        m_account->retryNow();
        QVERIFY(loaded.wait(20000));
        QVERIFY(m_account->isLoaded());
        QCOMPARE(m_account->retryDelayMs(), -1);

        // 401 needs a new sign-in, not a retry.
        m_account->clear();
        injectAlways(m_server.get(), FakeClockodoServer::Fault::Kind::Status, QStringLiteral("/v3/customers"), 401);
        retry.clear();
        m_account->load();
        QTRY_VERIFY_WITH_TIMEOUT(!m_account->isLoading(), 20000);
        QCOMPARE(retry.size(), 0);
        QCOMPARE(m_account->retryDelayMs(), -1);
    }

    void commandEndsWhenTheLoadFails_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("503") << 503 << int(CommandRunner::ApiFailure);
        QTest::newRow("401") << 401 << int(CommandRunner::NotLoggedIn);
    }

    void commandEndsWhenTheLoadFails()
    {
        // The customers fail first, the projects are still on their way when the command arrives: it must hear the
        // end of that load (it waited for ever before, and ran when a later load succeeded).
        QFETCH(int, status);
        QFETCH(int, exitCode);
        m_account->clear();
        injectAlways(m_server.get(), FakeClockodoServer::Fault::Kind::Status, QStringLiteral("/v3/customers"), status);
        FakeClockodoServer::Fault slow;
        slow.kind = FakeClockodoServer::Fault::Kind::Delay;
        slow.delayMs = 400;
        slow.pathPrefix = QStringLiteral("/v4/projects");
        m_server->injectFault(slow);
        QSignalSpy failed(m_account.get(), &AccountData::loadFailed);
        m_account->load();
        QVERIFY(failed.wait(20000));
        QVERIFY(m_account->isLoading(AccountData::ProjectsPart));

        CommandRunner::Command start;
        start.kind = CommandRunner::Command::Kind::Start;
        start.customersId = 101;
        start.servicesId = 301;
        const Outcome outcome = runCommand(start);
        QCOMPARE(outcome.exitCode, exitCode);

        // Clockodo recovers and another load succeeds: the given-up start is not done now.
        m_server->clearFaults();
        QSignalSpy loaded(m_account.get(), &AccountData::loaded);
        m_account->refresh();
        QVERIFY(loaded.wait(20000));
        QTest::qWait(50); // any queued reaction to the load
        QCOMPARE(loggedRequests("POST").size(), 0);
    }

    void abandonedCommandIsDropped()
    {
        // The running instance gets a --stop while the master data hang; its caller goes away. When the data
        // arrive later, the clock is not stopped.
        if (m_session->stopwatch()->isRunning())
            QCOMPARE(runCommand(command(CommandRunner::Command::Kind::Stop)).exitCode, 0);
        QCOMPARE(runCommand(command(CommandRunner::Command::Kind::Start, 1)).exitCode, 0);
        QVERIFY(m_session->stopwatch()->isRunning());
        const QString key = QStringLiteral("tst-accountswitch-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        SingleInstance primary(key);
        QVERIFY(primary.listen());
        CommandRunner::serve(&primary, m_session.get());

        m_account->clear();
        injectAlways(m_server.get(), FakeClockodoServer::Fault::Kind::Hang, QStringLiteral("/v3/customers"));
        QSignalSpy received(&primary, &SingleInstance::messageReceived);
        QSignalSpy abandoned(&primary, &SingleInstance::requestAbandoned);
        auto caller = std::make_unique<SingleInstance>(key);
        caller->send(command(CommandRunner::Command::Kind::Stop).toJson());
        QVERIFY(received.wait(20000));
        caller.reset(); // gave up (timeout, Ctrl+C)
        QVERIFY(abandoned.wait(20000));

        m_server->clearFaults();
        QSignalSpy loaded(m_account.get(), &AccountData::loaded);
        m_account->refresh();
        QVERIFY(loaded.wait(20000));
        QTest::qWait(50);
        QCOMPARE(loggedRequests("DELETE").size(), 0);
        QVERIFY(m_server->runningEntryId() > 0);
    }

    void answeredCommandsLeaveNothingBehind()
    {
        // Issue 16: every CLI command handed to the running instance left a one-minute timer behind (and so
        // memory that grew with each --toggle). After the answers, the instance holds what it held before.
        const QString key = QStringLiteral("tst-accountswitch-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        SingleInstance primary(key);
        QVERIFY(primary.listen());
        CommandRunner::serve(&primary, m_session.get());
        QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
        QVERIFY(dispatcher);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const qsizetype dispatcherChildren = dispatcher->children().size();
        const qsizetype sessionChildren = m_session->children().size();
        for (int i = 0; i < 5; ++i) {
            SingleInstance caller(key);
            QSignalSpy replied(&caller, &SingleInstance::replied);
            caller.send(command(CommandRunner::Command::Kind::Status).toJson());
            QVERIFY(replied.wait(20000));
            QCOMPARE(replied.first().at(0).toInt(), 0);
        }
        QTRY_COMPARE(primary.findChildren<QLocalSocket*>().size(), 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(m_session->children().size(), sessionChildren);
        QCOMPARE(dispatcher->children().size(), dispatcherChildren);
    }

    void commandAnswersWithinItsTimeout()
    {
        // Nothing answers at all: the verb still ends, at its deadline, and is not done afterwards.
        m_account->clear();
        injectAlways(m_server.get(), FakeClockodoServer::Fault::Kind::Hang, QStringLiteral("/v3/customers"));
        CommandRunner runner(m_session.get());
        runner.setTimeoutMs(200);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        runner.run(command(CommandRunner::Command::Kind::Toggle));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), int(CommandRunner::ApiFailure));
        m_server->clearFaults();
        QSignalSpy loaded(m_account.get(), &AccountData::loaded);
        m_account->refresh();
        QVERIFY(loaded.wait(20000));
        QTest::qWait(50);
        QCOMPARE(loggedRequests("POST").size() + loggedRequests("DELETE").size(), 0);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountSwitch)
#include "tst_accountswitch.moc"
