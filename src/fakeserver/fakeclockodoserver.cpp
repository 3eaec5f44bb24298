// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeclockodoserver.h"

#include "fakeserver/fakeclockapi.h"
#include "fakeserver/fakedemodata.h"
#include "fakeserver/fakeentriesapi.h"
#include "fakeserver/fakeentrytextsapi.h"
#include "fakeserver/fakejson.h"
#include "fakeserver/fakemasterdataapi.h"
#include "fakeserver/fakemessages.h"
#include "fakeserver/fakerequest.h"
#include "fakeserver/fakestore.h"
#include "fakeserver/faketimesource.h"
#include "fakeserver/fakeusersapi.h"
#include "fakeserver/fakeworktimeapi.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>

// Delays and connection faults use QHttpServerResponder::socket() and the raw write calls, which only
// Qt 6.4 offers (see shared/qhttpserver-6.4.md §7).
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#error "FakeClockodoServer needs QHttpServerResponder::socket() of Qt 6.4; port the fault injection first."
#endif

Q_LOGGING_CATEGORY(lcFake, "clockodo.fake")

namespace {

using Responder = std::shared_ptr<QHttpServerResponder>;
using Method = QHttpServerRequest::Method;
using Id = FakeMessages::Id;

QByteArray methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Put:
        return QByteArrayLiteral("PUT");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Head:
        return QByteArrayLiteral("HEAD");
    case Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// Runs action at once, or after delayMs on a timer owned by the connection's socket: when the client
// goes away first, the socket is deleted and the timer with it.
void later(const Responder& responder, int delayMs, const std::function<void()>& action)
{
    if (delayMs <= 0) {
        action();
        return;
    }
    QTcpSocket* socket = responder->socket();
    QTimer::singleShot(delayMs, socket, [socket, action]() {
        if (socket->state() == QAbstractSocket::ConnectedState)
            action();
    });
}

void writeBytes(const Responder& responder, int status, const QByteArray& body,
                const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, QHttpServerResponse::StatusCode(status));
    for (const auto& [name, value] : headers)
        response.setHeader(name, value);
    response.write(std::move(*responder));
}

