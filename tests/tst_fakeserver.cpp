// SPDX-License-Identifier: GPL-3.0-or-later
// The fake Clockodo server over real HTTP on 127.0.0.1: contract shape, clock rules, entries, master
// data, errors in both formats and three languages, fault injection, request log and the executable.

#include "fakeserver/fakeclockodoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <csignal>
#include <memory>

namespace {

using Fault = FakeClockodoServer::Fault;

struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    bool jsonValid = false;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject firstError() const { return json.value(QLatin1String("errors")).toArray().first().toObject(); }
    QJsonObject simpleError() const { return json.value(QLatin1String("error")).toObject(); }
    QStringList simpleFields() const
    {
        QStringList fields;
        const QJsonArray array = simpleError().value(QLatin1String("fields")).toArray();
        for (const QJsonValue& value : array)
            fields.append(value.toString());
        return fields;
    }
};

enum class Auth
{
    Headers,
    Basic,
    None,
    WrongKey
};

struct Call
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below /api, e.g. "/v2/clock"
    QByteArray query; // already encoded
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    Auth auth = Auth::Headers;
    bool externalApplication = true;
    QByteArray language;
    int transferTimeoutMs = 0;
};

QByteArray encodeQuery(const QList<QPair<QString, QString>>& items)
{
    QByteArrayList parts;
    for (const auto& [key, value] : items)
        parts.append(QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value));
    return parts.join('&');
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString iso(const QDateTime& dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

qint64 idOf(const QJsonValue& value)
{
    return value.toObject().value(QLatin1String("id")).toInteger();
}

} // namespace

class tst_FakeServer : public QObject
{
    Q_OBJECT

private:
    Response call(const Call& call);
    Response get(const QString& path, const QList<QPair<QString, QString>>& query = {});
    Response send(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    Response entriesWindow(const QString& since, const QString& until,
                           const QList<QPair<QString, QString>>& extra = {});
    void inject(Fault::Kind kind, int attempts = 1, const QByteArray& method = {}, const QString& prefix = {});
    qint64 startClock(qint64 customersId, qint64 servicesId, const QJsonObject& extra = {});

    std::unique_ptr<FakeClockodoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    const QDateTime m_start = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC); // a Tuesday
    qint64 m_baeckerei = 0;
    qint64 m_hotel = 0;
    qint64 m_northwind = 0;
    qint64 m_mueller = 0;
    qint64 m_consulting = 0;
    qint64 m_development = 0;
    qint64 m_design = 0;
    qint64 m_training = 0;

private slots:
    void init();
    void cleanup();

    void authentication_data();
    void authentication();
    void credentials();
    void missingExternalApplication();
    void localizedMessages_data();
    void localizedMessages();
    void usersMe();
    void aggregatesUsersMe();
    void unknownRoutes();
    void timeControl();

    void clockStartStopSwitch();
    void clockBillableDefault();
    void billedEntryRules();
    void clockRetroactiveStart();
    void clockValidation_data();
    void clockValidation();
    void clockTruncation();
    void stopNotRunning();
    void stopWithParameters();
    void clockCorrection();
    void clockCorrectionConflict();
    void editRunningEntry();

    void entriesWindow();
    void entriesFilters();
    void entriesEnhancedList();
    void entriesPaging();
    void entriesErrors();
    void entriesAllTypes();
    void entriesValidation_data();
    void entriesValidation();
    void formBodiesAndPlus();

    void masterData();
    void masterDataPaging();
    void entriesTexts();
    void workerRole();

    void faultDelay();
    void faultStatus_data();
    void faultStatus();
    void faultTooManyRequests_data();
    void faultTooManyRequests();
    void faultMalformed();
    void faultTruncated();
    void faultDrop();
    void faultActThenDrop();
    void faultHang();
    void faultActFirst_data();
    void faultActFirst();
    void faultScope();
    void outage_data();
    void outage();
    void outageEndsEarly();

    void remoteChanges();
    void requestLog();
    void seedData();
    void syntheticEntries();
    void executableExitsOnSigterm();
};

// ---- helpers ---------------------------------------------------------------------------------------------

Response tst_FakeServer::call(const Call& call)
{
    QUrl url = m_server->baseUrl();
    url.setPath(url.path() + call.path);
    if (!call.query.isEmpty())
        url.setQuery(QString::fromLatin1(call.query), QUrl::StrictMode);
    QNetworkRequest request(url);
    switch (call.auth) {
    case Auth::Headers:
        request.setRawHeader("X-ClockodoApiUser", m_server->email().toUtf8());
        request.setRawHeader("X-ClockodoApiKey", m_server->apiKey().toUtf8());
        break;
    case Auth::Basic:
        request.setRawHeader("Authorization",
                             "Basic "
                                 + (m_server->email() + QLatin1Char(':') + m_server->apiKey()).toUtf8().toBase64());
        break;
    case Auth::WrongKey:
        request.setRawHeader("X-ClockodoApiUser", m_server->email().toUtf8());
        request.setRawHeader("X-ClockodoApiKey", "wrong");
        break;
    case Auth::None:
        break;
    }
    if (call.externalApplication)
        request.setRawHeader("X-Clockodo-External-Application", "clockodo-desktop tests;dev@example.com");
    if (!call.language.isEmpty())
        request.setRawHeader("Accept-Language", call.language);
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    request.setTransferTimeout(call.transferTimeoutMs > 0 ? call.transferTimeoutMs : 20000);

    QNetworkReply* reply = m_nam->sendCustomRequest(request, call.method, call.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response response;
    response.finished = reply->isFinished() || finished.wait(30000);
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.headers = reply->rawHeaderPairs();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    response.jsonValid = parseError.error == QJsonParseError::NoError && document.isObject();
    response.json = document.object();
    reply->deleteLater();
    return response;
}

Response tst_FakeServer::get(const QString& path, const QList<QPair<QString, QString>>& query)
{
    Call request;
    request.path = path;
    request.query = encodeQuery(query);
    return call(request);
}

Response tst_FakeServer::send(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    Call request;
    request.method = method;
    request.path = path;
    if (!body.isEmpty())
        request.body = json(body);
    return call(request);
}

Response tst_FakeServer::entriesWindow(const QString& since, const QString& until,
                                       const QList<QPair<QString, QString>>& extra)
{
    QList<QPair<QString, QString>> query { { QStringLiteral("time_since"), since },
                                           { QStringLiteral("time_until"), until } };
    query += extra;
    return get(QStringLiteral("/v2/entries"), query);
}

void tst_FakeServer::inject(Fault::Kind kind, int attempts, const QByteArray& method, const QString& prefix)
{
    Fault fault;
    fault.kind = kind;
    fault.attempts = attempts;
    fault.method = method;
    fault.pathPrefix = prefix;
    m_server->injectFault(fault);
}

qint64 tst_FakeServer::startClock(qint64 customersId, qint64 servicesId, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("customers_id"), customersId);
    body.insert(QStringLiteral("services_id"), servicesId);
    const Response response = send("POST", QStringLiteral("/v2/clock"), body);
    if (response.status != 200)
        qWarning() << "clock start failed" << response.status << response.body;
    return idOf(response.json.value(QLatin1String("running")));
}

void tst_FakeServer::init()
{
    m_server = std::make_unique<FakeClockodoServer>();
    m_server->setNow(m_start);
    m_server->seedDemoData(1);
    QVERIFY(m_server->listen());
    QVERIFY(m_server->port() > 0);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_baeckerei = m_server->customerId(QStringLiteral("Bäckerei Sonnenschein"));
    m_hotel = m_server->customerId(QStringLiteral("Hotel Bergblick"));
    m_northwind = m_server->customerId(QStringLiteral("Northwind Traders Ltd."));
    m_mueller = m_server->customerId(QStringLiteral("Müller & Söhne Maschinenbau"));
    m_consulting = m_server->serviceId(QStringLiteral("Beratung"));
    m_development = m_server->serviceId(QStringLiteral("Entwicklung"));
    m_design = m_server->serviceId(QStringLiteral("Design"));
    m_training = m_server->serviceId(QStringLiteral("Schulung"));
    QVERIFY(m_baeckerei && m_hotel && m_northwind && m_mueller);
    QVERIFY(m_consulting && m_development && m_design && m_training);
}

void tst_FakeServer::cleanup()
{
    m_nam.reset();
    m_server.reset();
}

// ---- basics --------------------------------------------------------------------------------------------

void tst_FakeServer::authentication_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<int>("status");
    QTest::newRow("headers") << int(Auth::Headers) << 200;
    QTest::newRow("basic") << int(Auth::Basic) << 200;
    QTest::newRow("none") << int(Auth::None) << 401;
    QTest::newRow("wrong key") << int(Auth::WrongKey) << 401;
}

void tst_FakeServer::authentication()
{
    QFETCH(int, auth);
    QFETCH(int, status);
    Call request;
    request.path = QStringLiteral("/v4/users/me");
    request.auth = Auth(auth);
    const Response response = call(request);
    QCOMPARE(response.status, status);
    QVERIFY(response.jsonValid);
    if (status == 401) {
        QCOMPARE(response.error, QNetworkReply::AuthenticationRequiredError);
        const QJsonObject error = response.firstError();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("Unauthorized"));
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(error.contains(QLatin1String("path")) && error.contains(QLatin1String("details")));
    }
}

void tst_FakeServer::credentials()
{
    // The e-mail is compared case-insensitively, the key is not; both auth styles use the same pair.
    m_server->setCredentials(QStringLiteral("Max@Example.com"), QStringLiteral("k3y"));
    QCOMPARE(m_server->email(), QStringLiteral("Max@Example.com"));
    QCOMPARE(m_server->apiKey(), QStringLiteral("k3y"));
    const auto status = [this](const QByteArray& user, const QByteArray& key, bool basic) {
        QUrl url = m_server->baseUrl();
        url.setPath(url.path() + QStringLiteral("/v4/users/me"));
        QNetworkRequest request(url);
        if (basic) {
            request.setRawHeader("Authorization", "Basic " + (user + ':' + key).toBase64());
        } else {
            request.setRawHeader("X-ClockodoApiUser", user);
            request.setRawHeader("X-ClockodoApiKey", key);
        }
        request.setRawHeader("X-Clockodo-External-Application", "tests;dev@example.com");
        QNetworkReply* reply = m_nam->get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return code;
    };
    QCOMPARE(status("max@example.COM", "k3y", false), 200);
    QCOMPARE(status("max@example.com", "K3Y", false), 401);
    QCOMPARE(status("max@example.com", "k3y", true), 200);
    QCOMPARE(status("max@example.com", "", true), 401);
    QCOMPARE(status("erika@example.com", "demo-api-key-0000", false), 401);
    QCOMPARE(
        get(QStringLiteral("/v4/users/me")).json.value(QLatin1String("data")).toObject().value(QLatin1String("email")),
        QJsonValue(QStringLiteral("Max@Example.com")));
}

void tst_FakeServer::missingExternalApplication()
{
    Call request;
    request.path = QStringLiteral("/v4/users/me");
    request.externalApplication = false;
    Response response = call(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("path")).toString(),
             QStringLiteral("X-Clockodo-External-Application"));
    QVERIFY(response.firstError()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("X-Clockodo-External-Application")));

    // /v2/entries answers 400s in the simple format.
    request.path = QStringLiteral("/v2/entries");
    response = call(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleError().value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("X-Clockodo-External-Application") });
}

void tst_FakeServer::localizedMessages_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("general");
    QTest::addColumn<QString>("simple");
    QTest::newRow("none") << QByteArray() << QStringLiteral("Authentication failed") << QStringLiteral("Missing");
    QTest::newRow("en") << QByteArray("en") << QStringLiteral("Authentication failed") << QStringLiteral("Missing");
    QTest::newRow("de") << QByteArray("de") << QStringLiteral("Authentifizierung") << QStringLiteral("Fehlende");
    QTest::newRow("fr") << QByteArray("fr") << QStringLiteral("authentification a échoué")
                        << QStringLiteral("Paramètres");
    QTest::newRow("q-values") << QByteArray("es;q=1.0, de-DE;q=0.9, en;q=0.5") << QStringLiteral("Authentifizierung")
                              << QStringLiteral("Fehlende");
    QTest::newRow("fr-CH over en") << QByteArray("fr-CH, en;q=0.8") << QStringLiteral("authentification")
                                   << QStringLiteral("Paramètres");
    QTest::newRow("unsupported") << QByteArray("es") << QStringLiteral("Authentication failed")
                                 << QStringLiteral("Missing");
}

