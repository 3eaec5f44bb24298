// SPDX-License-Identifier: GPL-3.0-or-later
// The offline journal (core/tracking): records survive a new OfflineJournal on the same file and a SIGKILL of the
// writing process, belong to one account, `written` comes only once the row is on disk, the file is WAL with
// synchronous=FULL and a schema version that migrates from an empty file and refuses a newer one.
#include "core/tracking/journalstore.h"
#include "core/tracking/offlinejournal.h"
#include "support/sqliterows.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

const QString AccountA = QStringLiteral("https://my.clockodo.com/api|1");
const QString AccountB = QStringLiteral("https://my.clockodo.com/api|2");

// Runs sql on a fresh connection of this thread (not the journal's) and returns the rows.
QList<QList<QVariant>> select(const QString& path, const QString& sql)
{
    return sqliteRows(path, sql);
}

QVariant selectOne(const QString& path, const QString& sql)
{
    const QList<QList<QVariant>> rows = select(path, sql);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

OfflineRecord period(int n, OfflineRecord::State state = OfflineRecord::State::Waiting)
{
    OfflineRecord r;
    r.id = OfflineRecord::newId();
    r.kind = OfflineRecord::Kind::Period;
    r.state = state;
    r.customersId = 10 + n;
    r.projectsId = 20 + n;
    r.servicesId = 30 + n;
    r.billable = 1;
    r.text = QStringLiteral("Offline n°%1 — Straße").arg(n);
    r.start = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 0, 250), QTimeZone::utc()).addSecs(3600LL * n);
    if (state != OfflineRecord::State::Running)
        r.end = r.start.addSecs(1800);
    return r;
}

bool waitLoaded(OfflineJournal& journal)
{
    if (journal.isLoaded())
        return true;
    QSignalSpy spy(&journal, &OfflineJournal::loaded);
    return spy.wait(10000);
}