// Opt-in traffic capture for contract checks: when the environment variable CLOCKODO_FAKE_TRAFFIC_LOG
// names a file, every request the fake answers from an endpoint (not from an injected fault) is appended
// to it as one JSON line {"method","path","query":[[key,value],…],"user_agent","body","status","response"};
// "body" and "response" are the parsed JSON (null when empty or not JSON). Off by default.
void appendTrafficLog(const FakeClockodoServer::LoggedRequest& request, const FakeApi::Reply& reply)
{
    static const QString fileName = qEnvironmentVariable("CLOCKODO_FAKE_TRAFFIC_LOG");
    if (fileName.isEmpty())
        return;
    QJsonArray query;
    for (const auto& [key, value] : request.query)
        query.append(QJsonArray { key, value });
    QJsonObject line;
    line.insert(QStringLiteral("method"), QString::fromLatin1(request.method));
    line.insert(QStringLiteral("path"), request.path);
    line.insert(QStringLiteral("query"), query);
    line.insert(QStringLiteral("user_agent"), QString::fromUtf8(request.header(QByteArrayLiteral("user-agent"))));
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    line.insert(QStringLiteral("body"), body.isObject() ? QJsonValue(body.object()) : QJsonValue(QJsonValue::Null));
    line.insert(QStringLiteral("status"), reply.status);
    line.insert(QStringLiteral("response"),
                reply.json.isEmpty() ? reply.body : QJsonDocument::fromJson(reply.json).object());
    QFile file(fileName);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

void writeReply(const Responder& responder, const FakeApi::Reply& reply)
{
    writeBytes(responder, reply.status,
               reply.json.isEmpty() ? QJsonDocument(reply.body).toJson(QJsonDocument::Compact) : reply.json,
               reply.headers);
}

// Applies a fault other than Delay; returns the status to log (0 = no answer).
int applyFault(const Responder& responder, const FakeClockodoServer::Fault& fault, const FakeRequest& request)
{
    using Kind = FakeClockodoServer::Fault::Kind;
    switch (fault.kind) {
    case Kind::Delay:
        break;
    case Kind::Status:
    case Kind::TooManyRequests: {
        const int status = fault.kind == Kind::TooManyRequests ? 429 : fault.status;
        Id message = Id::GeneralError;
        if (status == 429)
            message = Id::TooManyRequests;
        else if (status == 503)
            message = Id::ServiceUnavailable;
        else if (status >= 500)
            message = Id::ServerError;
        FakeApi::Reply reply = FakeApi::generalError(
            status, status == 429 ? QStringLiteral("TooManyRequests") : QStringLiteral("General"),
            fault.message.isEmpty() ? FakeMessages::text(message, request.language()) : fault.message);
        if (fault.retryAfterSeconds >= 0)
            reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(fault.retryAfterSeconds) });
        later(responder, fault.delayMs, [responder, reply]() { writeReply(responder, reply); });
        return status;
    }
    case Kind::Malformed:
        later(responder, fault.delayMs, [responder]() {
            writeBytes(responder, 200,
                       QByteArrayLiteral("{\"running\": {\"id\": 10001, \"customers_id\": 101,, "
                                         "\"text\": \"unterminated"));
        });
        return 200;
    case Kind::Truncated:
        later(responder, fault.delayMs, [responder]() {
            const QByteArray body = QByteArrayLiteral(
                "{\"paging\":{\"items_per_page\":1000,\"current_page\":1,\"count_pages\":1,\"count_items\":3},"
                "\"data\":[{\"id\":101,\"name\":\"B\xc3\xa4"
                "ckerei");
            responder->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
            responder->writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
            responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size() + 400));
            responder->writeBody(body);
            responder->socket()->disconnectFromHost();
        });
        return 200;
    case Kind::Drop:
    case Kind::ActThenDrop: // handle() has acted already
        later(responder, fault.delayMs, [responder]() { responder->socket()->disconnectFromHost(); });
        return 0;
    case Kind::Hang:
        // Nothing is ever written; the connection stays open until the client gives up.
        return 0;
    }
    return 0;
}

// Credentials from the header pair, else from HTTP Basic.
bool authenticated(const FakeRequest& request, const QString& email, const QString& apiKey)
{
    QByteArray user = request.header("x-clockodoapiuser");
    QByteArray key = request.header("x-clockodoapikey");
    if (user.isEmpty() && key.isEmpty()) {
        const QByteArray authorization = request.header("authorization").trimmed();
        if (authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0) {
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            if (colon > 0) {
                user = decoded.left(colon);
                key = decoded.mid(colon + 1);
            }
        }
    }
    return !key.isEmpty() && QString::fromUtf8(user).compare(email, Qt::CaseInsensitive) == 0
        && QString::fromUtf8(key) == apiKey;
}

// 404 for unknown paths, 405 for known paths with a method they do not support.
FakeApi::Reply missing(const FakeRequest& request)
{
    struct Known
    {
        QRegularExpression pattern;
        QByteArrayList methods;
    };
    const QByteArrayList get { QByteArrayLiteral("GET") };
    static const QList<Known> known {
        { QRegularExpression(QStringLiteral("^/api/v4/users/me$")), get },
        { QRegularExpression(QStringLiteral("^/api/v2/aggregates/users/me$")), get },
        { QRegularExpression(QStringLiteral("^/api/v2/clock$")), { "GET", "POST" } },
        { QRegularExpression(QStringLiteral("^/api/v2/clock/[+-]?\\d{1,18}$")), { "PUT", "DELETE" } },
        { QRegularExpression(QStringLiteral("^/api/v2/entries$")), { "GET", "POST" } },
        { QRegularExpression(QStringLiteral("^/api/v2/entries/[+-]?\\d{1,18}$")), { "GET", "PUT", "DELETE" } },
        { QRegularExpression(QStringLiteral("^/api/v3/customers(/[+-]?\\d{1,18})?$")), get },
        { QRegularExpression(QStringLiteral("^/api/v4/projects(/[+-]?\\d{1,18})?$")), get },
        { QRegularExpression(QStringLiteral("^/api/v4/services(/[+-]?\\d{1,18})?$")), get },
        { QRegularExpression(QStringLiteral("^/api/v4/lumpSumServices(/[+-]?\\d{1,18})?$")), get },
        { QRegularExpression(QStringLiteral("^/api/v3/entriesTexts$")), get },
        { QRegularExpression(QStringLiteral("^/api/userreports(/[+-]?\\d{1,18})?$")), get },
        { QRegularExpression(QStringLiteral("^/api/v4/absences$")), { "GET", "POST" } },
    };
    for (const Known& route : known) {
        if (!route.pattern.match(request.path()).hasMatch())
            continue;
        FakeApi::Reply reply = FakeApi::generalError(
            405, QStringLiteral("MethodNotAllowed"),
            FakeMessages::text(Id::MethodNotAllowed, request.language()).arg(QString::fromLatin1(request.method())));
        reply.headers.append({ QByteArrayLiteral("Allow"), route.methods.join(", ") });
        return reply;
    }
    return FakeApi::generalError(404, QStringLiteral("ResourceNotFound"),
                                 FakeMessages::text(Id::RouteNotFound, request.language()));
}

