// SPDX-License-Identifier: GPL-3.0-or-later
// The fake's fast entry list (FakeEntryListWriter, FakeJson::appendTimestamp) against its readable definition:
// QJsonDocument(FakeJson::entry(…)).toJson(Compact), byte for byte, for every kind of entry, enhanced and not,
// owner and worker, odd strings and numbers; and FakeJson::timestamp against QDateTime::toString.
#include "fakeserver/fakedemodata.h"
#include "fakeserver/fakeentrylistwriter.h"
#include "fakeserver/fakejson.h"
#include "fakeserver/fakestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <limits>

class TstFakeEntryListWriter : public QObject
{
    Q_OBJECT

private slots:
    void timestampAsToString_data();
    void timestampAsToString();
    void everyEntryKindAsFakeJson_data();
    void everyEntryKindAsFakeJson();
    void oddStringsAndNumbersAsQJsonDocument_data();
    void oddStringsAndNumbersAsQJsonDocument();
    void demoAndSyntheticListAsFakeJson();

private:
    static QByteArray reference(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now,
                                bool enhanced);
    static QByteArray written(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now,
                              bool enhanced);
    static void seedMasterData(FakeStore* store);
    static QList<FakeStore::Entry> sampleEntries(const QDateTime& now);
};

namespace {

const QDateTime s_now(QDate(2026, 3, 10), QTime(14, 30, 15), Qt::UTC);

} // namespace

QByteArray TstFakeEntryListWriter::reference(const FakeStore& store, const FakeStore::Entry& entry,
                                             const QDateTime& now, bool enhanced)
{
    return QJsonDocument(FakeJson::entry(store, entry, now, enhanced)).toJson(QJsonDocument::Compact);
}

QByteArray TstFakeEntryListWriter::written(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now,
                                           bool enhanced)
{
    QByteArray bytes;
    FakeEntryListWriter(store, now, enhanced).appendEntry(&bytes, entry);
    return bytes;
}

void TstFakeEntryListWriter::seedMasterData(FakeStore* store)
{
    store->user().name = QStringLiteral("Erika \"Eri\" Mustermann\\");
    FakeStore::Customer customer;
    customer.name = QStringLiteral("Bäckerei Sonnenschein");
    store->addCustomer(customer);
    FakeStore::Project project;
    project.customersId = 101;
    project.name = QStringLiteral("Tab\there, 日本");
    store->addProject(project);
    FakeStore::Service service;
    service.name = QStringLiteral("Entwicklung 🚀");
    store->addService(service);
    FakeStore::LumpSumService lumpSumService;
    lumpSumService.name = QStringLiteral("Anfahrt");
    lumpSumService.price = 12.345;
    store->addLumpSumService(lumpSumService);
}

// Every field set (running and stopped time entries, clocked and not, lump sums by value and by service), every
// optional id missing, and references to master data that does not exist.
QList<FakeStore::Entry> TstFakeEntryListWriter::sampleEntries(const QDateTime& now)
{
    FakeStore::Entry full;
    full.id = 10001;
    full.customersId = 101;
    full.projectsId = 201;
    full.subprojectsId = 7;
    full.usersId = 42;
    full.servicesId = 301;
    full.billable = 1;
    full.textsId = 50001;
    full.text = QStringLiteral("Konzept \"überarbeiten\"\n\\ok");
    full.since = now.addSecs(-5400);
    full.until = now.addSecs(-600);
    full.inserted = now.addDays(-1);
    full.lastChange = now.addSecs(-1);
    full.lastChangeWorkTime = now.addSecs(-2);
    full.clockedSince = now.addSecs(-5400);
    full.clocked = true;
    full.clockedOffline = true;
    full.hourlyRate = 87.5;

    FakeStore::Entry running = full;
    running.id = 10002;
    running.until = QDateTime();
    running.clockedOffline = false;

    FakeStore::Entry bare;
    bare.id = 10003;
    bare.customersId = 999; // unknown customer
    bare.usersId = 43; // another user
    bare.since = now.addDays(-400);
    bare.until = bare.since.addSecs(1);
    bare.inserted = bare.since;
    bare.lastChange = bare.since;
    bare.lastChangeWorkTime = bare.since;

    FakeStore::Entry value = full;
    value.id = 10004;
    value.type = FakeStore::LumpSumValueEntry;
    value.until = value.since;
    value.lumpsum = 0.1 + 0.2;

    FakeStore::Entry service = full;
    service.id = 10005;
    service.type = FakeStore::LumpSumServiceEntry;
    service.servicesId = 0;
    service.lumpSumServicesId = 401;
    service.lumpSumServicesAmount = 2.5;
    service.until = service.since;

    FakeStore::Entry unknownService = service;
    unknownService.id = 10006;
    unknownService.lumpSumServicesId = 0;
    unknownService.billable = 2;
    unknownService.projectsId = 0;
    unknownService.text.clear();
    unknownService.textsId = 0;

    return { full, running, bare, value, service, unknownService };
}

void TstFakeEntryListWriter::timestampAsToString_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::newRow("now") << s_now;
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("before epoch, fraction") << QDateTime::fromMSecsSinceEpoch(-500, Qt::UTC);
    QTest::newRow("leap day 2000") << QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("leap day 2024, Berlin")
        << QDateTime(QDate(2024, 2, 29), QTime(0, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    QTest::newRow("new year's eve, New York")
        << QDateTime(QDate(2025, 12, 31), QTime(22, 0), QTimeZone(QByteArrayLiteral("America/New_York")));
    QTest::newRow("1900-03-01") << QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0, 1), Qt::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 0") << QDateTime(QDate(0, 6, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("invalid") << QDateTime();
}