// Writes and waits for its `written`; returns ok.
bool writeAndWait(OfflineJournal& journal, const OfflineRecord& record, QString* error = nullptr)
{
    QSignalSpy spy(&journal, &OfflineJournal::written);
    const quint64 ticket = journal.write(record);
    while (true) {
        for (const QList<QVariant>& args : std::as_const(spy)) {
            if (args.at(0).toULongLong() == ticket) {
                if (error)
                    *error = args.at(2).toString();
                return args.at(1).toBool();
            }
        }
        if (!spy.wait(10000))
            return false;
    }
}

} // namespace

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("journal/offline-journal.sqlite"));
    }

    void roundTripAcrossInstances()
    {
        OfflineRecord running = period(2, OfflineRecord::State::Running);
        OfflineRecord waiting = period(1);
        OfflineRecord stop = period(0, OfflineRecord::State::Conflict);
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = 4711;
        stop.maybeOnServer = true;
        stop.conflict = QStringLiteral("clock-running-elsewhere");
        stop.conflictMessage = QStringLiteral("Läuft woanders");
        stop.attempts = 3;
        {
            OfflineJournal journal(m_path);
            journal.open(AccountA);
            QVERIFY(waitLoaded(journal));
            QVERIFY(journal.lastError().isEmpty());
            QVERIFY(journal.records().isEmpty());
            QVERIFY(writeAndWait(journal, stop));
            QVERIFY(writeAndWait(journal, waiting));
            QVERIFY(writeAndWait(journal, running));
            // The mirror at once, in the order written.
            QCOMPARE(journal.records(), (QList<OfflineRecord> { stop, waiting, running }));
        }
        OfflineJournal again(m_path);
        again.open(AccountA);
        QVERIFY(waitLoaded(again));
        QCOMPARE(again.records(), (QList<OfflineRecord> { stop, waiting, running }));
        QVERIFY(!again.records().at(2).end.isValid());
        QCOMPARE(again.records().at(0).start.timeSpec(), Qt::UTC);
        QCOMPARE(again.records().at(0).start, stop.start); // milliseconds kept
        QCOMPARE(again.running(), std::optional<OfflineRecord>(running));
        QCOMPARE(again.waitingCount(), 2);
    }

    void updatesAndDoneRecordsLeaveTheMirror()
    {
        OfflineRecord a = period(1);
        OfflineRecord b = period(2);
        {
            OfflineJournal journal(m_path);
            journal.open(AccountA);
            QVERIFY(waitLoaded(journal));
            QSignalSpy changed(&journal, &OfflineJournal::changed);
            journal.write(a);
            QCOMPARE(changed.size(), 1); // at once, not when the disk answered
            QCOMPARE(journal.records(), QList<OfflineRecord> { a });
            QVERIFY(writeAndWait(journal, b));
            a.state = OfflineRecord::State::Uploading;
            a.attempts = 1;
            QVERIFY(writeAndWait(journal, a));
            QCOMPARE(journal.records(), (QList<OfflineRecord> { a, b })); // an update keeps the record's place
            b.state = OfflineRecord::State::Uploaded;
            b.serverEntryId = 99;
            QVERIFY(writeAndWait(journal, b));
            QCOMPARE(journal.records(), QList<OfflineRecord> { a });
        }
        OfflineJournal again(m_path);
        again.open(AccountA);
        QVERIFY(waitLoaded(again));
        QCOMPARE(again.records(), QList<OfflineRecord> { a });
        // The uploaded row is still in the file (pruned after 30 days only).
        QCOMPARE(selectOne(m_path, QStringLiteral("SELECT server_entry_id FROM records WHERE id = '%1'").arg(b.id)),
                 QVariant(99));
    }

    void writesBeforeTheLoadAreKept()
    {
        OfflineRecord a = period(1);
        {
            OfflineJournal journal(m_path);
            journal.open(AccountA);
            QVERIFY(writeAndWait(journal, a));
        }
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(!journal.isLoaded());
        // Written before the load answered: the update and a new record must both survive the merge.
        a.state = OfflineRecord::State::Conflict;
        a.conflict = QStringLiteral("overlap");
        const OfflineRecord b = period(2);
        journal.write(a);
        journal.write(b);
        QVERIFY(waitLoaded(journal));
        QCOMPARE(journal.records(), (QList<OfflineRecord> { a, b }));
    }

    void accountsAreIsolated()
    {
        const OfflineRecord ofA = period(1);
        const OfflineRecord ofB = period(2);
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(writeAndWait(journal, ofA));
        journal.open(AccountB);
        QVERIFY(journal.records().isEmpty()); // at once
        QVERIFY(waitLoaded(journal));
        QVERIFY(journal.records().isEmpty());
        QVERIFY(!journal.running());
        QCOMPARE(journal.waitingCount(), 0);
        QVERIFY(writeAndWait(journal, ofB));
        // B cannot overwrite A's row, even knowing its id.
        OfflineRecord hijack = ofA;
        hijack.state = OfflineRecord::State::Discarded;
        QString error;
        QVERIFY(!writeAndWait(journal, hijack, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(journal.records(), QList<OfflineRecord> { ofB });

        OfflineJournal other(m_path);
        other.open(AccountA);
        QVERIFY(waitLoaded(other));
        QCOMPARE(other.records(), QList<OfflineRecord> { ofA });
        other.close();
        QVERIFY(other.records().isEmpty());
        QVERIFY(!writeAndWait(other, period(3)));
        QCOMPARE(selectOne(m_path, QStringLiteral("SELECT COUNT(*) FROM records")), QVariant(2));
    }

    void writtenOnlyOnceOnDisk()
    {
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(waitLoaded(journal));
        QHash<quint64, QString> ids;
        int seen = 0;
        int checked = 0;
        connect(&journal, &OfflineJournal::written, this, [&](quint64 ticket, bool ok, const QString&) {
            ++checked;
            // A second, raw connection of this thread sees the row the moment `written` arrives.
            if (ok
                && selectOne(m_path,
                             QStringLiteral("SELECT COUNT(*) FROM records WHERE id = '%1'").arg(ids.value(ticket)))
                        .toInt()
                    == 1)
                ++seen;
        });
        for (int n = 0; n < 5; ++n) {
            const OfflineRecord r = period(n);
            ids.insert(journal.write(r), r.id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(checked, 5, 10000);
        QCOMPARE(seen, 5);
        QCOMPARE(journal.pendingWrites(), 0);
    }

    void fileIsWalWithFullSync()
    {
        JournalStore store(m_path);
        QSignalSpy opened(&store, &JournalStore::opened);
        store.open(1, AccountA); // directly, in this thread: the store's own connection can be asked
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(3).toString(), QString());
        QSqlDatabase db = QSqlDatabase::database(store.connectionName(), false);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), JournalStore::SchemaVersion);
        q.finish();
        // WAL is a property of the file: a raw connection sees it too.
        QCOMPARE(selectOne(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    // The journal holds the user's work: the file and its -wal and -shm files are the user's only (0600), when it is
    // created and when an older journal file had a wider mode.
    void fileIsPrivate_data()
    {
        QTest::addColumn<bool>("existedWide");
        QTest::newRow("created") << false;
        QTest::newRow("an existing file of mode 0644") << true;
    }

    void fileIsPrivate()
    {
        QFETCH(bool, existedWide);
        if (existedWide) {
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QVERIFY(QFile::setPermissions(m_path,
                                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(waitLoaded(journal));
        QVERIFY(journal.lastError().isEmpty());
        QVERIFY(writeAndWait(journal, period(1)));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        // While the journal is open (WAL), all three files exist.
        for (const QString& file : { m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm") }) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            const QFile::Permissions mode = QFileInfo(file).permissions();
            QVERIFY2((mode & others) == 0, qPrintable(QStringLiteral("%1: %2").arg(file).arg(int(mode), 0, 16)));
            QVERIFY(mode & QFile::ReadOwner);
            QVERIFY(mode & QFile::WriteOwner);
        }
    }

    // A file that is not a journal SQLite can read (another program's bytes, a damaged page) neither bricks the
    // offline mode nor is overwritten: it is moved aside to "<file>.corrupt-<time>", a fresh journal starts, and the
    // user is told once.
    void corruptFileIsMovedAside_data()
    {
        QTest::addColumn<bool>("damagedSqlite");
        QTest::newRow("not SQLite") << false;
        QTest::newRow("damaged pages") << true;
    }

    void corruptFileIsMovedAside()
    {
        QFETCH(bool, damagedSqlite);
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        if (damagedSqlite) {
            {
                OfflineJournal journal(m_path);
                journal.open(AccountA);
                QVERIFY(waitLoaded(journal));
                for (int n = 0; n < 20; ++n)
                    QVERIFY(writeAndWait(journal, period(n)));
            }
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8192);
            QVERIFY(file.seek(4096)); // page 1 (the header and the schema) stays; the table's pages are garbage
            QVERIFY(file.write(QByteArray(int(file.size() - 4096), char(0xab))) > 0);
        } else {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(QByteArray("Dies ist keine SQLite-Datei.\n").repeated(200)) > 0);
        }
        QFile original(m_path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();

        QString aside;
        {
            OfflineJournal journal(m_path);
            QSignalSpy movedAside(&journal, &OfflineJournal::corruptFileMovedAside);
            journal.open(AccountA);
            QVERIFY(waitLoaded(journal));
            QVERIFY2(journal.lastError().isEmpty(), qPrintable(journal.lastError()));
            QVERIFY(journal.records().isEmpty());
            QCOMPARE(movedAside.size(), 1);
            aside = movedAside.first().at(0).toString();
            QVERIFY2(aside.startsWith(m_path + QStringLiteral(".corrupt-")), qPrintable(aside));
            QVERIFY(movedAside.first().at(1).toString().contains(aside));
            QVERIFY(writeAndWait(journal, period(1, OfflineRecord::State::Running)));
            QVERIFY(journal.running());
            QCOMPARE(movedAside.size(), 1); // told once
        }
        // The damaged file is kept as it was.
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        // The fresh journal is a journal: the next start reads it without a word.
        OfflineJournal again(m_path);
        QSignalSpy movedAgain(&again, &OfflineJournal::corruptFileMovedAside);
        again.open(AccountA);
        QVERIFY(waitLoaded(again));
        QVERIFY(again.lastError().isEmpty());
        QVERIFY(again.running());
        QCOMPARE(movedAgain.size(), 0);
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath())
                     .entryList({ QFileInfo(m_path).fileName() + QStringLiteral(".corrupt-*") }, QDir::Files)
                     .size(),
                 1);
    }

    void migratesFromVersionZero()
    {
        // A version-0 file: exists, is SQLite, has no schema of ours (and something else that must stay).
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        select(m_path, QStringLiteral("CREATE TABLE unrelated (x INTEGER)"));
        QCOMPARE(selectOne(m_path, QStringLiteral("PRAGMA user_version")), QVariant(0));
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(waitLoaded(journal));
        QVERIFY(journal.lastError().isEmpty());
        QVERIFY(writeAndWait(journal, period(1)));
        QCOMPARE(selectOne(m_path, QStringLiteral("PRAGMA user_version")), QVariant(JournalStore::SchemaVersion));
        QCOMPARE(selectOne(m_path, QStringLiteral("SELECT COUNT(*) FROM records")), QVariant(1));
        QCOMPARE(selectOne(m_path, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'unrelated'")),
                 QVariant(1));
    }

    void refusesANewerSchema()
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        select(m_path, QStringLiteral("CREATE TABLE records (id TEXT)"));
        select(m_path, QStringLiteral("PRAGMA user_version = 99"));
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(waitLoaded(journal));
        QVERIFY(journal.lastError().contains(QStringLiteral("99")));
        const OfflineRecord running = period(1, OfflineRecord::State::Running);
        QVERIFY(!writeAndWait(journal, running));
        // A write that failed is not shown as recorded: the mirror takes it back (it was the running clock).
        QVERIFY(journal.records().isEmpty());
        QVERIFY(!journal.running());
        QCOMPARE(selectOne(m_path, QStringLiteral("PRAGMA user_version")), QVariant(99));
        QCOMPARE(selectOne(m_path, QStringLiteral("SELECT COUNT(*) FROM records")), QVariant(0));
    }

    void prunesOldDoneRows()
    {
        OfflineRecord old = period(1, OfflineRecord::State::Uploaded);
        OfflineRecord recent = period(2, OfflineRecord::State::Discarded);
        OfflineRecord oldWaiting = period(3);
        {
            OfflineJournal journal(m_path);
            journal.open(AccountA);
            QVERIFY(writeAndWait(journal, old));
            QVERIFY(writeAndWait(journal, recent));
            QVERIFY(writeAndWait(journal, oldWaiting));
        }
        const QString longAgo
            = QDateTime::currentDateTimeUtc().addDays(-JournalStore::PruneAfterDays - 1).toString(Qt::ISODateWithMs);
        select(m_path,
               QStringLiteral("UPDATE records SET updated = '%1' WHERE id IN ('%2', '%3')")
                   .arg(longAgo, old.id, oldWaiting.id));
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(waitLoaded(journal));
        QCOMPARE(journal.records(), QList<OfflineRecord> { oldWaiting }); // a waiting record is never pruned
        const QList<QList<QVariant>> ids = select(m_path, QStringLiteral("SELECT id FROM records ORDER BY seq"));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.at(0).at(0).toString(), recent.id);
        QCOMPARE(ids.at(1).at(0).toString(), oldWaiting.id);
    }

    // The writer child prints every record whose `written(ok)` it got; after SIGKILL every one of them is in the
    // file in at least the state printed, and no row is half written.
    void survivesSigkill()
    {
        const QString writer
            = QCoreApplication::applicationDirPath() + QStringLiteral("/support/clockodo-journal-writer");
        QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(writer, { m_path, AccountA });
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        QDeadlineTimer deadline(60000);
        while (out.count('\n') < 60 && !deadline.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(1000);
            out += child.readAllStandardOutput();
        }
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();

        QHash<QString, QString> promised; // id -> best state reported
        QHash<QString, int> numbers;
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 4 || parts.at(0) != "ok")
                continue;
            const QString id = QString::fromLatin1(parts.at(1));
            const QString state = QString::fromLatin1(parts.at(2));
            if (promised.value(id) != QStringLiteral("uploading"))
                promised.insert(id, state);
            numbers.insert(id, parts.at(3).toInt());
        }
        QVERIFY2(promised.size() >= 20, out.constData());

        QCOMPARE(selectOne(m_path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QList<QList<QVariant>> rows
            = select(m_path,
                     QStringLiteral("SELECT id, state, attempts, customers_id, projects_id, services_id, text, "
                                    "time_since, time_until, account FROM records"));
        QHash<QString, QList<QVariant>> byId;
        for (const QList<QVariant>& row : rows) {
            byId.insert(row.at(0).toString(), row);
            // No half row: every column agrees with the record number the writer used.
            const qint64 n = row.at(3).toLongLong() - 1000;
            QCOMPARE(row.at(4).toLongLong(), 2000 + n);
            QCOMPARE(row.at(5).toLongLong(), 3000 + n);
            QCOMPARE(row.at(6).toString(), QStringLiteral("record %1 — Zürich").arg(n));
            QVERIFY(!row.at(7).isNull() && !row.at(8).isNull());
            QCOMPARE(row.at(9).toString(), AccountA);
            const bool uploading = row.at(1).toString() == QStringLiteral("uploading");
            QCOMPARE(row.at(2).toInt(), uploading ? 1 : 0);
        }
        for (auto it = promised.cbegin(); it != promised.cend(); ++it) {
            QVERIFY2(byId.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(byId.value(it.key()).at(3).toLongLong(), 1000 + numbers.value(it.key()));
            if (it.value() == QStringLiteral("uploading"))
                QCOMPARE(byId.value(it.key()).at(1).toString(), QStringLiteral("uploading"));
        }
        // And the journal loads them all again.
        OfflineJournal journal(m_path);
        journal.open(AccountA);
        QVERIFY(waitLoaded(journal));
        QVERIFY(journal.lastError().isEmpty());
        QCOMPARE(journal.records().size(), rows.size());
        qInfo("promised %lld records before SIGKILL; %lld rows in the file", static_cast<long long>(promised.size()),
              static_cast<long long>(rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
