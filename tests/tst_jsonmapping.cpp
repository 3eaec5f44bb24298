// SPDX-License-Identifier: GPL-3.0-or-later
// JSON mapping of the API value types: unknown fields ignored, nulls tolerated where the contract allows them,
// a wrong type reported with the field's path, never a silently zeroed value.
#include "api/clock/clockcorrection.h"
#include "api/clock/clockstate.h"
#include "api/entries/entry.h"
#include "api/entries/entryquery.h"
#include "api/masterdata/customer.h"
#include "api/masterdata/project.h"
#include "api/transport/apierror.h"
#include "api/transport/apitime.h"
#include "api/transport/jsonreader.h"
#include "api/transport/paging.h"
#include "api/users/company.h"
#include "api/users/user.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonMapping : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

    static QJsonObject runningEntryJson()
    {
        return json(R"({"id": 7082, "type": 1, "customers_id": 12, "projects_id": null, "subprojects_id": null,
            "users_id": 3, "billable": 1, "texts_id": null, "text": null, "time_since": "2026-11-23T08:00:00Z",
            "time_until": null, "time_insert": "2026-11-23T08:00:00Z", "time_last_change": "2026-11-23T08:00:00Z",
            "test_data": false, "services_id": 5, "duration": null, "time_last_change_work_time": "2026-11-23T08:00:00Z",
            "time_clocked_since": "2026-11-23T08:00:00Z", "clocked": true, "clocked_offline": false,
            "some_future_field": {"nested": [1, 2, 3]}})");
    }

