// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apireply.h"
#include "api/clock/clockcorrection.h"
#include "api/clock/clockstartrequest.h"
#include "api/clock/clockstate.h"
#include "api/entries/entry.h"
#include "api/entries/entryquery.h"
#include "api/entries/entrytext.h"
#include "api/masterdata/customer.h"
#include "api/masterdata/lumpsumservice.h"
#include "api/masterdata/project.h"
#include "api/masterdata/service.h"
#include "api/transport/apierror.h"
#include "api/transport/retrypolicy.h"
#include "api/users/company.h"
#include "api/users/user.h"
#include "api/worktime/absence.h"
#include "api/worktime/userreport.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QThreadPool;

// The Clockodo API service: one QNetworkAccessManager, the base URL, the credentials and the headers every
// request carries. Every call is asynchronous and returns an ApiReply (see there for its life cycle) whose
// value() holds the type named at the call.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxExternalApplicationLength = 50;
    static constexpr int DefaultTimeoutMs = 30000;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    static QUrl defaultBaseUrl();
    // The one rule for every base URL (settings, dialogs, environment, this client): absolute, no user info, query
    // or fragment; https anywhere; plain http only for loopback hosts (tests, the demo server), "localhost" in any
    // case.
    static bool isAcceptableBaseUrl(const QUrl& url);

    QUrl baseUrl() const { return m_baseUrl; }
    // Returns false (and keeps the old URL) when the URL is not acceptable.
    bool setBaseUrl(const QUrl& url);

    void setCredentials(const QString& email, const QString& apiKey);
    void clearCredentials();
    bool hasCredentials() const { return !m_email.isEmpty() && !m_apiKey.isEmpty(); }
    // Counts changes of the address and the credentials. A request made under another count is not sent (it
    // finishes as Canceled): its ids belong to the account it was made for.
    quint64 accountGeneration() const { return m_accountGeneration; }
    QString email() const { return m_email; }

    // The technical contact in X-Clockodo-External-Application; the account e-mail when empty.
    void setContactEmail(const QString& email);
    QString externalApplication() const;
    // The X-Clockodo-External-Application value for a contact address ("clockodo-desktop;" + contact), and whether
    // it stays within MaxExternalApplicationLength.
    static QString externalApplicationFor(const QString& contact);
    static bool fitsExternalApplication(const QString& contact);

    // "en", "de" or "fr": Accept-Language of every following request.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }
    // One thread (created on first use, gone after 30 s without work) that parses the pages of entry lists
    // (ApiReply::Request::parseInWorker); null when setParsingInWorker(false).
    QThreadPool* parserPool();
    void setParsingInWorker(bool on) { m_parseInWorker = on; }

    // --- endpoints ---
    ApiReply* currentUser(); // User
    // The user's company (for its currency) from the deprecated GET /v2/aggregates/users/me: optional, callers treat
    // any failure (403, 404 once Clockodo removes it) as "unknown".
    ApiReply* company(); // Company
    ApiReply* clock(); // ClockState
    ApiReply* startClock(const ClockStartRequest& request); // ClockState
    ApiReply* stopClock(qint64 entryId, const QDateTime& until = {}); // ClockState
    ApiReply* correctClock(qint64 entryId, const ClockCorrection& correction); // ClockCorrection::Result
    ApiReply* entries(const EntryQuery& query); // QList<Entry>, all pages
    // The same pages streamed: each arrives in pageReceived (QList<Entry>) and is not kept; the value is the number
    // of entries received (int). For exports of any size with bounded memory.
    ApiReply* entryPages(const EntryQuery& query); // int
    ApiReply* entry(qint64 id); // Entry
    ApiReply* createEntry(const Entry& entry); // Entry
    ApiReply* updateEntry(qint64 id, const QJsonObject& changes); // Entry
    ApiReply* deleteEntry(qint64 id); // bool
    ApiReply* customers(std::optional<bool> active = {}); // QList<Customer>, all pages
    ApiReply* projects(std::optional<qint64> customersId = {}, std::optional<bool> active = {},
                       std::optional<bool> completed = {}); // QList<Project>, all pages
    ApiReply* services(std::optional<bool> active = {}); // QList<Service>, all pages
    ApiReply* lumpSumServices(std::optional<bool> active = {}); // QList<LumpSumService>, all pages
    ApiReply* entriesTexts(const QString& term, int items = 20); // QList<EntryText>
    // The user's year with every day (GET /userreports/{id}?type=3&year=…); 403 without the right to see it.
    ApiReply* userReport(qint64 usersId, int year); // UserReport
    // The user's absences of a year (GET /v4/absences?filter[users_id]=…&filter[year]=…).
    ApiReply* absences(qint64 usersId, int year); // QList<Absence>

signals:
    // Any request was answered with 401: the key was revoked or is wrong.
    void authenticationFailed(const ApiError& error);
    // A request reached the server (any HTTP answer) or could not (network error/timeout).
    void reachabilityChanged(bool reachable);

private:
    friend class ApiReply;
    ApiReply* submit(ApiReply::Request request);
    // Returns an error when the request must not be sent (no credentials, header too long, bad URL).
    ApiError prepare(QNetworkRequest* request, const ApiReply::Request& spec, int page) const;
    void noteReachable(bool reachable);
    template<typename T>
    ApiReply* fetchAll(const QString& path, QList<QPair<QString, QString>> query, QLatin1String itemsKey,
                       bool parseInWorker = false);
    template<typename T>
    ApiReply* fetchOne(QByteArray verb, const QString& path, QLatin1String key, const QJsonObject& body = {},
                       bool hasBody = false);

    QNetworkAccessManager* m_nam = nullptr;
    QUrl m_baseUrl;
    quint64 m_accountGeneration = 0;
    QString m_email;
    QString m_apiKey;
    QString m_contactEmail;
    QString m_language = QStringLiteral("en");
    int m_timeoutMs = DefaultTimeoutMs;
    RetryPolicy m_retryPolicy;
    int m_reachable = -1;
    QThreadPool* m_parserPool = nullptr;
    bool m_parseInWorker = true;
};