FakeClockodoServer::LoggedRequest loggedRequest(const FakeRequest& request, const QHttpServerRequest& httpRequest)
{
    FakeClockodoServer::LoggedRequest logged;
    logged.method = request.method();
    logged.path = request.path();
    logged.query = request.queryItems();
    logged.headers = httpRequest.headers();
    logged.body = httpRequest.body();
    return logged;
}

// The answers that come before any endpoint: paths outside /api, authentication, the application header
// and a malformed body. Returns false when the request gets through to its endpoint.
bool refused(const FakeRequest& request, const QString& email, const QString& apiKey, FakeApi::Reply* reply)
{
    const bool underApi = request.path() == QLatin1String("/api") || request.path().startsWith(QLatin1String("/api/"));
    if (!underApi) {
        *reply = missing(request);
    } else if (!authenticated(request, email, apiKey)) {
        *reply = FakeApi::generalError(401, QStringLiteral("Unauthorized"),
                                       FakeMessages::text(Id::Unauthorized, request.language()));
    } else if (request.header("x-clockodo-external-application").trimmed().isEmpty()) {
        const QString header = QStringLiteral("X-Clockodo-External-Application");
        const QString message = FakeMessages::text(Id::MissingExternalApplication, request.language());
        *reply = FakeApi::usesSimpleErrors(request.path())
            ? FakeApi::simpleError(400, message, { header })
            : FakeApi::generalError(400, QStringLiteral("Empty"), message, header);
    } else if (request.bodyMalformed()) {
        const QString message = FakeMessages::text(Id::MalformedBody, request.language());
        *reply = FakeApi::usesSimpleErrors(request.path())
            ? FakeApi::simpleError(400, message)
            : FakeApi::generalError(400, QStringLiteral("General"), message);
    } else {
        return false;
    }
    return true;
}

} // namespace

// ---- LoggedRequest -------------------------------------------------------------------------------------

QByteArray FakeClockodoServer::LoggedRequest::header(const QByteArray& name) const
{
    QByteArray joined;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!joined.isEmpty())
            joined += ", ";
        joined += value;
    }
    return joined;
}

QString FakeClockodoServer::LoggedRequest::queryValue(const QString& key) const
{
    for (auto it = query.crbegin(); it != query.crend(); ++it) {
        if (it->first == key)
            return it->second;
    }
    return {};
}

// ---- set-up --------------------------------------------------------------------------------------------

