// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class FakeClockApi;
class FakeEntriesApi;
class FakeEntryTextsApi;
class FakeMasterDataApi;
class FakeRequest;
class FakeStore;
class FakeTimeSource;
class FakeUsersApi;
class FakeWorkTimeApi;
struct FakeReply;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTimer;

// A stateful fake of the Clockodo REST API on 127.0.0.1 for tests and the demo mode, built on
// QHttpServer 6.4. It implements the endpoints the desktop client uses (see clockodo-api.md §7.1) with
// the paths, envelopes, status codes and both error formats of clockodo-openapi.yaml, localised error
// messages (Accept-Language en/de/fr), an injectable clock, fault injection and a request log.
//
// Everything runs in the thread that owns the object; tests drive it from the same event loop as
// their QNetworkAccessManager.
class FakeClockodoServer : public QObject
{
    Q_OBJECT

public:
    // A fault armed for the next `attempts` HTTP requests (attempts, not logical requests: QNAM re-sends a
    // request once when the connection closes before any response byte, so arm Drop for 2 attempts).
    // attempts <= 0 means "until clearFaults()". Faults are applied before authentication and before any
    // state changes (except ActThenDrop). method ("GET", …, empty = any) and pathPrefix ("/v2/clock" or
    // "/api/v2/clock", empty = any) limit which requests a fault hits. The first matching fault wins.
    struct Fault
    {
        enum class Kind
        {
            Delay, // normal answer after delayMs
            Status, // `status` with a general-format error body (+ Retry-After if retryAfterSeconds >= 0)
            TooManyRequests, // 429, Retry-After: retryAfterSeconds unless it is -1
            Malformed, // 200 with a body that is not valid JSON
            Truncated, // 200, announces a longer Content-Length, sends part of the body, disconnects
            Drop, // closes the connection without any response
            // Performs the request (state changes included, after authentication) and then closes the connection
            // without a response byte: the client cannot know whether its start, stop or save happened. The log
            // records the attempt with status 0. Arm it for 1 attempt to see whether the client sends it again.
            ActThenDrop,
            Hang, // never answers (the client's timeout ends the request)
        };
        Kind kind = Kind::Status;
        int attempts = 1;
        int delayMs = 0; // Delay; for the other kinds an extra delay before the fault happens
        int status = 500;
        int retryAfterSeconds = -1; // -1 = omit the Retry-After header
        QString message; // Status: this error message instead of the localized one (a hostile server's text)
        QByteArray method;
        QString pathPrefix;
        // Status, TooManyRequests, Malformed, Truncated, Drop, Hang: perform the request first (state changes
        // included, after authentication), then answer with the fault instead of the real answer: the server acted
        // but the client sees a 5xx, garbage, a broken-off answer, no answer, or (Hang) no answer until it gives
        // up. Hang with actFirst is "act, then hang": the request has been applied while the client still waits.
        // ActThenDrop is Drop with actFirst. The log records the fault's status (0 for Drop and Hang).
        bool actFirst = false;
        // When not empty: only requests that carry every one of these query items (decoded name and value), e.g.
        // the one GET /v2/entries of a given span among the app's other reads of the entries.
        QList<QPair<QString, QString>> query;
    };

    // An outage: the server is unreachable for `seconds` of the fake's own time (now()), from now on.
    // Refuse closes the listening socket, so that new connections are refused (nothing is logged); Drop accepts
    // connections and closes them without a response byte (logged with status 0). In both modes a request that
    // arrives on a connection opened before is dropped without acting. The outage ends by itself once now() has
    // reached its end: at once on setNow()/advance() with a frozen clock (deterministic for tests), by a timer with
    // the system clock; endOutage() ends it early. A second startOutage() replaces the first.
    enum class OutageMode
    {
        Refuse,
        Drop,
    };

    struct LoggedRequest
    {
        QByteArray method;
        QString path; // decoded, including the "/api" prefix
        QList<QPair<QString, QString>> query; // decoded like PHP ('+' is a space)
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int status = 0; // 0 for Drop and Hang
        // Case-insensitive; repeated headers joined with ", ".
        QByteArray header(const QByteArray& name) const;
        // Last value of a query item, null QString when absent.
        QString queryValue(const QString& key) const;
    };

    explicit FakeClockodoServer(QObject* parent = nullptr);
    ~FakeClockodoServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    quint16 port() const;
    // "http://127.0.0.1:<port>/api"
    QUrl baseUrl() const;

    // Accepted credentials (header pair or HTTP Basic). Defaults: erika@example.com / demo-api-key-0000.
    // The e-mail is also the current user's e-mail.
    void setCredentials(const QString& email, const QString& apiKey);
    QString email() const;
    QString apiKey() const;

    // Replaces all data with the deterministic demo account relative to now().
    void seedDemoData(quint32 seed = 1);

    void setNow(const QDateTime& utc); // freezes the server clock
    void advance(qint64 seconds); // moves a frozen clock (adds an offset to the system clock)
    void useSystemClock();
    QDateTime now() const;

    qint64 currentUserId() const;
    QJsonObject currentUser() const; // as GET /v4/users/me "data"
    // "owner" (default: sees notes, hourly rates and revenues) or "worker" (those fields are absent,
    // other users' clocks answer 403).
    void setUserRole(const QString& role);
    // The company of GET /v2/aggregates/users/me: its currency ("EUR" by default; empty answers null), and whether
    // the endpoint answers at all (false: 403, as for an account that may not read it).
    void setCompanyCurrency(const QString& currency);
    void setCompanyAvailable(bool available);