private slots:
    void timestamps()
    {
        const QDateTime t = ApiTime::parse(QStringLiteral("2021-06-30T12:34:56Z"));
        QVERIFY(t.isValid());
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(ApiTime::format(t), QStringLiteral("2021-06-30T12:34:56Z"));
        // ISO in with an offset and milliseconds; UTC out without milliseconds.
        const QDateTime offset = ApiTime::parse(QStringLiteral("2021-06-30T14:34:56.789+02:00"));
        QCOMPARE(ApiTime::format(offset), QStringLiteral("2021-06-30T12:34:56Z"));
        QVERIFY(!ApiTime::parse(QStringLiteral("yesterday")).isValid());
        QVERIFY(!ApiTime::parse(QString()).isValid());
    }

    void runningEntry()
    {
        QString error;
        const auto entry = Entry::fromJson(runningEntryJson(), QStringLiteral("running"), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->id, 7082);
        QCOMPARE(entry->type, Entry::Type::Time);
        QVERIFY(entry->isRunning());
        QVERIFY(!entry->projectsId);
        QCOMPARE(entry->servicesId.value(), 5);
        QVERIFY(!entry->duration);
        QVERIFY(entry->clocked);
        const QDateTime now = ApiTime::parse(QStringLiteral("2026-11-23T09:30:00Z"));
        QCOMPARE(entry->durationAt(now), 5400);
    }

    void wrongTypeNamesTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedPath");
        QTest::newRow("id as string") << "id" << QJsonValue(QStringLiteral("7082")) << "entries[2].id";
        QTest::newRow("fractional customer") << "customers_id" << QJsonValue(12.5) << "entries[2].customers_id";
        QTest::newRow("time_since number") << "time_since" << QJsonValue(42) << "entries[2].time_since";
        QTest::newRow("time_since garbage")
            << "time_since" << QJsonValue(QStringLiteral("soon")) << "entries[2].time_since";
        QTest::newRow("duration string") << "duration" << QJsonValue(QStringLiteral("1h")) << "entries[2].duration";
        QTest::newRow("clocked string") << "clocked" << QJsonValue(QStringLiteral("yes")) << "entries[2].clocked";
        QTest::newRow("text number") << "text" << QJsonValue(3) << "entries[2].text";
    }

    void wrongTypeNamesTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);
        QJsonObject o = runningEntryJson();
        o.insert(key, value);
        QString error;
        QVERIFY(!Entry::fromJson(o, QStringLiteral("entries[2]"), &error));
        QVERIFY2(error.startsWith(expectedPath + QLatin1Char(':')), qPrintable(error));
    }

    // Ids are integers up to 2^53 - 1 either way (the contract's own examples use +-9007199254740991): read from
    // the text exactly, printed in errors in all their digits, and one more is refused.
    void largestExactIds()
    {
        QString error;
        auto entry = Entry::fromJson(json(R"({"id": 9007199254740991, "type": 1, "customers_id": -9007199254740991,
            "services_id": 9007199254740990, "users_id": 3, "time_since": "2026-11-23T08:00:00Z", "time_until": null})"),
                                     QStringLiteral("e"), &error);
        QVERIFY2(entry, qPrintable(error));
        QCOMPARE(entry->id, Q_INT64_C(9007199254740991));
        QCOMPARE(entry->customersId, Q_INT64_C(-9007199254740991));
        QCOMPARE(entry->servicesId.value(), Q_INT64_C(9007199254740990));

        JsonReader reader(json(R"({"a": 9007199254740991, "b": -9007199254740991, "c": [9007199254740991,
            -9007199254740991], "big": 9007199254740992, "small": -9007199254740992, "half": 12.5,
            "huge": 1e300})"),
                          QStringLiteral("x"));
        QCOMPARE(reader.integer(QLatin1String("a")), Q_INT64_C(9007199254740991));
        QCOMPARE(reader.optionalInteger(QLatin1String("b")).value(), Q_INT64_C(-9007199254740991));
        QCOMPARE(reader.integerList(QLatin1String("c")),
                 (QList<qint64> { Q_INT64_C(9007199254740991), Q_INT64_C(-9007199254740991) }));
        QVERIFY2(reader.ok(), qPrintable(reader.error()));

        JsonReader big(json(R"({"v": 9007199254740992})"), QStringLiteral("x"));
        big.integer(QLatin1String("v"));
        QCOMPARE(big.error(), QStringLiteral("x.v: expected an integer, got 9007199254740992"));
        JsonReader small(json(R"({"v": -9007199254740992})"), QStringLiteral("x"));
        QVERIFY(!small.optionalInteger(QLatin1String("v")));
        QCOMPARE(small.error(), QStringLiteral("x.v: expected an integer or null, got -9007199254740992"));
        JsonReader list(json(R"({"v": [1, 9007199254740993]})"), QStringLiteral("x"));
        QVERIFY(list.integerList(QLatin1String("v")).isEmpty());
        QCOMPARE(list.error(), QStringLiteral("x.v: expected an array of integers, got 9007199254740993"));
        JsonReader half(json(R"({"v": 12.5})"), QStringLiteral("x"));
        half.integer(QLatin1String("v"));
        QCOMPARE(half.error(), QStringLiteral("x.v: expected an integer, got 12.5"));
        JsonReader huge(json(R"({"v": 1e300})"), QStringLiteral("x"));
        huge.integer(QLatin1String("v"));
        QCOMPARE(huge.error(), QStringLiteral("x.v: expected an integer, got 1e+300"));
    }

    void missingRequiredField()
    {
        QJsonObject o = runningEntryJson();
        o.remove(QLatin1String("time_since"));
        QString error;
        QVERIFY(!Entry::fromJson(o, QStringLiteral("entry"), &error));
        QCOMPARE(error, QStringLiteral("entry.time_since: missing"));
        o = runningEntryJson();
        o.insert(QLatin1String("type"), 9);
        QVERIFY(!Entry::fromJson(o, QStringLiteral("entry"), &error));
        QVERIFY(error.contains(QLatin1String("entry.type")));
    }

    void lumpSumTypes()
    {
        QJsonObject value = runningEntryJson();
        value.insert(QLatin1String("type"), 2);
        value.insert(QLatin1String("lumpsum"), 123.5);
        value.insert(QLatin1String("time_until"), QStringLiteral("2026-11-23T08:00:00Z"));
        QString error;
        auto e = Entry::fromJson(value, {}, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->type, Entry::Type::LumpSumValue);
        QCOMPARE(e->lumpSum.value(), 123.5);
        QVERIFY(!e->isRunning());
        QCOMPARE(e->toCreateJson().value(QLatin1String("lumpsum")).toDouble(), 123.5);
        QVERIFY(!e->toCreateJson().contains(QLatin1String("time_until")));

        QJsonObject service = value;
        service.insert(QLatin1String("type"), 3);
        service.remove(QLatin1String("lumpsum"));
        service.insert(QLatin1String("lumpsum_services_id"), 4);
        service.insert(QLatin1String("lumpsum_services_amount"), 12);
        e = Entry::fromJson(service, {}, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->type, Entry::Type::LumpSumService);
        QCOMPARE(e->lumpSumServicesId.value(), 4);
        const QJsonObject body = e->toCreateJson();
        QCOMPARE(body.value(QLatin1String("lumpsum_services_id")).toInteger(), 4);
        QCOMPARE(body.value(QLatin1String("lumpsum_services_amount")).toDouble(), 12.0);
    }

    void changesSendOnlyWhatChanged()
    {
        QString error;
        const Entry before = *Entry::fromJson(runningEntryJson(), {}, &error);
        QVERIFY(Entry::changes(before, before).isEmpty());
        Entry after = before;
        after.text = QStringLiteral("Abstimmung Startseite");
        after.projectsId = 44;
        const QJsonObject changes = Entry::changes(before, after);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.value(QLatin1String("text")).toString(), after.text);
        QCOMPARE(changes.value(QLatin1String("projects_id")).toInteger(), 44);
        Entry cleared = after;
        cleared.projectsId.reset();
        // The contract has no null for these ids in PUT bodies: "no project" is 0.
        QCOMPARE(Entry::changes(after, cleared).value(QLatin1String("projects_id")).toInteger(-1), 0);
    }

    void clockStates()
    {
        QJsonObject start;
        start.insert(QLatin1String("running"), runningEntryJson());
        start.insert(QLatin1String("stopped"), QJsonValue::Null);
        start.insert(QLatin1String("stopped_has_been_truncated"), false);
        start.insert(QLatin1String("current_time"), QStringLiteral("2026-11-23T09:00:00Z"));
        QString error;
        auto state = ClockState::fromJson(start, {}, &error);
        QVERIFY2(state, qPrintable(error));
        QVERIFY(state->running);
        QVERIFY(!state->stopped);
        QCOMPARE(ApiTime::format(state->currentTime), QStringLiteral("2026-11-23T09:00:00Z"));

        QJsonObject broken = start;
        QJsonObject runningBroken = runningEntryJson();
        runningBroken.insert(QLatin1String("users_id"), QStringLiteral("x"));
        broken.insert(QLatin1String("running"), runningBroken);
        QVERIFY(!ClockState::fromJson(broken, {}, &error));
        QVERIFY2(error.startsWith(QLatin1String("running.users_id:")), qPrintable(error));

        broken = start;
        broken.insert(QLatin1String("running"), 5);
        QVERIFY(!ClockState::fromJson(broken, {}, &error));
        QVERIFY2(error.startsWith(QLatin1String("running:")), qPrintable(error));
    }

    void clockCorrectionResult()
    {
        QJsonObject o;
        o.insert(QLatin1String("updated"), runningEntryJson());
        o.insert(QLatin1String("running"), runningEntryJson());
        o.insert(QLatin1String("current_time"), QStringLiteral("2026-11-23T09:00:00Z"));
        o.insert(QLatin1String("overlapping_correction"),
                 json(R"({"overlapping": true, "overlapping_free_time_since": "2026-11-23T07:45:00Z",
                          "truncate_previous_entry": 7081})"));
        QString error;
        auto result = ClockCorrection::Result::fromJson(o, {}, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->overlapping);
        QCOMPARE(result->truncatePreviousEntry.value(), 7081);
        QCOMPARE(ApiTime::format(result->overlappingFreeTimeSince), QStringLiteral("2026-11-23T07:45:00Z"));
        o.insert(QLatin1String("overlapping_correction"), QJsonValue::Null);
        result = ClockCorrection::Result::fromJson(o, {}, &error);
        QVERIFY(result);
        QVERIFY(!result->overlapping);
    }

    void masterData()
    {
        QString error;
        auto customer = Customer::fromJson(json(R"({"id": 1, "name": "Bäckerei Sonnenschein", "number": null,
            "active": true, "billable_default": true, "color": 4, "test_data": false, "note": "absent for workers",
            "service_assignments": [5, 6]})"),
                                           QStringLiteral("data[0]"), &error);
        QVERIFY2(customer, qPrintable(error));
        QCOMPARE(customer->name, QStringLiteral("Bäckerei Sonnenschein"));
        QCOMPARE(customer->serviceAssignments, (QList<qint64> { 5, 6 }));
        QVERIFY(!Customer::fromJson(json(R"({"id": 1, "name": 5})"), QStringLiteral("data[0]"), &error));
        QCOMPARE(error, QStringLiteral("data[0].name: expected a string, got 5"));
        QVERIFY(!Customer::fromJson(json(R"({"id": 1, "name": "x", "service_assignments": [1, "2"]})"),
                                    QStringLiteral("data[0]"), &error));
        QVERIFY(error.startsWith(QLatin1String("data[0].service_assignments:")));

        auto project = Project::fromJson(json(R"({"id": 9, "customers_id": 1, "name": "Neue Website",
            "number": "P-1", "active": true, "billable_default": false, "completed": true,
            "completed_at": "2026-10-01T00:00:00Z", "test_data": false, "count_subprojects": 0,
            "service_assignments": [], "budget": null})"),
                                         {}, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(!project->isSelectable());

        auto user = User::fromJson(json(R"({"id": 3, "name": "Erika", "timezone": "Europe/Berlin",
            "timeformat_12h": false, "weekstart_monday": true, "language": "de", "edit_lock": "2026-10-31"})"),
                                   {}, &error);
        QVERIFY2(user, qPrintable(error));
        QCOMPARE(user->editLock, QDate(2026, 10, 31));

        // The company of /v2/aggregates/users/me: tolerant, the currency is optional enrichment.
        auto company = Company::fromJson(json(R"({"id": 7, "name": "Muster GmbH", "currency": "EUR",
            "timezone_default": "Europe/Berlin"})"),
                                         QStringLiteral("company"), &error);
        QVERIFY(company);
        QCOMPARE(company->currency, QStringLiteral("EUR"));
        QCOMPARE(company->name, QStringLiteral("Muster GmbH"));
        company = Company::fromJson(json(R"({"id": 7, "currency": null})"), QStringLiteral("company"), &error);
        QVERIFY(company && company->currency.isEmpty());
        company = Company::fromJson(json(R"({"currency": 5, "name": null})"), QStringLiteral("company"), &error);
        QVERIFY(company && company->currency.isEmpty() && company->name.isEmpty());
        company = Company::fromJson(json(R"({"currency": " CHF "})"), QStringLiteral("company"), &error);
        QCOMPARE(company->currency, QStringLiteral("CHF"));

        auto paging = Paging::fromJson(json(R"({"items_per_page": 2, "current_page": 1, "count_pages": 3,
            "count_items": 5})"),
                                       {}, &error);
        QVERIFY(paging && paging->hasNextPage());
        paging = Paging::fromJson(json(R"({"items_per_page": 2, "current_page": 1, "count_pages": 0,
            "count_items": 0})"),
                                  {}, &error);
        QVERIFY(paging && !paging->hasNextPage());
    }

    void errorFormats()
    {
        ApiError simple = ApiError::fromHttp(
            400, R"({"error": {"code": 400, "message": "Fehlender Parameter", "fields": ["time_since"]}})");
        QCOMPARE(simple.category, ApiError::Category::Validation);
        QCOMPARE(simple.message(), QStringLiteral("Fehlender Parameter"));
        QCOMPARE(simple.fields, QStringList { QStringLiteral("time_since") });

        ApiError general = ApiError::fromHttp(
            404, R"({"errors": [{"type": "ResourceNotFound", "message": "Not found", "path": "customers_id",
                    "details": null}]})");
        QCOMPARE(general.category, ApiError::Category::NotFound);
        QCOMPARE(general.serverType, QStringLiteral("ResourceNotFound"));
        QCOMPARE(general.fields, QStringList { QStringLiteral("customers_id") });

        ApiError wrapped
            = ApiError::fromHttp(422, R"({"errors": [{"error": {"type": "EndBeforeStart", "message": "Ende vor Beginn",
                    "path": "time_until", "details": {"fields": ["time_since"]}}}]})");
        QCOMPARE(wrapped.category, ApiError::Category::Validation);
        QCOMPARE(wrapped.message(), QStringLiteral("Ende vor Beginn"));
        QCOMPARE(wrapped.fields, (QStringList { QStringLiteral("time_until"), QStringLiteral("time_since") }));

        ApiError garbage = ApiError::fromHttp(503, "<html>busy</html>");
        QCOMPARE(garbage.category, ApiError::Category::Server);
        QVERIFY(garbage.message().contains(QLatin1String("503")));
        QCOMPARE(ApiError::fromHttp(401, "").category, ApiError::Category::Auth);
        QCOMPARE(ApiError::fromHttp(403, "").category, ApiError::Category::Forbidden);
        QCOMPARE(ApiError::fromHttp(409, "").category, ApiError::Category::Conflict);
        QCOMPARE(ApiError::fromHttp(429, "").category, ApiError::Category::RateLimited);
    }

    void entryQueryEncodesFilters()
    {
        EntryQuery q;
        q.since = ApiTime::parse(QStringLiteral("2026-11-23T00:00:00Z"));
        q.until = ApiTime::parse(QStringLiteral("2026-11-30T00:00:00Z"));
        q.usersId = 3;
        q.billable = 12;
        q.text = QStringLiteral("a+b");
        const auto items = q.queryItems();
        QVERIFY(items.contains(qMakePair(QStringLiteral("filter[users_id]"), QStringLiteral("3"))));
        QVERIFY(items.contains(qMakePair(QStringLiteral("filter[billable]"), QStringLiteral("12"))));
        QVERIFY(items.contains(qMakePair(QStringLiteral("items_per_page"), QStringLiteral("1000"))));
        QVERIFY(items.contains(qMakePair(QStringLiteral("enhanced_list"), QStringLiteral("true"))));
        QVERIFY(items.contains(qMakePair(QStringLiteral("time_since"), QStringLiteral("2026-11-23T00:00:00Z"))));
        QVERIFY(q.isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
