// SPDX-License-Identifier: GPL-3.0-or-later
// ApiClient against the fake Clockodo server over real HTTP on 127.0.0.1: headers, endpoints, paging,
// errors, retries and their limits, timeouts.
#include "api/apiclient.h"
#include "api/transport/apitime.h"
#include "api/transport/backgroundpriority.h"
#include "fakeserver/fakeclockodoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

#include <memory>
#include <optional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

struct Outcome
{
    bool done = false;
    ApiError error;
    QVariant value;
    int pages = 0;
    int attempts = 0;
    int retries = 0;
};

std::shared_ptr<Outcome> track(ApiReply* reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::pageReceived, reply, [outcome] { ++outcome->pages; });
    QObject::connect(reply, &ApiReply::retryScheduled, reply, [outcome] { ++outcome->retries; });
    QObject::connect(reply, &ApiReply::finished, reply, [outcome, reply] {
        QVERIFY(!outcome->done); // exactly once
        outcome->done = true;
        outcome->error = reply->error();
        outcome->value = reply->value();
        outcome->attempts = reply->attempts();
    });
    return outcome;
}

// A TCP server on 127.0.0.1 that answers every connection with the same bytes and closes it: a redirect, or
// garbage for a TLS client hello. Counts the connections it got.
class RawResponder
{
public:
    explicit RawResponder(QByteArray answer)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, answer] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                    socket->readAll();
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections = 0;

private:
    QTcpServer m_server;
};

// Holds the client's parser thread busy until released (or destroyed): a page that arrives meanwhile waits there.
class ParserGate
{
public:
    explicit ParserGate(QThreadPool* pool)
    {
        auto entered = std::make_shared<QSemaphore>();
        pool->start([entered, release = m_release] {
            entered->release();
            release->acquire();
        });
        entered->acquire();
    }
    ~ParserGate() { open(); }
    void open()
    {
        if (!m_open)
            m_release->release();
        m_open = true;
    }

private:
    std::shared_ptr<QSemaphore> m_release = std::make_shared<QSemaphore>();
    bool m_open = false;
};

} // namespace

