// SPDX-License-Identifier: GPL-3.0-or-later
// EntryInsertQueue: pages go to the sink a slice at a time, in order, never more than a slice per call and never
// across two pages (each page stays the list it came as: nothing is copied into a queue of single entries); remove()
// forgets one waiting entry wherever it waits; drained() once everything is in, not after clear().
#include "models/entryinsertqueue.h"
#include "support/testhelpers.h"

#include <QSignalSpy>
#include <QTest>

namespace {
QList<Entry> page(qint64 firstId, int count)
{
    const QDateTime start(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        const QDateTime since = start.addSecs(600 * (firstId + i));
        entries.append(timeEntry(firstId + i, since, since.addSecs(300)));
    }
    return entries;
}

QList<qint64> ids(const QList<QList<Entry>>& slices)
{
    QList<qint64> all;
    for (const QList<Entry>& slice : slices) {
        for (const Entry& entry : slice)
            all.append(entry.id);
    }
    return all;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> all;
    for (qint64 id = first; id <= last; ++id)
        all.append(id);
    return all;
}
// A queue handing one slice of sliceSize entries per turn to a list of what it handed, and its drained() signals.
struct Recorder
{
    explicit Recorder(int sliceSize)
        : queue([this](const QList<Entry>& slice) { slices.append(slice); })
    {
        queue.setSliceSize(sliceSize);
        queue.setBudgetMs(0); // one slice per turn
    }
    QList<QList<Entry>> slices;
    EntryInsertQueue queue;
    QSignalSpy drained { &queue, &EntryInsertQueue::drained };
};
} // namespace

class TestEntryInsertQueue : public QObject
{
    Q_OBJECT

private slots:
    void slicesFollowThePages();
    void removeForgetsAWaitingEntry();
    void clearDropsWhatWaits();
};

void TestEntryInsertQueue::slicesFollowThePages()
{
    Recorder recorder(4);
    auto& [slices, queue, drained] = recorder;
    queue.enqueue(page(1, 10));
    QCOMPARE(slices.size(), 1); // the first slice at once
    queue.enqueue(page(11, 3));
    QCOMPARE(queue.pendingCount(), 6 + 3);
    QVERIFY(drained.wait(5000));
    QCOMPARE(drained.count(), 1);
    QVERIFY(queue.isEmpty());
    QCOMPARE(queue.pendingCount(), 0);
    // 4 + 4 + 2 of the first page, then the second's 3.
    QList<int> sizes;
    for (const QList<Entry>& slice : std::as_const(slices))
        sizes.append(int(slice.size()));
    QCOMPARE(sizes, (QList<int> { 4, 4, 2, 3 }));
    QCOMPARE(ids(slices), range(1, 13));
    QCOMPARE(queue.slicesHanded(), 4);
}

void TestEntryInsertQueue::removeForgetsAWaitingEntry()
{
    Recorder recorder(3);
    auto& [slices, queue, drained] = recorder;
    queue.enqueue(page(1, 4)); // 1-3 go in at once, 4 waits
    queue.enqueue(page(5, 1));
    queue.enqueue(page(6, 2));
    QCOMPARE(queue.pendingCount(), 1 + 1 + 2);
    queue.remove(2); // already in: nothing happens
    queue.remove(4); // the rest of the front page
    queue.remove(5); // a whole page
    queue.remove(7);
    QCOMPARE(queue.pendingCount(), 1);
    QVERIFY(drained.wait(5000));
    QCOMPARE(ids(slices), (QList<qint64> { 1, 2, 3, 6 }));
    QCOMPARE(drained.count(), 1);
}

void TestEntryInsertQueue::clearDropsWhatWaits()
{
    Recorder recorder(2);
    auto& [slices, queue, drained] = recorder;
    queue.enqueue(page(1, 5));
    queue.clear();
    QVERIFY(queue.isEmpty());
    QTest::qWait(50);
    QCOMPARE(ids(slices), (QList<qint64> { 1, 2 }));
    QCOMPARE(drained.count(), 0);
    // Afterwards the queue works as new.
    queue.enqueue(page(10, 3));
    QVERIFY(drained.wait(5000));
    QCOMPARE(ids(slices), (QList<qint64> { 1, 2, 10, 11, 12 }));
}

QTEST_GUILESS_MAIN(TestEntryInsertQueue)
#include "tst_entryinsertqueue.moc"