void tst_FakeServer::localizedMessages()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, general);
    QFETCH(QString, simple);
    Call request;
    request.path = QStringLiteral("/v2/clock");
    request.auth = Auth::WrongKey;
    request.language = acceptLanguage;
    Response response = call(request);
    QCOMPARE(response.status, 401);
    QVERIFY2(response.firstError().value(QLatin1String("message")).toString().contains(general), response.body);

    // The simple format is localised as well.
    request.auth = Auth::Headers;
    request.path = QStringLiteral("/v2/entries");
    response = call(request);
    QCOMPARE(response.status, 400);
    const QString message = response.simpleError().value(QLatin1String("message")).toString();
    QVERIFY2(message.startsWith(simple), qPrintable(message));
}

void tst_FakeServer::usersMe()
{
    const Response response = get(QStringLiteral("/v4/users/me"));
    QCOMPARE(response.status, 200);
    const QJsonObject user = response.json.value(QLatin1String("data")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toInteger(), m_server->currentUserId());
    QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("Erika Mustermann"));
    QCOMPARE(user.value(QLatin1String("email")).toString(), m_server->email());
    QCOMPARE(user.value(QLatin1String("timezone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(user.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    QCOMPARE(user.value(QLatin1String("timeformat_12h")), QJsonValue(false));
    QCOMPARE(user.value(QLatin1String("weekstart_monday")), QJsonValue(true));
    for (const char* key : { "weekend_friday", "active", "teams_id", "initials", "nonbusiness_groups_id" })
        QVERIFY2(user.contains(QLatin1String(key)), key);
    QCOMPARE(user, m_server->currentUser());
}

void tst_FakeServer::aggregatesUsersMe()
{
    // The deprecated aggregate: {"user": UserV1, "company": CompanyV1, "worktime_regulation": null}, with every
    // field the contract requires.
    Response response = get(QStringLiteral("/v2/aggregates/users/me"));
    QCOMPARE(response.status, 200);
    QCOMPARE(
        response.json.keys(),
        (QStringList { QStringLiteral("company"), QStringLiteral("user"), QStringLiteral("worktime_regulation") }));
    QVERIFY(response.json.value(QLatin1String("worktime_regulation")).isNull());
    const QJsonObject user = response.json.value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("id")).toInteger(), m_server->currentUserId());
    for (const char* key : { "id", "name", "weekstart_monday", "weekend_friday", "active", "timeformat_12h", "language",
                             "timezone", "teams_id", "initials", "nonbusinessgroups_id" })
        QVERIFY2(user.contains(QLatin1String(key)), key);
    const QJsonObject company = response.json.value(QLatin1String("company")).toObject();
    QCOMPARE(company.value(QLatin1String("currency")).toString(), QStringLiteral("EUR"));
    for (const char* key : { "id",
                             "name",
                             "timezone_default",
                             "currency",
                             "allow_entries_text_multiline",
                             "allow_entries_for_customers",
                             "allow_entry_overlaps",
                             "force_linked_entry_times",
                             "default_customers_id",
                             "default_services_id",
                             "module_absence",
                             "module_work_time",
                             "module_targethours",
                             "module_target_hours",
                             "module_userreports",
                             "module_user_reports",
                             "module_project_times",
                             "module_entries_texts",
                             "nonbusiness_group_default",
                             "onboarding_complete",
                             "worktime_regulation_default",
                             "worktime_evaluate_regulations_since",
                             "worktime_force_breaks",
                             "holidays_count_default",
                             "absence_reduces_target_hours",
                             "compensate_day_default",
                             "compensate_month_default",
                             "target_hours_default" })
        QVERIFY2(company.contains(QLatin1String(key)), key);
    QCOMPARE(company.value(QLatin1String("target_hours_default")).toObject().size(), 7);

    m_server->setCompanyCurrency(QStringLiteral("CHF"));
    QCOMPARE(get(QStringLiteral("/v2/aggregates/users/me"))
                 .json.value(QLatin1String("company"))
                 .toObject()
                 .value(QLatin1String("currency")),
             QJsonValue(QStringLiteral("CHF")));
    m_server->setCompanyCurrency(QString());
    QVERIFY(get(QStringLiteral("/v2/aggregates/users/me"))
                .json.value(QLatin1String("company"))
                .toObject()
                .value(QLatin1String("currency"))
                .isNull());

    m_server->setCompanyAvailable(false);
    response = get(QStringLiteral("/v2/aggregates/users/me"));
    QCOMPARE(response.status, 403);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("Forbidden"));
    QCOMPARE(send("POST", QStringLiteral("/v2/aggregates/users/me")).status, 405);
}

void tst_FakeServer::unknownRoutes()
{
    Response response = get(QStringLiteral("/v9/nothing"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("ResourceNotFound"));
    QCOMPARE(get(QStringLiteral("/v2/clock/")).status, 404); // trailing slash
    QCOMPARE(get(QStringLiteral("/v2/Clock")).status, 404); // case-sensitive paths
    QCOMPARE(get(QStringLiteral("/v2/entries/abc")).status, 404);

    response = send("PATCH", QStringLiteral("/v2/clock"));
    QCOMPARE(response.status, 405);
    QCOMPARE(response.header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(send("POST", QStringLiteral("/v3/customers/101")).status, 405);
}

void tst_FakeServer::timeControl()
{
    QCOMPARE(m_server->now(), m_start);
    QCOMPARE(get(QStringLiteral("/v2/clock")).json.value(QLatin1String("current_time")).toString(),
             QStringLiteral("2026-03-10T09:00:00Z"));
    m_server->advance(90);
    QCOMPARE(m_server->now(), m_start.addSecs(90));
    QCOMPARE(get(QStringLiteral("/v2/clock")).json.value(QLatin1String("current_time")).toString(),
             QStringLiteral("2026-03-10T09:01:30Z"));
    m_server->useSystemClock();
    QVERIFY(qAbs(m_server->now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(m_server->now().time().msec(), 0);
}

// ---- clock ---------------------------------------------------------------------------------------------

void tst_FakeServer::clockStartStopSwitch()
{
    Response response = get(QStringLiteral("/v2/clock"));
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.value(QLatin1String("running")).isNull());
    QVERIFY(response.json.contains(QLatin1String("stopped")));
    QCOMPARE(m_server->runningEntryId(), 0);

    response = send("POST", QStringLiteral("/v2/clock"),
                    { { QStringLiteral("customers_id"), m_baeckerei },
                      { QStringLiteral("services_id"), m_consulting },
                      { QStringLiteral("text"), QStringLiteral("Konzept") } });
    QCOMPARE(response.status, 200);
    const QJsonObject first = response.json.value(QLatin1String("running")).toObject();
    QVERIFY(response.json.value(QLatin1String("stopped")).isNull());
    QCOMPARE(response.json.value(QLatin1String("stopped_has_been_truncated")), QJsonValue(false));
    QCOMPARE(response.json.value(QLatin1String("current_time")).toString(), iso(m_start));
    QCOMPARE(first.value(QLatin1String("type")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("time_since")).toString(), iso(m_start));
    QVERIFY(first.value(QLatin1String("time_until")).isNull());
    QVERIFY(first.value(QLatin1String("duration")).isNull());
    QCOMPARE(first.value(QLatin1String("clocked")), QJsonValue(true));
    QCOMPARE(first.value(QLatin1String("clocked_offline")), QJsonValue(false));
    QCOMPARE(first.value(QLatin1String("time_clocked_since")).toString(), iso(m_start));
    QCOMPARE(first.value(QLatin1String("text")).toString(), QStringLiteral("Konzept"));
    QVERIFY(first.value(QLatin1String("texts_id")).toInteger() > 0);
    QCOMPARE(first.value(QLatin1String("users_id")).toInteger(), m_server->currentUserId());
    for (const char* key : { "customers_id", "projects_id", "subprojects_id", "billable", "time_insert",
                             "time_last_change", "time_last_change_work_time", "test_data", "services_id" })
        QVERIFY2(first.contains(QLatin1String(key)), key);
    const qint64 firstId = first.value(QLatin1String("id")).toInteger();
    QCOMPARE(m_server->runningEntryId(), firstId);
    QCOMPARE(idOf(get(QStringLiteral("/v2/clock")).json.value(QLatin1String("running"))), firstId);

    // Switching: a second start stops the first one and returns it in "stopped".
    m_server->advance(1800);
    response = send("POST", QStringLiteral("/v2/clock"),
                    { { QStringLiteral("customers_id"), m_hotel }, { QStringLiteral("services_id"), m_development } });
    QCOMPARE(response.status, 200);
    const QJsonObject stopped = response.json.value(QLatin1String("stopped")).toObject();
    QCOMPARE(stopped.value(QLatin1String("id")).toInteger(), firstId);
    QCOMPARE(stopped.value(QLatin1String("duration")).toInteger(), 1800);
    QCOMPARE(stopped.value(QLatin1String("time_until")).toString(), iso(m_start.addSecs(1800)));
    const qint64 secondId = idOf(response.json.value(QLatin1String("running")));
    QVERIFY(secondId != firstId);
    QCOMPARE(m_server->runningEntryId(), secondId);

    // Stop.
    m_server->advance(600);
    response = send("DELETE", QStringLiteral("/v2/clock/%1").arg(secondId));
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.value(QLatin1String("running")).isNull());
    QCOMPARE(idOf(response.json.value(QLatin1String("stopped"))), secondId);
    QCOMPARE(response.json.value(QLatin1String("stopped")).toObject().value(QLatin1String("duration")).toInteger(),
             600);
    QCOMPARE(m_server->runningEntryId(), 0);
    response = get(QStringLiteral("/v2/clock"));
    QVERIFY(response.json.value(QLatin1String("running")).isNull());
    QCOMPARE(idOf(response.json.value(QLatin1String("stopped"))), secondId);
    QCOMPARE(m_server->entry(secondId).value(QLatin1String("time_until")).toString(), iso(m_start.addSecs(2400)));
}

void tst_FakeServer::clockBillableDefault()
{
    const qint64 bookingSystem = m_server->projectId(QStringLiteral("Buchungssystem")); // billable_default false
    QVERIFY(bookingSystem);
    qint64 id = startClock(m_hotel, m_consulting, { { QStringLiteral("projects_id"), bookingSystem } });
    QCOMPARE(m_server->entry(id).value(QLatin1String("billable")).toInt(), 0);
    id = startClock(m_hotel, m_consulting);
    QCOMPARE(m_server->entry(id).value(QLatin1String("billable")).toInt(), 1);
    id = startClock(m_northwind, m_consulting);
    QCOMPARE(m_server->entry(id).value(QLatin1String("billable")).toInt(), 0);
    id = startClock(m_northwind, m_consulting, { { QStringLiteral("billable"), 1 } });
    QCOMPARE(m_server->entry(id).value(QLatin1String("billable")).toInt(), 1);
}

void tst_FakeServer::clockRetroactiveStart()
{
    const QDateTime since = m_start.addSecs(-600);
    const qint64 id = startClock(m_baeckerei, m_consulting, { { QStringLiteral("time_since"), iso(since) } });
    QVERIFY(id);
    QCOMPARE(m_server->entry(id).value(QLatin1String("time_since")).toString(), iso(since));

    // A start in the future is refused, and so is a timestamp without zone designator.
    Response response = send("POST", QStringLiteral("/v2/clock"),
                             { { QStringLiteral("customers_id"), m_baeckerei },
                               { QStringLiteral("services_id"), m_consulting },
                               { QStringLiteral("time_since"), iso(m_start.addSecs(600)) } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("path")).toString(), QStringLiteral("time_since"));
    response = send("POST", QStringLiteral("/v2/clock"),
                    { { QStringLiteral("customers_id"), m_baeckerei },
                      { QStringLiteral("services_id"), m_consulting },
                      { QStringLiteral("time_since"), QStringLiteral("2026-03-10T08:00:00") } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("UnexpectedValue"));
    QCOMPARE(m_server->runningEntryId(), id);
}

void tst_FakeServer::clockValidation_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("path");
    QTest::newRow("missing customer") << QString() << QString() << QStringLiteral("Beratung") << 400
                                      << QStringLiteral("Empty") << QStringLiteral("customers_id");
    QTest::newRow("missing service") << QStringLiteral("Hotel Bergblick") << QString() << QString() << 400
                                     << QStringLiteral("Empty") << QStringLiteral("services_id");
    QTest::newRow("unknown customer") << QStringLiteral("#999") << QString() << QStringLiteral("Beratung") << 404
                                      << QStringLiteral("ResourceNotFound") << QStringLiteral("customers_id");
    QTest::newRow("unknown service") << QStringLiteral("Hotel Bergblick") << QString() << QStringLiteral("#999") << 404
                                     << QStringLiteral("ResourceNotFound") << QStringLiteral("services_id");
    QTest::newRow("inactive customer") << QStringLiteral("Müller & Söhne Maschinenbau") << QString()
                                       << QStringLiteral("Beratung") << 400 << QStringLiteral("ResourcesInactive")
                                       << QStringLiteral("customers_id");
    QTest::newRow("inactive service") << QStringLiteral("Bäckerei Sonnenschein") << QString()
                                      << QStringLiteral("Schulung") << 400 << QStringLiteral("ResourcesInactive")
                                      << QStringLiteral("services_id");
    QTest::newRow("foreign project") << QStringLiteral("Bäckerei Sonnenschein") << QStringLiteral("Buchungssystem")
                                     << QStringLiteral("Beratung") << 400 << QStringLiteral("InvalidCombination")
                                     << QStringLiteral("projects_id");
    QTest::newRow("completed project") << QStringLiteral("Hotel Bergblick") << QStringLiteral("Winterprospekt")
                                       << QStringLiteral("Beratung") << 400 << QStringLiteral("ProjectIsCompleted")
                                       << QStringLiteral("projects_id");
    QTest::newRow("inactive project") << QStringLiteral("Librairie Papillon") << QStringLiteral("Boutique en ligne")
                                      << QStringLiteral("Beratung") << 400 << QStringLiteral("ResourcesInactive")
                                      << QStringLiteral("projects_id");
    QTest::newRow("service not assigned")
        << QStringLiteral("Hotel Bergblick") << QString() << QStringLiteral("Design") << 400
        << QStringLiteral("InvalidCombination") << QStringLiteral("services_id");
}

void tst_FakeServer::clockValidation()
{
    QFETCH(QString, customer);
    QFETCH(QString, project);
    QFETCH(QString, service);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, path);
    const auto idFor = [](const QString& name, qint64 found) {
        return name.startsWith(QLatin1Char('#')) ? name.mid(1).toLongLong() : found;
    };
    QJsonObject body;
    if (!customer.isEmpty())
        body.insert(QStringLiteral("customers_id"), idFor(customer, m_server->customerId(customer)));
    if (!project.isEmpty())
        body.insert(QStringLiteral("projects_id"), m_server->projectId(project));
    if (!service.isEmpty())
        body.insert(QStringLiteral("services_id"), idFor(service, m_server->serviceId(service)));
    const Response response = send("POST", QStringLiteral("/v2/clock"), body);
    QCOMPARE(response.status, status);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), type);
    QCOMPARE(response.firstError().value(QLatin1String("path")).toString(), path);
    QVERIFY(!response.firstError().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(m_server->runningEntryId(), 0);
}

