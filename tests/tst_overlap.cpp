// SPDX-License-Identifier: GPL-3.0-or-later
// OverlapIndex: which time entries overlap which, the merged wall-clock time and the sum of durations.
#include "models/overlapindex.h"

#include <QSet>
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
    void replaceEqualsABuildOverTheNewList_data();
    void replaceEqualsABuildOverTheNewList();
    void replaceTellsTheEntriesWhoseOverlapsChanged();
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

void TestOverlap::replaceEqualsABuildOverTheNewList_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("longestMinutes");
    QTest::newRow("a few, some overlapping") << 12 << 120;
    QTest::newRow("many short ones") << 300 << 30;
    // Long entries overlap more than OverlapIndex::MaxNeighboursToReplace others: the lists are built again.
    QTest::newRow("long ones over many") << 300 << 600;
}

void TestOverlap::replaceEqualsABuildOverTheNewList()
{
    // Random edits (a new start, end or user), additions, removals and lump sums of a day's entries of two users,
    // one running: after each, the index that replace() changed equals one built over the new list.
    QFETCH(int, entries);
    QFETCH(int, longestMinutes);
    quint32 seed = 20261130;
    const auto next = [&seed](int bound) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(bound));
    };
    const QDateTime now = at(18);
    const auto randomEntry = [&](qint64 id) {
        const QDateTime since = at(6).addSecs(60 * next(11 * 60));
        Entry e = timeEntry(id, since, since.addSecs(60 * (1 + next(longestMinutes))), 7 + next(2));
        if (next(20) == 0)
            e.type = Entry::Type::LumpSumValue;
        return e;
    };
    QList<Entry> list;
    for (int i = 1; i <= entries; ++i)
        list.append(randomEntry(i));
    list[0].timeUntil = QDateTime(); // running up to now
    list[0].duration.reset();
    OverlapIndex index(list, now);
    qint64 nextId = entries + 1;
    for (int step = 0; step < 200; ++step) {
        const int what = next(4);
        qint64 id = 0;
        if (what == 0 || list.isEmpty()) { // added
            id = nextId++;
            list.append(randomEntry(id));
        } else if (what == 1) { // removed
            id = list.takeAt(next(int(list.size()))).id;
        } else { // edited
            Entry& e = list[next(int(list.size()))];
            const Entry changed = randomEntry(e.id);
            e.timeSince = changed.timeSince;
            if (e.timeUntil.isValid())
                e.timeUntil = changed.timeUntil;
            if (what == 3)
                e.usersId = changed.usersId;
            id = e.id;
        }
        std::optional<Entry> entry;
        for (const Entry& e : std::as_const(list)) {
            if (e.id == id)
                entry = e;
        }
        const QHash<qint64, QList<qint64>> before = index.overlaps();
        const QList<qint64> changed = index.replace(id, entry, now);
        const OverlapIndex built(list, now);
        QCOMPARE(index.overlaps(), built.overlaps());
        QCOMPARE(index.merged(), built.merged());
        QCOMPARE(index.coveredSeconds(), built.coveredSeconds());
        QCOMPARE(index.bookedSeconds(), built.bookedSeconds());
        // Every entry whose overlaps differ from before is among those told.
        QSet<qint64> ids(before.keyBegin(), before.keyEnd());
        for (auto it = built.overlaps().cbegin(); it != built.overlaps().cend(); ++it)
            ids.insert(it.key());
        for (qint64 other : std::as_const(ids)) {
            if (before.value(other) != built.overlapsOf(other))
                QVERIFY2(changed.contains(other), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(other)));
        }
    }
}

void TestOverlap::replaceTellsTheEntriesWhoseOverlapsChanged()
{
    QList<Entry> list { timeEntry(1, at(8), at(10)), timeEntry(2, at(9), at(11)), timeEntry(3, at(12), at(13)),
                        timeEntry(4, at(9), at(10), 8) };
    OverlapIndex index(list, at(18));
    QCOMPARE(index.overlapsOf(1), QList<qint64> { 2 });
    // Entry 2 moves from 9-11 to 12:30-14: 1 loses it, 3 gains it; 4 is another user's.
    Entry moved = timeEntry(2, at(12, 30), at(14));
    QList<qint64> changed = index.replace(2, moved, at(18));
    std::sort(changed.begin(), changed.end());
    QCOMPARE(changed, (QList<qint64> { 1, 2, 3 }));
    QVERIFY(!index.hasOverlap(1));
    QCOMPARE(index.overlapsOf(3), QList<qint64> { 2 });
    QCOMPARE(index.overlapsOf(2), QList<qint64> { 3 });
    // The same again: nothing changed.
    QVERIFY(index.replace(2, moved, at(18)).isEmpty());
    // Removed: 3 loses it.
    changed = index.replace(2, std::nullopt, at(18));
    std::sort(changed.begin(), changed.end());
    QCOMPARE(changed, (QList<qint64> { 2, 3 }));
    QVERIFY(index.overlaps().isEmpty());
    QCOMPARE(index.bookedSeconds(), 4 * 3600);
    // An entry that never had a span and has none: nothing.
    Entry lumpSum = timeEntry(9, at(8), at(9));
    lumpSum.type = Entry::Type::LumpSumValue;
    QVERIFY(index.replace(9, lumpSum, at(18)).isEmpty());
}