FakeClockodoServer::FakeClockodoServer(QObject* parent)
    : QObject(parent)
    , m_time(std::make_unique<FakeTimeSource>())
    , m_store(std::make_unique<FakeStore>())
    , m_users(std::make_unique<FakeUsersApi>(*m_store, *m_time))
    , m_clock(std::make_unique<FakeClockApi>(*m_store, *m_time))
    , m_entries(std::make_unique<FakeEntriesApi>(*m_store, *m_time))
    , m_masterData(std::make_unique<FakeMasterDataApi>(*m_store, *m_time))
    , m_entryTexts(std::make_unique<FakeEntryTextsApi>(*m_store, *m_time))
    , m_workTime(std::make_unique<FakeWorkTimeApi>(*m_store, *m_time))
    , m_server(std::make_unique<QHttpServer>())
{
    qRegisterMetaType<FakeClockodoServer::LoggedRequest>();
    FakeDemoData::seedUser(*m_store);
    m_store->user().email = m_email;
    setUpRoutes();
}

FakeClockodoServer::~FakeClockodoServer() = default;

void FakeClockodoServer::setUpRoutes()
{
    using Methods = QHttpServerRequest::Methods;
    const auto add = [this](const QString& path, Methods methods, Endpoint endpoint, Endpoint byIdEndpoint) {
        m_server->route(path, methods,
                        [this, endpoint](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                            handle(endpoint, 0, request, std::move(responder));
                        });
        if (byIdEndpoint == Endpoint::Missing)
            return;
        const Methods byIdMethods = byIdEndpoint == Endpoint::ClockById ? Method::Put | Method::Delete
            : byIdEndpoint == Endpoint::EntryById                       ? Method::Get | Method::Put | Method::Delete
                                                                        : Methods(Method::Get);
        m_server->route(
            path + QStringLiteral("/<arg>"), byIdMethods,
            [this, byIdEndpoint](qint64 id, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                handle(byIdEndpoint, id, request, std::move(responder));
            });
    };
    add(QStringLiteral("/api/v4/users/me"), Method::Get, Endpoint::UsersMe, Endpoint::Missing);
    add(QStringLiteral("/api/v2/aggregates/users/me"), Method::Get, Endpoint::AggregatesUsersMe, Endpoint::Missing);
    add(QStringLiteral("/api/v2/clock"), Method::Get | Method::Post, Endpoint::Clock, Endpoint::ClockById);
    add(QStringLiteral("/api/v2/entries"), Method::Get | Method::Post, Endpoint::Entries, Endpoint::EntryById);
    add(QStringLiteral("/api/v3/customers"), Method::Get, Endpoint::Customers, Endpoint::CustomerById);
    add(QStringLiteral("/api/v4/projects"), Method::Get, Endpoint::Projects, Endpoint::ProjectById);
    add(QStringLiteral("/api/v4/services"), Method::Get, Endpoint::Services, Endpoint::ServiceById);
    add(QStringLiteral("/api/v4/lumpSumServices"), Method::Get, Endpoint::LumpSumServices,
        Endpoint::LumpSumServiceById);
    add(QStringLiteral("/api/v3/entriesTexts"), Method::Get, Endpoint::EntriesTexts, Endpoint::Missing);
    add(QStringLiteral("/api/userreports"), Method::Get, Endpoint::UserReports, Endpoint::UserReportById);
    add(QStringLiteral("/api/v4/absences"), Method::Get, Endpoint::Absences, Endpoint::Missing);
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(Endpoint::Missing, 0, request, std::move(responder));
    });
}

bool FakeClockodoServer::listen(quint16 port)
{
    auto tcpServer = std::make_unique<QTcpServer>();
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcFake) << "cannot listen on 127.0.0.1:" << port << tcpServer->errorString();
        return false;
    }
    m_port = tcpServer->serverPort();
    m_tcpServer = tcpServer.get();
    m_server->bind(tcpServer.release());
    qCDebug(lcFake) << "listening on" << baseUrl();
    return true;
}

quint16 FakeClockodoServer::port() const
{
    return m_port;
}

QUrl FakeClockodoServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/api"));
    return url;
}

// ---- request handling ----------------------------------------------------------------------------------