void tst_FakeServer::clockTruncation()
{
    // Explicit stop after 30 h: capped at 23:59:59.
    qint64 id = startClock(m_baeckerei, m_consulting);
    m_server->advance(30 * 3600);
    Response response = send("DELETE", QStringLiteral("/v2/clock/%1").arg(id));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("stopped_has_been_truncated")), QJsonValue(true));
    QJsonObject stopped = response.json.value(QLatin1String("stopped")).toObject();
    QCOMPARE(stopped.value(QLatin1String("duration")).toInteger(), 86399);
    QCOMPARE(stopped.value(QLatin1String("time_until")).toString(), iso(m_start.addSecs(86399)));

    // Implicit stop by starting another clock after 25 h.
    const QDateTime secondStart = m_server->now();
    id = startClock(m_baeckerei, m_consulting);
    m_server->advance(25 * 3600);
    response = send("POST", QStringLiteral("/v2/clock"),
                    { { QStringLiteral("customers_id"), m_hotel }, { QStringLiteral("services_id"), m_consulting } });
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("stopped_has_been_truncated")), QJsonValue(true));
    stopped = response.json.value(QLatin1String("stopped")).toObject();
    QCOMPARE(stopped.value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(stopped.value(QLatin1String("time_until")).toString(), iso(secondStart.addSecs(86399)));

    // Within 24 h nothing is truncated.
    m_server->advance(3600);
    response = send("DELETE", QStringLiteral("/v2/clock/%1").arg(m_server->runningEntryId()));
    QCOMPARE(response.json.value(QLatin1String("stopped_has_been_truncated")), QJsonValue(false));
}

void tst_FakeServer::stopNotRunning()
{
    const qint64 id = startClock(m_baeckerei, m_consulting);
    m_server->advance(60);
    QCOMPARE(send("DELETE", QStringLiteral("/v2/clock/%1").arg(id)).status, 200);

    // Stopped elsewhere / already stopped: 400 in the general format.
    Response response = send("DELETE", QStringLiteral("/v2/clock/%1").arg(id));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("EntryNotRunning"));
    // Unknown entry: 404.
    response = send("DELETE", QStringLiteral("/v2/clock/99999999"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("ResourceNotFound"));
    // A huge id does not overflow into an existing one.
    QCOMPARE(send("DELETE", QStringLiteral("/v2/clock/99999999999")).status, 404);
}

void tst_FakeServer::stopWithParameters()
{
    // time_until from the query string (SPEC) …
    qint64 id = startClock(m_baeckerei, m_consulting);
    m_server->advance(3600);
    Call stop;
    stop.method = "DELETE";
    stop.path = QStringLiteral("/v2/clock/%1").arg(id);
    stop.query = encodeQuery({ { QStringLiteral("time_until"), iso(m_start.addSecs(1200)) } });
    Response response = call(stop);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("stopped")).toObject().value(QLatin1String("duration")).toInteger(),
             1200);

    // … or from a JSON body (SDK).
    id = startClock(m_baeckerei, m_consulting);
    m_server->advance(600);
    response = send("DELETE", QStringLiteral("/v2/clock/%1").arg(id),
                    { { QStringLiteral("time_until"), iso(m_server->now().addSecs(-300)) } });
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("stopped")).toObject().value(QLatin1String("duration")).toInteger(),
             300);

    // An end before the start is refused.
    id = startClock(m_baeckerei, m_consulting);
    response = send("DELETE", QStringLiteral("/v2/clock/%1").arg(id),
                    { { QStringLiteral("time_until"), iso(m_server->now().addSecs(-60)) } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("EndBeforeStart"));
    QCOMPARE(m_server->runningEntryId(), id);
}

void tst_FakeServer::clockCorrection()
{
    // A finished entry 08:00–08:55, then a clock started at 09:00.
    const QDateTime day = m_start.addDays(1);
    m_server->setNow(day);
    const qint64 previous = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day.addSecs(-3600), day.addSecs(-300),
                                                   QStringLiteral("before"), 1);
    const qint64 id = startClock(m_baeckerei, m_consulting);
    m_server->advance(120);
    const QString lastChange = m_server->entry(id).value(QLatin1String("time_last_change")).toString();

    // "Extend by 10 minutes": duration_before = elapsed, duration = elapsed + 600 → start 10 min earlier,
    // which overlaps the previous entry by 5 min.
    Response response = send("PUT", QStringLiteral("/v2/clock/%1").arg(id),
                             { { QStringLiteral("duration_before"), 120 }, { QStringLiteral("duration"), 720 } });
    QCOMPARE(response.status, 200);
    const QJsonObject updated = response.json.value(QLatin1String("updated")).toObject();
    QCOMPARE(updated.value(QLatin1String("time_since")).toString(), iso(day.addSecs(-600)));
    QVERIFY(updated.value(QLatin1String("time_until")).isNull());
    QVERIFY(updated.value(QLatin1String("time_last_change")).toString() != lastChange);
    QCOMPARE(idOf(response.json.value(QLatin1String("running"))), id);
    QCOMPARE(response.json.value(QLatin1String("current_time")).toString(), iso(m_server->now()));
    const QJsonObject overlap = response.json.value(QLatin1String("overlapping_correction")).toObject();
    QCOMPARE(overlap.value(QLatin1String("overlapping")), QJsonValue(true));
    QCOMPARE(overlap.value(QLatin1String("overlapping_free_time_since")).toString(), iso(day.addSecs(-300)));
    QCOMPARE(overlap.value(QLatin1String("truncate_previous_entry")).toInteger(), previous);

    // A new start via time_since that does not overlap: overlapping_correction is null.
    response = send("PUT", QStringLiteral("/v2/clock/%1").arg(id),
                    { { QStringLiteral("time_since"), iso(day.addSecs(-240)) },
                      { QStringLiteral("time_since_before"), iso(day.addSecs(-600)) } });
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.contains(QLatin1String("overlapping_correction")));
    QVERIFY(response.json.value(QLatin1String("overlapping_correction")).isNull());
    QCOMPARE(m_server->entry(id).value(QLatin1String("time_since")).toString(), iso(day.addSecs(-240)));

    // A start after now is refused.
    response = send("PUT", QStringLiteral("/v2/clock/%1").arg(id),
                    { { QStringLiteral("time_since"), iso(m_server->now().addSecs(60)) } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("EndBeforeStart"));
}

void tst_FakeServer::clockCorrectionConflict()
{
    const qint64 id = startClock(m_baeckerei, m_consulting);
    m_server->advance(300);
    // Somebody moved the start elsewhere in the meantime: the client's time_since_before is stale.
    Response response = send("PUT", QStringLiteral("/v2/clock/%1").arg(id),
                             { { QStringLiteral("time_since"), iso(m_start.addSecs(-900)) },
                               { QStringLiteral("time_since_before"), iso(m_start.addSecs(-60)) } });
    QCOMPARE(response.status, 409);
    QCOMPARE(response.error, QNetworkReply::ContentConflictError);
    const QJsonObject error = response.firstError();
    QCOMPARE(error.value(QLatin1String("path")).toString(), QStringLiteral("time_since_before"));
    QCOMPARE(error.value(QLatin1String("details")).toObject().value(QLatin1String("expected_values")).toArray(),
             QJsonArray { iso(m_start) });
    QCOMPARE(m_server->entry(id).value(QLatin1String("time_since")).toString(), iso(m_start));

    // duration_before far from the real elapsed time is a conflict as well.
    response = send("PUT", QStringLiteral("/v2/clock/%1").arg(id),
                    { { QStringLiteral("duration_before"), 3000 }, { QStringLiteral("duration"), 3600 } });
    QCOMPARE(response.status, 409);
    QCOMPARE(response.firstError().value(QLatin1String("path")).toString(), QStringLiteral("duration_before"));

    QCOMPARE(send("PUT", QStringLiteral("/v2/clock/424242"), { { QStringLiteral("duration"), 5 } }).status, 404);
}

void tst_FakeServer::billedEntryRules()
{
    // A running clock cannot become billed (nothing final to invoice; the contract is silent: the fake is strict).
    const qint64 running = startClock(m_baeckerei, m_consulting);
    const QString path = QStringLiteral("/v2/entries/%1");
    Response response = send("PUT", path.arg(running), { { QStringLiteral("billable"), 2 } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("billable") });
    QVERIFY(m_server->entry(running).value(QLatin1String("billable")).toInt() != 2);
    // 12 ("billable or billed") is a filter value, no state of an entry.
    const qint64 finished = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, m_server->now().addSecs(-7200),
                                                   m_server->now().addSecs(-3600), QStringLiteral("fertig"), 1);
    response = send("PUT", path.arg(finished), { { QStringLiteral("billable"), 12 } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("billable") });
    // A finished entry can be marked billed, and a billed one can still be edited (the contract names no limit).
    response = send("PUT", path.arg(finished), { { QStringLiteral("billable"), 2 } });
    QCOMPARE(response.status, 200);
    QCOMPARE(m_server->entry(finished).value(QLatin1String("billable")).toInt(), 2);
    response = send("PUT", path.arg(finished), { { QStringLiteral("text"), QStringLiteral("korrigiert") } });
    QCOMPARE(response.status, 200);
    QCOMPARE(m_server->entry(finished).value(QLatin1String("billable")).toInt(), 2);
}

