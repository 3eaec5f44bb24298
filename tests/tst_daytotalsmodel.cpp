// SPDX-License-Identifier: GPL-3.0-or-later
// DayTotalsModel over the window's chain EntryTableModel -> EntryFilterProxyModel (issue 16): a re-sort reads no row
// and changes no total, and the totals stay right after a re-sort when rows are then edited, removed, inserted or
// filtered out (the spans are kept by entry id, not by row); ids that repeat still give the right totals. Every
// total is checked against a fresh model that reads all rows. Under QAbstractItemModelTester throughout.
#include "models/daterange.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "support/manualclock.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QConcatenateTablesProxyModel>
#include <QIdentityProxyModel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

namespace {
const QTimeZone Berlin("Europe/Berlin");
const QDateTime Now(QDate(2026, 11, 27), QTime(15, 0), Qt::UTC); // Friday 16:00 in Berlin
const QDate Monday(2026, 11, 23);

QDateTime berlin(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), Berlin).toUTC();
}

// Counts the reads of the rows that pass through it (an identity proxy forwards the sort's layout change as it is):
// through data(), or past it to the entries themselves (EntryRowReader maps each row it reads).
class CountingProxy : public QIdentityProxyModel
{
public:
    QVariant data(const QModelIndex& index, int role) const override
    {
        ++reads;
        return QIdentityProxyModel::data(index, role);
    }
    QModelIndex mapToSource(const QModelIndex& index) const override
    {
        if (index.isValid()) // rowCount() maps the root
            ++reads;
        return QIdentityProxyModel::mapToSource(index);
    }
    mutable int reads = 0;
};
} // namespace

class TestDayTotalsModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<EntryFilterProxyModel> m_proxy;
    std::unique_ptr<CountingProxy> m_counting;
    std::unique_ptr<DayTotalsModel> m_totals;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void build()
    {
        m_clock = std::make_unique<ManualClock>(Now);
        m_model = std::make_unique<EntryTableModel>(nullptr, m_clock.get());
        m_model->setTimeZone(Berlin);
        m_proxy = std::make_unique<EntryFilterProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->sort(EntryTableModel::DateColumn, Qt::AscendingOrder);
        m_counting = std::make_unique<CountingProxy>();
        m_counting->setSourceModel(m_proxy.get());
        m_totals = std::make_unique<DayTotalsModel>(m_clock.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_totals.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_totals->setRange(DateRange::week(Monday, Berlin, true));
        m_totals->setSourceModel(m_counting.get());
    }

    // A week of entries: several a day for two users, overlapping ones, one across midnight, a running one, a lump
    // sum; descriptions out of time order so that a sort by text shuffles the rows.
    void seed()
    {
        const QStringList texts { QStringLiteral("kappa"), QStringLiteral("Alpha"), QStringLiteral("zeta"),
                                  QStringLiteral("beta"),  QStringLiteral("Ämter"), QStringLiteral("") };
        qint64 id = 1;
        for (int day = 0; day < 5; ++day) {
            const QDate date = Monday.addDays(day);
            for (int k = 0; k < 6; ++k) {
                const qint64 user = k % 3 == 2 ? 8 : 7;
                m_model->upsertEntry(timeEntry(id, berlin(date, 8 + k), berlin(date, 9 + k, 30), 1 + k % 2,
                                               texts.at(int((id * 5) % texts.size())), user));
                ++id;
            }
        }
        // Thursday 23:00 -> Friday 01:30.
        m_model->upsertEntry(timeEntry(100, berlin(Monday.addDays(3), 23), berlin(Monday.addDays(4), 1, 30), 2,
                                       QStringLiteral("night")));
        // Running since Friday 14:00.
        m_model->upsertEntry(timeEntry(101, berlin(Monday.addDays(4), 14), QDateTime(), 1, QStringLiteral("now")));
        Entry lumpSum;
        lumpSum.id = 102;
        lumpSum.type = Entry::Type::LumpSumValue;
        lumpSum.customersId = 1;
        lumpSum.lumpSum = 50;
        lumpSum.timeSince = berlin(Monday.addDays(1), 12);
        lumpSum.text = QStringLiteral("lump");
        m_model->upsertEntry(lumpSum);
        m_totals->recompute();
    }

    // The totals against a model that reads every row now.
    void verifyTotals()
    {
        QCoreApplication::processEvents(); // the incremental update runs one turn later
        // Read through data() alone (not a QAbstractProxyModel, so no EntryRowReader past it): the entries read
        // directly give what the roles give.
        QConcatenateTablesProxyModel roles;
        roles.addSourceModel(m_proxy.get());
        DayTotalsModel fresh(m_clock.get());
        fresh.setRange(m_totals->range());
        fresh.setSourceModel(&roles);
        fresh.recompute();
        QVERIFY(fresh.totalSeconds() > 0);
        QCOMPARE(m_totals->secondsPerDay(), fresh.secondsPerDay());
        QCOMPARE(m_totals->bookedSecondsPerDay(), fresh.bookedSecondsPerDay());
        QCOMPARE(m_totals->totalSeconds(), fresh.totalSeconds());
        QCOMPARE(m_totals->totalBookedSeconds(), fresh.totalBookedSeconds());
    }

    Entry entry(qint64 id) const { return m_model->entryAt(m_model->rowOfId(id)); }

private slots:
    void cleanup()
    {
        m_tester.reset();
        m_totals.reset();
        m_counting.reset();
        m_proxy.reset();
        m_model.reset();
        m_clock.reset();
    }

    void aResortReadsNoRowAndChangesNoTotal()
    {
        build();
        seed();
        verifyTotals();
        const QList<qint64> before = m_totals->secondsPerDay();
        QSignalSpy changed(m_totals.get(), &DayTotalsModel::totalsChanged);
        QSignalSpy rows(m_totals.get(), &QAbstractItemModel::dataChanged);
        m_counting->reads = 0;
        m_proxy->sort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder);
        m_proxy->sort(EntryTableModel::DateColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        QCOMPARE(m_counting->reads, 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(rows.size(), 0);
        QCOMPARE(m_totals->secondsPerDay(), before);
    }

    void totalsStayRightAfterAResortAndEdits()
    {
        build();
        seed();
        m_proxy->sort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder);
        verifyTotals();
        // Edited in place: a longer entry, one moved to another day, one turned into another user's.
        Entry longer = entry(3);
        longer.timeUntil = longer.timeUntil.addSecs(2 * 3600);
        m_model->upsertEntry(longer);
        verifyTotals();
        Entry moved = entry(8);
        moved.timeSince = moved.timeSince.addDays(2);
        moved.timeUntil = moved.timeUntil.addDays(2);
        m_model->upsertEntry(moved);
        verifyTotals();
        Entry otherUser = entry(14);
        otherUser.usersId = 9;
        m_model->upsertEntry(otherUser);
        verifyTotals();
        // Removed rows, then a new one, then the running clock ticks.
        QVERIFY(m_model->removeEntry(2));
        QVERIFY(m_model->removeEntry(100));
        QVERIFY(m_model->removeEntry(102));
        verifyTotals();
        m_model->upsertEntry(
            timeEntry(200, berlin(Monday.addDays(2), 18), berlin(Monday.addDays(2), 20), 1, QStringLiteral("late")));
        verifyTotals();
        m_proxy->sort(EntryTableModel::DateColumn, Qt::DescendingOrder);
        m_clock->advance(600);
        m_model->tick();
        verifyTotals();
        QVERIFY(m_model->removeEntry(200));
        QVERIFY(m_model->removeEntry(101));
        verifyTotals();
    }

    void aRowFilteredOutByItsEditLeavesWithItsOldSpan()
    {
        // The filter proxy removes a row after its data changed: its old span must go, not the new one.
        build();
        seed();
        m_proxy->sort(EntryTableModel::CustomerColumn, Qt::DescendingOrder);
        m_proxy->setCustomerId(1);
        verifyTotals();
        Entry e = entry(5); // customer 1
        QCOMPARE(e.customersId, 1);
        e.customersId = 2;
        e.timeSince = e.timeSince.addSecs(-3 * 3600);
        m_model->upsertEntry(e);
        verifyTotals();
        // And back: it comes in again with its new times.
        e.customersId = 1;
        m_model->upsertEntry(e);
        verifyTotals();
        m_proxy->clearFilters();
        verifyTotals();
    }

    void manyRowsAreReadAgainInSlices()
    {
        // Above sliceRows() rows a reading of all rows (here after a filter change) takes a slice per turn; the totals
        // shown stay until it is done. Rows changed meanwhile are read again, rows inserted or removed start it over;
        // the result is what a model that reads every row at once gives.
        build();
        seed();
        verifyTotals();
        m_totals->setSliceRows(4);
        const QList<qint64> unfiltered = m_totals->secondsPerDay();
        QSignalSpy changed(m_totals.get(), &DayTotalsModel::totalsChanged);
        m_proxy->setCustomerId(1);
        const auto step = [this] {
            m_counting->reads = 0;
            for (int turn = 0; turn < 100 && m_counting->reads == 0; ++turn)
                QCoreApplication::processEvents(); // one slice: 4 rows read
            return m_counting->reads;
        };
        QCOMPARE(step(), 4);
        QVERIFY(m_totals->isReading());
        QCOMPARE(m_totals->secondsPerDay(), unfiltered);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(step(), 4);

        // A row read already gets longer; one not read yet too.
        const qint64 firstId = m_proxy->index(0, 0).data(EntryTableModel::IdRole).toLongLong();
        const qint64 lastId = m_proxy->index(m_proxy->rowCount() - 1, 0).data(EntryTableModel::IdRole).toLongLong();
        for (const qint64 id : { firstId, lastId }) {
            Entry e = entry(id);
            e.timeUntil = e.timeUntil.addSecs(1800);
            e.duration = e.timeSince.secsTo(e.timeUntil);
            m_model->upsertEntry(e);
        }
        QVERIFY(m_totals->isReading());
        QTRY_VERIFY(!m_totals->isReading());
        QCOMPARE(changed.size(), 1);
        verifyTotals();

        // The reading's spans by id and by day are the ones in effect: the row read again changes, another goes.
        Entry first = entry(firstId);
        first.timeUntil = first.timeUntil.addSecs(-900);
        first.duration = first.timeSince.secsTo(first.timeUntil);
        m_counting->reads = 0;
        m_model->upsertEntry(first);
        QCoreApplication::processEvents();
        QCOMPARE(m_counting->reads, 1); // that row alone: the ids are known as unique
        QVERIFY(!m_totals->isReading());
        verifyTotals();
        QCOMPARE(entry(5).customersId, 1);
        QVERIFY(m_model->removeEntry(5));
        QVERIFY(!m_totals->isReading());
        verifyTotals();

        // Inserted and removed while reading: it starts over.
        m_proxy->setCustomerId(std::nullopt);
        QCOMPARE(step(), 4);
        QCOMPARE(step(), 4);
        m_model->upsertEntry(timeEntry(300, berlin(Monday, 5), berlin(Monday, 6), 1, QStringLiteral("early")));
        QVERIFY(m_model->removeEntry(3));
        QCOMPARE(step(), 4);
        QVERIFY(m_totals->isReading());
        QTRY_VERIFY(!m_totals->isReading());
        verifyTotals();
        QVERIFY(m_totals->secondsPerDay() != unfiltered);
    }

    void repeatedIdsStillGiveTheRightTotals()
    {
        // A source whose rows cannot be told apart by id: every change reads all rows again.
        m_clock = std::make_unique<ManualClock>(Now);
        QStandardItemModel source(0, 1);
        const auto row = [](qint64 id, const QDateTime& since, const QDateTime& until) {
            auto* item = new QStandardItem;
            item->setData(id, EntryTableModel::IdRole);
            item->setData(int(Entry::Type::Time), EntryTableModel::TypeRole);
            item->setData(since, EntryTableModel::SinceRole);
            item->setData(until, EntryTableModel::EffectiveUntilRole);
            item->setData(qint64(7), EntryTableModel::UserIdRole);
            return QList<QStandardItem*> { item };
        };
        source.appendRow(row(1, berlin(Monday, 8), berlin(Monday, 10)));
        source.appendRow(row(1, berlin(Monday, 12), berlin(Monday, 13)));
        source.appendRow(row(2, berlin(Monday.addDays(1), 8), berlin(Monday.addDays(1), 9)));
        DayTotalsModel totals(m_clock.get());
        QAbstractItemModelTester tester(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
        totals.setRange(DateRange::week(Monday, Berlin, true));
        totals.setSourceModel(&source);
        totals.recompute();
        QCOMPARE(totals.seconds(Monday), 3 * 3600);
        source.removeRow(0);
        QCoreApplication::processEvents();
        QCOMPARE(totals.seconds(Monday), 3600);
        source.item(0)->setData(berlin(Monday, 15), EntryTableModel::EffectiveUntilRole);
        QCoreApplication::processEvents();
        QCOMPARE(totals.seconds(Monday), 3 * 3600);
        source.insertRow(0, row(2, berlin(Monday, 6), berlin(Monday, 7)));
        QCoreApplication::processEvents();
        QCOMPARE(totals.seconds(Monday), 4 * 3600);
        QCOMPARE(totals.seconds(Monday.addDays(1)), 3600);
        source.removeRow(2);
        QCoreApplication::processEvents();
        QCOMPARE(totals.seconds(Monday.addDays(1)), 0);
        QCOMPARE(totals.totalSeconds(), 4 * 3600);
    }
};

QTEST_MAIN(TestDayTotalsModel)
#include "tst_daytotalsmodel.moc"
