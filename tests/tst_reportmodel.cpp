// SPDX-License-Identifier: GPL-3.0-or-later
// The report (models/ReportModel) over the window's entry models, with the fake server's demo data: its totals
// against the table's and DayTotalsModel's, grouping by customer > project > service and by day, the table's
// filter, sorting through a proxy, and updates without a reset while the groups stay. Under QAbstractItemModelTester.
#include "api/apiclient.h"
#include "models/csvwriter.h"
#include "models/daterange.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/moneyformat.h"
#include "models/reportcsv.h"
#include "models/reportmodel.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

namespace {
const QDateTime Now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDate From(2026, 11, 1);
const QDate To(2026, 11, 30);
} // namespace

class TestReportModel : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<EntryFilterProxyModel> m_proxy;
    std::unique_ptr<DayTotalsModel> m_days;
    std::unique_ptr<ReportModel> m_report;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    DateRange m_range;

    // Sum of a role over the children of parent.
    qint64 childSum(const QModelIndex& parent, int role) const
    {
        qint64 sum = 0;
        for (int r = 0; r < m_report->rowCount(parent); ++r)
            sum += m_report->index(r, 0, parent).data(role).toLongLong();
        return sum;
    }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(Now));
        m_server->seedDemoData();
        m_clock = std::make_unique<ManualClock>(Now);
        const QTimeZone zone("Europe/Berlin");
        m_range = DateRange::custom(From, To, zone);
        m_model = std::make_unique<EntryTableModel>(m_api.get(), m_clock.get());
        m_model->setTimeZone(zone);
        m_proxy = std::make_unique<EntryFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_days = std::make_unique<DayTotalsModel>(m_clock.get());
        m_days->setRange(m_range);
        m_days->setSourceModel(m_proxy.get());
        m_report = std::make_unique<ReportModel>(m_clock.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_report.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_report->setRange(m_range);
        m_report->setSourceModel(m_proxy.get());
        EntryQuery query;
        query.since = m_range.sinceUtc();
        query.until = m_range.untilUtc();
        QSignalSpy loaded(m_model.get(), &EntryTableModel::loadFinished);
        m_model->load(query);
        QVERIFY(loaded.wait(20000));
        QVERIFY(m_model->rowCount() > 20);
        m_days->recompute();
        m_report->recompute();
    }
    void cleanup()
    {
        m_tester.reset();
        m_report.reset();
        m_days.reset();
        m_proxy.reset();
        m_model.reset();
        stopFakeServer();
    }

    void amountsShowTheCurrency_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("thousand"); // 1234.5 EUR as the language writes it
        QTest::addColumn<QString>("swiss"); // 1234.5 CHF
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("€1,234.50") << QStringLiteral("CHF1,234.50");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1.234,50\u00a0€")
                            << QStringLiteral("1.234,50\u00a0CHF");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1\u202f234,50\u00a0€")
                            << QStringLiteral("1\u202f234,50\u00a0CHF");
    }
    void amountsShowTheCurrency()
    {
        // Revenue and lump sums carry the account's currency (AccountData::currency()) where the locale puts it; the
        // CSV keeps plain numbers; without a currency the amounts read as before.
        QFETCH(QString, language);
        QFETCH(QString, thousand);
        QFETCH(QString, swiss);
        const QLocale before;
        QLocale::setDefault(QLocale(language));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QCOMPARE(MoneyFormat::format(1234.5, QStringLiteral("EUR")), thousand);
        QCOMPARE(MoneyFormat::format(1234.5, QStringLiteral("CHF")), swiss);
        QCOMPARE(MoneyFormat::format(1234.5, QString()), QLocale().toString(1234.5, 'f', 2));

        int row = -1;
        for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
            if (m_model->entryAt(r).revenue.value_or(0) > 0)
                row = r;
        }
        QVERIFY(row >= 0);
        const double revenue = *m_model->entryAt(row).revenue;
        const QModelIndex cell = m_model->index(row, EntryTableModel::RevenueColumn);
        QCOMPARE(cell.data().toString(), QLocale().toString(revenue, 'f', 2));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setCurrency(QStringLiteral("EUR"));
        QVERIFY(changed.count() > 0);
        const QString shown = cell.data().toString();
        QCOMPARE(shown, QLocale().toCurrencyString(revenue, QStringLiteral("€"), 2));
        QVERIFY2(language == QLatin1String("en") ? shown.startsWith(QStringLiteral("€"))
                                                 : shown.endsWith(QStringLiteral("\u00a0€")),
                 qPrintable(shown));
        QCOMPARE(cell.data(EntryTableModel::ExportRole).toString(), QString::number(revenue, 'f', 2));

        m_report->setCurrency(QStringLiteral("EUR"));
        const QModelIndex first = m_report->index(0, ReportModel::RevenueColumn);
        QVERIFY(first.data().toString().contains(QStringLiteral("€")));
        QVERIFY2(m_report->totalsText().contains(QStringLiteral("€")), qPrintable(m_report->totalsText()));
        m_report->setCurrency(QString());
        QVERIFY(!m_report->index(0, ReportModel::RevenueColumn).data().toString().contains(QStringLiteral("€")));
    }

    void totalsMatchTheTableAndDayTotals()
    {
        QVERIFY(m_days->totalSeconds() > 0);
        QCOMPARE(m_report->totalSeconds(), m_days->totalSeconds());
        QCOMPARE(m_report->totalEntries(), m_proxy->rowCount());
        double lumpSums = 0;
        double revenue = 0;
        bool anyRevenue = false;
        QHash<qint64, qint64> perCustomer;
        for (const Entry& e : m_model->entries()) {
            if (e.type == Entry::Type::Time)
                perCustomer[e.customersId] += e.durationAt(Now);
            else if (e.type == Entry::Type::LumpSumValue)
                lumpSums += e.lumpSum.value_or(0);
            else
                lumpSums += e.lumpSumServicesAmount.value_or(0) * e.lumpSumServicesPrice.value_or(0);
            if (e.revenue) {
                revenue += *e.revenue;
                anyRevenue = true;
            }
        }
        QVERIFY(lumpSums > 0);
        QCOMPARE(m_report->totalLumpSums(), lumpSums);
        QCOMPARE(m_report->totalRevenue().isValid(), anyRevenue);
        if (anyRevenue)
            QCOMPARE(m_report->totalRevenue().toDouble(), revenue);

        // Customer > project > service: every level adds up to its parent.
        QCOMPARE(childSum({}, ReportModel::SecondsRole), m_report->totalSeconds());
        QCOMPARE(childSum({}, ReportModel::EntryCountRole), qint64(m_report->totalEntries()));
        for (int c = 0; c < m_report->rowCount(); ++c) {
            const QModelIndex customer = m_report->index(c, 0);
            QVERIFY(m_report->rowCount(customer) > 0);
            QCOMPARE(childSum(customer, ReportModel::SecondsRole),
                     customer.data(ReportModel::SecondsRole).toLongLong());
            for (int p = 0; p < m_report->rowCount(customer); ++p) {
                const QModelIndex project = m_report->index(p, 0, customer);
                QVERIFY(m_report->rowCount(project) > 0);
                QCOMPARE(childSum(project, ReportModel::SecondsRole),
                         project.data(ReportModel::SecondsRole).toLongLong());
            }
        }
        // Per customer as the table's entries sum it (the demo month lies inside the range).
        qint64 timeCustomers = 0;
        for (int c = 0; c < m_report->rowCount(); ++c) {
            const qint64 seconds = m_report->index(c, 0).data(ReportModel::SecondsRole).toLongLong();
            if (seconds > 0)
                ++timeCustomers;
        }
        QCOMPARE(timeCustomers, qint64(perCustomer.size()));
        for (int c = 0; c < m_report->rowCount(); ++c) {
            const QModelIndex customer = m_report->index(c, 0);
            const QString name = customer.data().toString();
            qint64 expected = 0;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->index(row, EntryTableModel::CustomerColumn).data().toString() == name
                    && m_model->entryAt(row).type == Entry::Type::Time)
                    expected += m_model->entryAt(row).durationAt(Now);
            }
            QCOMPARE(customer.data(ReportModel::SecondsRole).toLongLong(), expected);
        }
        QVERIFY(m_report->totalsText().contains(QString::number(m_report->totalEntries())));
    }

    // The report as CSV (German spreadsheet style): the tree in the view's order, one column per level, decimal hours
    // with a comma, and a totals row equal to the report's (= the table's) totals.
    void csvOfTheReport()
    {
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(m_report.get());
        sorted.setSortRole(ReportModel::SortRole);
        sorted.sort(ReportModel::HoursColumn, Qt::DescendingOrder);
        CsvWriter writer(QLatin1Char(';'));
        writer.setDecimalMark(QLatin1Char(','));
        ReportCsv::addTo(&writer, &sorted);
        QStringList lines = writer.text().split(QStringLiteral("\r\n"));
        QCOMPARE(lines.takeLast(), QString()); // the text ends with a line break
        const bool revenue = m_report->totalRevenue().isValid();
        const QStringList header = lines.first().split(u';');
        QCOMPARE(header.mid(0, 4),
                 (QStringList { QStringLiteral("Customer"), QStringLiteral("Project"), QStringLiteral("Service"),
                                QStringLiteral("Hours") }));
        QCOMPARE(header.size(), revenue ? 7 : 6);
        int nodes = 0;
        for (int c = 0; c < m_report->rowCount(); ++c) {
            const QModelIndex customer = m_report->index(c, 0);
            ++nodes;
            for (int p = 0; p < m_report->rowCount(customer); ++p)
                nodes += 1 + m_report->rowCount(m_report->index(p, 0, customer));
        }
        QCOMPARE(lines.size(), 1 + nodes + 1);
        // The first group is the customer with the most hours, on its own level; its hours as the model has them.
        const QModelIndex top = sorted.index(0, 0);
        const QStringList first = lines.at(1).split(u';');
        QCOMPARE(first.at(0), top.data().toString());
        QCOMPARE(first.at(1), QString());
        const QString hours = QString::number(double(top.data(ReportModel::SecondsRole).toLongLong()) / 3600.0, 'f', 2);
        QCOMPARE(first.at(3), QString(hours).replace(u'.', u','));
        // Its first child carries the customer's name too (a pivot table needs the whole path).
        QCOMPARE(lines.at(2).split(u';').at(0), top.data().toString());
        // The totals row: the report's totals, which the other tests tie to the table and DayTotalsModel.
        const QStringList total = lines.last().split(u';');
        QCOMPARE(total.at(0), QStringLiteral("Total"));
        const QString totalHours = QString::number(double(m_days->totalSeconds()) / 3600.0, 'f', 2);
        QCOMPARE(total.at(3), QString(totalHours).replace(u'.', u','));
        QCOMPARE(total.last(), QString::number(m_proxy->rowCount()));

        // By day: two levels, one row per day and per day's customer, the same total.
        m_report->setGrouping(ReportModel::ByDay);
        CsvWriter byDay(QLatin1Char(','));
        ReportCsv::addTo(&byDay, m_report.get());
        const QStringList dayLines = byDay.text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(dayLines.first().split(u',').mid(0, 3),
                 (QStringList { QStringLiteral("Day"), QStringLiteral("Customer"), QStringLiteral("Hours") }));
        QCOMPARE(dayLines.last().split(u',').at(2), totalHours);
    }

    void byDayMatchesDayTotals()
    {
        QSignalSpy reset(m_report.get(), &QAbstractItemModel::modelReset);
        m_report->setGrouping(ReportModel::ByDay);
        QVERIFY(reset.size() >= 1);
        QCOMPARE(m_report->totalSeconds(), m_days->totalSeconds());
        QVERIFY(m_report->rowCount() > 5);
        qint64 sum = 0;
        for (int d = 0; d < m_report->rowCount(); ++d) {
            const QModelIndex day = m_report->index(d, 0);
            const QDate date = day.data(ReportModel::DateRole).toDate();
            QVERIFY(m_range.contains(date));
            QCOMPARE(day.data(ReportModel::SecondsRole).toLongLong(), m_days->seconds(date));
            QCOMPARE(childSum(day, ReportModel::SecondsRole), m_days->seconds(date));
            sum += day.data(ReportModel::SecondsRole).toLongLong();
        }
        QCOMPARE(sum, m_days->totalSeconds());
        QCOMPARE(childSum({}, ReportModel::EntryCountRole), qint64(m_proxy->rowCount()));
    }

    void followsTheTablesFilter()
    {
        const qint64 all = m_report->totalSeconds();
        const QString customer = m_model->index(0, EntryTableModel::CustomerColumn).data().toString();
        QVERIFY(!customer.isEmpty());
        m_proxy->setCustomerId(m_model->entryAt(0).customersId);
        QVERIFY(m_proxy->rowCount() < m_model->rowCount());
        QSignalSpy changed(m_report.get(), &ReportModel::totalsChanged);
        QVERIFY(changed.wait(5000));
        m_days->recompute();
        QVERIFY(m_report->totalSeconds() < all);
        QCOMPARE(m_report->totalSeconds(), m_days->totalSeconds());
        QCOMPARE(m_report->totalEntries(), m_proxy->rowCount());
        QCOMPARE(m_report->rowCount(), 1);
        QCOMPARE(m_report->index(0, 0).data().toString(), customer);
    }

    void sortsThroughAProxy()
    {
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(m_report.get());
        sorted.setSortRole(ReportModel::SortRole);
        sorted.sort(ReportModel::HoursColumn, Qt::DescendingOrder);
        QVERIFY(sorted.rowCount() > 1);
        for (int r = 1; r < sorted.rowCount(); ++r) {
            QVERIFY(sorted.index(r - 1, ReportModel::HoursColumn).data(ReportModel::SecondsRole).toLongLong()
                    >= sorted.index(r, ReportModel::HoursColumn).data(ReportModel::SecondsRole).toLongLong());
        }
        sorted.sort(ReportModel::NameColumn, Qt::AscendingOrder);
        for (int r = 1; r < sorted.rowCount(); ++r) {
            QVERIFY(QString::localeAwareCompare(sorted.index(r - 1, 0).data().toString(),
                                                sorted.index(r, 0).data().toString())
                    <= 0);
        }
    }

    void updatesFollowTheSource()
    {
        // New values for the same groups: dataChanged only, no reset (a view keeps what is expanded).
        QSignalSpy reset(m_report.get(), &QAbstractItemModel::modelReset);
        QSignalSpy dataChanged(m_report.get(), &QAbstractItemModel::dataChanged);
        const int rows = m_model->rowCount();
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(rows - 1, EntryTableModel::ColumnCount - 1));
        QSignalSpy changed(m_report.get(), &ReportModel::totalsChanged);
        QVERIFY(changed.wait(5000));
        QCOMPARE(reset.size(), 0);
        QVERIFY(dataChanged.size() > 0);

        // An entry deleted on the server and the range loaded again: the totals follow.
        const qint64 before = m_report->totalEntries();
        m_model->deleteEntries({ m_model->entryAt(0).id });
        QTRY_COMPARE(m_model->rowCount(), rows - 1);
        QTRY_COMPARE(m_report->totalEntries(), before - 1);
        m_days->recompute();
        QCOMPARE(m_report->totalSeconds(), m_days->totalSeconds());
    }

    void inactiveReportIsComputedOnlyWhenShownAgain()
    {
        // Issue 16: with its dock closed the report does not read every row again after each page or tick; opened,
        // it is computed once and matches the table.
        const int entries = m_report->totalEntries();
        QCOMPARE(entries, m_proxy->rowCount());
        m_report->setActive(false);
        QSignalSpy changed(m_report.get(), &ReportModel::totalsChanged);
        m_proxy->setCustomerId(m_model->entryAt(0).customersId);
        QVERIFY(m_proxy->rowCount() < entries);
        const int rows = m_proxy->rowCount();
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(0, EntryTableModel::ColumnCount - 1));
        QTest::qWait(0); // the turn in which an active report recomputes (it waits for one)
        QCoreApplication::processEvents();
        // Hidden, it empties once (it keeps nothing stale) and is not computed: a computation would count `rows`.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_report->totalEntries(), 0);
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(0, EntryTableModel::ColumnCount - 1));
        QTest::qWait(0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_report->totalEntries(), 0);
        changed.clear();

        m_report->setActive(true);
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_report->totalEntries(), rows);
    }

    void activeReportIsComputedOncePerLoadNotPerPage()
    {
        // Issue 16: with its dock open the report does not read every row again after each page (or slice) of a
        // load: while rows arrive at most once per load interval (here longer than any test), then once at the end.
        connect(m_model.get(), &EntryTableModel::loadingChanged, m_report.get(), &ReportModel::setSourceLoading);
        m_report->setLoadIntervalMs(3600 * 1000);
        const int rows = m_proxy->rowCount();
        EntryQuery paged; // another query (smaller pages): the rows go and come back a page at a time
        paged.since = m_range.sinceUtc();
        paged.until = m_range.untilUtc();
        paged.itemsPerPage = 4;
        QSignalSpy pages(m_model.get(), &EntryTableModel::pageLoaded);
        QSignalSpy loaded(m_model.get(), &EntryTableModel::loadFinished);
        const int before = m_report->computations();
        m_model->load(paged);
        QVERIFY(loaded.wait(20000));
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QVERIFY(pages.size() >= 5);
        QCOMPARE(m_proxy->rowCount(), rows);
        // The reset of the table (one) and the end of the load (one), not one per page.
        QCOMPARE(m_report->computations() - before, 2);
        QCOMPARE(m_report->totalEntries(), rows);
        m_days->recompute();
        QCOMPARE(m_report->totalSeconds(), m_days->totalSeconds());
    }

    void runningClockTickIsCountedInOnceAMinute()
    {
        // A tick changes the duration cell of the running entry alone: counted in at most once a minute, not once
        // a second; any other change at once.
        QSignalSpy changed(m_report.get(), &ReportModel::totalsChanged);
        const QModelIndex duration = m_model->index(0, EntryTableModel::DurationColumn);
        for (int second = 0; second < 3; ++second) {
            emit m_model->dataChanged(duration, duration, { Qt::DisplayRole, EntryTableModel::SortRole });
            QTest::qWait(0);
            QCoreApplication::processEvents();
        }
        QCOMPARE(changed.size(), 0);
        emit m_model->dataChanged(m_model->index(0, 0), m_model->index(0, EntryTableModel::ColumnCount - 1));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.size(), 1);
    }

    void inactiveReportForgetsRowsOnAReset()
    {
        // A reset of the source (another range or account) while the dock is closed: the hidden report keeps none
        // of the old names (tst_appaccountswitch reads hidden views too); shown again, it is computed anew.
        QVERIFY(m_report->totalEntries() > 0);
        m_report->setActive(false);
        EntryQuery other; // another range: the table model resets at once, then loads (nothing there)
        other.since = m_range.sinceUtc().addYears(-5);
        other.until = other.since.addDays(1);
        m_model->load(other);
        QCOMPARE(m_report->totalEntries(), 0);
        QCOMPARE(m_report->rowCount(), 0);
        m_report->setActive(true);
        QCOMPARE(m_report->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "tst_reportmodel.moc"