void tst_FakeServer::editRunningEntry()
{
    const qint64 id = startClock(m_baeckerei, m_consulting);
    m_server->advance(60);
    const qint64 relaunch = m_server->projectId(QStringLiteral("Website-Relaunch"));
    const Response response = send("PUT", QStringLiteral("/v2/entries/%1").arg(id),
                                   { { QStringLiteral("projects_id"), relaunch },
                                     { QStringLiteral("services_id"), m_development },
                                     { QStringLiteral("text"), QStringLiteral("Neuer Text") },
                                     { QStringLiteral("billable"), 0 } });
    QCOMPARE(response.status, 200);
    const QJsonObject entry = response.json.value(QLatin1String("entry")).toObject();
    QCOMPARE(entry.value(QLatin1String("projects_id")).toInteger(), relaunch);
    QCOMPARE(entry.value(QLatin1String("services_id")).toInteger(), m_development);
    QCOMPARE(entry.value(QLatin1String("text")).toString(), QStringLiteral("Neuer Text"));
    QCOMPARE(entry.value(QLatin1String("billable")).toInt(), 0);
    QVERIFY(entry.value(QLatin1String("time_until")).isNull());
    QCOMPARE(entry.value(QLatin1String("time_last_change")).toString(), iso(m_server->now()));
    QCOMPARE(idOf(response.json.value(QLatin1String("running"))), id);
    QCOMPARE(m_server->runningEntryId(), id);

    // The contract types the ids of a PUT body as integers (minimum 0): null is refused, naming the field.
    QJsonObject whole = entry;
    whole.insert(QStringLiteral("text"), QStringLiteral("Zurückgeschickt"));
    whole.insert(QStringLiteral("subprojects_id"), QJsonValue::Null);
    const Response refused = send("PUT", QStringLiteral("/v2/entries/%1").arg(id), whole);
    QCOMPARE(refused.status, 400);
    QVERIFY(QJsonDocument(refused.json).toJson().contains("subprojects_id"));
    // So are the other nulls of the entry object (time_until, duration, amounts: none is nullable in a PUT body).
    whole.insert(QStringLiteral("subprojects_id"), 0);
    const Response nulls = send("PUT", QStringLiteral("/v2/entries/%1").arg(id), whole);
    QCOMPARE(nulls.status, 400);
    const QJsonArray nullFields
        = nulls.json.value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toArray();
    QVERIFY(nullFields.contains(QStringLiteral("time_until")));
    QVERIFY(nullFields.contains(QStringLiteral("duration")));
    // Sending back the entry object with "none" as 0 and without its nulls keeps it running.
    for (const QString& key : whole.keys()) {
        if (whole.value(key).isNull())
            whole.remove(key);
    }
    const Response again = send("PUT", QStringLiteral("/v2/entries/%1").arg(id), whole);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(QLatin1String("entry")).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("Zurückgeschickt"));
    QCOMPARE(m_server->runningEntryId(), id);

    // time_until on the running entry stops it (and it becomes the clock's "stopped" entry).
    m_server->advance(60);
    const Response stopped = send("PUT", QStringLiteral("/v2/entries/%1").arg(id),
                                  { { QStringLiteral("time_until"), iso(m_server->now()) } });
    QCOMPARE(stopped.status, 200);
    QVERIFY(stopped.json.value(QLatin1String("running")).isNull());
    QCOMPARE(m_server->runningEntryId(), 0);
    QCOMPARE(idOf(get(QStringLiteral("/v2/clock")).json.value(QLatin1String("stopped"))), id);
}

// ---- entries -------------------------------------------------------------------------------------------

void tst_FakeServer::entriesWindow()
{
    // Outside the seeded weeks: 2025-01-06 (Monday).
    const QDateTime day(QDate(2025, 1, 6), QTime(0, 0), Qt::UTC);
    const qint64 a = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day.addSecs(9 * 3600), day.addSecs(10 * 3600),
                                            QStringLiteral("A"), 1);
    const qint64 b = m_server->addTimeEntry(m_hotel, 0, m_consulting, day.addSecs(10 * 3600), day.addSecs(11 * 3600),
                                            QStringLiteral("B"), 0);
    const qint64 c = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day.addSecs(-1800), day.addSecs(1800),
                                            QStringLiteral("C"), 2);
    const qint64 sameStart = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day.addSecs(9 * 3600),
                                                    day.addSecs(9 * 3600 + 60), QStringLiteral("A2"), 1);

    const auto ids = [](const Response& response) {
        QList<qint64> result;
        const QJsonArray entries = response.json.value(QLatin1String("entries")).toArray();
        for (const QJsonValue& value : entries)
            result.append(idOf(value));
        return result;
    };
    // [10:00, 11:00): A ends exactly at 10:00 and is not included.
    QCOMPARE(ids(entriesWindow(iso(day.addSecs(10 * 3600)), iso(day.addSecs(11 * 3600)))), QList<qint64> { b });
    // The whole day: C (started the evening before) is included; sorted by time_since, then id.
    QCOMPARE(ids(entriesWindow(iso(day), iso(day.addDays(1)))), (QList<qint64> { c, a, sameStart, b }));
    QCOMPARE(ids(entriesWindow(iso(day.addDays(-1)), iso(day.addSecs(-1800)))), QList<qint64> {});

    // A running entry counts as open-ended.
    const qint64 running
        = startClock(m_baeckerei, m_consulting, { { QStringLiteral("time_since"), iso(m_start.addSecs(-3600)) } });
    m_server->advance(7200);
    const Response response = entriesWindow(iso(m_start.addSecs(1800)), iso(m_start.addSecs(3600)));
    QCOMPARE(response.status, 200);
    QVERIFY(ids(response).contains(running));
    for (const QJsonValue& value : response.json.value(QLatin1String("entries")).toArray()) {
        if (idOf(value) == running)
            QVERIFY(value.toObject().value(QLatin1String("duration")).isNull());
    }
}

void tst_FakeServer::entriesFilters()
{
    const QDateTime day(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC);
    const qint64 relaunch = m_server->projectId(QStringLiteral("Website-Relaunch"));
    const qint64 a = m_server->addTimeEntry(m_baeckerei, relaunch, m_consulting, day, day.addSecs(3600),
                                            QStringLiteral("Planning workshop"), 1);
    const qint64 b = m_server->addTimeEntry(m_hotel, 0, m_development, day.addSecs(3600), day.addSecs(7200),
                                            QStringLiteral("Support triage"), 0);
    const qint64 c = m_server->addTimeEntry(m_baeckerei, 0, m_development, day.addSecs(7200), day.addSecs(9000),
                                            QStringLiteral("Planning workshop"), 2);
    const qint64 lumpSum = m_server->addEntry(
        { { QStringLiteral("customers_id"), m_hotel },
          { QStringLiteral("lumpsum_services_id"), m_server->lumpSumServiceId(QStringLiteral("Travel costs")) },
          { QStringLiteral("lumpsum_services_amount"), 12 },
          { QStringLiteral("billable"), 1 },
          { QStringLiteral("time_since"), iso(day.addSecs(600)) } });
    QVERIFY(lumpSum);
    const QString since = iso(day.addSecs(-3600));
    const QString until = iso(day.addDays(1));
    const auto ids = [&](const QList<QPair<QString, QString>>& filter) {
        const Response response = entriesWindow(since, until, filter);
        QList<qint64> result;
        const QJsonArray entries = response.json.value(QLatin1String("entries")).toArray();
        for (const QJsonValue& value : entries)
            result.append(idOf(value));
        return result;
    };
    const QString user = QString::number(m_server->currentUserId());
    QCOMPARE(ids({}), (QList<qint64> { a, lumpSum, b, c }));
    QCOMPARE(ids({ { QStringLiteral("filter[users_id]"), user } }), (QList<qint64> { a, lumpSum, b, c }));
    QCOMPARE(ids({ { QStringLiteral("filter[users_id]"), QStringLiteral("4711") } }), QList<qint64> {});
    QCOMPARE(ids({ { QStringLiteral("filter[customers_id]"), QString::number(m_baeckerei) } }),
             (QList<qint64> { a, c }));
    QCOMPARE(ids({ { QStringLiteral("filter[projects_id]"), QString::number(relaunch) } }), QList<qint64> { a });
    QCOMPARE(ids({ { QStringLiteral("filter[services_id]"), QString::number(m_development) } }),
             (QList<qint64> { b, c }));
    QCOMPARE(ids({ { QStringLiteral("filter[lumpsum_services_id]"),
                     QString::number(m_server->lumpSumServiceId(QStringLiteral("Travel costs"))) } }),
             QList<qint64> { lumpSum });
    QCOMPARE(ids({ { QStringLiteral("filter[billable]"), QStringLiteral("0") } }), QList<qint64> { b });
    QCOMPARE(ids({ { QStringLiteral("filter[billable]"), QStringLiteral("1") } }), (QList<qint64> { a, lumpSum }));
    QCOMPARE(ids({ { QStringLiteral("filter[billable]"), QStringLiteral("2") } }), QList<qint64> { c });
    QCOMPARE(ids({ { QStringLiteral("filter[billable]"), QStringLiteral("12") } }), (QList<qint64> { a, lumpSum, c }));
    QCOMPARE(ids({ { QStringLiteral("filter[text]"), QStringLiteral("Planning workshop") } }),
             (QList<qint64> { a, c }));
    const qint64 textsId = m_server->entry(a).value(QLatin1String("texts_id")).toInteger();
    QCOMPARE(m_server->entry(c).value(QLatin1String("texts_id")).toInteger(), textsId);
    QCOMPARE(ids({ { QStringLiteral("filter[texts_id]"), QString::number(textsId) } }), (QList<qint64> { a, c }));
    // Array notation and comma lists.
    QCOMPARE(ids({ { QStringLiteral("filter[customers_id][]"), QString::number(m_baeckerei) },
                   { QStringLiteral("filter[customers_id][]"), QString::number(m_hotel) } }),
             (QList<qint64> { a, lumpSum, b, c }));
    QCOMPARE(ids({ { QStringLiteral("filter[services_id]"),
                     QString::number(m_consulting) + QLatin1Char(',') + QString::number(m_development) } }),
             (QList<qint64> { a, b, c }));

    const Response bad = entriesWindow(since, until, { { QStringLiteral("filter[billable]"), QStringLiteral("3") } });
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.simpleFields(), QStringList { QStringLiteral("filter[billable]") });
}

