// SPDX-License-Identifier: GPL-3.0-or-later
// EntryPageReader (issue 16) reads entry list answers without QJsonDocument. Whatever it reads must be exactly what
// the usual way reads (QJsonDocument, JsonList::parse<Entry>, Paging::fromJson of "paging"): the same entries, the
// same paging or paging error. Whatever it cannot vouch for it leaves to the usual way (nullopt), which then reports
// what was wrong and where. Checked on pages of the fake server, on hand-written answers with every shape the
// reader takes and many it must leave alone, and on every one-byte change, deletion and insertion of an answer.
#include "api/entries/entrypagereader.h"
#include "api/transport/jsonlist.h"
#include "api/transport/paging.h"
#include "fakeserver/fakeclockodoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

class TestEntryPageReader : public QObject
{
    Q_OBJECT

private:
    // The usual way, as ApiReply::parseBody and ApiClient::entries read a body.
    struct Usual
    {
        bool read = false; // valid JSON object and every entry read
        QList<Entry> entries;
        QString error;
        std::optional<Paging> paging;
        QString pagingError;
    };

    static Usual usual(const QByteArray& body)
    {
        Usual u;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return u;
        const QJsonObject root = doc.object();
        const QVariant page = JsonList::parse<Entry>(root, QLatin1String("entries"), &u.error);
        u.read = u.error.isEmpty();
        u.entries = page.value<QList<Entry>>();
        u.paging = Paging::fromJson(root.value(QLatin1String("paging")).toObject(), QStringLiteral("paging"),
                                    &u.pagingError);
        return u;
    }

    // Empty if the reader leaves body alone or reads it as the usual way does; else what differs.
    static QString difference(const QByteArray& body, bool* accepted = nullptr)
    {
        QJsonObject root;
        const std::optional<QList<Entry>> fast = EntryPageReader::read(body, &root);
        if (accepted)
            *accepted = fast.has_value();
        if (!fast)
            return {};
        const Usual u = usual(body);
        if (!u.read)
            return QStringLiteral("read, but the usual way refuses it (%1)").arg(u.error);
        if (*fast != u.entries) {
            for (qsizetype i = 0; i < std::min(fast->size(), u.entries.size()); ++i) {
                if (fast->at(i) != u.entries.at(i))
                    return QStringLiteral("entry %1 differs").arg(i);
            }
            return QStringLiteral("%1 entries, the usual way %2").arg(fast->size()).arg(u.entries.size());
        }
        QString pagingError;
        const std::optional<Paging> paging
            = Paging::fromJson(root.value(QLatin1String("paging")).toObject(), QStringLiteral("paging"), &pagingError);
        if (paging != u.paging || pagingError != u.pagingError)
            return QStringLiteral("paging \"%1\", the usual way \"%2\"").arg(pagingError, u.pagingError);
        return {};
    }

