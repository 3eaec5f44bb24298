// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "fakeserver/fakeclockodoserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

// What the tests against the fake Clockodo server share: the server on 127.0.0.1 with its clock frozen, an
// ApiClient signed in to it (base URL, credentials, no automatic retries), the master data most of them seed, and
// the request log read back. A second base class of the test object (after QObject), so that the test functions
// keep naming m_server and m_api:
//     class TestX : public QObject, private FakeServerFixture
//     void TestX::init()    { QVERIFY(startFakeServer(now)); ... }
//     void TestX::cleanup() { ...; stopFakeServer(); }
class FakeServerFixture
{
public:
    // The ids seedCatalog() returns.
    struct Catalog
    {
        qint64 bakery = 0; // customer "Bäckerei Sonnenschein", billable by default
        qint64 atelier = 0; // customer "Atelier Lumière", not billable by default
        qint64 consulting = 0; // service "Beratung"
        qint64 development = 0; // service "Développement"
        qint64 travel = 0; // lump-sum service "Fahrtkosten", 0.30 per km
    };

protected:
    FakeServerFixture();
    ~FakeServerFixture();
    FakeServerFixture(const FakeServerFixture&) = delete;
    FakeServerFixture& operator=(const FakeServerFixture&) = delete;

    // A new server listening on 127.0.0.1 (any free port) whose clock stands at nowUtc, and a new m_api pointed at
    // it. False when the server cannot listen or the client refuses its URL (use with QVERIFY).
    [[nodiscard]] bool startFakeServer(const QDateTime& nowUtc);
    // Ends the client before the server, as every test's cleanup() did.
    void stopFakeServer();

    // Adds the customers, services and the lump-sum service of Catalog, in that order (customer ids 101 and 102,
    // services 301 and 302, lump sum 401 on a fresh server); the customers' colours as given.
    Catalog seedCatalog(int bakeryColor = 2, int atelierColor = 5);

    // The logged requests with this method (empty: any) whose path ("/api/…") starts with pathPrefix.
    QList<FakeClockodoServer::LoggedRequest> loggedRequests(const QByteArray& method,
                                                            const QString& pathPrefix = {}) const;
    // How many logged requests went to exactly this path ("/api/v4/users/me"), with any method.
    int requestCount(const QString& path) const;

    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<ApiClient> m_api;
};