void FakeClockodoServer::handle(Endpoint endpoint, qint64 id, const QHttpServerRequest& httpRequest,
                                QHttpServerResponder&& httpResponder)
{
    const QByteArray method = methodName(httpRequest.method());
    const QUrl url = httpRequest.url();
    const FakeRequest request(method, url.path(), url.query(QUrl::FullyEncoded).toUtf8(), httpRequest.headers(),
                              httpRequest.body());
    LoggedRequest logged = loggedRequest(request, httpRequest);
    const Responder responder = std::make_shared<QHttpServerResponder>(std::move(httpResponder));

    // An outage drops everything that still reaches the server (on a connection opened before it began).
    checkOutage();
    if (isInOutage()) {
        logged.status = 0;
        record(logged);
        responder->socket()->disconnectFromHost();
        return;
    }

    // Faults come first, before authentication and before any state changes (unless the fault acts first).
    Fault fault;
    const bool faulted = takeFault(method, request.path(), request.queryItems(), &fault);
    const bool actsFirst
        = faulted && fault.kind != Fault::Kind::Delay && (fault.actFirst || fault.kind == Fault::Kind::ActThenDrop);
    if (faulted && fault.kind != Fault::Kind::Delay && !actsFirst) {
        logged.status = applyFault(responder, fault, request);
        record(logged);
        return;
    }

    FakeApi::Reply reply;
    if (!refused(request, m_email, m_apiKey, &reply))
        reply = answer(endpoint, id, request);

    if (actsFirst) {
        // The state has changed; the client gets the fault instead of the answer.
        logged.status = applyFault(responder, fault, request);
        record(logged);
        appendTrafficLog(logged, reply);
        return;
    }
    logged.status = reply.status;
    record(logged);
    appendTrafficLog(logged, reply);
    later(responder, faulted ? fault.delayMs : 0, [responder, reply]() { writeReply(responder, reply); });
}

FakeReply FakeClockodoServer::answer(Endpoint endpoint, qint64 id, const FakeRequest& request)
{
    const QByteArray method = request.method();
    const bool get = method == "GET";
    switch (endpoint) {
    case Endpoint::UsersMe:
        return m_users->usersMe(request);
    case Endpoint::AggregatesUsersMe:
        return m_users->aggregatesUsersMe(request);
    case Endpoint::Clock:
        return get ? m_clock->get(request) : m_clock->start(request);
    case Endpoint::ClockById:
        return method == "PUT" ? m_clock->update(request, id) : m_clock->stop(request, id);
    case Endpoint::Entries:
        return get ? m_entries->list(request) : m_entries->create(request);
    case Endpoint::EntryById:
        if (get)
            return m_entries->get(request, id);
        return method == "PUT" ? m_entries->update(request, id) : m_entries->remove(request, id);
    case Endpoint::Customers:
        return m_masterData->customersList(request);
    case Endpoint::CustomerById:
        return m_masterData->customerGet(request, id);
    case Endpoint::Projects:
        return m_masterData->projectsList(request);
    case Endpoint::ProjectById:
        return m_masterData->projectGet(request, id);
    case Endpoint::Services:
        return m_masterData->servicesList(request);
    case Endpoint::ServiceById:
        return m_masterData->serviceGet(request, id);
    case Endpoint::LumpSumServices:
        return m_masterData->lumpSumServicesList(request);
    case Endpoint::LumpSumServiceById:
        return m_masterData->lumpSumServiceGet(request, id);
    case Endpoint::EntriesTexts:
        return m_entryTexts->list(request);
    case Endpoint::UserReports: {
        // A user without the right to see others' reports gets their own (the list answers "userreports").
        FakeReply reply = m_workTime->userReport(request, m_store->user().id);
        if (reply.status == 200)
            reply.body = QJsonObject { { QStringLiteral("userreports"),
                                         QJsonArray { reply.body.value(QLatin1String("userreport")) } } };
        return reply;
    }
    case Endpoint::UserReportById:
        return m_workTime->userReport(request, id);
    case Endpoint::Absences:
        return m_workTime->absences(request);
    case Endpoint::Missing:
        break;
    }
    return missing(request);
}