void tst_FakeServer::entriesEnhancedList()
{
    const QDateTime day(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC);
    const qint64 relaunch = m_server->projectId(QStringLiteral("Website-Relaunch"));
    const qint64 id = m_server->addTimeEntry(m_baeckerei, relaunch, m_consulting, day, day.addSecs(5400),
                                             QStringLiteral("Planning"), 1);
    Response response = entriesWindow(iso(day), iso(day.addDays(1)));
    QJsonObject entry = response.json.value(QLatin1String("entries")).toArray().first().toObject();
    QCOMPARE(entry.value(QLatin1String("id")).toInteger(), id);
    QVERIFY(!entry.contains(QLatin1String("customers_name")));
    QCOMPARE(entry.value(QLatin1String("text")).toString(), QStringLiteral("Planning"));

    for (const QString& flag : { QStringLiteral("true"), QStringLiteral("1") }) {
        response = entriesWindow(iso(day), iso(day.addDays(1)), { { QStringLiteral("enhanced_list"), flag } });
        entry = response.json.value(QLatin1String("entries")).toArray().first().toObject();
        QCOMPARE(entry.value(QLatin1String("customers_name")).toString(), QStringLiteral("Bäckerei Sonnenschein"));
        QCOMPARE(entry.value(QLatin1String("projects_name")).toString(), QStringLiteral("Website-Relaunch"));
        QCOMPARE(entry.value(QLatin1String("services_name")).toString(), QStringLiteral("Beratung"));
        QCOMPARE(entry.value(QLatin1String("users_name")).toString(), QStringLiteral("Erika Mustermann"));
        QVERIFY(entry.contains(QLatin1String("subprojects_name")));
        QCOMPARE(entry.value(QLatin1String("hourly_rate")).toDouble(), 85.0);
        QCOMPARE(entry.value(QLatin1String("revenue")).toDouble(), 127.5);
    }
    response
        = entriesWindow(iso(day), iso(day.addDays(1)), { { QStringLiteral("enhanced_list"), QStringLiteral("0") } });
    QVERIFY(!response.json.value(QLatin1String("entries"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QLatin1String("customers_name")));
}

void tst_FakeServer::entriesPaging()
{
    const QDateTime from(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC);
    m_server->addSyntheticEntries(25, from, from.addDays(30), 5);
    const QString since = iso(from);
    const QString until = iso(from.addDays(31));
    Response response = entriesWindow(since, until, { { QStringLiteral("items_per_page"), QStringLiteral("10") } });
    QCOMPARE(response.status, 200);
    QJsonObject paging = response.json.value(QLatin1String("paging")).toObject();
    QCOMPARE(paging.value(QLatin1String("items_per_page")).toInteger(), 10);
    QCOMPARE(paging.value(QLatin1String("current_page")).toInteger(), 1);
    QCOMPARE(paging.value(QLatin1String("count_pages")).toInteger(), 3);
    QCOMPARE(paging.value(QLatin1String("count_items")).toInteger(), 25);
    QCOMPARE(response.json.value(QLatin1String("entries")).toArray().size(), 10);

    response = entriesWindow(since, until,
                             { { QStringLiteral("items_per_page"), QStringLiteral("10") },
                               { QStringLiteral("page"), QStringLiteral("3") } });
    QCOMPARE(response.json.value(QLatin1String("entries")).toArray().size(), 5);
    QCOMPARE(response.json.value(QLatin1String("paging")).toObject().value(QLatin1String("current_page")).toInteger(),
             3);
    response = entriesWindow(since, until,
                             { { QStringLiteral("items_per_page"), QStringLiteral("10") },
                               { QStringLiteral("page"), QStringLiteral("4") } });
    QCOMPARE(response.status, 200);
    QVERIFY(response.json.value(QLatin1String("entries")).toArray().isEmpty());

    // Empty result: count_pages 1.
    response = entriesWindow(iso(from.addYears(-5)), iso(from.addYears(-4)));
    paging = response.json.value(QLatin1String("paging")).toObject();
    QCOMPARE(paging.value(QLatin1String("count_pages")).toInteger(), 1);
    QCOMPARE(paging.value(QLatin1String("count_items")).toInteger(), 0);
    QCOMPARE(paging.value(QLatin1String("items_per_page")).toInteger(), 1000);

    // Over the maximum of 1000 per page, or page 0: 400 (simple format).
    response = entriesWindow(since, until, { { QStringLiteral("items_per_page"), QStringLiteral("1001") } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("items_per_page") });
    QVERIFY(response.simpleError().value(QLatin1String("message")).toString().contains(QLatin1String("1000")));
    QCOMPARE(entriesWindow(since, until, { { QStringLiteral("page"), QStringLiteral("0") } }).status, 400);
    QCOMPARE(entriesWindow(since, until, { { QStringLiteral("items_per_page"), QStringLiteral("1000") } }).status, 200);
}

void tst_FakeServer::entriesErrors()
{
    Response response = get(QStringLiteral("/v2/entries"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.error, QNetworkReply::ProtocolInvalidOperationError);
    QVERIFY(!response.json.contains(QLatin1String("errors")));
    QCOMPARE(response.simpleError().value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(response.simpleFields(), (QStringList { QStringLiteral("time_since"), QStringLiteral("time_until") }));

    response = entriesWindow(QStringLiteral("2025-01-01 00:00:00"), QStringLiteral("2025-01-02T00:00:00Z"));
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("time_since") });
    response = entriesWindow(QStringLiteral("2025-01-02T00:00:00Z"), QStringLiteral("2025-01-01T00:00:00Z"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("time_until") });
    // Offsets other than Z are accepted and converted.
    QCOMPARE(entriesWindow(QStringLiteral("2025-01-01T01:00:00+01:00"), QStringLiteral("2025-01-02T00:00:00Z")).status,
             200);

    // Unknown entry ids: 404, general format.
    response = get(QStringLiteral("/v2/entries/42"));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("ResourceNotFound"));
    QCOMPARE(send("PUT", QStringLiteral("/v2/entries/42"), { { QStringLiteral("text"), QStringLiteral("x") } }).status,
             404);
    QCOMPARE(send("DELETE", QStringLiteral("/v2/entries/42")).status, 404);

    // A body that claims to be JSON but is not.
    Call broken;
    broken.method = "POST";
    broken.path = QStringLiteral("/v2/entries");
    broken.body = "{\"customers_id\": ";
    response = call(broken);
    QCOMPARE(response.status, 400);
    QVERIFY(response.json.contains(QLatin1String("error")));
    broken.path = QStringLiteral("/v2/clock");
    response = call(broken);
    QCOMPARE(response.status, 400);
    QVERIFY(response.json.contains(QLatin1String("errors")));
}

void tst_FakeServer::entriesAllTypes()
{
    const QDateTime since(QDate(2025, 2, 3), QTime(8, 0), Qt::UTC);
    const qint64 travel = m_server->lumpSumServiceId(QStringLiteral("Travel costs"));

    // Type 1: time entry (manual).
    Response response = send("POST", QStringLiteral("/v2/entries"),
                             { { QStringLiteral("customers_id"), m_baeckerei },
                               { QStringLiteral("services_id"), m_consulting },
                               { QStringLiteral("billable"), 1 },
                               { QStringLiteral("time_since"), iso(since) },
                               { QStringLiteral("time_until"), iso(since.addSecs(5400)) },
                               { QStringLiteral("text"), QStringLiteral("Manual entry") } });
    QCOMPARE(response.status, 200);
    QJsonObject entry = response.json.value(QLatin1String("entry")).toObject();
    const qint64 timeId = entry.value(QLatin1String("id")).toInteger();
    QCOMPARE(entry.value(QLatin1String("type")).toInt(), 1);
    QCOMPARE(entry.value(QLatin1String("duration")).toInteger(), 5400);
    QCOMPARE(entry.value(QLatin1String("clocked")), QJsonValue(false));
    QVERIFY(entry.value(QLatin1String("time_clocked_since")).isNull());
    QCOMPARE(entry.value(QLatin1String("time_insert")).toString(), iso(m_start));

    // Type 1 uploaded after offline clocking.
    response = send("POST", QStringLiteral("/v2/entries"),
                    { { QStringLiteral("customers_id"), m_baeckerei },
                      { QStringLiteral("services_id"), m_consulting },
                      { QStringLiteral("billable"), 0 },
                      { QStringLiteral("time_since"), iso(since.addSecs(7200)) },
                      { QStringLiteral("time_until"), iso(since.addSecs(9000)) },
                      { QStringLiteral("clocked_offline"), true } });
    QCOMPARE(response.status, 200);
    entry = response.json.value(QLatin1String("entry")).toObject();
    QCOMPARE(entry.value(QLatin1String("clocked")), QJsonValue(true));
    QCOMPARE(entry.value(QLatin1String("clocked_offline")), QJsonValue(true));
    QCOMPARE(entry.value(QLatin1String("time_clocked_since")).toString(), iso(since.addSecs(7200)));

    // Type 2: lump-sum value. The contract's BillableWithoutBilled refuses billable 2 on create.
    QJsonObject lumpSumValue { { QStringLiteral("customers_id"), m_baeckerei },
                               { QStringLiteral("services_id"), m_consulting },
                               { QStringLiteral("billable"), 2 },
                               { QStringLiteral("time_since"), iso(since) },
                               { QStringLiteral("lumpsum"), 123.5 } };
    response = send("POST", QStringLiteral("/v2/entries"), lumpSumValue);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json.value(QLatin1String("error")).toObject().value(QLatin1String("fields")).toArray(),
             QJsonArray { QStringLiteral("billable") });
    lumpSumValue.insert(QStringLiteral("billable"), 1);
    response = send("POST", QStringLiteral("/v2/entries"), lumpSumValue);
    QCOMPARE(response.status, 200);
    entry = response.json.value(QLatin1String("entry")).toObject();
    const qint64 valueId = entry.value(QLatin1String("id")).toInteger();
    QCOMPARE(entry.value(QLatin1String("type")).toInt(), 2);
    QCOMPARE(entry.value(QLatin1String("lumpsum")).toDouble(), 123.5);
    QCOMPARE(entry.value(QLatin1String("billable")).toInt(), 1);
    QVERIFY(!entry.contains(QLatin1String("duration")));

    // Type 3: lump-sum service, form-encoded.
    Call form;
    form.method = "POST";
    form.path = QStringLiteral("/v2/entries");
    form.contentType = "application/x-www-form-urlencoded";
    form.body = "customers_id=" + QByteArray::number(m_baeckerei) + "&lumpsum_services_id=" + QByteArray::number(travel)
        + "&lumpsum_services_amount=42&billable=1&time_since=" + QUrl::toPercentEncoding(iso(since))
        + "&text=Anfahrt+M%C3%BCnchen";
    response = call(form);
    QCOMPARE(response.status, 200);
    entry = response.json.value(QLatin1String("entry")).toObject();
    const qint64 serviceId = entry.value(QLatin1String("id")).toInteger();
    QCOMPARE(entry.value(QLatin1String("type")).toInt(), 3);
    QCOMPARE(entry.value(QLatin1String("lumpsum_services_id")).toInteger(), travel);
    QCOMPARE(entry.value(QLatin1String("lumpsum_services_amount")).toDouble(), 42.0);
    QCOMPARE(entry.value(QLatin1String("text")).toString(), QStringLiteral("Anfahrt München"));

    // Read, edit, delete each.
    for (const qint64 id : { timeId, valueId, serviceId }) {
        response = get(QStringLiteral("/v2/entries/%1").arg(id));
        QCOMPARE(response.status, 200);
        QCOMPARE(idOf(response.json.value(QLatin1String("entry"))), id);
        m_server->advance(60);
        response = send("PUT", QStringLiteral("/v2/entries/%1").arg(id),
                        { { QStringLiteral("text"), QStringLiteral("edited %1").arg(id) },
                          { QStringLiteral("customers_id"), m_hotel },
                          { QStringLiteral("billable"), 0 } });
        QCOMPARE(response.status, 200);
        entry = response.json.value(QLatin1String("entry")).toObject();
        QCOMPARE(entry.value(QLatin1String("text")).toString(), QStringLiteral("edited %1").arg(id));
        QCOMPARE(entry.value(QLatin1String("customers_id")).toInteger(), m_hotel);
        QCOMPARE(entry.value(QLatin1String("time_last_change")).toString(), iso(m_server->now()));
        QVERIFY(response.json.contains(QLatin1String("running")));
        response = send("DELETE", QStringLiteral("/v2/entries/%1").arg(id));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value(QLatin1String("success")), QJsonValue(true));
        QCOMPARE(get(QStringLiteral("/v2/entries/%1").arg(id)).status, 404);
        QVERIFY(m_server->entry(id).isEmpty());
    }

    // Editing times of a finished entry; duration alone moves the end.
    const qint64 id = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, since, since.addSecs(3600), {}, 1);
    response = send("PUT", QStringLiteral("/v2/entries/%1").arg(id), { { QStringLiteral("duration"), 1800 } });
    QCOMPARE(response.json.value(QLatin1String("entry")).toObject().value(QLatin1String("time_until")).toString(),
             iso(since.addSecs(1800)));
    response = send("PUT", QStringLiteral("/v2/entries/%1").arg(id),
                    { { QStringLiteral("time_until"), iso(since.addSecs(-60)) } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleFields(), QStringList { QStringLiteral("time_until") });
    // Deleting the running entry ends the clock.
    const qint64 running = startClock(m_baeckerei, m_consulting);
    QCOMPARE(send("DELETE", QStringLiteral("/v2/entries/%1").arg(running)).status, 200);
    QCOMPARE(m_server->runningEntryId(), 0);
}

