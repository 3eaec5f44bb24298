// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apireply.h"

#include "api/apiclient.h"
#include "api/transport/backgroundpriority.h"
#include "api/transport/oneshotbody.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcApi, "clockodo.api", QtInfoMsg)

namespace {

int retryAfterSeconds(QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    // HTTP-date form
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return static_cast<int>(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

// Errors that mean the request never left (or never reached the server's HTTP layer): its outcome is known.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiReply::ApiReply(ApiClient* client, Request request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_accountGeneration(client ? client->accountGeneration() : 0)
{ }

ApiReply::~ApiReply()
{
    dropNextPage();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiReply::reportTypeMismatch(QMetaType requested) const
{
    const QByteArray message = QByteArray("valueAs<") + requested.name() + "> on a reply to " + m_request.verb + ' '
        + m_request.path.toUtf8() + " that holds a " + m_value.metaType().name();
    qCWarning(lcApi).noquote() << message;
    Q_ASSERT_X(false, "ApiReply::valueAs", message.constData());
}

bool ApiReply::isIdempotent() const
{
    // PUT carries the full new values (and, for the clock, the values it expects), so sending it twice is
    // harmless. POST and DELETE start, stop, create and delete: never sent twice, neither by our retries nor by
    // Qt's own re-send (OneShotBody).
    return m_request.verb == "GET" || m_request.verb == "PUT";
}

void ApiReply::start()
{
    if (!m_finished)
        send();
}

void ApiReply::send()
{
    if (!m_client) {
        finish(ApiError::make(ApiError::Category::Canceled));
        return;
    }
    if (m_client->accountGeneration() != m_accountGeneration) {
        // Another account (or none) since the call was made: its ids must not reach that account.
        finish(ApiError::make(ApiError::Category::Canceled));
        return;
    }
    QNetworkRequest request;
    const ApiError refused = m_client->prepare(&request, m_request, m_page);
    if (refused.isError()) {
        finish(refused);
        return;
    }
    ++m_attempts;
    const QByteArray body
        = m_request.hasBody ? QJsonDocument(m_request.body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkAccessManager* nam = m_client->networkAccessManager();
    if (m_request.verb == "GET") {
        m_reply = nam->get(request);
    } else if (m_request.verb == "PUT") {
        m_reply = nam->put(request, body);
    } else {
        // POST and DELETE reach the server at most once: Qt would send them again by itself after a connection
        // that closed before the answer (see OneShotBody for the mechanism in QHttpNetworkConnectionChannel).
        auto* device = new OneShotBody(body);
        device->prepare(&request);
        m_reply = m_request.verb == "POST" ? nam->post(request, device)
                                           : nam->sendCustomRequest(request, m_request.verb, device);
        device->setParent(m_reply);
    }
    qCDebug(lcApi) << m_request.verb << m_request.path << "attempt" << m_attempts;
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::handleNetworkReply);
}

void ApiReply::handleNetworkReply()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_aborting)
        return;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (networkError == QNetworkReply::InsecureRedirectError) {
        // A redirect to another origin (or from https to http): refused by the redirect policy, never retried.
        ApiError error = ApiError::make(ApiError::Category::RedirectRefused, reply->errorString());
        error.httpStatus = status;
        m_client->noteReachable(true);
        qCWarning(lcApi) << m_request.verb << m_request.path << "redirect refused:" << reply->errorString();
        finish(error);
        return;
    }
    if (status == 0 || (networkError != QNetworkReply::NoError && status >= 200 && status < 300)) {
        // No HTTP answer at all, or an answer that broke off (truncated body): both are the connection's fault.
        ApiError error;
        if (networkError == QNetworkReply::OperationCanceledError || networkError == QNetworkReply::TimeoutError)
            error = ApiError::make(ApiError::Category::Timeout, reply->errorString());
        else if (networkError == QNetworkReply::SslHandshakeFailedError)
            error = ApiError::make(ApiError::Category::Certificate, reply->errorString());
        else if (networkError == QNetworkReply::ContentReSendError) // see OneShotBody
            error = ApiError::make(ApiError::Category::Network,
                                   QStringLiteral("connection closed before the answer; not sent again"));
        else
            error = ApiError::make(ApiError::Category::Network, reply->errorString());
        error.httpStatus = status;
        error.outcomeUnknown = !isIdempotent() && !neverSent(networkError);
        m_client->noteReachable(status != 0);
        qCInfo(lcApi) << m_request.verb << m_request.path << "failed:" << reply->errorString();
        if (!scheduleRetry(error))
            finish(error);
        return;
    }

    m_client->noteReachable(true);
    if (status >= 200 && status < 300) {
        requestNextPageAhead();
        handleSuccess(body);
        return;
    }
    ApiError error = ApiError::fromHttp(status, body);
    error.outcomeUnknown = !isIdempotent() && status >= 500;
    if (status == 429)
        error.retryAfterSeconds = retryAfterSeconds(reply);
    qCInfo(lcApi) << m_request.verb << m_request.path << "HTTP" << status << error.serverType;
    if (status == 401)
        emit m_client->authenticationFailed(error);
    if (!scheduleRetry(error))
        finish(error);
}

ApiReply::Parsed ApiReply::parseBody(const QByteArray& body, const Request& request, bool idempotent)
{
    Parsed parsed;
    QJsonObject root;
    const std::optional<QVariant> fast = request.parseFast ? request.parseFast(body, &root) : std::nullopt;
    QJsonParseError parseError {};
    const QJsonDocument doc = fast ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (!fast && (parseError.error != QJsonParseError::NoError || !doc.isObject())) {
        const QString detail = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
            : QStringLiteral("expected a JSON object");
        parsed.error = ApiError::make(ApiError::Category::BadResponse, detail);
        parsed.error.httpStatus = 200;
        // A 2xx answer to a start, stop, create or delete that cannot be read: the server has most likely acted.
        parsed.error.outcomeUnknown = !idempotent;
        return parsed;
    }
    QString parsePath;
    if (!fast)
        root = doc.object();
    parsed.value = fast ? *fast : request.parse ? request.parse(root, &parsePath) : QVariant(root);
    if (!parsePath.isEmpty()) {
        parsed.error = ApiError::make(ApiError::Category::BadResponse, parsePath);
        parsed.error.httpStatus = 200;
        parsed.error.outcomeUnknown = !idempotent;
        parsed.value = {};
        parsed.unreadable = true;
        return parsed;
    }
    if (!request.paged)
        return parsed;
    QString pagingError;
    const auto paging
        = Paging::fromJson(root.value(QLatin1String("paging")).toObject(), QStringLiteral("paging"), &pagingError);
    if (!paging) {
        parsed.error = ApiError::make(ApiError::Category::BadResponse, pagingError);
        parsed.value = {};
        return parsed;
    }
    parsed.paging = *paging;
    return parsed;
}

void ApiReply::handleSuccess(const QByteArray& body)
{
    QThreadPool* pool = m_request.parseInWorker && m_client ? m_client->parserPool() : nullptr;
    if (!pool) {
        handleParsed(parseBody(body, m_request, isIdempotent()));
        return;
    }
    // The parser thread gets copies of the body and of the request (parse and its captures); the result comes
    // back through a watcher owned by this reply: when the reply is gone (aborted, deleted), so is the watcher and
    // the result is dropped.
    auto promise = std::make_shared<QPromise<Parsed>>();
    auto* watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_parsing = false;
        if (m_finished || watcher->future().resultCount() == 0)
            return;
        handleParsed(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    m_parsing = true;
    pool->start([promise, body, request = m_request, idempotent = isIdempotent()] {
        BackgroundPriority::lowerCurrentThread();
        promise->start();
        promise->addResult(parseBody(body, request, idempotent));
        promise->finish();
    });
}

void ApiReply::handleParsed(const Parsed& parsed)
{
    if (!m_client || m_client->accountGeneration() != m_accountGeneration) {
        // The account changed while the page was being parsed: its entries belong to the other account.
        finish(ApiError::make(ApiError::Category::Canceled));
        return;
    }
    if (parsed.error.isError()) {
        if (parsed.unreadable)
            qCWarning(lcApi) << m_request.verb << m_request.path << "unreadable answer:" << parsed.error.detail;
        finish(parsed.error);
        return;
    }
    if (!m_request.paged) {
        finish({}, parsed.value);
        return;
    }
    m_knownPages = parsed.paging.countPages;
    emit pageReceived(parsed.value, parsed.paging);
    if (m_finished) // aborted from a slot
        return;
    if (parsed.paging.hasNextPage() && parsed.paging.currentPage == m_page) {
        continueWithNextPage();
        return;
    }
    finish({}, m_request.accumulated ? m_request.accumulated() : parsed.value);
}

// The answer of page m_page has come (2xx) and is about to be parsed: a paged GET asks for page m_page + 1 now
// when an earlier page said it exists, so that the server prepares it meanwhile. It stays one page ahead at most,
// is not looked at before page m_page has been handed over (continueWithNextPage), and goes when the call finishes
// first (an error, abort(), another account, or a page that says it is the last after all: dropNextPage()).
void ApiReply::requestNextPageAhead()
{
    if (!m_client || m_nextReply || !m_request.paged || m_request.verb != "GET" || m_knownPages <= m_page
        || m_client->accountGeneration() != m_accountGeneration)
        return;
    QNetworkRequest request;
    if (m_client->prepare(&request, m_request, m_page + 1).isError())
        return; // send() reports it when that page is due
    ++m_attempts;
    m_nextReply = m_client->networkAccessManager()->get(request);
    qCDebug(lcApi) << m_request.verb << m_request.path << "page" << m_page + 1 << "ahead";
}

// Page m_page has been handed over: the next one is the page asked for ahead (answered already or still on its
// way; its answer goes through handleNetworkReply like any other, retries and errors included), or is asked for now.
void ApiReply::continueWithNextPage()
{
    ++m_page;
    m_retries = 0;
    QNetworkReply* ahead = m_nextReply;
    m_nextReply = nullptr;
    if (!ahead) {
        send();
        return;
    }
    m_reply = ahead;
    if (ahead->isFinished())
        QMetaObject::invokeMethod(this, &ApiReply::handleNetworkReply, Qt::QueuedConnection);
    else
        connect(ahead, &QNetworkReply::finished, this, &ApiReply::handleNetworkReply);
}

void ApiReply::dropNextPage()
{
    QNetworkReply* ahead = m_nextReply;
    m_nextReply = nullptr;
    if (!ahead)
        return;
    ahead->abort();
    ahead->deleteLater();
}

bool ApiReply::scheduleRetry(const ApiError& reason)
{
    if (!m_client || !isIdempotent())
        return false;
    const RetryPolicy& policy = m_client->retryPolicy();
    if (m_retries >= policy.maxRetries)
        return false;
    int delayMs = -1;
    switch (reason.category) {
    case ApiError::Category::RateLimited:
        if (reason.retryAfterSeconds > policy.maxRetryAfterSeconds)
            return false;
        delayMs = reason.retryAfterSeconds >= 0 ? reason.retryAfterSeconds * 1000 : policy.backoffMs(m_retries + 1);
        break;
    case ApiError::Category::Server:
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
        delayMs = policy.backoffMs(m_retries + 1);
        break;
    default:
        return false;
    }
    ++m_retries;
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::send);
    }
    m_retryTimer->start(delayMs);
    qCInfo(lcApi) << m_request.verb << m_request.path << "retry" << m_retries << "in" << delayMs << "ms";
    emit retryScheduled(m_retries, delayMs, reason);
    return true;
}

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborting = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(ApiError::make(ApiError::Category::Canceled));
}

void ApiReply::finish(const ApiError& error, const QVariant& value)
{
    if (m_finished)
        return;
    m_finished = true;
    dropNextPage();
    m_error = error;
    m_value = value;
    emit finished();
    deleteLater();
}