#define AWAIT(outcome) QTRY_VERIFY_WITH_TIMEOUT((outcome)->done, 20000)

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    int countRequests(const QByteArray& method, const QString& path) const
    {
        int n = 0;
        for (const auto& r : m_server->requestLog())
            n += (r.method == method && r.path == path) ? 1 : 0;
        return n;
    }

    // GET /v2/entries requests for one page.
    int pageRequests(int page) const
    {
        int n = 0;
        for (const auto& r : m_server->requestLog())
            n += (r.path == QLatin1String("/api/v2/entries") && r.queryValue(QStringLiteral("page")).toInt() == page)
                ? 1
                : 0;
        return n;
    }

    // 25 entries of the current user (and others) from 2 to 7 November 2026, and the query for them, 10 a page.
    EntryQuery seedThreePagesOfEntries()
    {
        EntryQuery query;
        query.since = ApiTime::parse(QStringLiteral("2026-11-02T00:00:00Z"));
        query.until = ApiTime::parse(QStringLiteral("2026-11-07T00:00:00Z"));
        m_server->addSyntheticEntries(25, query.since, query.until, 3);
        query.usersId = m_server->currentUserId();
        query.itemsPerPage = 10;
        return query;
    }

    // The current user's entries of 16 to 24 November 2026 (the seeded demo weeks), in one page.
    EntryQuery demoWeeksQuery() const
    {
        EntryQuery query;
        query.since = ApiTime::parse(QStringLiteral("2026-11-16T00:00:00Z"));
        query.until = ApiTime::parse(QStringLiteral("2026-11-24T00:00:00Z"));
        query.usersId = m_server->currentUserId();
        return query;
    }

    ClockStartRequest someStart() const
    {
        // Take an active customer and service from the seeded data through the API itself.
        auto customers = track(m_client->customers(true));
        auto services = track(m_client->services(true));
        [&] {
            AWAIT(customers);
        }();
        [&] {
            AWAIT(services);
        }();
        ClockStartRequest start;
        const auto customerList = customers->value.value<QList<Customer>>();
        const auto serviceList = services->value.value<QList<Service>>();
        if (!customerList.isEmpty() && !serviceList.isEmpty()) {
            // A customer without service restrictions, or a service it allows.
            for (const Customer& c : customerList) {
                for (const Service& s : serviceList) {
                    if (c.serviceAssignments.isEmpty() || c.serviceAssignments.contains(s.id)) {
                        start.customersId = c.id;
                        start.servicesId = s.id;
                        return start;
                    }
                }
            }
        }
        return start;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeClockodoServer>();
        QVERIFY(m_server->listen());
        m_server->seedDemoData(7);
        m_server->setNow(ApiTime::parse(QStringLiteral("2026-11-23T09:00:00Z")));
        m_client = std::make_unique<ApiClient>();
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()));
        m_client->setCredentials(m_server->email(), m_server->apiKey());
        RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 40;
        m_client->setRetryPolicy(fast);
        m_client->setTimeoutMs(5000);
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void baseUrlPolicy()
    {
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("https://my.clockodo.com/api"))));
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))));
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://127.4.5.6/api"))));
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://[::1]:99/api"))));
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://localhost/api"))));
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://LOCALHOST/api"))));
        QVERIFY(ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://LocalHost:8080/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("//my.clockodo.com/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("//localhost/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://my.clockodo.com/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("http://192.168.1.2/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("ftp://my.clockodo.com/api"))));
        QVERIFY(!ApiClient::isAcceptableBaseUrl(QUrl(QStringLiteral("https://user:pw@my.clockodo.com/api"))));
        QVERIFY(!m_client->setBaseUrl(QUrl(QStringLiteral("http://example.com/api"))));
        QCOMPARE(m_client->baseUrl(), m_server->baseUrl());
        QCOMPARE(ApiClient::defaultBaseUrl(), QUrl(QStringLiteral("https://my.clockodo.com/api")));
    }

    void headersOnEveryRequest()
    {
        m_client->setLanguage(QStringLiteral("de"));
        auto clock = track(m_client->clock());
        AWAIT(clock);
        QVERIFY2(!clock->error.isError(), qPrintable(clock->error.message()));
        auto start = track(m_client->startClock(someStart()));
        AWAIT(start);
        QVERIFY2(!start->error.isError(), qPrintable(start->error.message()));
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), 4); // customers, services, clock, start
        for (const auto& r : log) {
            QCOMPARE(r.header("X-ClockodoApiUser"), m_server->email().toUtf8());
            QCOMPARE(r.header("X-ClockodoApiKey"), m_server->apiKey().toUtf8());
            QCOMPARE(r.header("X-Clockodo-External-Application"), QByteArray("clockodo-desktop;erika@example.com"));
            QCOMPARE(r.header("Accept-Language"), QByteArray("de"));
            QVERIFY(r.header("User-Agent").startsWith("clockodo-desktop/" CLOCKODO_VERSION));
            QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        }
        QCOMPARE(log.last().method, QByteArray("POST"));
        QCOMPARE(log.last().header("Content-Type"), QByteArray("application/json"));
        QVERIFY(log.last().body.startsWith('{'));
    }

    void externalApplicationIsCheckedBeforeSending()
    {
        m_client->setContactEmail(QStringLiteral("a.very.long.contact.address@example-company.com"));
        QVERIFY(m_client->externalApplication().size() > ApiClient::MaxExternalApplicationLength);
        auto reply = track(m_client->clock());
        QVERIFY(!reply->done); // asynchronous even when refused
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Configuration);
        QVERIFY(reply->error.message().contains(QLatin1String("50")));
        QVERIFY(m_server->requestLog().isEmpty());

        m_client->setContactEmail(QStringLiteral("it@example.com"));
        reply = track(m_client->clock());
        AWAIT(reply);
        QVERIFY(!reply->error.isError());
        QCOMPARE(m_server->requestLog().last().header("X-Clockodo-External-Application"),
                 QByteArray("clockodo-desktop;it@example.com"));
    }

    void notSignedIn()
    {
        m_client->clearCredentials();
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Auth);
        QVERIFY(m_server->requestLog().isEmpty());
    }

    void notSignedInSaysSo()
    {
        m_client->clearCredentials();
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QVERIFY2(reply->error.message().startsWith(QStringLiteral("Not signed in:")),
                 qPrintable(reply->error.message()));
        // A key the server refused is another matter.
        m_client->setCredentials(m_server->email(), QStringLiteral("wrong-key"));
        reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.httpStatus, 401);
        QVERIFY(!reply->error.message().startsWith(QStringLiteral("Not signed in")));
    }

    // A redirect to another origin is refused (the key would travel along) and says so, not "cannot read".
    void crossOriginRedirectIsRefused()
    {
        RawResponder elsewhere("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                               "Connection: close\r\n\r\n{}");
        RawResponder redirecting(QByteArray("HTTP/1.1 302 Found\r\nLocation: http://localhost:")
                                 + QByteArray::number(elsewhere.port())
                                 + "/api/v2/clock\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(redirecting.port() != 0 && elsewhere.port() != 0);
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(redirecting.port()))));
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::RedirectRefused);
        QCOMPARE(reply->attempts, 1);
        QVERIFY2(reply->error.message().contains(QStringLiteral("redirected to another server")),
                 qPrintable(reply->error.message()));
        QCOMPARE(elsewhere.connections, 0);
        QCOMPARE(redirecting.connections, 1);
    }

    // A TLS handshake that fails (here: garbage for an answer) is a certificate problem, not "check your internet".
    void failedTlsHandshakeSaysSo()
    {
        RawResponder notTls("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(m_client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/api").arg(notTls.port()))));
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Certificate);
        QCOMPARE(reply->attempts, 1); // a refused certificate does not get better by asking again
        QVERIFY2(reply->error.message().contains(QStringLiteral("certificate was not accepted")),
                 qPrintable(reply->error.message()));
        QVERIFY(!reply->error.message().contains(QStringLiteral("internet connection")));
    }

    void wrongKeyIsAuthError()
    {
        QSignalSpy authFailed(m_client.get(), &ApiClient::authenticationFailed);
        m_client->setCredentials(m_server->email(), QStringLiteral("wrong-key"));
        auto reply = track(m_client->currentUser());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Auth);
        QCOMPARE(reply->error.httpStatus, 401);
        QVERIFY(!reply->error.message().isEmpty());
        QCOMPARE(authFailed.size(), 1);
        QCOMPARE(reply->attempts, 1); // 401 is never retried
    }

    void currentUserAndMasterData()
    {
        auto me = track(m_client->currentUser());
        auto customers = track(m_client->customers());
        auto projects = track(m_client->projects());
        auto services = track(m_client->services());
        auto lumpSums = track(m_client->lumpSumServices());
        AWAIT(me);
        AWAIT(customers);
        AWAIT(projects);
        AWAIT(services);
        AWAIT(lumpSums);
        const User user = me->value.value<User>();
        QCOMPARE(user.id, m_server->currentUserId());
        QVERIFY(!user.timezone.isEmpty());
        QVERIFY(!customers->value.value<QList<Customer>>().isEmpty());
        QVERIFY(!projects->value.value<QList<Project>>().isEmpty());
        QVERIFY(!services->value.value<QList<Service>>().isEmpty());
        QVERIFY(!lumpSums->value.value<QList<LumpSumService>>().isEmpty());
        // Explicit page size on every list.
        for (const auto& r : m_server->requestLog()) {
            if (r.path != QLatin1String("/api/v4/users/me"))
                QCOMPARE(r.queryValue(QStringLiteral("items_per_page")), QStringLiteral("1000"));
        }
        // Server-side filter for active ones.
        auto active = track(m_client->customers(true));
        AWAIT(active);
        for (const Customer& c : active->value.value<QList<Customer>>())
            QVERIFY(c.active);
        QCOMPARE(m_server->requestLog().last().queryValue(QStringLiteral("filter[active]")), QStringLiteral("true"));
    }

    void startSwitchStop()
    {
        const ClockStartRequest start = someStart();
        QVERIFY(start.isValid());
        auto first = track(m_client->startClock(start));
        AWAIT(first);
        QVERIFY2(!first->error.isError(), qPrintable(first->error.message()));
        const ClockState started = first->value.value<ClockState>();
        QVERIFY(started.running);
        QVERIFY(!started.stopped);
        QCOMPARE(started.currentTime, m_server->now());

        m_server->advance(1800);
        ClockStartRequest next = start;
        next.text = QStringLiteral("Abstimmung Startseite");
        auto second = track(m_client->startClock(next));
        AWAIT(second);
        const ClockState switched = second->value.value<ClockState>();
        QVERIFY(switched.running);
        QVERIFY(switched.stopped);
        QCOMPARE(switched.stopped->id, started.running->id);
        QCOMPARE(switched.stopped->duration.value_or(-1), 1800);
        QCOMPARE(switched.running->text, next.text);

        auto stop = track(m_client->stopClock(switched.running->id));
        AWAIT(stop);
        const ClockState stopped = stop->value.value<ClockState>();
        QVERIFY(!stopped.running);
        QCOMPARE(stopped.stopped->id, switched.running->id);
        QCOMPARE(m_server->runningEntryId(), 0);

        // Stopping an entry that no longer runs is an error, never a retry.
        auto again = track(m_client->stopClock(switched.running->id));
        AWAIT(again);
        QVERIFY(again->error.isError());
        QCOMPARE(again->attempts, 1);
    }

    void entriesFetchEveryPage()
    {
        const EntryQuery query = seedThreePagesOfEntries();
        const QDateTime from = query.since;
        const QDateTime to = query.until;
        int expected = 0;
        for (const QJsonValue& v : m_server->allEntries()) {
            const QJsonObject e = v.toObject();
            const QDateTime since = ApiTime::parse(e.value(QLatin1String("time_since")).toString());
            const QString untilText = e.value(QLatin1String("time_until")).toString();
            const QDateTime until = untilText.isEmpty() ? QDateTime() : ApiTime::parse(untilText);
            if (since < to && (!until.isValid() || until > from)
                && e.value(QLatin1String("users_id")).toInteger() == m_server->currentUserId())
                ++expected;
        }
        QVERIFY(expected >= 25);
        auto reply = track(m_client->entries(query));
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.message() + reply->error.detail));
        const auto entries = reply->value.value<QList<Entry>>();
        QCOMPARE(entries.size(), expected);
        QCOMPARE(reply->pages, (expected + 9) / 10);
        for (const Entry& e : entries)
            QVERIFY(!e.customersName.isEmpty()); // enhanced list
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), reply->pages);
        for (int i = 0; i < log.size(); ++i) {
            QCOMPARE(log.at(i).queryValue(QStringLiteral("page")), QString::number(i + 1));
            QCOMPARE(log.at(i).queryValue(QStringLiteral("filter[users_id]")),
                     QString::number(m_server->currentUserId()));
        }
    }

    // Issue 16: the pages of an entry list are parsed on the client's parser thread, not on the GUI thread; they
    // still arrive in order, and one that was being parsed when the account changed or the call was aborted never
    // arrives.
    void entryPagesAreParsedOffTheGuiThreadInOrder()
    {
        const EntryQuery query = seedThreePagesOfEntries();
        QVERIFY(m_client->parserPool());
        QSignalSpy answers(m_client->networkAccessManager(), &QNetworkAccessManager::finished);
        ParserGate gate(m_client->parserPool());
        ApiReply* raw = m_client->entries(query);
        QList<int> pageNumbers;
        QList<qint64> ids;
        connect(raw, &ApiReply::pageReceived, this, [&](const QVariant& items, const Paging& paging) {
            pageNumbers.append(paging.currentPage);
            for (const Entry& e : items.value<QList<Entry>>())
                ids.append(e.id);
        });
        auto reply = track(raw);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 20000);
        QCoreApplication::processEvents();
        QCOMPARE(reply->pages, 0); // the first page's answer is here but waits for the parser thread
        gate.open();
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.detail));
        QVERIFY(pageNumbers.size() >= 3); // 25 and the demo's, 10 a page
        QCOMPARE(pageNumbers.size(), reply->pages);
        for (int i = 0; i < pageNumbers.size(); ++i)
            QCOMPARE(pageNumbers.at(i), i + 1);
        const auto all = reply->value.value<QList<Entry>>();
        QCOMPARE(all.size(), ids.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).id, ids.at(i)); // the server's order, page after page
    }

    // Issue 16: the parser thread gives a contended core to the GUI thread first (Linux: a higher nice value for that
    // thread alone); the GUI thread keeps its own.
    void theParserThreadYieldsToTheGuiThread()
    {
#ifdef Q_OS_LINUX
        const int guiBefore = getpriority(PRIO_PROCESS, id_t(gettid()));
        auto reply = track(m_client->entries(seedThreePagesOfEntries()));
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.detail));
        QVERIFY(reply->pages >= 3);
        int parserNice = -100;
        m_client->parserPool()->start([&parserNice] { parserNice = getpriority(PRIO_PROCESS, id_t(gettid())); });
        QVERIFY(m_client->parserPool()->waitForDone(10000));
        QCOMPARE(parserNice, std::max(guiBefore, int(BackgroundPriority::Nice)));
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), guiBefore);
#else
        QSKIP("thread priorities are lowered on Linux only");