void tst_FakeServer::entriesValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("fields");
    const QString since = QStringLiteral("2025-02-03T08:00:00Z");
    const QString until = QStringLiteral("2025-02-03T09:00:00Z");
    QTest::newRow("time: nothing") << QJsonObject {}
                                   << QStringList { QStringLiteral("customers_id"), QStringLiteral("billable"),
                                                    QStringLiteral("time_since"), QStringLiteral("services_id"),
                                                    QStringLiteral("time_until") };
    QTest::newRow("time: no service, no end")
        << QJsonObject { { QStringLiteral("customers_id"), 101 },
                         { QStringLiteral("billable"), 1 },
                         { QStringLiteral("time_since"), since } }
        << QStringList { QStringLiteral("services_id"), QStringLiteral("time_until") };
    QTest::newRow("value: no service") << QJsonObject { { QStringLiteral("customers_id"), 101 },
                                                        { QStringLiteral("billable"), 1 },
                                                        { QStringLiteral("time_since"), since },
                                                        { QStringLiteral("lumpsum"), 10 } }
                                       << QStringList { QStringLiteral("services_id") };
    QTest::newRow("service: no amount") << QJsonObject { { QStringLiteral("customers_id"), 101 },
                                                         { QStringLiteral("billable"), 1 },
                                                         { QStringLiteral("time_since"), since },
                                                         { QStringLiteral("lumpsum_services_id"), 401 } }
                                        << QStringList { QStringLiteral("lumpsum_services_amount") };
    QTest::newRow("bad billable") << QJsonObject { { QStringLiteral("customers_id"), 101 },
                                                   { QStringLiteral("services_id"), 301 },
                                                   { QStringLiteral("billable"), 5 },
                                                   { QStringLiteral("time_since"), since },
                                                   { QStringLiteral("time_until"), until } }
                                  << QStringList { QStringLiteral("billable") };
    // The JSON body is checked against the contract's types: billable 0/1 only on create, ids are JSON
    // integers, booleans JSON booleans, no field is nullable, date-times are RFC 3339 (offset with colon).
    QTest::newRow("billed on create") << QJsonObject { { QStringLiteral("customers_id"), 101 },
                                                       { QStringLiteral("services_id"), 301 },
                                                       { QStringLiteral("billable"), 2 },
                                                       { QStringLiteral("time_since"), since },
                                                       { QStringLiteral("time_until"), until } }
                                      << QStringList { QStringLiteral("billable") };
    QTest::newRow("id as string") << QJsonObject { { QStringLiteral("customers_id"), QStringLiteral("101") },
                                                   { QStringLiteral("services_id"), 301 },
                                                   { QStringLiteral("billable"), 1 },
                                                   { QStringLiteral("time_since"), since },
                                                   { QStringLiteral("time_until"), until } }
                                  << QStringList { QStringLiteral("customers_id") };
    QTest::newRow("boolean as number") << QJsonObject {
        { QStringLiteral("customers_id"), 101 }, { QStringLiteral("services_id"), 301 },
        { QStringLiteral("billable"), 1 },       { QStringLiteral("time_since"), since },
        { QStringLiteral("time_until"), until }, { QStringLiteral("clocked_offline"), 1 }
    } << QStringList { QStringLiteral("clocked_offline") };
    QTest::newRow("null fields") << QJsonObject {
        { QStringLiteral("customers_id"), 101 },     { QStringLiteral("services_id"), 301 },
        { QStringLiteral("billable"), 1 },           { QStringLiteral("time_since"), since },
        { QStringLiteral("time_until"), until },     { QStringLiteral("projects_id"), QJsonValue::Null },
        { QStringLiteral("text"), QJsonValue::Null }
    } << QStringList { QStringLiteral("projects_id"), QStringLiteral("text") };
    QTest::newRow("offset without colon")
        << QJsonObject { { QStringLiteral("customers_id"), 101 },
                         { QStringLiteral("services_id"), 301 },
                         { QStringLiteral("billable"), 1 },
                         { QStringLiteral("time_since"), QStringLiteral("2025-02-03T09:00:00+0100") },
                         { QStringLiteral("time_until"), until } }
        << QStringList { QStringLiteral("time_since") };
    QTest::newRow("end before start") << QJsonObject { { QStringLiteral("customers_id"), 101 },
                                                       { QStringLiteral("services_id"), 301 },
                                                       { QStringLiteral("billable"), 1 },
                                                       { QStringLiteral("time_since"), until },
                                                       { QStringLiteral("time_until"), since } }
                                      << QStringList { QStringLiteral("time_until") };
    QTest::newRow("unknown customer") << QJsonObject { { QStringLiteral("customers_id"), 999 },
                                                       { QStringLiteral("services_id"), 301 },
                                                       { QStringLiteral("billable"), 1 },
                                                       { QStringLiteral("time_since"), since },
                                                       { QStringLiteral("time_until"), until } }
                                      << QStringList { QStringLiteral("customers_id") };
    QTest::newRow("longer than a day") << QJsonObject { { QStringLiteral("customers_id"), 101 },
                                                        { QStringLiteral("services_id"), 301 },
                                                        { QStringLiteral("billable"), 1 },
                                                        { QStringLiteral("time_since"), since },
                                                        { QStringLiteral("time_until"),
                                                          QStringLiteral("2025-02-04T08:00:00Z") } }
                                       << QStringList { QStringLiteral("time_until") };
}

void tst_FakeServer::entriesValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, fields);
    const int before = m_server->allEntries().size();
    Call request;
    request.method = "POST";
    request.path = QStringLiteral("/v2/entries");
    request.body = json(body);
    request.language = "de";
    const Response response = call(request);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.simpleError().value(QLatin1String("code")).toInt(), 400);
    QCOMPARE(response.simpleFields(), fields);
    QVERIFY(!response.simpleError().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(m_server->allEntries().size(), before);
}

void tst_FakeServer::formBodiesAndPlus()
{
    // PHP semantics: '+' is a space, %2B a plus sign – in form bodies …
    Call form;
    form.method = "POST";
    form.path = QStringLiteral("/v2/clock");
    form.contentType = "application/x-www-form-urlencoded";
    form.body = "customers_id=" + QByteArray::number(m_baeckerei) + "&services_id=" + QByteArray::number(m_consulting)
        + "&text=Hello+World%2B1&billable=0";
    Response response = call(form);
    QCOMPARE(response.status, 200);
    const QJsonObject running = response.json.value(QLatin1String("running")).toObject();
    QCOMPARE(running.value(QLatin1String("text")).toString(), QStringLiteral("Hello World+1"));
    QCOMPARE(running.value(QLatin1String("billable")).toInt(), 0);

    // … and in query strings (a client that sends a literal '+' gets a space).
    const QDateTime day(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC);
    const qint64 id
        = m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day, day.addSecs(600), QStringLiteral("a b"), 1);
    m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day, day.addSecs(600), QStringLiteral("a+b"), 1);
    Call query;
    query.path = QStringLiteral("/v2/entries");
    query.query = "time_since=2025-01-06T00:00:00Z&time_until=2025-01-07T00:00:00Z&filter[text]=a+b";
    response = call(query);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("entries")).toArray().size(), 1);
    QCOMPARE(idOf(response.json.value(QLatin1String("entries")).toArray().first()), id);
    QCOMPARE(m_server->requestLog().last().queryValue(QStringLiteral("filter[text]")), QStringLiteral("a b"));
    query.query = "time_since=2025-01-06T00:00:00Z&time_until=2025-01-07T00:00:00Z&filter[text]=a%2Bb";
    response = call(query);
    QCOMPARE(response.json.value(QLatin1String("entries")).toArray().first().toObject().value(QLatin1String("text")),
             QJsonValue(QStringLiteral("a+b")));
}

// ---- master data ---------------------------------------------------------------------------------------

void tst_FakeServer::masterData()
{
    Response response = get(QStringLiteral("/v3/customers"));
    QCOMPARE(response.status, 200);
    QJsonArray data = response.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 6);
    QCOMPARE(response.json.value(QLatin1String("paging")).toObject().value(QLatin1String("count_items")).toInt(), 6);
    for (const QJsonValue& value : data) {
        const QJsonObject customer = value.toObject();
        for (const char* key : { "id", "name", "number", "color", "active", "billable_default", "test_data" })
            QVERIFY2(customer.contains(QLatin1String(key)), key);
        const int color = customer.value(QLatin1String("color")).toInt();
        QVERIFY(color >= 1 && color <= 9);
    }
    // Default order: by name.
    QCOMPARE(data.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Atelier Lumière"));
    response = get(QStringLiteral("/v3/customers"), { { QStringLiteral("sort[]"), QStringLiteral("-id") } });
    QCOMPARE(idOf(response.json.value(QLatin1String("data")).toArray().first()), m_mueller);

    response = get(QStringLiteral("/v3/customers"), { { QStringLiteral("filter[active]"), QStringLiteral("false") } });
    data = response.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(idOf(data.first()), m_mueller);
    QCOMPARE(get(QStringLiteral("/v3/customers"), { { QStringLiteral("filter[active]"), QStringLiteral("1") } })
                 .json.value(QLatin1String("data"))
                 .toArray()
                 .size(),
             5);
    response = get(QStringLiteral("/v3/customers"), { { QStringLiteral("filter[fulltext]"), QStringLiteral("berg") } });
    QCOMPARE(idOf(response.json.value(QLatin1String("data")).toArray().first()), m_hotel);
    response = get(QStringLiteral("/v3/customers"), { { QStringLiteral("filter[active]"), QStringLiteral("maybe") } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("path")).toString(), QStringLiteral("filter[active]"));

    response = get(QStringLiteral("/v3/customers/%1").arg(m_hotel));
    QCOMPARE(response.status, 200);
    const QJsonObject hotel = response.json.value(QLatin1String("data")).toObject();
    QCOMPARE(hotel.value(QLatin1String("name")).toString(), QStringLiteral("Hotel Bergblick"));
    QCOMPARE(hotel.value(QLatin1String("service_assignments")).toArray().size(), 3);
    QCOMPARE(hotel, m_server->customer(m_hotel));
    QCOMPARE(get(QStringLiteral("/v3/customers/1")).status, 404);

    // Projects.
    response
        = get(QStringLiteral("/v4/projects"), { { QStringLiteral("filter[customers_id]"), QString::number(m_hotel) } });
    data = response.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    for (const QJsonValue& value : data) {
        const QJsonObject project = value.toObject();
        for (const char* key : { "id", "customers_id", "name", "number", "active", "billable_default", "completed",
                                 "completed_at", "test_data", "count_subprojects", "service_assignments" })
            QVERIFY2(project.contains(QLatin1String(key)), key);
    }
    response = get(QStringLiteral("/v4/projects"), { { QStringLiteral("filter[completed]"), QStringLiteral("true") } });
    data = response.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Winterprospekt"));
    QVERIFY(!data.first().toObject().value(QLatin1String("completed_at")).isNull());
    QCOMPARE(get(QStringLiteral("/v4/projects"), { { QStringLiteral("filter[customers_id]"), QStringLiteral("-1") } })
                 .json.value(QLatin1String("data"))
                 .toArray()
                 .size(),
             0);
    response = get(QStringLiteral("/v4/projects"), { { QStringLiteral("filter[active]"), QStringLiteral("0") } });
    QCOMPARE(response.json.value(QLatin1String("data")).toArray().first().toObject().value(QLatin1String("name")),
             QJsonValue(QStringLiteral("Boutique en ligne")));
    const qint64 relaunch = m_server->projectId(QStringLiteral("Website-Relaunch"));
    response = get(QStringLiteral("/v4/projects/%1").arg(relaunch));
    QCOMPARE(response.json.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("budget"))
                 .toObject()
                 .value(QLatin1String("amount")),
             QJsonValue(5000.0));

    // Services and lump-sum services.
    response = get(QStringLiteral("/v4/services"), { { QStringLiteral("filter[active]"), QStringLiteral("false") } });
    QCOMPARE(idOf(response.json.value(QLatin1String("data")).toArray().first()), m_training);
    QCOMPARE(get(QStringLiteral("/v4/services/%1").arg(m_design))
                 .json.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Design"));
    response = get(QStringLiteral("/v4/lumpSumServices"));
    data = response.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    const qint64 travel = m_server->lumpSumServiceId(QStringLiteral("Travel costs"));
    response = get(QStringLiteral("/v4/lumpSumServices/%1").arg(travel));
    const QJsonObject travelCosts = response.json.value(QLatin1String("data")).toObject();
    QCOMPARE(travelCosts.value(QLatin1String("price")).toDouble(), 80.25);
    QCOMPARE(travelCosts.value(QLatin1String("unit")).toString(), QStringLiteral("km"));
    QVERIFY(travelCosts.contains(QLatin1String("number")) && travelCosts.contains(QLatin1String("active")));
    QCOMPARE(get(QStringLiteral("/v4/lumpSumServices/1")).status, 404);

    // Helpers add data the API serves at once.
    const qint64 added = m_server->addCustomer(QStringLiteral("Zeta AG"), true, false, 9);
    const qint64 project = m_server->addProject(added, QStringLiteral("Zeta intern"));
    QCOMPARE(m_server->project(project).value(QLatin1String("customers_id")).toInteger(), added);
    QCOMPARE(get(QStringLiteral("/v3/customers/%1").arg(added)).status, 200);
}