    static QByteArray body(const char* entries, const char* paging = nullptr)
    {
        QByteArray b = QByteArray(R"({"entries": [)") + entries + ']';
        b += paging ? QByteArray(R"(, "paging": )") + paging
                    : QByteArray(R"(, "paging": {"items_per_page": 1000, "current_page": 1, "count_pages": 1,
                                 "count_items": 1})");
        return b + '}';
    }

    // Every field the reader knows, in the enhanced list's shape.
    static QByteArray fullEntry()
    {
        return R"({"billable": 1, "clocked": true, "clocked_offline": false, "customers_id": 101,
            "customers_name": "Bäckerei Sonnenschein", "duration": 3600, "hourly_rate": 85.5, "id": 10058,
            "lumpsum": null, "lumpsum_services_amount": null, "lumpsum_services_id": null,
            "lumpsum_services_name": null, "lumpsum_services_price": null, "projects_id": 202,
            "projects_name": "Social-Media-Kampagne", "revenue": 85.5, "services_id": 302,
            "services_name": "Entwicklung", "subprojects_id": null, "subprojects_name": null, "test_data": false,
            "text": )"
               "\"Konzept \\u00fcberarbeiten \\\"v2\\\" \\\\ \\/ \\t\"" // (moc reads no \" in raw strings)
               R"(, "texts_id": 50004,
            "time_clocked_since": "2026-11-16T07:00:00Z", "time_insert": "2026-11-16T08:10:00Z",
            "time_last_change": "2026-11-16T08:10:00+01:00", "time_last_change_work_time": "2026-11-16T08:10:00Z",
            "time_since": "2026-11-16T07:00:00Z", "time_until": "2026-11-16T08:00:00Z", "type": 1, "users_id": 42,
            "users_name": "Erika Mustermann"})";
    }

    static QByteArray fetch(FakeClockodoServer* server, const QDateTime& since, const QDateTime& until, int page)
    {
        QUrl url = server->baseUrl();
        url.setPath(url.path() + QStringLiteral("/v2/entries"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("time_since"), since.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("time_until"), until.toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("enhanced_list"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("items_per_page"), QStringLiteral("200"));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("X-ClockodoApiUser", server->email().toUtf8());
        request.setRawHeader("X-ClockodoApiKey", server->apiKey().toUtf8());
        request.setRawHeader("X-Clockodo-External-Application", "tst_entrypagereader;a@b.c");
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

private slots:
    void pagesOfTheFakeServer()
    {
        FakeClockodoServer server;
        server.seedDemoData(3);
        const QDateTime until(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        const QDateTime since = until.addDays(-14);
        server.addSyntheticEntries(450, since, until.addSecs(-60), 16);
        QVERIFY(server.listen());
        int entries = 0;
        for (int page = 1; page <= 3; ++page) {
            const QByteArray answer = fetch(&server, since, until, page);
            QVERIFY(!answer.isEmpty());
            bool accepted = false;
            QCOMPARE(difference(answer, &accepted), QString());
            QVERIFY2(accepted, qPrintable(QStringLiteral("page %1 left to the usual way").arg(page)));
            // The same page indented: whitespace everywhere JSON allows it.
            const QByteArray indented = QJsonDocument::fromJson(answer).toJson(QJsonDocument::Indented);
            QCOMPARE(difference(indented, &accepted), QString());
            QVERIFY(accepted);
            entries += int(usual(answer).entries.size());
        }
        // All entries of the 14 days (the synthetic ones and the demo data's) on the three pages.
        QCOMPARE(entries, usual(fetch(&server, since, until, 1)).paging->countItems);
        QVERIFY(entries >= 450);
    }

    void shapesItReads_data()
    {
        QTest::addColumn<QByteArray>("answer");
        const QByteArray full = fullEntry();
        QTest::newRow("enhanced") << body(full);
        QTest::newRow("two") << body(full + ',' + full);
        QTest::newRow("empty page") << body("", R"({"items_per_page": 1000, "current_page": 1, "count_pages": 0,
            "count_items": 0})");
        QTest::newRow("paging first, more members")
            << QByteArray(R"( {"paging": {"items_per_page": 2, "current_page": 1, "count_pages": 1, "count_items": 1,
                "next": null, "x": "y", "b": true}, "meta": {"a": [1, 2.5, -3, "x", null, true, false, {}, []]},
                "entries": [ )"
                          + full + "]}\r\n\t ");
        QTest::newRow("no paging") << QByteArray("{\"entries\":[" + full + "]}");
        QTest::newRow("paging not right") << body(full, R"({"items_per_page": null, "current_page": "1"})");
        QTest::newRow("minimal running") << body(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z", "time_until": null})");
        QTest::newRow("lump sum, decimals")
            << body(R"({"id": 1, "type": 2, "customers_id": 2, "users_id": 3, "lumpsum": 12.50,
                "time_since": "2026-11-16T07:00:00-05:30", "billable": 2, "revenue": -0.5, "hourly_rate": 0})");
        QTest::newRow("lump-sum service")
            << body(R"({"type": 3, "id": 9007199254, "customers_id": -2, "users_id": 3, "lumpsum_services_id": 4,
                "lumpsum_services_amount": 1.25, "lumpsum_services_price": 99.999999999,
                "time_since": "2026-02-28T23:59:59Z"})");
        QTest::newRow("booleans as numbers and null") << body(R"({"id": 1, "type": 1, "customers_id": 2,
            "users_id": 3, "time_since": "2026-11-16T07:00:00Z", "clocked": 1, "clocked_offline": 0,
            "test_data": null})");
        QTest::newRow("unknown members") << body(
            R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3, "time_since": "2024-02-29T00:00:00Z",
                "future": {"nested": [1, {"deep": [[]]}], "s": "ä\u00e4\n"}, "big": 123456789012345})");
        QTest::newRow("texts") << body(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z", "text": "", "users_name": "日本語 🙂 \u20ac\u0041\b\f\r\n",
            "customers_name": )"
                                       "\"a\\\\b\\\"c\\/d\"}");
        QTest::newRow("escapes as PHP writes them") << body(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z", "text": "B\u00e4ckerei \ud83d\ude42 \u0000\u001f\u00ff",
            "users_name": "\uD83D\uDE00 http:\/\/x"})");
        QTest::newRow("other time shapes") << body(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00.5Z", "time_until": "2026-11-16T07:00:00.500+00:00",
            "time_insert": "2026-11-16T24:00:00Z", "time_last_change": "2026-11-16T07:00:00",
            "time_clocked_since": "2026-11-16T07:00Z"})");
    }

    void shapesItReads()
    {
        QFETCH(QByteArray, answer);
        bool accepted = false;
        QCOMPARE(difference(answer, &accepted), QString());
        QVERIFY2(accepted, answer.constData());
        QVERIFY(usual(answer).read);
    }

    void shapesItLeaves_data()
    {
        QTest::addColumn<QByteArray>("answer");
        const auto entry = [](const char* more) {
            return body(QByteArray(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3,
                "time_since": "2026-11-16T07:00:00Z")")
                        + more + '}');
        };
        QTest::newRow("not JSON") << QByteArray("{\"entries\": [}");
        QTest::newRow("trailing garbage") << QByteArray(body(fullEntry()) + " x");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" + body(fullEntry()));
        QTest::newRow("array root") << QByteArray("[]");
        QTest::newRow("no entries") << QByteArray(R"({"paging": {}})");
        QTest::newRow("entries not an array") << QByteArray(R"({"entries": {}})");
        QTest::newRow("entry not an object") << body("[]");
        QTest::newRow("unknown type") << entry(R"(, "type": 4)");
        QTest::newRow("type 4 alone") << body(R"({"id": 1, "type": 4, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z"})");
        QTest::newRow("id as string") << body(R"({"id": "1", "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z"})");
        QTest::newRow("id as 1.0") << body(R"({"id": 1.0, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z"})");
        QTest::newRow("id with exponent") << body(R"({"id": 1e3, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": "2026-11-16T07:00:00Z"})");
        QTest::newRow("id of 16 digits") << body(R"({"id": 9007199254740991, "type": 1, "customers_id": 2,
            "users_id": 3, "time_since": "2026-11-16T07:00:00Z"})");
        QTest::newRow("minus zero") << entry(R"(, "duration": -0)");
        QTest::newRow("duplicate key") << entry(R"(, "id": 2)");
        QTest::newRow("missing time_since") << body(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3})");
        QTest::newRow("null time_since") << body(R"({"id": 1, "type": 1, "customers_id": 2, "users_id": 3,
            "time_since": null})");
        QTest::newRow("until before since") << entry(R"(, "time_until": "2026-11-16T06:00:00Z")");
        QTest::newRow("bad time") << entry(R"(, "time_until": "2026-11-16T07:00:00Zx")");
        QTest::newRow("number as string") << entry(R"(, "lumpsum": "80.25")");
        QTest::newRow("boolean 2") << entry(R"(, "clocked": 2)");
        QTest::newRow("text a number") << entry(R"(, "text": 5)");
        QTest::newRow("lone high surrogate") << entry(R"(, "text": "\ud83d")");
        QTest::newRow("lone low surrogate") << entry(R"(, "text": "\ude42\ud83d")");
        QTest::newRow("high surrogate, then no low one") << entry(R"(, "text": "\ud83d\u0041")");
        QTest::newRow("escaped replacement character") << entry(R"(, "text": "\ufffd")");
        QTest::newRow("bad escape") << entry(R"(, "text": "\x")");
        QTest::newRow("raw newline in string") << entry(", \"text\": \"a\nb\"");
        QTest::newRow("invalid UTF-8") << entry(", \"text\": \"a\xC3\x28\"");
        QTest::newRow("escaped key") << entry(R"(, "dur\u0061tion": 5)");
        QTest::newRow("duplicate entries") << QByteArray(R"({"entries": [], "entries": []})");
        QTest::newRow("paging nested") << body(fullEntry(), R"({"items_per_page": [1]})");
        QTest::newRow("too deep") << entry(
            QByteArray(", \"x\": " + QByteArray(40, '[') + QByteArray(40, ']')).constData());
    }

    void shapesItLeaves()
    {
        QFETCH(QByteArray, answer);
        QJsonObject root;
        QVERIFY(!EntryPageReader::read(answer, &root));
        QVERIFY(root.isEmpty());
    }

    void everyOneByteChange()
    {
        const QByteArray original = body(fullEntry() + R"(, {"id": 2, "type": 2, "customers_id": 2, "users_id": 3,
            "lumpsum": 10.5, "time_since": "2026-11-16T09:00:00+01:00", "x": [true, {"y": null}]})");
        const QByteArray alphabet = QByteArray("{}[],:\"\\0123456789-.eEtfnul ax\n\xC3\xA4\x80", 35);
        int accepted = 0;
        int compared = 0;
        const auto check = [&](const QByteArray& changed) {
            bool read = false;
            const QString diff = difference(changed, &read);
            ++compared;
            accepted += read ? 1 : 0;
            if (!diff.isEmpty())
                qWarning().noquote() << diff << "in" << QString::fromUtf8(changed);
            return diff.isEmpty();
        };
        for (qsizetype at = 0; at < original.size(); ++at) {
            QVERIFY(check(QByteArray(original).remove(at, 1)));
            for (const char c : alphabet) {
                QByteArray replaced = original;
                replaced[at] = c;
                QVERIFY(check(replaced));
                QVERIFY(check(QByteArray(original).insert(at, c)));
            }
        }
        qInfo("%d answers compared, %d read by the reader", compared, accepted);
        QVERIFY(accepted > compared / 20);
    }
};

QTEST_GUILESS_MAIN(TestEntryPageReader)
#include "tst_entrypagereader.moc"