#endif
    }

    void pageParsedAcrossAnAccountSwitchIsDropped()
    {
        const EntryQuery query = demoWeeksQuery();
        QSignalSpy answers(m_client->networkAccessManager(), &QNetworkAccessManager::finished);
        ParserGate gate(m_client->parserPool());
        auto reply = track(m_client->entries(query));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 20000);
        // Another account while the page of the first one is being parsed.
        m_client->setCredentials(QStringLiteral("someone@example.com"), QStringLiteral("another-key"));
        gate.open();
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Canceled);
        QCOMPARE(reply->pages, 0);
        QVERIFY(reply->value.value<QList<Entry>>().isEmpty());
    }

    // Issue 16: equal texts of an entry list share one string across its pages (TextPool): their memory once, and a
    // re-sort by one of them hashes each distinct text once (EntryTableModel::sortKeys looks texts up by data first).
    void equalTextsOfAListShareTheirData()
    {
        const EntryQuery query = seedThreePagesOfEntries();
        ApiReply* raw = m_client->entryPages(query);
        QMap<QString, QList<QPair<int, const QChar*>>> byName; // customer name -> (page, its data) per entry
        connect(raw, &ApiReply::pageReceived, this, [&](const QVariant& items, const Paging& paging) {
            for (const Entry& e : items.value<QList<Entry>>())
                byName[e.customersName].append({ paging.currentPage, e.customersName.constData() });
        });
        auto reply = track(raw);
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.detail));
        QVERIFY(reply->pages >= 3);
        int acrossPages = 0;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            QVERIFY(!it.key().isEmpty());
            for (const auto& [page, data] : it.value())
                QCOMPARE(data, it.value().first().second);
            acrossPages += it.value().first().first != it.value().last().first ? 1 : 0;
        }
        QVERIFY(acrossPages > 0);
    }

    void abortWhileParsingFinishesOnce()
    {
        const EntryQuery query = demoWeeksQuery();
        QSignalSpy answers(m_client->networkAccessManager(), &QNetworkAccessManager::finished);
        ParserGate gate(m_client->parserPool());
        ApiReply* raw = m_client->entryPages(query);
        QPointer<ApiReply> guard(raw);
        auto reply = track(raw);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 20000);
        raw->abort();
        QVERIFY(reply->done);
        QCOMPARE(reply->error.category, ApiError::Category::Canceled);
        gate.open();
        QTRY_VERIFY(guard.isNull()); // deleted (deleteLater), the parsed page dropped with it
        m_client->parserPool()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(reply->pages, 0);
    }

    // Issue 16: page k + 1 of an entry list is asked for while page k is still on the parser thread (one page
    // ahead, once page 1 has told how many pages there are); the pages still arrive in order, each asked for once.
    void nextPageIsAskedForWhileThePageBeforeIsParsed()
    {
        const EntryQuery query = seedThreePagesOfEntries();
        ApiReply* raw = m_client->entries(query);
        std::optional<ParserGate> gate;
        QList<int> pageNumbers;
        connect(raw, &ApiReply::pageReceived, this, [&](const QVariant&, const Paging& paging) {
            pageNumbers.append(paging.currentPage);
            if (paging.currentPage == 1)
                gate.emplace(m_client->parserPool()); // page 2 will wait on the parser thread
        });
        auto reply = track(raw);
        QTRY_COMPARE_WITH_TIMEOUT(pageRequests(2), 1, 20000);
        // Page 3 is asked for while page 2 has not been parsed yet.
        QTRY_COMPARE_WITH_TIMEOUT(pageRequests(3), 1, 20000);
        QCOMPARE(pageNumbers, QList<int> { 1 });
        QCOMPARE(reply->pages, 1);
        QVERIFY(!reply->done);
        QCOMPARE(pageRequests(4), 0); // never more than one page ahead
        gate->open();
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.detail));
        QVERIFY(pageNumbers.size() >= 3);
        for (int i = 0; i < pageNumbers.size(); ++i) {
            QCOMPARE(pageNumbers.at(i), i + 1);
            QCOMPARE(pageRequests(i + 1), 1);
        }
        QCOMPARE(m_server->requestLog().size(), pageNumbers.size()); // no page asked for beyond the last
        QCOMPARE(reply->attempts, pageNumbers.size());
    }

    // A page asked for ahead that is still on its way when the call is aborted or the account changes (while the
    // page before it is being parsed): nothing arrives after that, and nothing more is asked for.
    void pageAheadInFlightIsDroppedOnAbortOrAccountSwitch_data()
    {
        QTest::addColumn<bool>("abort");
        QTest::newRow("abort") << true;
        QTest::newRow("account switch") << false;
    }

    void pageAheadInFlightIsDroppedOnAbortOrAccountSwitch()
    {
        QFETCH(bool, abort);
        const EntryQuery query = seedThreePagesOfEntries();
        FakeClockodoServer::Fault hang; // page 3 stays on its way
        hang.kind = FakeClockodoServer::Fault::Kind::Hang;
        hang.method = "GET";
        hang.pathPrefix = QStringLiteral("/v2/entries");
        hang.query = { { QStringLiteral("page"), QStringLiteral("3") } };
        m_server->injectFault(hang);
        ApiReply* raw = m_client->entries(query);
        QPointer<ApiReply> guard(raw);
        std::optional<ParserGate> gate;
        connect(raw, &ApiReply::pageReceived, this, [&](const QVariant&, const Paging& paging) {
            if (paging.currentPage == 1)
                gate.emplace(m_client->parserPool());
        });
        auto reply = track(raw);
        QTRY_COMPARE_WITH_TIMEOUT(pageRequests(3), 1, 20000);
        QCOMPARE(reply->pages, 1);
        if (abort) {
            raw->abort();
            QVERIFY(reply->done);
        } else {
            m_client->setCredentials(QStringLiteral("someone@example.com"), QStringLiteral("another-key"));
        }
        gate->open();
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000); // finished and deleted, page 2 dropped
        m_client->parserPool()->waitForDone();
        QCoreApplication::processEvents();
        QVERIFY(reply->done);
        QCOMPARE(reply->error.category, ApiError::Category::Canceled);
        QCOMPARE(reply->pages, 1);
        QCOMPARE(m_server->requestLog().size(), 3);
        QCOMPARE(pageRequests(4), 0);
    }

    // An error of the page asked for ahead is handled when that page is due, as any page's: retried (a GET), or
    // the end of the call after the pages before it.
    void errorOfThePageAheadComesInItsTurn_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("retried (503 once)") << 503;
        QTest::newRow("final (404)") << 404;
    }

    void errorOfThePageAheadComesInItsTurn()
    {
        QFETCH(int, status);
        const EntryQuery query = seedThreePagesOfEntries();
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = status;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/v2/entries");
        fault.query = { { QStringLiteral("page"), QStringLiteral("3") } };
        m_server->injectFault(fault);
        ApiReply* raw = m_client->entries(query);
        std::optional<ParserGate> gate;
        connect(raw, &ApiReply::pageReceived, this, [&](const QVariant&, const Paging& paging) {
            if (paging.currentPage == 1)
                gate.emplace(m_client->parserPool());
        });
        auto reply = track(raw);
        QTRY_COMPARE_WITH_TIMEOUT(pageRequests(3), 1, 20000); // the failing answer is here before page 2's turn
        QCOMPARE(reply->pages, 1);
        gate->open();
        AWAIT(reply);
        if (status == 404) {
            QCOMPARE(reply->error.httpStatus, 404);
            QCOMPARE(reply->pages, 2);
            QCOMPARE(reply->retries, 0);
            QCOMPARE(m_server->requestLog().size(), 3);
        } else {
            QVERIFY2(!reply->error.isError(), qPrintable(reply->error.detail));
            QVERIFY(reply->pages >= 3);
            QCOMPARE(reply->retries, 1);
            QCOMPARE(pageRequests(3), 2);
            QCOMPARE(reply->attempts, reply->pages + 1);
        }
    }

    void plusSignReachesTheServerAsPlus()
    {
        EntryQuery query;
        query.since = ApiTime::parse(QStringLiteral("2026-11-02T00:00:00Z"));
        query.until = ApiTime::parse(QStringLiteral("2026-11-07T00:00:00Z"));
        query.text = QStringLiteral("C++ & Qt");
        auto reply = track(m_client->entries(query));
        AWAIT(reply);
        QVERIFY(!reply->error.isError());
        QCOMPARE(m_server->requestLog().last().queryValue(QStringLiteral("filter[text]")), query.text);
    }

    void createEditDeleteAllThreeTypes()
    {
        const ClockStartRequest ids = someStart();
        auto lumpSums = track(m_client->lumpSumServices(true));
        AWAIT(lumpSums);
        const auto lumpSumList = lumpSums->value.value<QList<LumpSumService>>();
        QVERIFY(!lumpSumList.isEmpty());

        Entry time;
        time.type = Entry::Type::Time;
        time.customersId = ids.customersId;
        time.servicesId = ids.servicesId;
        time.billable = Entry::IsBillable;
        time.timeSince = ApiTime::parse(QStringLiteral("2026-11-20T08:00:00Z"));
        time.timeUntil = ApiTime::parse(QStringLiteral("2026-11-20T09:15:00Z"));
        time.text = QStringLiteral("Planung");
        Entry value = time;
        value.type = Entry::Type::LumpSumValue;
        value.timeUntil = {};
        value.lumpSum = 123.5;
        Entry service = time;
        service.type = Entry::Type::LumpSumService;
        service.servicesId.reset();
        service.timeUntil = {};
        service.lumpSumServicesId = lumpSumList.first().id;
        service.lumpSumServicesAmount = 12;

        for (const Entry& draft : { time, value, service }) {
            auto created = track(m_client->createEntry(draft));
            AWAIT(created);
            QVERIFY2(!created->error.isError(),
                     qPrintable(created->error.message() + QLatin1Char(' ') + created->error.fields.join(u',')));
            const Entry entry = created->value.value<Entry>();
            QVERIFY(entry.id > 0);
            QCOMPARE(entry.type, draft.type);
            QCOMPARE(entry.text, draft.text);

            Entry edited = entry;
            edited.text = QStringLiteral("Planung (korrigiert)");
            auto updated = track(m_client->updateEntry(entry.id, Entry::changes(entry, edited)));
            AWAIT(updated);
            QVERIFY2(!updated->error.isError(), qPrintable(updated->error.message()));
            QCOMPARE(updated->value.value<Entry>().text, edited.text);
            const QJsonObject sent = QJsonDocument::fromJson(m_server->requestLog().last().body).object();
            QCOMPARE(sent.keys(), QStringList { QStringLiteral("text") }); // only what changed

            auto fetched = track(m_client->entry(entry.id));
            AWAIT(fetched);
            QCOMPARE(fetched->value.value<Entry>().text, edited.text);

            auto deleted = track(m_client->deleteEntry(entry.id));
            AWAIT(deleted);
            QVERIFY(!deleted->error.isError());
            QCOMPARE(deleted->value.toBool(), true);
            QVERIFY(m_server->entry(entry.id).isEmpty());
        }
    }

    void clearingTheProjectSendsZero()
    {
        auto projects = track(m_client->projects(std::nullopt, true, false));
        AWAIT(projects);
        const auto projectList = projects->value.value<QList<Project>>();
        QVERIFY(!projectList.isEmpty());
        const Project project = projectList.first();
        auto services = track(m_client->services(true));
        AWAIT(services);
        const auto serviceList = services->value.value<QList<Service>>();
        Entry draft;
        draft.customersId = project.customersId;
        draft.projectsId = project.id;
        for (const Service& s : serviceList) {
            if (project.serviceAssignments.isEmpty() || project.serviceAssignments.contains(s.id)) {
                draft.servicesId = s.id;
                break;
            }
        }
        draft.timeSince = ApiTime::parse(QStringLiteral("2026-11-19T08:00:00Z"));
        draft.timeUntil = ApiTime::parse(QStringLiteral("2026-11-19T09:00:00Z"));
        auto created = track(m_client->createEntry(draft));
        AWAIT(created);
        QVERIFY2(!created->error.isError(), qPrintable(created->error.message()));
        const Entry entry = created->value.value<Entry>();
        QCOMPARE(entry.projectsId.value_or(0), project.id);

        Entry withoutProject = entry;
        withoutProject.projectsId.reset();
        auto updated = track(m_client->updateEntry(entry.id, Entry::changes(entry, withoutProject)));
        AWAIT(updated);
        QVERIFY2(!updated->error.isError(), qPrintable(updated->error.message() + updated->error.fields.join(u',')));
        QVERIFY(!updated->value.value<Entry>().projectsId.value_or(0));
        const QJsonObject sent = QJsonDocument::fromJson(m_server->requestLog().last().body).object();
        QCOMPARE(sent.value(QLatin1String("projects_id")).toInteger(-1), 0); // the contract has no null here
        QVERIFY(m_server->entry(entry.id).value(QLatin1String("projects_id")).isNull());
    }

    void validationErrorNamesFields()
    {
        Entry broken;
        broken.type = Entry::Type::Time;
        broken.customersId = someStart().customersId;
        broken.timeSince = ApiTime::parse(QStringLiteral("2026-11-20T10:00:00Z"));
        broken.timeUntil = ApiTime::parse(QStringLiteral("2026-11-20T12:00:00Z"));
        // no service
        m_client->setLanguage(QStringLiteral("en"));
        auto en = track(m_client->createEntry(broken));
        AWAIT(en);
        QCOMPARE(en->error.category, ApiError::Category::Validation);
        QVERIFY2(en->error.fields.contains(QStringLiteral("services_id")), qPrintable(en->error.fields.join(u',')));
        QVERIFY(!en->error.serverMessage.isEmpty());
        QCOMPARE(en->attempts, 1);

        m_client->setLanguage(QStringLiteral("de"));
        auto de = track(m_client->createEntry(broken));
        AWAIT(de);
        QVERIFY(!de->error.serverMessage.isEmpty());
        QVERIFY2(de->error.serverMessage != en->error.serverMessage, qPrintable(de->error.serverMessage));
        m_client->setLanguage(QStringLiteral("fr"));
        auto fr = track(m_client->createEntry(broken));
        AWAIT(fr);
        QVERIFY(fr->error.serverMessage != en->error.serverMessage);
        QVERIFY(fr->error.serverMessage != de->error.serverMessage);
    }

    void rateLimitedGetWaitsForRetryAfter()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
        fault.retryAfterSeconds = 1;
        fault.pathPrefix = QStringLiteral("/api/v2/clock");
        m_server->injectFault(fault);
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.message()));
        QCOMPARE(reply->attempts, 2);
        QCOMPARE(reply->retries, 1);
        QCOMPARE(m_server->requestLog().first().status, 429);
    }

    void rateLimitedWithoutRetryAfterBacksOff()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
        fault.attempts = 2;
        m_server->injectFault(fault);
        QSignalSpy retries(m_client.get(), &ApiClient::reachabilityChanged);
        auto reply = track(m_client->currentUser());
        AWAIT(reply);
        QVERIFY(!reply->error.isError());
        QCOMPARE(reply->attempts, 3);
    }

    void rateLimitedPostIsNotRetried()
    {
        const ClockStartRequest start = someStart();
        m_server->clearRequestLog();
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
        fault.retryAfterSeconds = 7;
        m_server->injectFault(fault);
        auto reply = track(m_client->startClock(start));
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::RateLimited);
        QCOMPARE(reply->error.retryAfterSeconds, 7);
        QCOMPARE(reply->attempts, 1);
        QCOMPARE(m_server->runningEntryId(), 0);
        QVERIFY(reply->error.message().contains(QLatin1String("7")));
    }

    void serverErrorsRetryGetBounded()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.attempts = 100;
        m_server->injectFault(fault);
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Server);
        QCOMPARE(reply->error.httpStatus, 500);
        QCOMPARE(reply->attempts, m_client->retryPolicy().maxRetries + 1);
        QCOMPARE(countRequests("GET", QStringLiteral("/api/v2/clock")), reply->attempts);
    }

    void serverErrorOnDeleteIsNotRetried()
    {
        const ClockStartRequest start = someStart();
        auto started = track(m_client->startClock(start));
        AWAIT(started);
        const qint64 id = started->value.value<ClockState>().running->id;
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 503;
        fault.attempts = 100;
        m_server->injectFault(fault);
        auto reply = track(m_client->stopClock(id));
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Server);
        QCOMPARE(reply->attempts, 1);
        QCOMPARE(countRequests("DELETE", QStringLiteral("/api/v2/clock/%1").arg(id)), 1);
    }

    void malformedAnswerIsBadResponse()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Malformed;
        m_server->injectFault(fault);
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::BadResponse);
        QVERIFY(!reply->error.detail.isEmpty());
        QVERIFY(!reply->error.message().isEmpty());
    }

    void truncatedAndDroppedGetsAreRetried_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("attempts");
        QTest::newRow("truncated") << int(FakeClockodoServer::Fault::Kind::Truncated) << 1;
        // QNAM resends once by itself after a drop before any byte; two drops reach our retry.
        QTest::newRow("dropped") << int(FakeClockodoServer::Fault::Kind::Drop) << 2;
    }

    void truncatedAndDroppedGetsAreRetried()
    {
        QFETCH(int, kind);
        QFETCH(int, attempts);
        FakeClockodoServer::Fault fault;
        fault.kind = static_cast<FakeClockodoServer::Fault::Kind>(kind);
        fault.attempts = attempts;
        m_server->injectFault(fault);
        auto reply = track(m_client->currentUser());
        AWAIT(reply);
        QVERIFY2(!reply->error.isError(), qPrintable(reply->error.message() + reply->error.detail));
        QCOMPARE(reply->retries, 1);
    }

    void droppedPostFailsWithoutOurRetry()
    {
        const ClockStartRequest start = someStart();
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Drop;
        fault.attempts = 100;
        m_server->injectFault(fault);
        QSignalSpy reachability(m_client.get(), &ApiClient::reachabilityChanged);
        auto reply = track(m_client->startClock(start));
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Network);
        QCOMPARE(reply->attempts, 1);
        QCOMPARE(reply->retries, 0);
        QCOMPARE(m_server->runningEntryId(), 0); // the fault struck before any state changed
    }

    // "Act, then drop before answering": the server performs the request and the connection closes without a
    // response byte. Qt 6.4 would send the request again by itself (a second start, a second entry, a 404 for the
    // second DELETE); each mutating call must reach the server exactly once and report an unknown outcome.
    void mutatingCallsReachTheServerOnceWhenTheAnswerIsLost_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("start") << QStringLiteral("start");
        QTest::newRow("switch") << QStringLiteral("switch");
        QTest::newRow("stop") << QStringLiteral("stop");
        QTest::newRow("create") << QStringLiteral("create");
        QTest::newRow("delete") << QStringLiteral("delete");
    }

    void mutatingCallsReachTheServerOnceWhenTheAnswerIsLost()
    {
        QFETCH(QString, call);
        const ClockStartRequest start = someStart();
        QVERIFY(start.isValid());
        if (call == QLatin1String("switch") || call == QLatin1String("stop"))
            QVERIFY(m_server->remoteStartClock(start.customersId, start.servicesId) > 0);
        const qint64 runningBefore = m_server->runningEntryId();
        const qint64 victim
            = m_server->addTimeEntry(start.customersId, 0, start.servicesId, m_server->now().addSecs(-7200),
                                     m_server->now().addSecs(-3600), QStringLiteral("victim"), 1);
        const qsizetype entriesBefore = m_server->allEntries().size();
        m_server->clearRequestLog();

        QByteArray method = "POST";
        QString path = QStringLiteral("/api/v2/clock");
        ApiReply* raw = nullptr;
        if (call == QLatin1String("start") || call == QLatin1String("switch")) {
            raw = m_client->startClock(start);
        } else if (call == QLatin1String("stop")) {
            method = "DELETE";
            path = QStringLiteral("/api/v2/clock/%1").arg(runningBefore);
            raw = m_client->stopClock(runningBefore);
        } else if (call == QLatin1String("create")) {
            path = QStringLiteral("/api/v2/entries");
            Entry entry;
            entry.customersId = start.customersId;
            entry.servicesId = start.servicesId;
            entry.billable = 1;
            entry.timeSince = m_server->now().addSecs(-1800);
            entry.timeUntil = m_server->now().addSecs(-600);
            entry.text = QStringLiteral("created once");
            raw = m_client->createEntry(entry);
        } else {
            method = "DELETE";
            path = QStringLiteral("/api/v2/entries/%1").arg(victim);
            raw = m_client->deleteEntry(victim);
        }
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::ActThenDrop;
        fault.method = method;
        fault.pathPrefix = path;
        m_server->injectFault(fault); // armed for one attempt: a second one would be answered normally
        auto reply = track(raw);
        AWAIT(reply);

        QCOMPARE(countRequests(method, path), 1);
        QVERIFY(reply->error.isError());
        QVERIFY2(reply->error.outcomeUnknown, qPrintable(reply->error.detail));
        QCOMPARE(reply->retries, 0);
        // The server acted once, not twice.
        const QJsonArray entries = m_server->allEntries();
        if (call == QLatin1String("start") || call == QLatin1String("switch")) {
            QCOMPARE(entries.size(), entriesBefore + 1);
            QVERIFY(m_server->runningEntryId() != 0);
            QVERIFY(m_server->runningEntryId() != runningBefore);
        } else if (call == QLatin1String("stop")) {
            QCOMPARE(entries.size(), entriesBefore);
            QCOMPARE(m_server->runningEntryId(), 0);
        } else if (call == QLatin1String("create")) {
            QCOMPARE(entries.size(), entriesBefore + 1);
        } else {
            QCOMPARE(entries.size(), entriesBefore - 1);
            QVERIFY(m_server->entry(victim).isEmpty());
        }
    }

    void refusedConnectionIsAKnownOutcome()
    {
        const QUrl url = m_server->baseUrl();
        const ClockStartRequest start = someStart();
        m_server.reset(); // nothing listens there any more: the start never left
        ApiClient fresh;
        QVERIFY(fresh.setBaseUrl(url));
        fresh.setCredentials(QStringLiteral("erika@example.com"), QStringLiteral("demo-api-key-0000"));
        fresh.setRetryPolicy(m_client->retryPolicy());
        auto reply = track(fresh.startClock(start));
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Network);
        QVERIFY(!reply->error.outcomeUnknown);
    }

    void hangTimesOut()
    {
        RetryPolicy none;
        none.maxRetries = 0;
        m_client->setRetryPolicy(none);
        m_client->setTimeoutMs(300);
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Hang;
        fault.attempts = 100;
        m_server->injectFault(fault);
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Timeout);
        QVERIFY(!reply->error.message().isEmpty());
    }

    void delayedAnswerArrives()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Delay;
        fault.delayMs = 200;
        m_server->injectFault(fault);
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QVERIFY(!reply->error.isError());
        QCOMPARE(reply->attempts, 1);
    }

    void abortFinishesOnce()
    {
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Hang;
        m_server->injectFault(fault);
        ApiReply* raw = m_client->clock();
        auto reply = track(raw);
        QTRY_VERIFY(!m_server->requestLog().isEmpty() || reply->attempts > 0 || raw->attempts() > 0);
        raw->abort();
        QVERIFY(reply->done);
        QCOMPARE(reply->error.category, ApiError::Category::Canceled);
    }

    void unreachableServerIsNetworkError()
    {
        const QUrl url = m_server->baseUrl();
        m_server.reset(); // nothing listens there any more
        RetryPolicy none;
        none.maxRetries = 1;
        none.baseDelayMs = 1;
        m_client->setRetryPolicy(none);
        QSignalSpy reachability(m_client.get(), &ApiClient::reachabilityChanged);
        auto reply = track(m_client->clock());
        AWAIT(reply);
        QCOMPARE(reply->error.category, ApiError::Category::Network);
        QCOMPARE(reply->attempts, 2);
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
        Q_UNUSED(url);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