void TstFakeEntryListWriter::timestampAsToString()
{
    QFETCH(QDateTime, dateTime);
    const QString expected = dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    QCOMPARE(FakeJson::timestamp(dateTime), expected);
    QByteArray bytes = "x";
    FakeJson::appendTimestamp(&bytes, dateTime);
    QCOMPARE(bytes, "x" + QJsonDocument(QJsonArray { expected }).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    // Every day of four years, at a second before midnight.
    if (QTest::currentDataTag() == QByteArrayLiteral("now")) {
        for (QDateTime day = dateTime.addYears(-3); day < dateTime.addYears(1); day = day.addDays(1)) {
            const QDateTime late = day.addSecs(86399 - day.time().msecsSinceStartOfDay() / 1000);
            QCOMPARE(FakeJson::timestamp(late), late.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        }
    }
}

void TstFakeEntryListWriter::everyEntryKindAsFakeJson_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("enhanced");
    QTest::newRow("owner, enhanced") << QStringLiteral("owner") << true;
    QTest::newRow("owner, plain") << QStringLiteral("owner") << false;
    QTest::newRow("worker, enhanced") << QStringLiteral("worker") << true;
    QTest::newRow("worker, plain") << QStringLiteral("worker") << false;
}

void TstFakeEntryListWriter::everyEntryKindAsFakeJson()
{
    QFETCH(QString, role);
    QFETCH(bool, enhanced);
    FakeStore store;
    seedMasterData(&store);
    store.user().role = role;
    for (const FakeStore::Entry& entry : sampleEntries(s_now))
        QCOMPARE(written(store, entry, s_now, enhanced), reference(store, entry, s_now, enhanced));
}

void TstFakeEntryListWriter::oddStringsAndNumbersAsQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    const QChar high = QChar(0xd83d);
    const QChar low = QChar(0xde80);
    QTest::newRow("controls") << QStringLiteral("a\x01\x08\x09\x0a\x0b\x0c\x0d\x1f\x7f b") << 1e16;
    QTest::newRow("quotes and backslashes") << QStringLiteral("\"\\/\\\\\"") << -0.0;
    QTest::newRow("latin-1, BMP, astral") << QStringLiteral("ÄÖÜß é € 日本 😀") << 1e-7;
    QTest::newRow("lone high surrogate") << QString(QStringLiteral("x") + high + QStringLiteral("y")) << 123456.789;
    QTest::newRow("lone low surrogate") << QString(QStringLiteral("x") + low + QStringLiteral("y")) << 1e300;
    QTest::newRow("high surrogate at the end") << QString(QStringLiteral("x") + high) << 0.1;
    QTest::newRow("reversed pair") << QString(QString(low) + high + QStringLiteral("z")) << 33.0;
    QTest::newRow("NaN") << QStringLiteral("nan") << std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("infinity") << QStringLiteral("inf") << std::numeric_limits<double>::infinity();
}

void TstFakeEntryListWriter::oddStringsAndNumbersAsQJsonDocument()
{
    QFETCH(QString, text);
    QFETCH(double, number);
    const QByteArray expected = QJsonDocument(QJsonArray { text, number }).toJson(QJsonDocument::Compact);
    QByteArray bytes = "[";
    FakeEntryListWriter::appendString(&bytes, text);
    bytes += ',';
    FakeEntryListWriter::appendDouble(&bytes, number);
    bytes += ']';
    QCOMPARE(bytes, expected);

    // The same strings and numbers inside entries and names.
    FakeStore store;
    seedMasterData(&store);
    store.user().name = text;
    store.customer(101)->name = text;
    for (FakeStore::Entry entry : sampleEntries(s_now)) {
        entry.text = text;
        entry.hourlyRate = number;
        entry.lumpsum = number;
        entry.lumpSumServicesAmount = number;
        QCOMPARE(written(store, entry, s_now, true), reference(store, entry, s_now, true));
    }
}

// The demo data and 3000 synthetic entries, as the list body of GET /v2/entries.
void TstFakeEntryListWriter::demoAndSyntheticListAsFakeJson()
{
    FakeStore store;
    FakeDemoData::seedUser(store);
    FakeDemoData::seed(store, s_now, 1);
    FakeDemoData::addSyntheticEntries(store, 3000, s_now.addDays(-14), s_now, 42, s_now);
    QList<const FakeStore::Entry*> entries;
    for (const FakeStore::Entry& entry : store.entries())
        entries.append(&entry);
    QVERIFY(entries.size() > 3000);
    const QJsonObject paging = FakeJson::paging(1000, 1, entries.size());
    for (const bool enhanced : { true, false }) {
        QJsonArray array;
        for (const FakeStore::Entry* entry : std::as_const(entries))
            array.append(FakeJson::entry(store, *entry, s_now, enhanced));
        const QByteArray expected
            = QJsonDocument(QJsonObject { { QStringLiteral("paging"), paging }, { QStringLiteral("entries"), array } })
                  .toJson(QJsonDocument::Compact);
        const QByteArray actual = FakeEntryListWriter(store, s_now, enhanced)
                                      .listBody(entries, QJsonDocument(paging).toJson(QJsonDocument::Compact));
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(actual == expected);
    }
}

QTEST_GUILESS_MAIN(TstFakeEntryListWriter)
#include "tst_fakeentrylistwriter.moc"
