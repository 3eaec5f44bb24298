// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apiclient.h"

#include "api/entries/entrypagereader.h"
#include "api/entries/textpool.h"
#include "api/transport/apitime.h"
#include "api/transport/jsonlist.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QLibraryInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QThreadPool>
#include <QUrlQuery>

#include <memory>

namespace {

QByteArray encodeQuery(const QList<QPair<QString, QString>>& items)
{
    // Percent-encode everything but the unreserved set and the brackets of filter[...]: a literal '+' in a
    // value must reach a PHP server as a plus, not as a space.
    QByteArray query;
    for (const auto& [key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return query;
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_baseUrl(defaultBaseUrl())
{
    // Same origin only: the credentials must never follow a redirect to another host.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Paging>();
}

ApiClient::~ApiClient()
{
    // A page still on the parser thread finishes there; its reply (and the watcher for it) is gone already.
    if (m_parserPool)
        m_parserPool->waitForDone();
}

QThreadPool* ApiClient::parserPool()
{
    if (!m_parseInWorker)
        return nullptr;
    if (!m_parserPool) {
        m_parserPool = new QThreadPool(this);
        // One thread: pages are parsed in the order they arrived, whatever reply they belong to.
        m_parserPool->setMaxThreadCount(1);
        m_parserPool->setObjectName(QStringLiteral("clockodo-api-parser"));
    }
    return m_parserPool;
}

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://my.clockodo.com/api"));
}

bool ApiClient::isAcceptableBaseUrl(const QUrl& url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return false;
    // QUrl lower-cases the scheme; the host is compared without regard to case (and without the brackets of IPv6).
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiClient::setBaseUrl(const QUrl& url)
{
    if (!isAcceptableBaseUrl(url))
        return false;
    QUrl normalized = url;
    QString path = normalized.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    normalized.setPath(path);
    if (normalized != m_baseUrl)
        ++m_accountGeneration;
    m_baseUrl = normalized;
    return true;
}

void ApiClient::setCredentials(const QString& email, const QString& apiKey)
{
    if (email.trimmed() != m_email || apiKey.trimmed() != m_apiKey)
        ++m_accountGeneration;
    m_email = email.trimmed();
    m_apiKey = apiKey.trimmed();
}

void ApiClient::clearCredentials()
{
    if (hasCredentials())
        ++m_accountGeneration;
    m_email.clear();
    m_apiKey.clear();
}

void ApiClient::setContactEmail(const QString& email)
{
    m_contactEmail = email.trimmed();
}

QString ApiClient::externalApplicationFor(const QString& contact)
{
    return QStringLiteral("clockodo-desktop;") + contact;
}

bool ApiClient::fitsExternalApplication(const QString& contact)
{
    return externalApplicationFor(contact).size() <= MaxExternalApplicationLength;
}

QString ApiClient::externalApplication() const
{
    return externalApplicationFor(m_contactEmail.isEmpty() ? m_email : m_contactEmail);
}

void ApiClient::setLanguage(const QString& language)
{
    const QString lang = language.left(2).toLower();
    m_language = (lang == QLatin1String("de") || lang == QLatin1String("fr")) ? lang : QStringLiteral("en");
}

ApiError ApiClient::prepare(QNetworkRequest* request, const ApiReply::Request& spec, int page) const
{
    if (!hasCredentials())
        return ApiError::make(ApiError::Category::Auth, tr("Not signed in to Clockodo."));
    const QString application = externalApplication();
    if (application.size() > MaxExternalApplicationLength || application.endsWith(QLatin1Char(';'))) {
        return ApiError::make(ApiError::Category::Configuration,
                              tr("The contact e-mail address is missing or too long for Clockodo's limit of %1 "
                                 "characters. Set a shorter one in Settings.")
                                  .arg(MaxExternalApplicationLength));
    }
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + spec.path);
    QList<QPair<QString, QString>> query = spec.query;
    if (spec.paged)
        query.append({ QStringLiteral("page"), QString::number(page) });
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encodeQuery(query)), QUrl::StrictMode);
    if (!isAcceptableBaseUrl(m_baseUrl))
        return ApiError::make(ApiError::Category::Configuration, tr("The Clockodo address is not allowed."));

    request->setUrl(url);
    request->setTransferTimeout(m_timeoutMs);
    request->setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, false);
    request->setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request->setRawHeader("X-ClockodoApiUser", m_email.toUtf8());
    request->setRawHeader("X-ClockodoApiKey", m_apiKey.toUtf8());
    request->setRawHeader("X-Clockodo-External-Application", application.toUtf8());
    request->setRawHeader("Accept-Language", m_language.toLatin1());
    request->setRawHeader("Accept", "application/json");
    request->setHeader(QNetworkRequest::UserAgentHeader,
                       QStringLiteral("clockodo-desktop/%1 (Qt %2; %3)")
                           .arg(QLatin1String(CLOCKODO_VERSION), QLatin1String(qVersion()), QSysInfo::kernelType()));
    if (spec.hasBody)
        request->setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return {};
}

