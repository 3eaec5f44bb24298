// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fakeserverfixture.h"

FakeServerFixture::FakeServerFixture() = default;

FakeServerFixture::~FakeServerFixture()
{
    stopFakeServer();
}

bool FakeServerFixture::startFakeServer(const QDateTime& nowUtc)
{
    stopFakeServer();
    m_server = std::make_unique<FakeClockodoServer>();
    m_server->setNow(nowUtc);
    if (!m_server->listen())
        return false;
    m_api = std::make_unique<ApiClient>();
    if (!m_api->setBaseUrl(m_server->baseUrl()))
        return false;
    m_api->setCredentials(m_server->email(), m_server->apiKey());
    RetryPolicy noRetries;
    noRetries.maxRetries = 0;
    m_api->setRetryPolicy(noRetries);
    return true;
}

void FakeServerFixture::stopFakeServer()
{
    m_api.reset();
    m_server.reset();
}

FakeServerFixture::Catalog FakeServerFixture::seedCatalog(int bakeryColor, int atelierColor)
{
    Catalog catalog;
    catalog.bakery = m_server->addCustomer(QStringLiteral("Bäckerei Sonnenschein"), true, true, bakeryColor);
    catalog.atelier = m_server->addCustomer(QStringLiteral("Atelier Lumière"), true, false, atelierColor);
    catalog.consulting = m_server->addService(QStringLiteral("Beratung"));
    catalog.development = m_server->addService(QStringLiteral("Développement"));
    catalog.travel = m_server->addLumpSumService(QStringLiteral("Fahrtkosten"), 0.3, QStringLiteral("km"));
    return catalog;
}

QList<FakeClockodoServer::LoggedRequest> FakeServerFixture::loggedRequests(const QByteArray& method,
                                                                           const QString& pathPrefix) const
{
    QList<FakeClockodoServer::LoggedRequest> result;
    for (const auto& r : m_server->requestLog()) {
        if ((method.isEmpty() || r.method == method) && r.path.startsWith(pathPrefix))
            result.append(r);
    }
    return result;
}

int FakeServerFixture::requestCount(const QString& path) const
{
    int n = 0;
    for (const auto& r : m_server->requestLog())
        n += r.path == path ? 1 : 0;
    return n;
}
