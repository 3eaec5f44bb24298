// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of entries and master data (core/export) against the fake server over real HTTP: the SQLite database's
// tables and views against the entry model's totals, re-export after server changes, interrupted exports, a second
// account, 429 on a page, CSV separators per locale and JSON lines.
#include "api/apiclient.h"
#include "core/export/entryexporter.h"
#include "core/export/fileexportsink.h"
#include "core/export/sqliteexportsink.h"
#include "core/session/accountdata.h"
#include "models/daterange.h"
#include "models/daytotalsmodel.h"
#include "models/entrytablemodel.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/sqliterows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QDateTime Now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDate From(2026, 10, 20);
const QDate To(2026, 11, 20);

// Runs a query on a fresh connection to path and returns the rows (every column as QVariant).
QList<QList<QVariant>> select(const QString& path, const QString& sql)
{
    return sqliteRows(path, sql);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestExport : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountData> m_account;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    // Runs one export to its end; true when it succeeded.
    bool exportTo(std::unique_ptr<ExportSink> sink, EntryExporter* exporter = nullptr)
    {
        EntryExporter own(m_account.get());
        EntryExporter* e = exporter ? exporter : &own;
        QSignalSpy finished(e, &EntryExporter::finished);
        e->start(std::move(sink), From, To);
        if (!finished.wait(30000))
            return false;
        return finished.first().first().toBool();
    }
    bool exportSqlite(const QString& file) { return exportTo(std::make_unique<SqliteExportSink>(file)); }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(Now));
        m_server->seedDemoData();
        m_dir = std::make_unique<QTemporaryDir>();
        m_account = std::make_unique<AccountData>(m_api.get());
    }
    void cleanup()
    {
        m_account.reset();
        stopFakeServer();
        m_dir.reset();
    }

    void demoExportMatchesTheModelsTotals()
    {
        const QString file = path(QStringLiteral("demo.sqlite"));
        QVERIFY(exportSqlite(file));

        // The window's model over the same range.
        ManualClock clock(Now);
        EntryTableModel model(m_api.get(), &clock);
        const QTimeZone zone = m_account->timeZone();
        QCOMPARE(QString::fromUtf8(zone.id()), QStringLiteral("Europe/Berlin"));
        model.setTimeZone(zone);
        EntryQuery query;
        std::tie(query.since, query.until) = EntryExporter::window(From, To, zone);
        QSignalSpy loaded(&model, &EntryTableModel::loadFinished);
        model.load(query);
        QVERIFY(loaded.wait(20000));
        QVERIFY(model.rowCount() > 50);
        DayTotalsModel days(&clock);
        days.setRange(DateRange::custom(From, To, zone));
        days.setSourceModel(&model);
        days.recompute();

        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM entries")).first().first().toInt(),
                 model.rowCount());
        QCOMPARE(select(file, QStringLiteral("SELECT SUM(seconds) FROM hours_per_day")).first().first().toLongLong(),
                 days.totalSeconds());
        // Per day, per customer and per service as the model sums them.
        QHash<QString, qint64> perDay;
        QHash<qint64, qint64> perCustomer;
        QHash<qint64, double> lumpPerCustomer;
        QHash<qint64, qint64> perService;
        for (const Entry& e : model.entries()) {
            if (e.type == Entry::Type::Time) {
                perDay[e.timeSince.toTimeZone(zone).date().toString(Qt::ISODate)] += e.durationAt(Now);
                perCustomer[e.customersId] += e.durationAt(Now);
                perService[e.servicesId.value_or(0)] += e.durationAt(Now);
            } else if (e.type == Entry::Type::LumpSumValue) {
                lumpPerCustomer[e.customersId] += e.lumpSum.value_or(0);
            } else {
                lumpPerCustomer[e.customersId]
                    += e.lumpSumServicesAmount.value_or(0) * e.lumpSumServicesPrice.value_or(0);
            }
        }
        for (const QDate& day : { From, To }) {
            QCOMPARE(days.seconds(day), perDay.value(day.toString(Qt::ISODate)));
        }
        const auto dayRows = select(file, QStringLiteral("SELECT day, seconds, hours FROM hours_per_day"));
        QVERIFY(!dayRows.isEmpty());
        for (const auto& row : dayRows) {
            QCOMPARE(row.at(1).toLongLong(), perDay.value(row.at(0).toString()));
            QCOMPARE(row.at(1).toLongLong(), days.seconds(QDate::fromString(row.at(0).toString(), Qt::ISODate)));
            QCOMPARE(row.at(2).toDouble(), row.at(1).toDouble() / 3600.0);
        }
        const auto customerRows
            = select(file, QStringLiteral("SELECT customers_id, customer, seconds, lump_sums FROM hours_per_customer"));
        QCOMPARE(customerRows.size(), perCustomer.size());
        for (const auto& row : customerRows) {
            QCOMPARE(row.at(2).toLongLong(), perCustomer.value(row.at(0).toLongLong()));
            QVERIFY(qAbs(row.at(3).toDouble() - lumpPerCustomer.value(row.at(0).toLongLong())) < 1e-6);
            QCOMPARE(row.at(1).toString(), m_account->customer(row.at(0).toLongLong())->name);
        }
        for (const auto& row : select(file, QStringLiteral("SELECT services_id, seconds FROM hours_per_service"))) {
            if (!row.at(0).isNull())
                QCOMPARE(row.at(1).toLongLong(), perService.value(row.at(0).toLongLong()));
        }

        // Master data, the user, the run and typed columns.
        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM customers")).first().first().toInt(),
                 m_account->customers().size());
        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM projects")).first().first().toInt(),
                 m_account->projects().size());
        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM lumpsum_services")).first().first().toInt(),
                 m_account->lumpSumServices().size());
        QCOMPARE(select(file, QStringLiteral("SELECT email FROM users WHERE id = 42")).first().first().toString(),
                 m_server->email());
        const auto run = select(file,
                                QStringLiteral("SELECT range_from, range_to, account_email, entries, "
                                               "app_version FROM export_runs"));
        QCOMPARE(run.size(), 1);
        QCOMPARE(run.first().at(0).toString(), QStringLiteral("2026-10-20"));
        QCOMPARE(run.first().at(1).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(run.first().at(2).toString(), m_server->email());
        QCOMPARE(run.first().at(3).toInt(), model.rowCount());
        QCOMPARE(run.first().at(4).toString(), QStringLiteral(CLOCKODO_VERSION));
        QCOMPARE(select(file,
                        QStringLiteral("SELECT COUNT(*) FROM entries WHERE typeof(revenue) <> 'real' "
                                       "OR typeof(clocked) <> 'integer' OR time_since NOT LIKE '%Z'"))
                     .first()
                     .first()
                     .toInt(),
                 0);
        QVERIFY(select(file, QStringLiteral("SELECT COUNT(*) FROM entries WHERE type = 3")).first().first().toInt()
                > 0);
    }

    void reExportGivesTheServersState()
    {
        const QString file = path(QStringLiteral("again.sqlite"));
        QVERIFY(exportSqlite(file));
        const QJsonArray all = m_server->allEntries();
        // One entry outside the range, kept in the file although the server no longer has it.
        const qint64 outside = m_server->addTimeEntry(
            m_server->customerId(QStringLiteral("Hotel Seeblick")), 0, m_server->serviceId(QStringLiteral("Beratung")),
            QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC), QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC),
            QStringLiteral("September"), 1);
        QVERIFY(outside > 0);
        const QDate old = From;
        EntryExporter exporter(m_account.get());
        QSignalSpy done(&exporter, &EntryExporter::finished);
        exporter.start(std::make_unique<SqliteExportSink>(file), QDate(2026, 9, 1), QDate(2026, 9, 1));
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().first().toBool());
        m_server->remoteDeleteEntry(outside);

        const qint64 edited = all.at(3).toObject().value(QLatin1String("id")).toInteger();
        const qint64 deleted = all.at(5).toObject().value(QLatin1String("id")).toInteger();
        m_server->remoteEditEntry(edited, { { QStringLiteral("text"), QStringLiteral("geändert") } });
        m_server->remoteDeleteEntry(deleted);
        QVERIFY(exportSqlite(file));
        QCOMPARE(select(file, QStringLiteral("SELECT text FROM entries WHERE id = %1").arg(edited)).first().first(),
                 QVariant(QStringLiteral("geändert")));
        QVERIFY(select(file, QStringLiteral("SELECT id FROM entries WHERE id = %1").arg(deleted)).isEmpty());
        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM entries WHERE id = %1").arg(outside))
                     .first()
                     .first()
                     .toInt(),
                 1);
        QCOMPARE(
            select(
                file,
                QStringLiteral("SELECT COUNT(*) FROM entries WHERE local_date >= '%1'").arg(old.toString(Qt::ISODate)))
                .first()
                .first()
                .toInt(),
            int(m_server->allEntries().size()));
        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM export_runs")).first().first().toInt(), 3);
    }

    void interruptedExportKeepsThePreviousFile_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("cancel after page 1") << true;
        QTest::newRow("server error on page 2") << false;
    }
    void interruptedExportKeepsThePreviousFile()
    {
        QFETCH(bool, cancel);
        for (const QString& name : { QStringLiteral("x.sqlite"), QStringLiteral("x.csv") }) {
            const QString file = path(name);
            const auto sink = [&]() -> std::unique_ptr<ExportSink> {
                if (name.endsWith(QLatin1String(".csv")))
                    return std::make_unique<FileExportSink>(file, FileExportSink::Format::Csv);
                return std::make_unique<SqliteExportSink>(file);
            };
            QVERIFY(exportTo(sink()));
            const QByteArray before = fileHash(file);
            QVERIFY(!before.isEmpty());
            // Many pages: the server's changes must not reach the file.
            m_server->addSyntheticEntries(2500, QDateTime(From, QTime(9, 0), Qt::UTC),
                                          QDateTime(To, QTime(9, 0), Qt::UTC), 7);
            EntryExporter exporter(m_account.get());
            QSignalSpy progress(&exporter, &EntryExporter::progress);
            connect(&exporter, &EntryExporter::progress, this, [&](int done, int total) {
                QVERIFY(total > done);
                if (cancel) {
                    exporter.cancel();
                } else {
                    FakeClockodoServer::Fault fault;
                    fault.kind = FakeClockodoServer::Fault::Kind::Status;
                    fault.status = 500;
                    fault.attempts = 0;
                    fault.pathPrefix = QStringLiteral("/v2/entries");
                    m_server->injectFault(fault);
                }
            });
            QVERIFY(!exportTo(sink(), &exporter));
            QCOMPARE(progress.size(), 1);
            QCOMPARE(exporter.wasCanceled(), cancel);
            QVERIFY(!exporter.errorMessage().isEmpty());
            QCOMPARE(fileHash(file), before);
            m_server->clearFaults();
            m_server->seedDemoData();
        }
    }

    void secondAccountIsRefused()
    {
        const QString file = path(QStringLiteral("one.sqlite"));
        QVERIFY(exportSqlite(file));
        const QByteArray before = fileHash(file);
        m_server->setCredentials(QStringLiteral("max@example.com"), QStringLiteral("other-key"));
        m_api->setCredentials(QStringLiteral("max@example.com"), QStringLiteral("other-key"));
        m_account->clear();
        EntryExporter exporter(m_account.get());
        QVERIFY(!exportTo(std::make_unique<SqliteExportSink>(file), &exporter));
        QVERIFY2(exporter.errorMessage().contains(QLatin1String("erika@example.com")),
                 qPrintable(exporter.errorMessage()));
        QCOMPARE(fileHash(file), before);
    }

    void rateLimitWaitsAndGoesOn()
    {
        RetryPolicy policy;
        policy.maxRetries = 2;
        m_api->setRetryPolicy(policy);
        m_server->addSyntheticEntries(1500, QDateTime(From, QTime(9, 0), Qt::UTC), QDateTime(To, QTime(9, 0), Qt::UTC),
                                      3);
        EntryExporter exporter(m_account.get());
        connect(&exporter, &EntryExporter::progress, this, [this](int done, int) {
            if (done <= 1000) {
                FakeClockodoServer::Fault fault;
                fault.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
                fault.retryAfterSeconds = 0;
                fault.pathPrefix = QStringLiteral("/v2/entries");
                m_server->injectFault(fault);
            }
        });
        const QString file = path(QStringLiteral("limited.sqlite"));
        QVERIFY(exportTo(std::make_unique<SqliteExportSink>(file), &exporter));
        QCOMPARE(select(file, QStringLiteral("SELECT COUNT(*) FROM entries")).first().first().toInt(), exporter.rows());
        int limited = 0;
        for (const auto& r : loggedRequests("GET", QStringLiteral("/api/v2/entries")))
            limited += r.status == 429 ? 1 : 0;
        QCOMPARE(limited, 1);
    }

    void csvFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral(";") << QStringLiteral(",");
        QTest::newRow("fr") << QStringLiteral("fr_FR") << QStringLiteral(";") << QStringLiteral(",");
        QTest::newRow("en") << QStringLiteral("en_US") << QStringLiteral(",") << QStringLiteral(".");
    }
    void csvFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, separator);
        QFETCH(QString, decimal);
        const FileExportSink::CsvStyle style = FileExportSink::CsvStyle::forLocale(QLocale(locale));
        QCOMPARE(QString(style.separator), separator);
        QCOMPARE(QString(style.decimalMark), decimal);
        const QString file = path(QStringLiteral("entries.csv"));
        QVERIFY(exportTo(std::make_unique<FileExportSink>(file, FileExportSink::Format::Csv, style)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(separator);
        QCOMPARE(header.first(), QStringLiteral("id"));
        const int revenue = int(header.indexOf(QStringLiteral("revenue")));
        const int since = int(header.indexOf(QStringLiteral("time_since")));
        QVERIFY(revenue > 0 && since > 0);
        const QStringList first = lines.at(1).split(separator);
        QCOMPARE(first.size(), header.size());
        QVERIFY2(first.at(revenue).contains(decimal), qPrintable(first.at(revenue)));
        // Account time (Berlin): the demo days start at 08:00 local.
        QVERIFY2(first.at(since).endsWith(QLatin1String("08:00:00")), qPrintable(first.at(since)));
    }

    void jsonLinesHoldOneObjectPerEntry()
    {
        const QString file = path(QStringLiteral("entries.json"));
        EntryExporter exporter(m_account.get());
        QVERIFY(exportTo(std::make_unique<FileExportSink>(file, FileExportSink::Format::JsonLines), &exporter));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size() - 1, exporter.rows()); // the last line ends in '\n'
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QVERIFY(o.value(QLatin1String("id")).toInteger() > 0);
        QVERIFY(o.value(QLatin1String("time_since")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(o.contains(QLatin1String("local_date")));
        QVERIFY(o.value(QLatin1String("clocked")).isBool());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