void ApiClient::noteReachable(bool reachable)
{
    const int value = reachable ? 1 : 0;
    if (m_reachable == value)
        return;
    m_reachable = value;
    emit reachabilityChanged(reachable);
}

ApiReply* ApiClient::submit(ApiReply::Request request)
{
    auto* reply = new ApiReply(this, std::move(request));
    // Started from the event loop, so every outcome (even a refusal) arrives after the caller connected.
    QMetaObject::invokeMethod(reply, &ApiReply::start, Qt::QueuedConnection);
    return reply;
}

template<typename T>
ApiReply* ApiClient::fetchAll(const QString& path, QList<QPair<QString, QString>> query, QLatin1String itemsKey,
                              bool parseInWorker)
{
    auto all = std::make_shared<QList<T>>();
    ApiReply::Request request;
    request.path = path;
    request.query = std::move(query);
    request.paged = true;
    request.parse = [all, itemsKey](const QJsonObject& root, QString* error) {
        QVariant page = JsonList::parse<T>(root, itemsKey, error);
        if (error->isEmpty())
            all->append(page.value<QList<T>>());
        return page;
    };
    if constexpr (std::is_same_v<T, Entry>) {
        request.parseFast = [all](const QByteArray& body, QJsonObject* root) -> std::optional<QVariant> {
            const std::optional<QList<Entry>> page = EntryPageReader::read(body, root);
            if (page)
                all->append(*page);
            return page ? std::optional<QVariant>(QVariant::fromValue(*page)) : std::nullopt;
        };
    }
    request.accumulated = [all] {
        return QVariant::fromValue(*all);
    };
    request.parseInWorker = parseInWorker;
    return submit(std::move(request));
}

template<typename T>
ApiReply* ApiClient::fetchOne(QByteArray verb, const QString& path, QLatin1String key, const QJsonObject& body,
                              bool hasBody)
{
    ApiReply::Request request;
    request.verb = std::move(verb);
    request.path = path;
    request.body = body;
    request.hasBody = hasBody;
    request.parse = [key](const QJsonObject& root, QString* error) -> QVariant {
        const QJsonValue value = root.value(key);
        if (!value.isObject()) {
            *error = QStringLiteral("%1: expected an object").arg(key);
            return {};
        }
        auto item = T::fromJson(value.toObject(), QString(key), error);
        return item ? QVariant::fromValue(*item) : QVariant();
    };
    return submit(std::move(request));
}

ApiReply* ApiClient::currentUser()
{
    return fetchOne<User>("GET", QStringLiteral("/v4/users/me"), QLatin1String("data"));
}

ApiReply* ApiClient::company()
{
    return fetchOne<Company>("GET", QStringLiteral("/v2/aggregates/users/me"), QLatin1String("company"));
}

