// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the real Application, started against a (fake) Clockodo with the credentials from the environment,
// sends one GET /v4/users/me and one GET /v2/clock at start-up, whoever asks for the user and the clock (the sign-in's
// check, the account's data, the stopwatch session, the recent tasks, the uploader).
#include "api/apiclient.h"
#include "app/application.h"
#include "core/platform/singleinstance.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "fakeserver/fakeclockodoserver.h"
#include "support/apiwaits.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

class TestAppStartRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<Application> m_app;

    QStringList requests() const
    {
        QStringList list;
        for (const auto& request : m_server->requestLog())
            list << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
        return list;
    }

private slots:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        m_instance = std::make_unique<SingleInstance>(QStringLiteral("tst-appstartrequests-")
                                                      + QUuid::createUuid().toString(QUuid::Id128).left(12));
        QVERIFY(m_instance->listen());
        m_server = std::make_unique<FakeClockodoServer>();
        m_server->setNow(QDateTime::currentDateTimeUtc());
        QVERIFY(m_server->listen());
        const qint64 customer = m_server->addCustomer(QStringLiteral("Stadtwerke"));
        const qint64 service = m_server->addService(QStringLiteral("Wartung"));
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        m_server->addTimeEntry(customer, 0, service, yesterday, yesterday.addSecs(1800), QStringLiteral("Zähler"),
                               m_server->currentUserId());
        qputenv("CLOCKODO_API_URL", m_server->baseUrl().toString().toUtf8());
        qputenv("CLOCKODO_API_USER", m_server->email().toUtf8());
        qputenv("CLOCKODO_API_KEY", m_server->apiKey().toUtf8());
    }

    void cleanup()
    {
        m_app.reset();
        QTest::qWait(0);
        qunsetenv("CLOCKODO_API_URL");
        qunsetenv("CLOCKODO_API_USER");
        qunsetenv("CLOCKODO_API_KEY");
        m_server.reset();
        m_instance.reset();
        m_config.reset();
    }

    void oneUserAndOneClockAtStartUp_data()
    {
        QTest::addColumn<bool>("autostart");
        QTest::newRow("window") << false;
        QTest::newRow("tray only (--autostart)") << true;
    }

    void oneUserAndOneClockAtStartUp()
    {
        QFETCH(bool, autostart);
        Application::Options options;
        options.autostart = autostart;
        options.configDir = m_config->path();
        options.instance = m_instance.get();
        m_app = std::make_unique<Application>(options);
        QVERIFY(m_app->start());
        auto* session = m_app->findChild<StopwatchSession*>();
        auto* api = m_app->findChild<ApiClient*>();
        QVERIFY(session && api);
        // Started: the clock is known, the names and the recent tasks are loaded, and no call is under way (a call
        // is pending on the client from the moment it is made, so nothing sent at start-up is still to come).
        QVERIFY(QTest::qWaitFor(
            [&] {
                return session->stopwatch()->isKnown() && session->catalog()->isLoaded()
                    && session->recentTasks()->isLoaded() && pendingRequests(api).isEmpty();
            },
            30000));
        const QStringList sent = requests();
        QVERIFY2(sent.count(QStringLiteral("GET /api/v4/users/me")) == 1, qPrintable(sent.join(QLatin1String(", "))));
        QVERIFY2(sent.count(QStringLiteral("GET /api/v2/clock")) == 1, qPrintable(sent.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestAppStartRequests)
#include "tst_appstartrequests.moc"