bool FakeClockodoServer::takeFault(const QByteArray& method, const QString& path,
                                   const QList<QPair<QString, QString>>& query, Fault* fault)
{
    const QString withoutApi = path.startsWith(QLatin1String("/api/")) ? path.mid(4) : path;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& candidate = m_faults[i];
        if (!candidate.method.isEmpty() && candidate.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!candidate.pathPrefix.isEmpty() && !path.startsWith(candidate.pathPrefix)
            && !withoutApi.startsWith(candidate.pathPrefix))
            continue;
        if (!std::all_of(candidate.query.cbegin(), candidate.query.cend(),
                         [&query](const QPair<QString, QString>& item) { return query.contains(item); }))
            continue;
        *fault = candidate;
        if (candidate.attempts > 0 && --candidate.attempts == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

void FakeClockodoServer::record(const LoggedRequest& request)
{
    qCDebug(lcFake).noquote() << request.method << request.path << "->" << request.status;
    m_log.append(request);
    emit requestHandled(request);
}

// ---- credentials, data, time ---------------------------------------------------------------------------

void FakeClockodoServer::setCredentials(const QString& email, const QString& apiKey)
{
    m_email = email;
    m_apiKey = apiKey;
    m_store->user().email = email;
}

QString FakeClockodoServer::email() const
{
    return m_email;
}

QString FakeClockodoServer::apiKey() const
{
    return m_apiKey;
}

void FakeClockodoServer::seedDemoData(quint32 seed)
{
    FakeDemoData::seed(*m_store, m_time->now(), seed);
    m_workTime->seedDemo(m_time->now());
}

FakeWorkTimeApi& FakeClockodoServer::workTime()
{
    return *m_workTime;
}

void FakeClockodoServer::setWorkTimeAllowed(bool allowed)
{
    m_workTime->data().allowed = allowed;
}

void FakeClockodoServer::setNow(const QDateTime& utc)
{
    m_time->setNow(utc);
    checkOutage();
}

void FakeClockodoServer::advance(qint64 seconds)
{
    m_time->advance(seconds);
    checkOutage();
}

void FakeClockodoServer::useSystemClock()
{
    m_time->useSystemClock();
}

QDateTime FakeClockodoServer::now() const
{
    return m_time->now();
}

qint64 FakeClockodoServer::currentUserId() const
{
    return m_store->user().id;
}

QJsonObject FakeClockodoServer::currentUser() const
{
    return FakeJson::user(m_store->user());
}

void FakeClockodoServer::setCompanyCurrency(const QString& currency)
{
    m_store->company().currency = currency;
}

void FakeClockodoServer::setCompanyAvailable(bool available)
{
    m_store->company().available = available;
}

void FakeClockodoServer::setUserRole(const QString& role)
{
    m_store->user().role = role;
}

// ---- entries -------------------------------------------------------------------------------------------

QJsonObject FakeClockodoServer::entry(qint64 id) const
{
    const FakeStore::Entry* found = m_store->entry(id);
    return found ? FakeJson::entry(*m_store, *found, now(), false) : QJsonObject();
}

QJsonArray FakeClockodoServer::allEntries() const
{
    QJsonArray entries;
    const QDateTime current = now();
    for (const FakeStore::Entry& stored : m_store->entries())
        entries.append(FakeJson::entry(*m_store, stored, current, false));
    return entries;
}

qint64 FakeClockodoServer::runningEntryId() const
{
    const FakeStore::Entry* running = m_store->runningEntry(currentUserId());
    return running ? running->id : 0;
}

qint64 FakeClockodoServer::addTimeEntry(qint64 customersId, qint64 projectsId, qint64 servicesId,
                                        const QDateTime& since, const QDateTime& until, const QString& text,
                                        int billable)
{
    const QDateTime current = now();
    FakeStore::Entry entry;
    entry.type = FakeStore::TimeEntry;
    entry.customersId = customersId;
    entry.projectsId = projectsId;
    entry.servicesId = servicesId;
    entry.usersId = currentUserId();
    entry.billable = billable;
    entry.text = text;
    entry.since = since.toUTC();
    entry.until = until.isValid() ? until.toUTC() : QDateTime();
    // Without an end the entry is a running clock (a running one is stopped first).
    entry.clocked = !until.isValid();
    entry.clockedSince = entry.clocked ? entry.since : QDateTime();
    entry.inserted = current;
    entry.lastChange = current;
    entry.lastChangeWorkTime = current;
    const FakeStore::Customer* customer = m_store->customer(customersId);
    entry.hourlyRate = customer ? customer->hourlyRate : 0.0;
    if (entry.clocked) {
        if (FakeStore::Entry* running = m_store->runningEntry(currentUserId()))
            m_store->stopEntry(*running, entry.since, current);
    }
    return m_store->addEntry(entry);
}

qint64 FakeClockodoServer::addEntry(const QJsonObject& fields)
{
    // POST /v2/entries cannot create a billed entry (billable 2); tests may, as if it was invoiced since.
    const bool billed = fields.value(QLatin1String("billable")).toInt() == 2;
    QJsonObject postable = fields;
    if (billed)
        postable.insert(QStringLiteral("billable"), 1);
    const FakeApi::Reply reply = m_entries->create(FakeRequest::fromFields(QByteArrayLiteral("POST"), postable));
    if (reply.status != 200) {
        qCWarning(lcFake) << "addEntry rejected:" << reply.body;
        return 0;
    }
    const qint64 id = reply.body.value(QStringLiteral("entry")).toObject().value(QStringLiteral("id")).toInteger();
    if (billed)
        m_store->entry(id)->billable = 2;
    return id;
}

void FakeClockodoServer::addSyntheticEntries(int count, const QDateTime& from, const QDateTime& to, quint32 seed)
{
    FakeDemoData::addSyntheticEntries(*m_store, count, from.toUTC(), to.toUTC(), seed, now());
}

// ---- master data ---------------------------------------------------------------------------------------

qint64 FakeClockodoServer::addCustomer(const QString& name, bool active, bool billableDefault, int color)
{
    FakeStore::Customer customer;
    customer.name = name;
    customer.active = active;
    customer.billableDefault = billableDefault;
    customer.color = qBound(1, color, 9);
    return m_store->addCustomer(customer);
}

qint64 FakeClockodoServer::addProject(qint64 customersId, const QString& name, bool active, bool completed,
                                      bool billableDefault)
{
    FakeStore::Project project;
    project.customersId = customersId;
    project.name = name;
    project.active = active;
    project.completed = completed;
    project.completedAt = completed ? now() : QDateTime();
    project.billableDefault = billableDefault;
    return m_store->addProject(project);
}

qint64 FakeClockodoServer::addService(const QString& name, bool active)
{
    FakeStore::Service service;
    service.name = name;
    service.active = active;
    return m_store->addService(service);
}

qint64 FakeClockodoServer::addLumpSumService(const QString& name, double price, const QString& unit, bool active)
{
    FakeStore::LumpSumService service;
    service.name = name;
    service.price = price;
    service.unit = unit;
    service.active = active;
    return m_store->addLumpSumService(service);
}

void FakeClockodoServer::setCustomerServiceAssignments(qint64 customersId, const QList<qint64>& servicesIds)
{
    if (FakeStore::Customer* customer = m_store->customer(customersId))
        customer->serviceAssignments = servicesIds;
}

qint64 FakeClockodoServer::customerId(const QString& name) const
{
    for (const FakeStore::Customer& customer : m_store->customers()) {
        if (customer.name == name)
            return customer.id;
    }
    return 0;
}

qint64 FakeClockodoServer::projectId(const QString& name) const
{
    for (const FakeStore::Project& project : m_store->projects()) {
        if (project.name == name)
            return project.id;
    }
    return 0;
}

qint64 FakeClockodoServer::serviceId(const QString& name) const
{
    for (const FakeStore::Service& service : m_store->services()) {
        if (service.name == name)
            return service.id;
    }
    return 0;
}

qint64 FakeClockodoServer::lumpSumServiceId(const QString& name) const
{
    for (const FakeStore::LumpSumService& service : m_store->lumpSumServices()) {
        if (service.name == name)
            return service.id;
    }
    return 0;
}

QJsonObject FakeClockodoServer::customer(qint64 id) const
{
    const FakeStore::Customer* found = m_store->customer(id);
    return found ? FakeJson::customer(*m_store, *found) : QJsonObject();
}

QJsonObject FakeClockodoServer::project(qint64 id) const
{
    const FakeStore::Project* found = m_store->project(id);
    return found ? FakeJson::project(*m_store, *found) : QJsonObject();
}

QJsonObject FakeClockodoServer::service(qint64 id) const
{
    const FakeStore::Service* found = m_store->service(id);
    return found ? FakeJson::service(*m_store, *found) : QJsonObject();
}

// ---- "another device" ----------------------------------------------------------------------------------

qint64 FakeClockodoServer::remoteStartClock(qint64 customersId, qint64 servicesId, qint64 projectsId,
                                            const QString& text, const QDateTime& since)
{
    QJsonObject fields {
        { QStringLiteral("customers_id"), customersId },
        { QStringLiteral("services_id"), servicesId },
    };
    if (projectsId > 0)
        fields.insert(QStringLiteral("projects_id"), projectsId);
    if (!text.isEmpty())
        fields.insert(QStringLiteral("text"), text);
    if (since.isValid())
        fields.insert(QStringLiteral("time_since"), FakeJson::timestamp(since));
    const FakeApi::Reply reply = m_clock->start(FakeRequest::fromFields(QByteArrayLiteral("POST"), fields));
    if (reply.status != 200) {
        qCWarning(lcFake) << "remoteStartClock rejected:" << reply.body;
        return 0;
    }
    return reply.body.value(QStringLiteral("running")).toObject().value(QStringLiteral("id")).toInteger();
}

void FakeClockodoServer::remoteStopClock()
{
    if (FakeStore::Entry* running = m_store->runningEntry(currentUserId()))
        m_store->stopEntry(*running, now(), now());
}

void FakeClockodoServer::remoteEditEntry(qint64 id, const QJsonObject& fields)
{
    const FakeApi::Reply reply = m_entries->update(FakeRequest::fromFields(QByteArrayLiteral("PUT"), fields), id);
    if (reply.status != 200)
        qCWarning(lcFake) << "remoteEditEntry rejected:" << reply.body;
}

void FakeClockodoServer::remoteDeleteEntry(qint64 id)
{
    m_store->removeEntry(id);
}

// ---- faults and log ------------------------------------------------------------------------------------

void FakeClockodoServer::injectFault(const Fault& fault)
{
    m_faults.append(fault);
}

void FakeClockodoServer::clearFaults()
{
    m_faults.clear();
}

void FakeClockodoServer::startOutage(qint64 seconds, OutageMode mode)
{
    endOutage();
    m_outageEnd = now().addSecs(qMax<qint64>(seconds, 0));
    m_outageMode = mode;
    if (mode == OutageMode::Refuse && m_tcpServer)
        m_tcpServer->close();
    if (!m_outageTimer) {
        m_outageTimer = new QTimer(this);
        m_outageTimer->setSingleShot(true);
        connect(m_outageTimer, &QTimer::timeout, this, &FakeClockodoServer::checkOutage);
    }
    // With the system clock the outage ends in real time; a frozen clock only moves by setNow()/advance().
    m_outageTimer->start(int(qBound<qint64>(0, seconds, qint64(24 * 3600)) * 1000));
    qCDebug(lcFake) << "outage until" << m_outageEnd << (mode == OutageMode::Refuse ? "refusing" : "dropping");
}

void FakeClockodoServer::endOutage()
{
    if (!isInOutage())
        return;
    m_outageEnd = QDateTime();
    if (m_outageTimer)
        m_outageTimer->stop();
    if (m_outageMode == OutageMode::Refuse && m_tcpServer && !m_tcpServer->isListening()
        && !m_tcpServer->listen(QHostAddress::LocalHost, m_port))
        qCWarning(lcFake) << "cannot listen again on 127.0.0.1:" << m_port << m_tcpServer->errorString();
    qCDebug(lcFake) << "outage over";
}

void FakeClockodoServer::checkOutage()
{
    if (isInOutage() && now() >= m_outageEnd)
        endOutage();
}

QList<FakeClockodoServer::LoggedRequest> FakeClockodoServer::requestLog() const
{
    return m_log;
}

void FakeClockodoServer::clearRequestLog()
{
    m_log.clear();
}
