// SPDX-License-Identifier: GPL-3.0-or-later
// OverlapIndex: which time entries overlap which, the merged wall-clock time and the sum of durations.
#include "models/overlapindex.h"

#include <QTest>
#include <QTimeZone>

namespace {

QDateTime at(int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(h, min), QTimeZone::utc());
}

Entry timeEntry(qint64 id, const QDateTime& since, const QDateTime& until, qint64 user = 7)
{
    Entry e;
    e.id = id;
    e.usersId = user;
    e.type = Entry::Type::Time;
    e.timeSince = since;
    e.timeUntil = until;
    return e;
}

} // namespace

class TestOverlap : public QObject
{
    Q_OBJECT

private slots:
    void noOverlap();
    void overlappingEntries();
    void containedEntry();
    void runningEntryCountsToNow();
    void lumpSumsAndOtherUsers();
    void candidateSpan();
    void merge();
    void startsWithin();
};

void TestOverlap::noOverlap()
{
    // Touching ends do not overlap.
    const OverlapIndex index({ timeEntry(1, at(8), at(12)), timeEntry(2, at(12), at(17)) }, at(20));
    QVERIFY(index.overlaps().isEmpty());
    QVERIFY(!index.hasOverlap(1));
    QCOMPARE(index.coveredSeconds(), 9 * 3600);
    QCOMPARE(index.bookedSeconds(), 9 * 3600);
    QCOMPARE(index.merged().size(), 1);
}

void TestOverlap::overlappingEntries()
{
    // A day worked 8:00-17:00 with one hour booked twice: 9 h worked, 10 h booked.
    const OverlapIndex index({ timeEntry(1, at(8), at(13)), timeEntry(2, at(12), at(17)) }, at(20));
    QVERIFY(index.hasOverlap(1));
    QVERIFY(index.hasOverlap(2));
    QCOMPARE(index.overlapsOf(1), QList<qint64> { 2 });
    QCOMPARE(index.overlapsOf(2), QList<qint64> { 1 });
    QCOMPARE(index.coveredSeconds(), 9 * 3600);
    QCOMPARE(index.bookedSeconds(), 10 * 3600);
    QCOMPARE(index.merged(), (QList<OverlapIndex::Interval> { { at(8), at(17) } }));
}

void TestOverlap::containedEntry()
{
    // 3 lies inside 1 and does not reach 2; the lists follow the starts, whatever the order given.
    const OverlapIndex index(
        { timeEntry(2, at(11), at(12)), timeEntry(3, at(9), at(10)), timeEntry(1, at(8), at(11, 30)) }, at(20));
    QCOMPARE(index.overlapsOf(1), (QList<qint64> { 3, 2 }));
    QCOMPARE(index.overlapsOf(3), QList<qint64> { 1 });
    QCOMPARE(index.overlapsOf(2), QList<qint64> { 1 });
    QCOMPARE(index.coveredSeconds(), 4 * 3600);
    QCOMPARE(index.bookedSeconds(), qint64(3.5 * 3600) + 3600 + 3600);
}

void TestOverlap::runningEntryCountsToNow()
{
    Entry running = timeEntry(2, at(10), QDateTime());
    QVERIFY(running.isRunning());
    const QList<Entry> entries { timeEntry(1, at(8), at(10, 30)), running };
    // At 10:15 the running entry lies inside 1; at 12:00 it reaches beyond.
    OverlapIndex early(entries, at(10, 15));
    QCOMPARE(early.overlapsOf(2), QList<qint64> { 1 });
    QCOMPARE(early.coveredSeconds(), qint64(2.5 * 3600));
    OverlapIndex later(entries, at(12));
    QCOMPARE(later.coveredSeconds(), 4 * 3600);
    QCOMPARE(later.bookedSeconds(), qint64(2.5 * 3600) + 2 * 3600);
    // Before its own start (a clock set wrong) it covers nothing.
    const OverlapIndex before({ running }, at(9));
    QCOMPARE(before.coveredSeconds(), 0);
    QVERIFY(!OverlapIndex::spanOf(running, at(9)).has_value());
}

void TestOverlap::lumpSumsAndOtherUsers()
{
    Entry lumpSum = timeEntry(3, at(9), at(9));
    lumpSum.type = Entry::Type::LumpSumValue;
    lumpSum.timeUntil = at(10); // even with a span it takes no part
    const OverlapIndex index({ timeEntry(1, at(8), at(12), 7), timeEntry(2, at(9), at(11), 8), lumpSum }, at(20));
    QVERIFY(index.overlaps().isEmpty());
    // Every user's time counts on its own.
    QCOMPARE(index.coveredSeconds(), 6 * 3600);
    QCOMPARE(index.merged().size(), 2);
}

void TestOverlap::candidateSpan()
{
    const OverlapIndex index(
        { timeEntry(1, at(8), at(10)), timeEntry(2, at(10), at(12)), timeEntry(3, at(14), at(15)) }, at(20));
    QCOMPARE(index.overlapping({ at(9), at(11) }, 7), (QList<qint64> { 1, 2 }));
    QCOMPARE(index.overlapping({ at(9), at(11) }, 7, 1), QList<qint64> { 2 });
    QCOMPARE(index.overlapping({ at(12), at(14) }, 7), QList<qint64> {});
    QCOMPARE(index.overlapping({ at(9), at(11) }, 8), QList<qint64> {});
}

void TestOverlap::startsWithin()
{
    // What a running entry may have grown into: a start of its user in [from, to).
    const OverlapIndex index({ timeEntry(1, at(8), at(10)), timeEntry(2, at(10), at(12)),
                               timeEntry(3, at(14), at(15), 8), timeEntry(4, at(16), at(17)) },
                             at(20));
    QVERIFY(index.startsWithin(7, at(9), at(11)));
    QVERIFY(index.startsWithin(7, at(10), at(10, 1)));
    QVERIFY(!index.startsWithin(7, at(9), at(10))); // to is excluded
    QVERIFY(!index.startsWithin(7, at(10), at(11), 2)); // itself
    QVERIFY(!index.startsWithin(7, at(13), at(16))); // user 8's entry only
    QVERIFY(index.startsWithin(8, at(13), at(16)));
    QVERIFY(index.startsWithin(7, at(13), at(18)));
    QVERIFY(!index.startsWithin(9, at(0), at(23)));
}

void TestOverlap::merge()
{
    const QList<OverlapIndex::Interval> merged
        = OverlapIndex::merge({ { at(13), at(14) }, { at(8), at(9) }, { at(9), at(10) }, { at(8, 30), at(9, 30) } });
    QCOMPARE(merged, (QList<OverlapIndex::Interval> { { at(8), at(10) }, { at(13), at(14) } }));
}

QTEST_GUILESS_MAIN(TestOverlap)
#include "tst_overlap.moc"