void tst_FakeServer::masterDataPaging()
{
    for (int i = 0; i < 12; ++i)
        m_server->addService(QStringLiteral("Extra %1").arg(i, 2, 10, QLatin1Char('0')));
    Response response = get(
        QStringLiteral("/v4/services"),
        { { QStringLiteral("items_per_page"), QStringLiteral("5") }, { QStringLiteral("page"), QStringLiteral("4") } });
    QCOMPARE(response.status, 200);
    const QJsonObject paging = response.json.value(QLatin1String("paging")).toObject();
    QCOMPARE(paging.value(QLatin1String("count_items")).toInt(), 18);
    QCOMPARE(paging.value(QLatin1String("count_pages")).toInt(), 4);
    QCOMPARE(paging.value(QLatin1String("current_page")).toInt(), 4);
    QCOMPARE(response.json.value(QLatin1String("data")).toArray().size(), 3);

    for (const QString& path : { QStringLiteral("/v3/customers"), QStringLiteral("/v4/projects"),
                                 QStringLiteral("/v4/services"), QStringLiteral("/v4/lumpSumServices") }) {
        response = get(path, { { QStringLiteral("items_per_page"), QStringLiteral("5001") } });
        QCOMPARE(response.status, 400);
        QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("NotBetween"));
        QCOMPARE(response.firstError().value(QLatin1String("path")).toString(), QStringLiteral("items_per_page"));
        QCOMPARE(get(path, { { QStringLiteral("items_per_page"), QStringLiteral("5000") } }).status, 200);
    }
    response = get(QStringLiteral("/v3/customers"), { { QStringLiteral("filter[fulltext]"), QStringLiteral("nix") } });
    QCOMPARE(response.json.value(QLatin1String("paging")).toObject().value(QLatin1String("count_pages")).toInt(), 1);
    QVERIFY(response.json.value(QLatin1String("data")).toArray().isEmpty());
}

void tst_FakeServer::entriesTexts()
{
    const QDateTime day(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC);
    m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day, day.addSecs(600), QStringLiteral("Planning workshop"), 1);
    Response response = get(QStringLiteral("/v3/entriesTexts"));
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("Empty"));
    QCOMPARE(response.firstError().value(QLatin1String("path")).toString(), QStringLiteral("mode"));
    response = get(QStringLiteral("/v3/entriesTexts"), { { QStringLiteral("mode"), QStringLiteral("nonsense") } });
    QCOMPARE(response.status, 400);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("UnexpectedValue"));

    response = get(QStringLiteral("/v3/entriesTexts"),
                   { { QStringLiteral("mode"), QStringLiteral("add") },
                     { QStringLiteral("term"), QStringLiteral("planning") },
                     { QStringLiteral("items"), QStringLiteral("5") } });
    QCOMPARE(response.status, 200);
    QVERIFY(!response.json.contains(QLatin1String("paging")));
    const QJsonArray data = response.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 1);
    const QJsonObject text = data.first().toObject();
    QCOMPARE(text.value(QLatin1String("value")).toString(), QStringLiteral("Planning workshop"));
    QCOMPARE(text.value(QLatin1String("label")).toString(), QStringLiteral("Planning workshop"));
    QVERIFY(text.value(QLatin1String("id")).toInteger() > 0);

    response
        = get(QStringLiteral("/v3/entriesTexts"),
              { { QStringLiteral("mode"), QStringLiteral("add") }, { QStringLiteral("items"), QStringLiteral("3") } });
    QCOMPARE(response.json.value(QLatin1String("data")).toArray().size(), 3);
}

void tst_FakeServer::workerRole()
{
    m_server->setUserRole(QStringLiteral("worker"));
    Response response = get(QStringLiteral("/v3/customers/%1").arg(m_hotel));
    QVERIFY(!response.json.value(QLatin1String("data")).toObject().contains(QLatin1String("note")));
    const QDateTime day(QDate(2025, 1, 6), QTime(8, 0), Qt::UTC);
    m_server->addTimeEntry(m_baeckerei, 0, m_consulting, day, day.addSecs(600), {}, 1);
    response
        = entriesWindow(iso(day), iso(day.addDays(1)), { { QStringLiteral("enhanced_list"), QStringLiteral("true") } });
    const QJsonObject entry = response.json.value(QLatin1String("entries")).toArray().first().toObject();
    QVERIFY(entry.contains(QLatin1String("customers_name")));
    QVERIFY(!entry.contains(QLatin1String("revenue")));
    QVERIFY(!entry.contains(QLatin1String("hourly_rate")));
    response = get(QStringLiteral("/v2/clock"), { { QStringLiteral("users_id"), QStringLiteral("7") } });
    QCOMPARE(response.status, 403);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("Forbidden"));
    QCOMPARE(
        get(QStringLiteral("/v2/clock"), { { QStringLiteral("users_id"), QString::number(m_server->currentUserId()) } })
            .status,
        200);
}

// ---- faults --------------------------------------------------------------------------------------------

void tst_FakeServer::faultDelay()
{
    Fault fault;
    fault.kind = Fault::Kind::Delay;
    fault.delayMs = 50;
    m_server->injectFault(fault);
    Response response = get(QStringLiteral("/v4/users/me"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("data")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Erika Mustermann"));

    // A client that gives up during a (very long) delay: no answer, and the server keeps working.
    fault.delayMs = 600000;
    m_server->injectFault(fault);
    Call impatient;
    impatient.path = QStringLiteral("/v4/users/me");
    impatient.transferTimeoutMs = 200;
    response = call(impatient);
    QVERIFY(response.finished);
    QCOMPARE(response.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(get(QStringLiteral("/v4/users/me")).status, 200);
}

void tst_FakeServer::faultStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::newRow("500") << 500 << int(QNetworkReply::InternalServerError);
    QTest::newRow("503") << 503 << int(QNetworkReply::ServiceUnavailableError);
    QTest::newRow("403") << 403 << int(QNetworkReply::ContentAccessDenied);
}

void tst_FakeServer::faultStatus()
{
    QFETCH(int, status);
    QFETCH(int, error);
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = status;
    fault.attempts = 2;
    m_server->injectFault(fault);
    Call start;
    start.method = "POST";
    start.path = QStringLiteral("/v2/clock");
    start.body
        = json({ { QStringLiteral("customers_id"), m_baeckerei }, { QStringLiteral("services_id"), m_consulting } });
    start.language = "de";
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Response response = call(start);
        QCOMPARE(response.status, status);
        QCOMPARE(int(response.error), error);
        QVERIFY(response.jsonValid);
        QVERIFY(!response.firstError().value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(response.header("Retry-After").isEmpty());
    }
    // Faults happen before any state change; the third attempt goes through.
    QCOMPARE(m_server->runningEntryId(), 0);
    QCOMPARE(call(start).status, 200);
    QVERIFY(m_server->runningEntryId() > 0);
}

void tst_FakeServer::faultTooManyRequests_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("with Retry-After") << 7;
    QTest::newRow("without Retry-After") << -1;
}

void tst_FakeServer::faultTooManyRequests()
{
    QFETCH(int, retryAfter);
    Fault fault;
    fault.kind = Fault::Kind::TooManyRequests;
    fault.retryAfterSeconds = retryAfter;
    m_server->injectFault(fault);
    const Response response = get(QStringLiteral("/v2/clock"));
    QCOMPARE(response.status, 429);
    QCOMPARE(response.firstError().value(QLatin1String("type")).toString(), QStringLiteral("TooManyRequests"));
    if (retryAfter >= 0)
        QCOMPARE(response.header("Retry-After"), QByteArray::number(retryAfter));
    else
        QVERIFY(response.header("Retry-After").isEmpty());
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200);
}

void tst_FakeServer::faultMalformed()
{
    inject(Fault::Kind::Malformed);
    const Response response = get(QStringLiteral("/v2/clock"));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.error, QNetworkReply::NoError);
    QVERIFY(!response.body.isEmpty());
    QVERIFY(!response.jsonValid);
    QCOMPARE(m_server->requestLog().last().status, 200);
}

void tst_FakeServer::faultTruncated()
{
    inject(Fault::Kind::Truncated);
    const Response response = get(QStringLiteral("/v3/customers"));
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(response.status, 200);
    QVERIFY(!response.jsonValid);
    // Never re-sent by QNAM (bytes had arrived): exactly one attempt.
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(get(QStringLiteral("/v3/customers")).status, 200);
}

void tst_FakeServer::faultDrop()
{
    // QNAM re-sends once when the connection closes before any response byte: arm 2 attempts.
    inject(Fault::Kind::Drop, 2, "POST", QStringLiteral("/v2/clock"));
    const Response response
        = send("POST", QStringLiteral("/v2/clock"),
               { { QStringLiteral("customers_id"), m_baeckerei }, { QStringLiteral("services_id"), m_consulting } });
    QVERIFY(response.finished);
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    const QList<FakeClockodoServer::LoggedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    for (const auto& entry : log) {
        QCOMPARE(entry.method, QByteArray("POST"));
        QCOMPARE(entry.status, 0);
    }
    QCOMPARE(m_server->runningEntryId(), 0); // never applied, not even twice

    // With one attempt armed, the silent re-send succeeds. (QNAM's re-send budget belongs to the
    // connection channel and is used up by the drops above, hence a fresh manager.)
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server->clearRequestLog();
    inject(Fault::Kind::Drop, 1);
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200);
    QCOMPARE(m_server->requestLog().size(), 2);
    QCOMPARE(m_server->requestLog().first().status, 0);
    QCOMPARE(m_server->requestLog().last().status, 200);
}

void tst_FakeServer::faultActThenDrop()
{
    // The fake acts, then closes the connection without answering. A plain QNAM POST (a QByteArray body) is sent
    // again by Qt 6.4 itself: the fake counts both attempts, and the clock was started twice (a switch).
    const qsizetype entriesBefore = m_server->allEntries().size();
    inject(Fault::Kind::ActThenDrop, 1, "POST", QStringLiteral("/v2/clock"));
    const Response response
        = send("POST", QStringLiteral("/v2/clock"),
               { { QStringLiteral("customers_id"), m_baeckerei }, { QStringLiteral("services_id"), m_consulting } });
    QVERIFY(response.finished);
    const QList<FakeClockodoServer::LoggedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().status, 0); // acted, never answered
    QCOMPARE(log.last().status, 200); // Qt's silent second attempt
    QCOMPARE(response.status, 200);
    QVERIFY(m_server->runningEntryId() != 0);
    QCOMPARE(m_server->allEntries().size(), entriesBefore + 2); // two clock entries for one request
}

void tst_FakeServer::faultHang()
{
    inject(Fault::Kind::Hang);
    Call request;
    request.path = QStringLiteral("/v2/clock");
    request.transferTimeoutMs = 300;
    const Response response = call(request);
    QVERIFY(response.finished);
    QCOMPARE(response.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(m_server->requestLog().first().status, 0);
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200);
}

// actFirst: the server acts, then the client gets the fault instead of the answer (5xx, garbage, a broken-off
// answer, no answer, or no answer until it gives up).
void tst_FakeServer::faultActFirst_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status"); // what the client sees (0: no HTTP status)
    QTest::addColumn<int>("loggedStatus");
    QTest::newRow("500") << int(Fault::Kind::Status) << 500 << 500;
    QTest::newRow("429") << int(Fault::Kind::TooManyRequests) << 429 << 429;
    QTest::newRow("malformed") << int(Fault::Kind::Malformed) << 200 << 200;
    QTest::newRow("truncated") << int(Fault::Kind::Truncated) << 200 << 200;
    QTest::newRow("hang") << int(Fault::Kind::Hang) << 0 << 0;
}

void tst_FakeServer::faultActFirst()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, loggedStatus);
    const qsizetype entriesBefore = m_server->allEntries().size();
    Fault fault;
    fault.kind = Fault::Kind(kind);
    fault.actFirst = true;
    fault.method = "POST";
    fault.pathPrefix = QStringLiteral("/v2/clock");
    m_server->injectFault(fault);
    Call request;
    request.method = "POST";
    request.path = QStringLiteral("/v2/clock");
    request.body
        = json({ { QStringLiteral("customers_id"), m_baeckerei }, { QStringLiteral("services_id"), m_consulting } });
    request.transferTimeoutMs = 300; // only the hang needs it
    const Response response = call(request);
    QVERIFY(response.finished);
    QCOMPARE(response.status, status);
    if (Fault::Kind(kind) == Fault::Kind::Hang)
        QCOMPARE(response.error, QNetworkReply::OperationCanceledError);
    else
        QVERIFY(!response.jsonValid || response.json.value(QLatin1String("running")).isUndefined());
    // Acted exactly once: one request in the log, one new clock entry, running.
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(m_server->requestLog().first().status, loggedStatus);
    QVERIFY(m_server->runningEntryId() != 0);
    QCOMPARE(m_server->allEntries().size(), entriesBefore + 1);
}