    // State for tests; entries in the API's JSON shape (not enhanced).
    QJsonObject entry(qint64 id) const; // empty object when missing
    QJsonArray allEntries() const; // sorted by id
    qint64 runningEntryId() const; // 0 when none
    // A manual (clocked=false) time entry, stored without validation; an invalid until makes it the
    // running clock entry instead (a clock running before is stopped at since).
    qint64 addTimeEntry(qint64 customersId, qint64 projectsId /*0=none*/, qint64 servicesId, const QDateTime& since,
                        const QDateTime& until, const QString& text, int billable);
    // Any entry type from POST /v2/entries fields (same validation, except that billable may be 2 = already
    // billed); returns the id or 0.
    qint64 addEntry(const QJsonObject& fields);
    void addSyntheticEntries(int count, const QDateTime& from, const QDateTime& to, quint32 seed);

    // Master data helpers; lookups return 0 when not found.
    qint64 addCustomer(const QString& name, bool active = true, bool billableDefault = true, int color = 1);
    qint64 addProject(qint64 customersId, const QString& name, bool active = true, bool completed = false,
                      bool billableDefault = true);
    qint64 addService(const QString& name, bool active = true);
    qint64 addLumpSumService(const QString& name, double price, const QString& unit = {}, bool active = true);
    void setCustomerServiceAssignments(qint64 customersId, const QList<qint64>& servicesIds);
    qint64 customerId(const QString& name) const;
    qint64 projectId(const QString& name) const;
    qint64 serviceId(const QString& name) const;
    qint64 lumpSumServiceId(const QString& name) const;
    QJsonObject customer(qint64 id) const;
    QJsonObject project(qint64 id) const;
    QJsonObject service(qint64 id) const;

    // "Another device" changes, applied directly to the state (as the web app or a phone would).
    // Starting while a clock runs switches: the running entry is stopped first (24 h cap applies).
    qint64 remoteStartClock(qint64 customersId, qint64 servicesId, qint64 projectsId = 0, const QString& text = {},
                            const QDateTime& since = {});
    void remoteStopClock();
    // Fields as for PUT /v2/entries/{id} (customers_id, projects_id, services_id, text, billable, time_since, …).
    void remoteEditEntry(qint64 id, const QJsonObject& fields);
    void remoteDeleteEntry(qint64 id);

    void injectFault(const Fault& fault);
    void clearFaults();
    void startOutage(qint64 seconds, OutageMode mode = OutageMode::Refuse);
    void endOutage();
    bool isInOutage() const { return m_outageEnd.isValid(); }
    QDateTime outageEnd() const { return m_outageEnd; } // invalid when there is none

    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();

    // The work-time data behind /userreports and /v4/absences (FakeWorkTimeApi::Data: target hours, holidays,
    // absences, quota); setWorkTimeAllowed(false) makes both answer 403, as for a user without the right.
    FakeWorkTimeApi& workTime();
    void setWorkTimeAllowed(bool allowed);

signals:
    // Emitted once per HTTP request (attempt) when the fake has decided its answer.
    void requestHandled(const FakeClockodoServer::LoggedRequest& request);

private:
    enum class Endpoint
    {
        UsersMe,
        AggregatesUsersMe,
        Clock,
        ClockById,
        Entries,
        EntryById,
        Customers,
        CustomerById,
        Projects,
        ProjectById,
        Services,
        ServiceById,
        LumpSumServices,
        LumpSumServiceById,
        EntriesTexts,
        UserReports,
        UserReportById,
        Absences,
        Missing,
    };

    void setUpRoutes();
    // The one path every HTTP request takes: log, faults, authentication, endpoint, response.
    void handle(Endpoint endpoint, qint64 id, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // The answer of an authenticated, well-formed request: the endpoint area's handler.
    FakeReply answer(Endpoint endpoint, qint64 id, const FakeRequest& request);
    bool takeFault(const QByteArray& method, const QString& path, const QList<QPair<QString, QString>>& query,
                   Fault* fault);
    void record(const LoggedRequest& request);
    // Ends the outage when now() has reached its end.
    void checkOutage();

    std::unique_ptr<FakeTimeSource> m_time;
    std::unique_ptr<FakeStore> m_store;
    std::unique_ptr<FakeUsersApi> m_users;
    std::unique_ptr<FakeClockApi> m_clock;
    std::unique_ptr<FakeEntriesApi> m_entries;
    std::unique_ptr<FakeMasterDataApi> m_masterData;
    std::unique_ptr<FakeEntryTextsApi> m_entryTexts;
    std::unique_ptr<FakeWorkTimeApi> m_workTime;
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QString m_email = QStringLiteral("erika@example.com");
    QString m_apiKey = QStringLiteral("demo-api-key-0000");
    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
    QTcpServer* m_tcpServer = nullptr; // owned by m_server
    QDateTime m_outageEnd;
    OutageMode m_outageMode = OutageMode::Refuse;
    QTimer* m_outageTimer = nullptr;
};

Q_DECLARE_METATYPE(FakeClockodoServer::LoggedRequest)
