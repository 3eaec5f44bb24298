// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's offline journal (issue 12): the demo server has a new port in every run, so the demo's records are kept
// under a fixed account key (never one per port, which would pile up), and a new demo starts fresh: what an earlier
// demo left in the journal is discarded, while the records of a real account stay untouched.
#include "core/session/accountdata.h"
#include "core/tracking/demojournal.h"
#include "core/tracking/offlinejournal.h"
#include "support/sqliterows.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

namespace {

OfflineRecord record(OfflineRecord::State state)
{
    OfflineRecord r;
    r.id = OfflineRecord::newId();
    r.state = state;
    r.customersId = 1;
    r.servicesId = 2;
    r.text = QStringLiteral("Demo");
    r.start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    if (state != OfflineRecord::State::Running)
        r.end = r.start.addSecs(600);
    return r;
}

bool load(OfflineJournal& journal, const QString& key)
{
    QSignalSpy loaded(&journal, &OfflineJournal::loaded);
    journal.open(key);
    return loaded.wait(10000) && journal.isLoaded();
}

bool writeAll(OfflineJournal& journal, const QList<OfflineRecord>& records)
{
    for (const OfflineRecord& r : records)
        journal.write(r);
    return QTest::qWaitFor([&] { return journal.pendingWrites() == 0; }, 10000);
}

} // namespace

class TestDemoJournal : public QObject
{
    Q_OBJECT

private slots:
    void keyIsTheSameInEveryRun()
    {
        // Two runs of the demo: two ports, one account as far as the journal is concerned.
        const QString first = DemoJournal::accountKey(1);
        QCOMPARE(DemoJournal::accountKey(1), first);
        QVERIFY(!first.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(DemoJournal::isDemoKey(first));
        QVERIFY(!DemoJournal::isDemoKey(AccountData::keyFor(QUrl(QStringLiteral("http://127.0.0.1:41234/api")), 1)));
        QVERIFY(!DemoJournal::isDemoKey(AccountData::keyFor(QUrl(QStringLiteral("https://my.clockodo.com/api")), 1)));
        QVERIFY(DemoJournal::accountKey(1) != DemoJournal::accountKey(2));
    }

    void newDemoStartsFresh_data()
    {
        QTest::addColumn<bool>("beforeLoad");
        QTest::newRow("journal loaded") << false;
        QTest::newRow("journal still loading") << true;
    }

    void newDemoStartsFresh()
    {
        QFETCH(bool, beforeLoad);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("offline-journal.sqlite"));
        const QString demo = DemoJournal::accountKey(1);
        const QString real = AccountData::keyFor(QUrl(QStringLiteral("https://my.clockodo.com/api")), 1);
        {
            // An earlier demo left a local clock and a period; a real account has one waiting too.
            OfflineJournal journal(path);
            QVERIFY(load(journal, demo));
            QVERIFY(
                writeAll(journal, { record(OfflineRecord::State::Waiting), record(OfflineRecord::State::Running) }));
            QVERIFY(load(journal, real));
            QVERIFY(writeAll(journal, { record(OfflineRecord::State::Waiting) }));
        }
        {
            // The next demo.
            OfflineJournal journal(path);
            if (beforeLoad) {
                journal.open(demo);
                DemoJournal::startFresh(&journal);
                QVERIFY(QTest::qWaitFor([&] { return journal.isLoaded(); }, 10000));
            } else {
                QVERIFY(load(journal, demo));
                QCOMPARE(journal.records().size(), 2);
                DemoJournal::startFresh(&journal);
            }
            QVERIFY(QTest::qWaitFor([&] { return journal.pendingWrites() == 0; }, 10000));
            QVERIFY(journal.records().isEmpty());
            QVERIFY(!journal.running());
            // Once: a record of this demo stays.
            QVERIFY(writeAll(journal, { record(OfflineRecord::State::Waiting) }));
            QCOMPARE(journal.records().size(), 1);
        }
        // On disk: the earlier demo's records are discarded, the real account's record still waits.
        OfflineJournal journal(path);
        QVERIFY(load(journal, real));
        QCOMPARE(journal.records().size(), 1);
        DemoJournal::startFresh(&journal); // not the demo: nothing
        QCOMPARE(journal.pendingWrites(), 0);
        QCOMPARE(journal.records().size(), 1);
        const QList<QList<QVariant>> rows
            = sqliteRows(path, QStringLiteral("SELECT state FROM records WHERE account = '%1' ORDER BY seq").arg(demo));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("discarded"));
        QCOMPARE(rows.at(1).at(0).toString(), QStringLiteral("discarded"));
        QCOMPARE(rows.at(2).at(0).toString(), QStringLiteral("waiting"));
    }
};

QTEST_GUILESS_MAIN(TestDemoJournal)
#include "tst_demojournal.moc"