namespace {

ApiReply::Parser clockParser()
{
    return [](const QJsonObject& root, QString* error) -> QVariant {
        auto state = ClockState::fromJson(root, QString(), error);
        return state ? QVariant::fromValue(*state) : QVariant();
    };
}

} // namespace

ApiReply* ApiClient::clock()
{
    ApiReply::Request request;
    request.path = QStringLiteral("/v2/clock");
    request.parse = clockParser();
    return submit(std::move(request));
}

ApiReply* ApiClient::startClock(const ClockStartRequest& start)
{
    ApiReply::Request request;
    request.verb = "POST";
    request.path = QStringLiteral("/v2/clock");
    request.body = start.toJson();
    request.hasBody = true;
    request.parse = clockParser();
    return submit(std::move(request));
}

ApiReply* ApiClient::stopClock(qint64 entryId, const QDateTime& until)
{
    ApiReply::Request request;
    request.verb = "DELETE";
    request.path = QStringLiteral("/v2/clock/%1").arg(entryId);
    if (until.isValid())
        request.query.append({ QStringLiteral("time_until"), ApiTime::format(until) });
    request.parse = clockParser();
    return submit(std::move(request));
}

ApiReply* ApiClient::correctClock(qint64 entryId, const ClockCorrection& correction)
{
    ApiReply::Request request;
    request.verb = "PUT";
    request.path = QStringLiteral("/v2/clock/%1").arg(entryId);
    request.body = correction.toJson();
    request.hasBody = true;
    request.parse = [](const QJsonObject& root, QString* error) -> QVariant {
        auto result = ClockCorrection::Result::fromJson(root, QString(), error);
        return result ? QVariant::fromValue(*result) : QVariant();
    };
    return submit(std::move(request));
}

ApiReply* ApiClient::entries(const EntryQuery& query)
{
    return fetchAll<Entry>(QStringLiteral("/v2/entries"), query.queryItems(), QLatin1String("entries"), true);
}

ApiReply* ApiClient::entryPages(const EntryQuery& query)
{
    auto count = std::make_shared<int>(0);
    // The pages' repeated descriptions and names shared across the whole list (parsed one page at a time).
    auto texts = std::make_shared<TextPool>();
    const auto shareTexts = [texts](QList<Entry>& page) {
        for (Entry& entry : page)
            texts->intern(&entry);
    };
    ApiReply::Request request;
    request.path = QStringLiteral("/v2/entries");
    request.query = query.queryItems();
    request.paged = true;
    request.parse = [count, shareTexts](const QJsonObject& root, QString* error) {
        QVariant page = JsonList::parse<Entry>(root, QLatin1String("entries"), error);
        if (!error->isEmpty())
            return page;
        QList<Entry> entries = page.value<QList<Entry>>();
        shareTexts(entries);
        *count += int(entries.size());
        return QVariant::fromValue(entries);
    };
    request.parseFast = [count, shareTexts](const QByteArray& body, QJsonObject* root) -> std::optional<QVariant> {
        std::optional<QList<Entry>> page = EntryPageReader::read(body, root);
        if (!page)
            return std::nullopt;
        shareTexts(*page);
        *count += int(page->size());
        return QVariant::fromValue(*page);
    };
    request.accumulated = [count] {
        return QVariant::fromValue(*count);
    };
    request.parseInWorker = true;
    return submit(std::move(request));
}

ApiReply* ApiClient::entry(qint64 id)
{
    return fetchOne<Entry>("GET", QStringLiteral("/v2/entries/%1").arg(id), QLatin1String("entry"));
}

ApiReply* ApiClient::createEntry(const Entry& entry)
{
    return fetchOne<Entry>("POST", QStringLiteral("/v2/entries"), QLatin1String("entry"), entry.toCreateJson(), true);
}

ApiReply* ApiClient::updateEntry(qint64 id, const QJsonObject& changes)
{
    return fetchOne<Entry>("PUT", QStringLiteral("/v2/entries/%1").arg(id), QLatin1String("entry"), changes, true);
}