void tst_FakeServer::faultScope()
{
    Fault fault;
    fault.kind = Fault::Kind::Status;
    fault.status = 500;
    fault.attempts = 0; // until cleared
    fault.method = "get";
    fault.pathPrefix = QStringLiteral("/api/v4/services");
    m_server->injectFault(fault);
    QCOMPARE(get(QStringLiteral("/v3/customers")).status, 200);
    QCOMPARE(send("POST", QStringLiteral("/v4/services")).status, 405);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(QStringLiteral("/v4/services")).status, 500);
    QCOMPARE(get(QStringLiteral("/v4/services/%1").arg(m_design)).status, 500);
    m_server->clearFaults();
    QCOMPARE(get(QStringLiteral("/v4/services")).status, 200);

    // Prefix without "/api", first matching fault wins and is used up first.
    inject(Fault::Kind::TooManyRequests, 1, {}, QStringLiteral("/v2/"));
    inject(Fault::Kind::Malformed, 1, {}, QStringLiteral("/v2/clock"));
    QCOMPARE(get(QStringLiteral("/v4/users/me")).status, 200);
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 429);
    QVERIFY(!get(QStringLiteral("/v2/clock")).jsonValid);
    QVERIFY(get(QStringLiteral("/v2/clock")).jsonValid);
    // Faults apply before authentication.
    inject(Fault::Kind::Status, 1);
    Call unauthenticated;
    unauthenticated.path = QStringLiteral("/v2/clock");
    unauthenticated.auth = Auth::None;
    QCOMPARE(call(unauthenticated).status, 500);
}

// An outage of 90 s of the fake's time: refused or dropped until the clock passes its end, then served again.
void tst_FakeServer::outage_data()
{
    QTest::addColumn<bool>("refuse");
    QTest::newRow("refuse") << true;
    QTest::newRow("drop") << false;
}

void tst_FakeServer::outage()
{
    QFETCH(bool, refuse);
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200); // a keep-alive connection exists
    m_server->clearRequestLog();
    m_server->startOutage(90, refuse ? FakeClockodoServer::OutageMode::Refuse : FakeClockodoServer::OutageMode::Drop);
    QVERIFY(m_server->isInOutage());
    QCOMPARE(m_server->outageEnd(), m_start.addSecs(90));
    // Whatever is sent (on the old connection first, then Qt's re-send on a new one) gets no answer and acts not.
    Response response
        = send("POST", QStringLiteral("/v2/clock"),
               { { QStringLiteral("customers_id"), m_baeckerei }, { QStringLiteral("services_id"), m_consulting } });
    QVERIFY(response.finished);
    QCOMPARE(response.status, 0);
    QVERIFY(response.error != QNetworkReply::NoError);
    QCOMPARE(m_server->runningEntryId(), 0);
    // A new manager opens a new connection: refused, or accepted and dropped.
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server->clearRequestLog();
    response = get(QStringLiteral("/v2/clock"));
    QCOMPARE(response.status, 0);
    if (refuse) {
        QCOMPARE(response.error, QNetworkReply::ConnectionRefusedError);
        QVERIFY(m_server->requestLog().isEmpty());
    } else {
        QVERIFY(response.error != QNetworkReply::NoError);
        QVERIFY(!m_server->requestLog().isEmpty());
        for (const auto& logged : m_server->requestLog())
            QCOMPARE(logged.status, 0);
    }
    // Still inside the span: still out.
    m_server->advance(89);
    QVERIFY(m_server->isInOutage());
    m_nam = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 0);
    // The fake's clock reaches the end: served again, on the same port.
    const quint16 port = m_server->port();
    m_server->advance(1);
    QVERIFY(!m_server->isInOutage());
    QCOMPARE(m_server->port(), port);
    m_nam = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200);
}

void tst_FakeServer::outageEndsEarly()
{
    m_server->startOutage(3600);
    m_nam = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(get(QStringLiteral("/v2/clock")).error, QNetworkReply::ConnectionRefusedError);
    m_server->endOutage();
    QVERIFY(!m_server->isInOutage());
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200);
    // setNow() past the end also ends it.
    m_server->startOutage(60, FakeClockodoServer::OutageMode::Drop);
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 0);
    m_server->setNow(m_start.addSecs(61));
    QCOMPARE(get(QStringLiteral("/v2/clock")).status, 200);
}

// ---- other devices, log, data --------------------------------------------------------------------------

void tst_FakeServer::remoteChanges()
{
    const qint64 first = m_server->remoteStartClock(m_baeckerei, m_consulting, 0, QStringLiteral("vom Handy"));
    QVERIFY(first);
    Response response = get(QStringLiteral("/v2/clock"));
    QCOMPARE(idOf(response.json.value(QLatin1String("running"))), first);
    QCOMPARE(response.json.value(QLatin1String("running")).toObject().value(QLatin1String("text")).toString(),
             QStringLiteral("vom Handy"));

    // Switched elsewhere.
    m_server->advance(300);
    const qint64 second = m_server->remoteStartClock(m_hotel, m_development);
    QVERIFY(second && second != first);
    response = get(QStringLiteral("/v2/clock"));
    QCOMPARE(idOf(response.json.value(QLatin1String("running"))), second);
    QCOMPARE(idOf(response.json.value(QLatin1String("stopped"))), first);

    // Edited elsewhere: time_last_change moves.
    m_server->advance(60);
    const QString changedBefore = m_server->entry(second).value(QLatin1String("time_last_change")).toString();
    m_server->remoteEditEntry(second,
                              { { QStringLiteral("text"), QStringLiteral("am Laptop geändert") },
                                { QStringLiteral("time_since"), iso(m_server->now().addSecs(-900)) } });
    const QJsonObject edited = get(QStringLiteral("/v2/clock")).json.value(QLatin1String("running")).toObject();
    QCOMPARE(edited.value(QLatin1String("text")).toString(), QStringLiteral("am Laptop geändert"));
    QCOMPARE(edited.value(QLatin1String("time_since")).toString(), iso(m_server->now().addSecs(-900)));
    QVERIFY(edited.value(QLatin1String("time_last_change")).toString() != changedBefore);

    // Stopped elsewhere: the client's stop now gets a 400.
    m_server->remoteStopClock();
    QCOMPARE(m_server->runningEntryId(), 0);
    QVERIFY(get(QStringLiteral("/v2/clock")).json.value(QLatin1String("running")).isNull());
    QCOMPARE(send("DELETE", QStringLiteral("/v2/clock/%1").arg(second)).status, 400);

    // Retroactive remote start, then deleted elsewhere.
    const qint64 third = m_server->remoteStartClock(m_baeckerei, m_consulting, 0, {}, m_server->now().addSecs(-60));
    QCOMPARE(m_server->entry(third).value(QLatin1String("time_since")).toString(), iso(m_server->now().addSecs(-60)));
    m_server->remoteDeleteEntry(third);
    QCOMPARE(m_server->runningEntryId(), 0);
    QCOMPARE(send("DELETE", QStringLiteral("/v2/clock/%1").arg(third)).status, 404);
}

void tst_FakeServer::requestLog()
{
    QSignalSpy handled(m_server.get(), &FakeClockodoServer::requestHandled);
    Call request;
    request.method = "DELETE";
    request.path = QStringLiteral("/v2/clock/5");
    request.query = "users_id=42&note=a+b%26c";
    request.body = "{\"time_until\":\"2026-03-10T09:00:00Z\"}";
    request.language = "fr";
    const Response response = call(request);
    QCOMPARE(response.status, 404);

    QCOMPARE(handled.size(), 1);
    const auto fromSignal = handled.first().first().value<FakeClockodoServer::LoggedRequest>();
    const QList<FakeClockodoServer::LoggedRequest> log = m_server->requestLog();
    QCOMPARE(log.size(), 1);
    const FakeClockodoServer::LoggedRequest& logged = log.first();
    QCOMPARE(fromSignal.path, logged.path);
    QCOMPARE(logged.method, QByteArray("DELETE"));
    QCOMPARE(logged.path, QStringLiteral("/api/v2/clock/5"));
    QCOMPARE(logged.queryValue(QStringLiteral("users_id")), QStringLiteral("42"));
    QCOMPARE(logged.queryValue(QStringLiteral("note")), QStringLiteral("a b&c"));
    QVERIFY(logged.queryValue(QStringLiteral("missing")).isNull());
    QCOMPARE(logged.header("accept-language"), QByteArray("fr"));
    QCOMPARE(logged.header("X-CLOCKODOAPIUSER"), m_server->email().toUtf8());
    QCOMPARE(logged.header("x-clockodo-external-application"), QByteArray("clockodo-desktop tests;dev@example.com"));
    QCOMPARE(logged.body, request.body);
    QCOMPARE(logged.status, 404);

    get(QStringLiteral("/v2/clock"));
    QCOMPARE(handled.size(), 2);
    QCOMPARE(m_server->requestLog().size(), 2);
    m_server->clearRequestLog();
    QVERIFY(m_server->requestLog().isEmpty());
}

void tst_FakeServer::seedData()
{
    // Deterministic: same seed and now give the same data; another seed other entries.
    FakeClockodoServer other;
    other.setNow(m_start);
    other.seedDemoData(1);
    QCOMPARE(other.allEntries(), m_server->allEntries());
    other.seedDemoData(2);
    QVERIFY(other.allEntries() != m_server->allEntries());

    QCOMPARE(m_server->runningEntryId(), 0);
    const QJsonArray entries = m_server->allEntries();
    QVERIFY2(entries.size() > 60, qPrintable(QString::number(entries.size())));
    const QTimeZone berlin("Europe/Berlin");
    QSet<int> billable;
    QSet<int> types;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QDateTime since = utc(entry.value(QLatin1String("time_since")).toString()).toTimeZone(berlin);
        const QDateTime until = utc(entry.value(QLatin1String("time_until")).toString()).toTimeZone(berlin);
        QVERIFY(since.date().dayOfWeek() <= 5);
        QVERIFY2(since.time() >= QTime(8, 0) && until.time() <= QTime(18, 0), qPrintable(since.toString()));
        QVERIFY(until.toUTC() <= m_start);
        QVERIFY(since.toUTC() >= m_start.addDays(-29));
        billable.insert(entry.value(QLatin1String("billable")).toInt());
        types.insert(entry.value(QLatin1String("type")).toInt());
    }
    QCOMPARE(billable, (QSet<int> { 0, 1, 2 }));
    QCOMPARE(types, (QSet<int> { 1, 2, 3 }));
    QCOMPARE(m_server->lumpSumServiceId(QStringLiteral("Flat rate support")) > 0, true);
}

void tst_FakeServer::syntheticEntries()
{
    const QDateTime from(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const int before = m_server->allEntries().size();
    m_server->addSyntheticEntries(10000, from, from.addYears(1), 9);
    QCOMPARE(m_server->allEntries().size(), before + 10000);
    const Response response = entriesWindow(iso(from), iso(from.addYears(1)),
                                            { { QStringLiteral("items_per_page"), QStringLiteral("1000") },
                                              { QStringLiteral("enhanced_list"), QStringLiteral("true") } });
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json.value(QLatin1String("paging")).toObject().value(QLatin1String("count_pages")).toInt(), 10);
    QCOMPARE(response.json.value(QLatin1String("paging")).toObject().value(QLatin1String("count_items")).toInt(),
             10000);
}

void tst_FakeServer::executableExitsOnSigterm()
{
    QProcess process;
    process.setProgram(QStringLiteral(CLOCKODO_FAKESERVER_EXE));
    process.setArguments({ QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--user"),
                           QStringLiteral("demo@example.org"), QStringLiteral("--key"), QStringLiteral("s3cret") });
    QSignalSpy started(&process, &QProcess::started);
    process.start();
    QVERIFY(started.wait(10000));

    QMap<QString, QString> values;
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (values.size() < 3) {
        if (!process.canReadLine())
            QVERIFY(output.wait(10000));
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            const qsizetype equals = line.indexOf(QLatin1Char('='));
            if (equals > 0)
                values.insert(line.left(equals), line.mid(equals + 1));
        }
    }
    const QUrl base(values.value(QStringLiteral("CLOCKODO_BASE_URL")));
    QVERIFY(base.isValid());
    QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(base.path().endsWith(QLatin1String("/api")));
    QCOMPARE(values.value(QStringLiteral("CLOCKODO_USER")), QStringLiteral("demo@example.org"));
    QCOMPARE(values.value(QStringLiteral("CLOCKODO_API_KEY")), QStringLiteral("s3cret"));

    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/v3/customers"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("demo@example.org:s3cret").toBase64());
    request.setRawHeader("X-Clockodo-External-Application", "tests;dev@example.com");
    request.setTransferTimeout(10000);
    QNetworkReply* reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("data")).toArray().size(), 6);
    reply->deleteLater();

    QSignalSpy exited(&process, &QProcess::finished);
    QCOMPARE(::kill(pid_t(process.processId()), SIGTERM), 0);
    QVERIFY(exited.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_FakeServer)
#include "tst_fakeserver.moc"
