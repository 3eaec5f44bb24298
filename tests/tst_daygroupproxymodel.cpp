// SPDX-License-Identifier: GPL-3.0-or-later
// The entry table grouped by day (models/DayGroupProxyModel) over the window's chain EntryTableModel ->
// EntryFilterProxyModel, with DayTotalsModel for the headers' totals: headers and order, precise signals for
// inserts, removals, changes across days, ticks, the account's time zone, filters, sorting, and pages from the fake
// server without a reset. Under QAbstractItemModelTester throughout.
#include "api/apiclient.h"
#include "models/daterange.h"
#include "models/daygroupproxymodel.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

namespace {
const QTimeZone Berlin("Europe/Berlin");
const QDateTime Now(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC); // Wednesday 16:00 in Berlin

QDateTime berlin(QDate date, QTime time)
{
    return QDateTime(date, time, Berlin).toUTC();
}

} // namespace

// The filter proxy, counting the mappings of its rows to the table's.
class CountingFilterProxy : public EntryFilterProxyModel
{
public:
    mutable int mappings = 0;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override
    {
        if (proxyIndex.isValid()) // rowCount() maps the root
            ++mappings;
        return EntryFilterProxyModel::mapToSource(proxyIndex);
    }
};

class TestDayGroupProxyModel : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<EntryFilterProxyModel> m_proxy;
    std::unique_ptr<DayTotalsModel> m_totals;
    std::unique_ptr<DayGroupProxyModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void build(ApiClient* api = nullptr)
    {
        m_clock = std::make_unique<ManualClock>(Now);
        m_model = std::make_unique<EntryTableModel>(api, m_clock.get());
        m_model->setTimeZone(Berlin);
        m_proxy = std::make_unique<EntryFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_totals = std::make_unique<DayTotalsModel>(m_clock.get());
        m_totals->setRange(DateRange::week(QDate(2026, 11, 25), Berlin, true));
        m_totals->setSourceModel(m_proxy.get());
        m_groups = std::make_unique<DayGroupProxyModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_groups.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_groups->setDayTotals(m_totals.get());
        m_groups->setSourceModel(m_proxy.get());
        // As the window does: the groups order the rows, the filter proxy keeps the table's order.
        m_groups->sort(EntryTableModel::DateColumn, Qt::AscendingOrder);
    }

    // Monday: two entries, Tuesday: one, Wednesday: one running since 14:00.
    void seedWeek()
    {
        const QDate mon(2026, 11, 23);
        m_model->upsertEntry(timeEntry(1, berlin(mon, QTime(9, 0)), berlin(mon, QTime(10, 0)), 2, QStringLiteral("a")));
        m_model->upsertEntry(timeEntry(2, berlin(mon, QTime(11, 0)), berlin(mon, QTime(12, 30)), 1));
        m_model->upsertEntry(
            timeEntry(3, berlin(mon.addDays(1), QTime(8, 0)), berlin(mon.addDays(1), QTime(9, 15)), 1));
        m_model->upsertEntry(timeEntry(4, berlin(mon.addDays(2), QTime(14, 0)), QDateTime(), 1));
        m_totals->recompute();
    }

    // Headers, then entries of their day; days in order; every source row exactly once, in the order of the sort.
    void verifyGrouping()
    {
        QList<QDate> days;
        QSet<int> sourceRows;
        int lastSourceRow = -1;
        QDate day;
        for (int row = 0; row < m_groups->rowCount(); ++row) {
            const QModelIndex index = m_groups->index(row, EntryTableModel::CustomerColumn);
            if (index.data(DayGroupProxyModel::DayHeaderRole).toBool()) {
                QVERIFY2(row + 1 < m_groups->rowCount() && !m_groups->isDayHeader(row + 1), "a header without entries");
                day = index.data(DayGroupProxyModel::DayDateRole).toDate();
                QVERIFY(!m_groups->mapToSource(index).isValid());
                QCOMPARE(m_groups->flags(index) & (Qt::ItemIsSelectable | Qt::ItemIsEnabled), Qt::NoItemFlags);
                QCOMPARE(m_groups->headerRowOf(day), row);
                days.append(day);
                lastSourceRow = -1;
                continue;
            }
            QVERIFY2(day.isValid(), "an entry before the first header");
            QCOMPARE(index.data(EntryTableModel::LocalDateRole).toDate(), day);
            QCOMPARE(index.data(DayGroupProxyModel::DayDateRole).toDate(), day);
            QVERIFY(m_groups->flags(index) & Qt::ItemIsSelectable);
            const QModelIndex source = m_groups->mapToSource(index);
            QVERIFY(source.isValid());
            QCOMPARE(m_groups->mapFromSource(source), index);
            if (lastSourceRow >= 0)
                QVERIFY2(inSortOrder(lastSourceRow, source.row()), "a day's entries in the order of the sort");
            lastSourceRow = source.row();
            sourceRows.insert(source.row());
        }
        QCOMPARE(sourceRows.size(), m_proxy->rowCount());
        QCOMPARE(m_groups->days(), days);
        for (int i = 1; i < days.size(); ++i)
            QVERIFY(m_groups->daysDescending() ? days.at(i - 1) > days.at(i) : days.at(i - 1) < days.at(i));
    }

    // Whether source row a may come right before b within a day: by the sort column's key, ties in source order;
    // descending the exact reverse; without a sort in source order.
    bool inSortOrder(int a, int b) const
    {
        const bool ascending = m_groups->sortOrder() == Qt::AscendingOrder;
        const int column = m_groups->sortColumn();
        if (column >= 0) {
            const QPartialOrdering order = QVariant::compare(m_proxy->index(a, column).data(EntryTableModel::SortRole),
                                                             m_proxy->index(b, column).data(EntryTableModel::SortRole));
            if (order == QPartialOrdering::Less)
                return ascending;
            if (order == QPartialOrdering::Greater)
                return !ascending;
        }
        return ascending ? a < b : a > b;
    }

    int rowOfId(qint64 id) const
    {
        return m_groups->mapFromSource(m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0))).row();
    }

    // The ids of date's entries as the groups show them.
    QList<qint64> idsOf(QDate date) const
    {
        QList<qint64> ids;
        for (int row = m_groups->headerRowOf(date) + 1; row < m_groups->rowCount() && !m_groups->isDayHeader(row);
             ++row)
            ids.append(m_groups->index(row, 0).data(EntryTableModel::IdRole).toLongLong());
        return ids;
    }