ApiReply* ApiClient::deleteEntry(qint64 id)
{
    ApiReply::Request request;
    request.verb = "DELETE";
    request.path = QStringLiteral("/v2/entries/%1").arg(id);
    request.parse = [](const QJsonObject& root, QString* error) -> QVariant {
        const QJsonValue success = root.value(QLatin1String("success"));
        if (!success.isBool()) {
            *error = QStringLiteral("success: expected a boolean");
            return {};
        }
        return success.toBool();
    };
    return submit(std::move(request));
}

namespace {

QList<QPair<QString, QString>> masterDataQuery(std::optional<bool> active)
{
    QList<QPair<QString, QString>> query { { QStringLiteral("items_per_page"), QStringLiteral("1000") } };
    if (active)
        query.append({ QStringLiteral("filter[active]"), boolText(*active) });
    return query;
}

} // namespace

ApiReply* ApiClient::customers(std::optional<bool> active)
{
    return fetchAll<Customer>(QStringLiteral("/v3/customers"), masterDataQuery(active), QLatin1String("data"));
}

ApiReply* ApiClient::projects(std::optional<qint64> customersId, std::optional<bool> active,
                              std::optional<bool> completed)
{
    auto query = masterDataQuery(active);
    if (customersId)
        query.append({ QStringLiteral("filter[customers_id]"), QString::number(*customersId) });
    if (completed)
        query.append({ QStringLiteral("filter[completed]"), boolText(*completed) });
    return fetchAll<Project>(QStringLiteral("/v4/projects"), query, QLatin1String("data"));
}

ApiReply* ApiClient::services(std::optional<bool> active)
{
    return fetchAll<Service>(QStringLiteral("/v4/services"), masterDataQuery(active), QLatin1String("data"));
}

ApiReply* ApiClient::lumpSumServices(std::optional<bool> active)
{
    return fetchAll<LumpSumService>(QStringLiteral("/v4/lumpSumServices"), masterDataQuery(active),
                                    QLatin1String("data"));
}

ApiReply* ApiClient::entriesTexts(const QString& term, int items)
{
    ApiReply::Request request;
    request.path = QStringLiteral("/v3/entriesTexts");
    request.query = { { QStringLiteral("mode"), QStringLiteral("add") },
                      { QStringLiteral("items"), QString::number(std::clamp(items, 1, 800)) } };
    if (!term.isEmpty())
        request.query.append({ QStringLiteral("term"), term });
    request.parse = [](const QJsonObject& root, QString* error) {
        return JsonList::parse<EntryText>(root, QLatin1String("data"), error);
    };
    return submit(std::move(request));
}

ApiReply* ApiClient::userReport(qint64 usersId, int year)
{
    ApiReply::Request request;
    request.path = QStringLiteral("/userreports/%1").arg(usersId);
    request.query
        = { { QStringLiteral("year"), QString::number(year) }, { QStringLiteral("type"), QStringLiteral("3") } };
    request.parse = [](const QJsonObject& root, QString* error) -> QVariant {
        const QJsonValue value = root.value(QLatin1String("userreport"));
        if (!value.isObject()) {
            *error = QStringLiteral("userreport: expected an object");
            return {};
        }
        auto report = UserReport::fromJson(value.toObject(), QStringLiteral("userreport"), error);
        return report ? QVariant::fromValue(*report) : QVariant();
    };
    return submit(std::move(request));
}

ApiReply* ApiClient::absences(qint64 usersId, int year)
{
    ApiReply::Request request;
    request.path = QStringLiteral("/v4/absences");
    request.query = { { QStringLiteral("filter[users_id]"), QString::number(usersId) },
                      { QStringLiteral("filter[year]"), QString::number(year) } };
    request.parse = [](const QJsonObject& root, QString* error) {
        return JsonList::parse<Absence>(root, QLatin1String("data"), error);
    };
    return submit(std::move(request));
}