private slots:
    void cleanup()
    {
        m_tester.reset();
        m_groups.reset();
        m_totals.reset();
        m_proxy.reset();
        m_model.reset();
        stopFakeServer();
    }

    void headersCarryTheDayAndItsTotal()
    {
        build();
        seedWeek();
        verifyGrouping();
        QCOMPARE(m_groups->rowCount(), 4 + 3);
        QCOMPARE(m_groups->days(), (QList<QDate> { QDate(2026, 11, 23), QDate(2026, 11, 24), QDate(2026, 11, 25) }));
        const QModelIndex monday = m_groups->index(0, 0);
        QCOMPARE(monday.data(DayGroupProxyModel::DaySecondsRole).toLongLong(), 9000); // 1:00 + 1:30
        QCOMPARE(monday.data(DayGroupProxyModel::DayTotalTextRole).toString(), QStringLiteral("2:30 h"));
        QCOMPARE(monday.data().toString(),
                 QLocale().toString(QDate(2026, 11, 23), QLocale::LongFormat) + QStringLiteral(" — 2:30 h"));
        QVERIFY(!monday.data(DayGroupProxyModel::DayIsTodayRole).toBool());
        QVERIFY(m_groups->index(0, EntryTableModel::DescriptionColumn).data().toString().isEmpty());
        QCOMPARE(m_groups->index(0, EntryTableModel::DescriptionColumn).data(DayGroupProxyModel::DayTitleRole),
                 monday.data(DayGroupProxyModel::DayTitleRole)); // every cell can draw the whole row
        const QModelIndex wednesday = m_groups->index(m_groups->headerRowOf(QDate(2026, 11, 25)), 0);
        QVERIFY(wednesday.data(DayGroupProxyModel::DayIsTodayRole).toBool());
        QVERIFY(wednesday.data(DayGroupProxyModel::DayTitleRole).toString().endsWith(QStringLiteral("· today")));
        QCOMPARE(wednesday.data(DayGroupProxyModel::DaySecondsRole).toLongLong(), 7200); // running 14:00-16:00
        // The table's columns and their titles pass through.
        QCOMPARE(m_groups->columnCount(), int(EntryTableModel::ColumnCount));
        QCOMPARE(m_groups->headerData(EntryTableModel::CustomerColumn, Qt::Horizontal),
                 m_model->headerData(EntryTableModel::CustomerColumn, Qt::Horizontal));
        QCOMPARE(m_groups->index(1, EntryTableModel::CustomerColumn).data().toString(), QStringLiteral("Customer 2"));
    }

    void insertsAndRemovalsAreBlocks()
    {
        build();
        seedWeek();
        QSignalSpy inserted(m_groups.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_groups.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(m_groups.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layouts(m_groups.get(), &QAbstractItemModel::layoutChanged);
        // A new day (Thursday): its header and entry in one block, at the end.
        const QDate thu(2026, 11, 26);
        m_model->upsertEntry(timeEntry(5, berlin(thu, QTime(9, 0)), berlin(thu, QTime(10, 0))));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 7);
        QCOMPARE(inserted.at(0).at(2).toInt(), 8);
        verifyGrouping();
        // Into an existing day (Monday, between its two entries): one row.
        const QDate mon(2026, 11, 23);
        m_model->upsertEntry(timeEntry(6, berlin(mon, QTime(10, 30)), berlin(mon, QTime(10, 45))));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);
        QCOMPARE(inserted.at(1).at(2).toInt(), 2);
        verifyGrouping();
        // One of Monday's three: one row; Tuesday's only entry: the header goes with it.
        QVERIFY(m_model->removeEntry(6));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(0).at(2).toInt(), 2);
        const int tuesday = m_groups->headerRowOf(QDate(2026, 11, 24));
        QVERIFY(m_model->removeEntry(3));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(1).at(1).toInt(), tuesday);
        QCOMPARE(removed.at(1).at(2).toInt(), tuesday + 1);
        QCOMPARE(m_groups->headerRowOf(QDate(2026, 11, 24)), -1);
        verifyGrouping();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
    }

    void aChangeWithinADayIsOneRowAcrossDaysAMove()
    {
        build();
        seedWeek();
        QSignalSpy changed(m_groups.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_groups.get(), &QAbstractItemModel::modelReset);
        // A new description: that row only.
        Entry e = m_model->entryAt(m_model->rowOfId(2));
        e.text = QStringLiteral("new text");
        m_model->upsertEntry(e);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), rowOfId(2));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), rowOfId(2));
        // Monday's 11:00 entry moves to Thursday: the persistent index (the selection) follows it, Monday keeps its
        // header (entry 1 is left), Thursday gets one.
        QPersistentModelIndex moved = m_groups->index(rowOfId(2), EntryTableModel::CustomerColumn);
        const QDate thu(2026, 11, 26);
        e.timeSince = berlin(thu, QTime(11, 0));
        e.timeUntil = berlin(thu, QTime(12, 0));
        m_model->upsertEntry(e);
        verifyGrouping();
        QVERIFY(moved.isValid());
        QCOMPARE(moved.data(EntryTableModel::IdRole).toLongLong(), 2);
        QCOMPARE(moved.row(), rowOfId(2));
        QCOMPARE(m_groups->days().last(), thu);
        // Back to Monday morning: Thursday's header goes.
        e.timeSince = berlin(QDate(2026, 11, 23), QTime(7, 0));
        e.timeUntil = berlin(QDate(2026, 11, 23), QTime(8, 0));
        m_model->upsertEntry(e);
        verifyGrouping();
        QCOMPARE(moved.row(), 1);
        QCOMPARE(m_groups->headerRowOf(thu), -1);
        QCOMPARE(resets.size(), 0);
    }

    void aTickTouchesTheRunningRowAndItsHeader()
    {
        build();
        seedWeek();
        QCoreApplication::processEvents();
        QSignalSpy changed(m_groups.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layouts(m_groups.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(m_groups.get(), &QAbstractItemModel::rowsInserted);
        m_clock->advance(60);
        m_model->tick();
        m_totals->recompute(); // what its zero timer does one turn later
        const int running = rowOfId(4);
        const int header = m_groups->headerRowOf(QDate(2026, 11, 25));
        QSet<int> rows;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const int top = args.at(0).toModelIndex().row();
            const int bottom = args.at(1).toModelIndex().row();
            for (int row = top; row <= bottom; ++row)
                rows.insert(row);
        }
        QCOMPARE(rows, (QSet<int> { running, header }));
        QCOMPARE(m_groups->index(header, 0).data(DayGroupProxyModel::DaySecondsRole).toLongLong(), 7260);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(inserted.size(), 0);
    }

    void sortedByDurationTheRunningEntryMovesWithinItsDay()
    {
        // Sorted by duration, the running entry's tick moves its row past a longer one once it is longer (whole
        // minutes): one move within the day, no layout change; the current index stays on it.
        build();
        seedWeek(); // Wednesday: id 4 running since 14:00, 2:00 h at 16:00
        const QDate wed(2026, 11, 25);
        m_model->upsertEntry(timeEntry(9, berlin(wed, QTime(8, 0)), berlin(wed, QTime(10, 5)), 1)); // 2:05 h
        m_model->upsertEntry(timeEntry(10, berlin(wed, QTime(11, 0)), berlin(wed, QTime(12, 0)), 1)); // 1:00 h
        m_groups->sort(EntryTableModel::DurationColumn, Qt::AscendingOrder);
        verifyGrouping();
        QCOMPARE(idsOf(wed), (QList<qint64> { 10, 4, 9 }));
        const QPersistentModelIndex running = m_groups->index(rowOfId(4), EntryTableModel::DurationColumn);
        QSignalSpy moves(m_groups.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(m_groups.get(), &QAbstractItemModel::layoutChanged);
        m_clock->advance(4 * 60);
        m_model->tick(); // 2:04 h: still before 2:05
        QCOMPARE(idsOf(wed), (QList<qint64> { 10, 4, 9 }));
        QCOMPARE(moves.size(), 0);
        m_clock->advance(2 * 60);
        m_model->tick(); // 2:06 h
        verifyGrouping();
        QCOMPARE(idsOf(wed), (QList<qint64> { 10, 9, 4 }));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(running.row(), rowOfId(4));
    }

    void theAccountsTimeZoneRegroups()
    {
        build();
        // Late evening in Berlin: the next day in Tokyo; early morning: the day before in New York.
        const QDate mon(2026, 11, 23);
        for (int i = 0; i < 8; ++i) {
            const QDate day = mon.addDays(i % 4);
            m_model->upsertEntry(timeEntry(10 + i, berlin(day, QTime(i < 6 ? 23 : 2, 0)),
                                           berlin(day, QTime(i < 6 ? 23 : 2, 30)), 1 + i % 2));
        }
        m_model->upsertEntry(timeEntry(30, berlin(mon, QTime(12, 0)), berlin(mon, QTime(13, 0))));
        verifyGrouping();
        QSignalSpy resets(m_groups.get(), &QAbstractItemModel::modelReset);
        QPersistentModelIndex entry = m_groups->index(rowOfId(30), 0);
        for (const char* zone : { "Asia/Tokyo", "America/New_York", "Europe/Berlin" }) {
            m_model->setTimeZone(QTimeZone(zone));
            verifyGrouping();
            QCOMPARE(entry.data(EntryTableModel::IdRole).toLongLong(), 30);
            QCOMPARE(entry.row(), rowOfId(30));
        }
        QCOMPARE(m_groups->days().size(), 4);
        // One entry changing its day by the zone: moved alone, no layout change.
        build();
        m_model->upsertEntry(timeEntry(1, berlin(mon, QTime(12, 0)), berlin(mon, QTime(13, 0))));
        m_model->upsertEntry(timeEntry(2, berlin(mon, QTime(23, 30)), berlin(mon.addDays(1), QTime(0, 10))));
        QSignalSpy moves(m_groups.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(m_groups.get(), &QAbstractItemModel::layoutChanged);
        m_model->setTimeZone(QTimeZone("Asia/Tokyo"));
        verifyGrouping();
        QCOMPARE(m_groups->days(), (QList<QDate> { mon, mon.addDays(1) })); // 20:00 and 07:30 in Tokyo
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(moves.size(), 1);
    }

    void theFilterHidesDaysWithoutMatches()
    {
        build();
        seedWeek();
        QSignalSpy resets(m_groups.get(), &QAbstractItemModel::modelReset);
        m_proxy->setCustomerId(2); // only Monday's 9:00 entry
        verifyGrouping();
        QCOMPARE(m_groups->rowCount(), 2);
        QCOMPARE(m_groups->days(), QList<QDate> { QDate(2026, 11, 23) });
        m_proxy->setCustomerId(std::nullopt);
        m_proxy->setText(QStringLiteral("customer 1"));
        verifyGrouping();
        QCOMPARE(m_groups->rowCount(), 6);
        m_proxy->clearFilters();
        verifyGrouping();
        QCOMPARE(m_groups->rowCount(), 7);
        QCOMPARE(resets.size(), 0);
    }

    void sortingSortsWithinDaysAndDatesTurnTheDays()
    {
        build();
        seedWeek();
        QPersistentModelIndex header = m_groups->index(0, 0);
        QPersistentModelIndex entry = m_groups->index(rowOfId(1), 0);
        m_groups->sort(EntryTableModel::CustomerColumn, Qt::AscendingOrder);
        verifyGrouping();
        QVERIFY(!m_groups->daysDescending());
        QCOMPARE(m_groups->index(1, 0).data(EntryTableModel::IdRole).toLongLong(), 2); // Customer 1 first on Monday
        QCOMPARE(m_groups->index(2, 0).data(EntryTableModel::IdRole).toLongLong(), 1);
        QCOMPARE(entry.data(EntryTableModel::IdRole).toLongLong(), 1);
        m_groups->sort(EntryTableModel::DateColumn, Qt::DescendingOrder);
        verifyGrouping();
        QVERIFY(m_groups->daysDescending());
        QCOMPARE(m_groups->days().first(), QDate(2026, 11, 25));
        QCOMPARE(header.data(DayGroupProxyModel::DayDateRole).toDate(), QDate(2026, 11, 23));
        QCOMPARE(header.row(), m_groups->headerRowOf(QDate(2026, 11, 23)));
        QCOMPARE(entry.row(), rowOfId(1));
        m_groups->sort(EntryTableModel::StartColumn, Qt::AscendingOrder);
        verifyGrouping();
        QCOMPARE(m_groups->days().first(), QDate(2026, 11, 23));
    }

    void aFilteredTableResortsThroughTheGroupsOrTheSourceAlone()
    {
        // Through sort() the source stays as it is; a sort of the source alone (which the window never does) is
        // followed by the entries behind the rows, the groups keeping their own order. Either way the current entry
        // stays on it.
        build();
        seedWeek();
        const QDate tue(2026, 11, 24);
        m_model->upsertEntry(timeEntry(5, berlin(tue, QTime(7, 0)), berlin(tue, QTime(7, 30)), 1, QStringLiteral("z")));
        m_model->upsertEntry(
            timeEntry(6, berlin(tue, QTime(10, 0)), berlin(tue, QTime(11, 0)), 2, QStringLiteral("y")));
        m_proxy->setCustomerId(1);
        verifyGrouping();
        QPersistentModelIndex entry = m_groups->index(rowOfId(5), EntryTableModel::DescriptionColumn);
        QVERIFY(entry.isValid());
        m_groups->sort(EntryTableModel::DescriptionColumn, Qt::DescendingOrder);
        verifyGrouping();
        QCOMPARE(entry.data(EntryTableModel::IdRole).toLongLong(), 5);
        QCOMPARE(entry.row(), rowOfId(5));
        QCOMPARE(m_groups->index(m_groups->headerRowOf(tue) + 1, 0).data(EntryTableModel::IdRole).toLongLong(), 5);
        m_groups->sort(EntryTableModel::StartColumn, Qt::DescendingOrder);
        verifyGrouping();
        QVERIFY(m_groups->daysDescending());
        QCOMPARE(entry.row(), rowOfId(5));
        m_proxy->sort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder);
        verifyGrouping();
        QCOMPARE(entry.row(), rowOfId(5));
        m_proxy->clearFilters();
        m_groups->sort(EntryTableModel::CustomerColumn, Qt::AscendingOrder);
        verifyGrouping();
        QCOMPARE(entry.data(EntryTableModel::IdRole).toLongLong(), 5);
        QCOMPARE(m_groups->rowCount(), 3 + 6);
    }

    void aSortedDayPlacesInsertsEditsAndRemovals()
    {
        // The groups order each day's entries themselves and the filter proxy keeps the table's order: an inserted
        // entry lands at its key's place, an edited key moves its row within the day (one move, no layout change,
        // the current index goes with it), a removal takes its row only; descending is the exact reverse.
        build();
        seedWeek();
        const QDate mon(2026, 11, 23);
        m_model->upsertEntry(
            timeEntry(7, berlin(mon, QTime(13, 0)), berlin(mon, QTime(14, 0)), 1, QStringLiteral("b")));
        m_groups->sort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder);
        QCOMPARE(m_proxy->sortColumn(), -1);
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 2, 1, 7 })); // "", "a", "b"
        QSignalSpy layouts(m_groups.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy moves(m_groups.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(m_groups.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(m_groups.get(), &QAbstractItemModel::rowsRemoved);

        // Earliest in the day, but "ab" sorts between "a" and "b".
        m_model->upsertEntry(timeEntry(8, berlin(mon, QTime(6, 0)), berlin(mon, QTime(7, 0)), 1, QStringLiteral("ab")));
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 2, 1, 8, 7 }));
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(inserts.first().at(1).toInt(), m_groups->headerRowOf(mon) + 3);

        // "a" becomes "c": to the end of its day, by one move.
        const QPersistentModelIndex one = m_groups->index(rowOfId(1), EntryTableModel::DescriptionColumn);
        m_model->upsertEntry(timeEntry(1, berlin(mon, QTime(9, 0)), berlin(mon, QTime(10, 0)), 2, QStringLiteral("c")));
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 2, 8, 7, 1 }));
        QCOMPARE(moves.size(), 1);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(one.data(EntryTableModel::IdRole).toLongLong(), 1);
        QCOMPARE(one.row(), rowOfId(1));
        // An edit that keeps the key moves nothing.
        m_model->upsertEntry(
            timeEntry(1, berlin(mon, QTime(9, 0)), berlin(mon, QTime(10, 30)), 2, QStringLiteral("c")));
        QCOMPARE(moves.size(), 1);

        m_groups->sort(EntryTableModel::DescriptionColumn, Qt::DescendingOrder);
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 1, 7, 8, 2 }));
        QCOMPARE(one.row(), rowOfId(1));
        QVERIFY(!m_groups->daysDescending());

        QVERIFY(m_model->removeEntry(8));
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 1, 7, 2 }));
        QCOMPARE(removals.size(), 1);
        QCOMPARE(removals.first().at(1).toInt(), removals.first().at(2).toInt());

        // A filter leaves the order to the groups, and so does its removal.
        m_proxy->setCustomerId(2);
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 1 }));
        m_proxy->clearFilters();
        verifyGrouping();
        QCOMPARE(idsOf(mon), (QList<qint64> { 1, 7, 2 }));
        QCOMPARE(m_proxy->sortColumn(), -1);
    }

    void keysWithoutRanksAreComparedOneByOne()
    {
        // Keys SortRanks cannot rank (here times: no number or text) still order each day's entries, compared one by
        // one, also when the source's rows happen to come in ranks' order for other columns.
        const QDate mon(2026, 11, 23);
        QStandardItemModel source(0, EntryTableModel::ColumnCount);
        const auto row = [&](qint64 id, QTime time) {
            QList<QStandardItem*> items;
            for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
                auto* item = new QStandardItem(time.toString());
                item->setData(id, EntryTableModel::IdRole);
                item->setData(mon, EntryTableModel::LocalDateRole);
                item->setData(time, EntryTableModel::SortRole);
                items.append(item);
            }
            return items;
        };
        source.appendRow(row(1, QTime(12, 0)));
        source.appendRow(row(2, QTime(9, 0)));
        source.appendRow(row(3, QTime(15, 0)));
        source.appendRow(row(4, QTime(10, 30)));
        DayGroupProxyModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&source);
        const auto shown = [&groups]() {
            QList<qint64> ids;
            for (int r = 1; r < groups.rowCount(); ++r)
                ids.append(groups.index(r, 0).data(EntryTableModel::IdRole).toLongLong());
            return ids;
        };
        QCOMPARE(shown(), (QList<qint64> { 1, 2, 3, 4 })); // no sort: the source's order
        groups.sort(EntryTableModel::StartColumn, Qt::AscendingOrder);
        QCOMPARE(shown(), (QList<qint64> { 2, 4, 1, 3 }));
        groups.sort(EntryTableModel::StartColumn, Qt::DescendingOrder);
        QCOMPARE(shown(), (QList<qint64> { 3, 1, 4, 2 }));
    }

    void overAnotherModelALayoutChangeReadsTheRowsAgain()
    {
        // A source that is no EntryTableModel (nor a proxy over one): the rows are read through data(), and after a
        // layout change of the source every row is read again.
        const QDate mon(2026, 11, 23);
        const QDate tue = mon.addDays(1);
        QStandardItemModel source(0, EntryTableModel::ColumnCount);
        source.setSortRole(EntryTableModel::SortRole);
        const auto row = [](qint64 id, QDate date, const QString& text) {
            QList<QStandardItem*> items;
            for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
                auto* item = new QStandardItem(text);
                item->setData(id, EntryTableModel::IdRole);
                item->setData(date, EntryTableModel::LocalDateRole);
                item->setData(text, EntryTableModel::SortRole);
                items.append(item);
            }
            return items;
        };
        source.appendRow(row(1, mon, QStringLiteral("c")));
        source.appendRow(row(2, tue, QStringLiteral("a")));
        source.appendRow(row(3, mon, QStringLiteral("b")));
        source.appendRow(row(4, tue, QStringLiteral("d")));
        DayGroupProxyModel groups;
        QAbstractItemModelTester tester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        groups.setSourceModel(&source);
        groups.sort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder);
        const auto shown = [&groups]() {
            QList<qint64> ids; // 0 for a header
            for (int r = 0; r < groups.rowCount(); ++r)
                ids.append(groups.isDayHeader(r) ? 0 : groups.index(r, 0).data(EntryTableModel::IdRole).toLongLong());
            return ids;
        };
        const QList<qint64> expected { 0, 3, 1, 0, 2, 4 };
        QCOMPARE(shown(), expected);
        const QPersistentModelIndex entry = groups.index(2, EntryTableModel::DescriptionColumn);
        QCOMPARE(entry.data(EntryTableModel::IdRole).toLongLong(), 1);
        source.sort(EntryTableModel::DescriptionColumn, Qt::DescendingOrder); // d, c, b, a: the layout changes
        QCOMPARE(source.index(0, 0).data(EntryTableModel::IdRole).toLongLong(), 4);
        QCOMPARE(shown(), expected);
        QCOMPARE(groups.days(), (QList<QDate> { mon, tue }));
        QCOMPARE(entry.row(), 2);
        QCOMPARE(entry.data(EntryTableModel::IdRole).toLongLong(), 1);
    }

    void aFilterChangeFindsTheRowsWithoutMappingThemTwice()
    {
        // When a filter change begins, each row's table row comes from where its entry was last read (checked by
        // id), not from a mapping through the filter proxy; rows the table moved since are mapped. After the change
        // the filter proxy knows its rows' source rows (EntryFilterProxyModel::sourceRows()): none is mapped.
        m_clock = std::make_unique<ManualClock>(Now);
        m_model = std::make_unique<EntryTableModel>(nullptr, m_clock.get());
        m_model->setTimeZone(Berlin);
        auto* counting = new CountingFilterProxy;
        m_proxy.reset(counting);
        m_proxy->setSourceModel(m_model.get());
        m_groups = std::make_unique<DayGroupProxyModel>();
        m_groups->setSourceModel(m_proxy.get());
        m_groups->sort(EntryTableModel::DateColumn, Qt::AscendingOrder);
        const QDate mon(2026, 11, 23);
        const int rows = 40;
        for (int i = 0; i < rows; ++i) {
            // Six a day over seven days, in the order of their start: each is appended to the table.
            const QDateTime since = berlin(mon.addDays(i / 6), QTime(8 + i % 6, 0));
            m_model->upsertEntry(timeEntry(i + 1, since, since.addSecs(1800), 1 + i % 2, QStringLiteral("w%1").arg(i)));
        }
        QCOMPARE(m_proxy->rowCount(), rows);
        QVERIFY(!m_proxy->sourceRows());
        int mappings = 0;
        const auto change = [&](const QString& text) {
            counting->mappings = 0;
            QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
            m_proxy->setText(text);
            mappings = counting->mappings;
            return int(layouts.size());
        };
        QCOMPARE(change(QStringLiteral("w")), 1);
        QCOMPARE(mappings, 0);
        QVERIFY(m_proxy->sourceRows());
        verifyGrouping();
        QCOMPARE(change(QStringLiteral("W")), 0); // the same words: nothing changes
        QCOMPARE(mappings, 0);
        QCOMPARE(change(QStringLiteral("w1")), 1);
        QCOMPARE(mappings, 0);
        QCOMPARE(m_proxy->rowCount(), 11); // w1, w10-w19
        verifyGrouping();
        QCOMPARE(change(QString()), 1);
        QCOMPARE(mappings, 0);
        verifyGrouping();

        // An entry that starts before all others: every table row moves down by one, no hint holds, and the filter
        // proxy no longer knows its rows: each row is mapped once, before the change.
        m_model->upsertEntry(timeEntry(100, berlin(mon.addDays(-1), QTime(5, 0)), berlin(mon.addDays(-1), QTime(6, 0)),
                                       1, QStringLiteral("early")));
        QCOMPARE(m_model->rowOfId(100), 0);
        QVERIFY(!m_proxy->sourceRows());
        verifyGrouping();
        QCOMPARE(change(QStringLiteral("w")), 1);
        QCOMPARE(mappings, rows);
        verifyGrouping();
        QCOMPARE(change(QString()), 1);
        QCOMPARE(mappings, 0);
        verifyGrouping();
        QCOMPARE(m_groups->days().size(), 8);
    }

    void pagesArriveAsInsertsNeverAReset()
    {
        QVERIFY(startFakeServer(Now));
        m_server->seedDemoData();
        build(m_api.get());
        const DateRange month = DateRange::month(QDate(2026, 11, 1), Berlin);
        m_totals->setRange(month);
        QSignalSpy resets(m_groups.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_groups.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy pages(m_model.get(), &EntryTableModel::pageLoaded);
        QSignalSpy loaded(m_model.get(), &EntryTableModel::loadFinished);
        EntryQuery query;
        query.since = month.sinceUtc();
        query.until = month.untilUtc();
        query.itemsPerPage = 10;
        m_model->load(query);
        QVERIFY(loaded.wait(20000));
        QVERIFY(pages.size() > 2);
        QVERIFY(m_proxy->rowCount() > 20);
        verifyGrouping();
        QCOMPARE(resets.size(), 0);
        QVERIFY(inserted.size() >= pages.size());
        // The same query again (a refresh) changes nothing.
        inserted.clear();
        QSignalSpy removed(m_groups.get(), &QAbstractItemModel::rowsRemoved);
        m_model->refresh();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(resets.size(), 0);
        verifyGrouping();
    }
};

QTEST_GUILESS_MAIN(TestDayGroupProxyModel)
#include "tst_daygroupproxymodel.moc"
