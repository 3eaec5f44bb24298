// SPDX-License-Identifier: GPL-3.0-or-later
// OfflineUploader against the fake Clockodo server over real HTTP on 127.0.0.1, with a ManualClock on our side: what
// the offline journal holds reaches the server exactly once (finished periods as clocked_offline entries, a period
// running locally as the server's clock with its original start, a server clock stopped at the local stop time),
// conflicts wait for the user, probes come at least once a minute while something waits and never otherwise, and
// another account's records are never uploaded. Counts come from the fake's request log.
#include "api/transport/apitime.h"
#include "core/session/accountdata.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlineuploader.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

// The server's and our clock at the start of every test: the offline periods lie before it.
const QDateTime T0(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());

QDateTime at(int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(T0.date(), QTime(hour, minute, second, ms), QTimeZone::utc());
}

} // namespace

class TestOfflineUploader : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<OfflineJournal> m_journal;
    std::unique_ptr<OfflineUploader> m_up;
    Catalog m_catalog;

    OfflineRecord period(const QDateTime& start, const QDateTime& end, const QString& text = QStringLiteral("Offline"))
    {
        OfflineRecord r;
        r.id = OfflineRecord::newId();
        r.kind = OfflineRecord::Kind::Period;
        r.state = end.isValid() ? OfflineRecord::State::Waiting : OfflineRecord::State::Running;
        r.customersId = m_catalog.bakery;
        r.servicesId = m_catalog.consulting;
        r.billable = 1;
        r.text = text;
        r.start = start;
        r.end = end;
        return r;
    }

    bool write(OfflineJournal* journal, const OfflineRecord& record)
    {
        QSignalSpy written(journal, &OfflineJournal::written);
        const quint64 ticket = journal->write(record);
        return QTest::qWaitFor(
            [&] {
                for (const QList<QVariant>& args : std::as_const(written)) {
                    if (args.at(0).toULongLong() == ticket)
                        return args.at(1).toBool();
                }
                return false;
            },
            10000);
    }
    bool write(const OfflineRecord& record) { return write(m_journal.get(), record); }

    // Probes now and waits until the pass (and the journal writes it waits for) has ended.
    bool pass()
    {
        m_up->retryNow();
        return idle();
    }
    bool idle()
    {
        return QTest::qWaitFor([&] { return !m_up->isBusy() && m_journal->pendingWrites() == 0; }, 20000);
    }

    int count(const QByteArray& method, const QString& path) const { return int(loggedRequests(method, path).size()); }
    int entriesIn(const QDateTime& since, const QDateTime& until) const
    {
        int n = 0;
        for (const QJsonValue& v : m_server->allEntries()) {
            const QDateTime s = ApiTime::parse(v.toObject().value(QStringLiteral("time_since")).toString());
            if (s >= since && s < until)
                ++n;
        }
        return n;
    }
    QJsonObject onlyEntryIn(const QDateTime& since, const QDateTime& until) const
    {
        for (const QJsonValue& v : m_server->allEntries()) {
            const QDateTime s = ApiTime::parse(v.toObject().value(QStringLiteral("time_since")).toString());
            if (s >= since && s < until)
                return v.toObject();
        }
        return {};
    }
    QString accountKey() const { return AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId()); }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(T0));
        m_catalog = seedCatalog();
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(T0);
        m_account = std::make_unique<AccountData>(m_api.get());
        QString error;
        const std::optional<User> user = User::fromJson(m_server->currentUser(), QString(), &error);
        QVERIFY2(user, qPrintable(error));
        m_account->setUser(*user);
        m_account->bindAccount(accountKey());
        m_journal = std::make_unique<OfflineJournal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        m_journal->open(accountKey());
        QTRY_VERIFY(m_journal->isLoaded());
        m_up = std::make_unique<OfflineUploader>(m_api.get(), m_account.get(), m_journal.get(), m_clock.get());
        m_server->clearRequestLog();
    }

    void cleanup()
    {
        m_up.reset();
        m_journal.reset();
        m_account.reset();
        stopFakeServer();
        m_clock.reset();
        m_dir.reset();
    }

    void finishedPeriodUploadsOnce()
    {
        const OfflineRecord r = period(at(8, 0, 0, 700), at(9, 30, 15));
        QVERIFY(write(r));
        QSignalSpy progress(m_up.get(), &OfflineUploader::progress);
        QSignalSpy finished(m_up.get(), &OfflineUploader::finished);
        QVERIFY(m_up->hasWork());
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        const QJsonObject body
            = QJsonDocument::fromJson(loggedRequests("POST", QStringLiteral("/api/v2/entries")).first().body).object();
        QCOMPARE(body.value(QStringLiteral("clocked_offline")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("time_clocked_since")).toString(), QStringLiteral("2026-11-23T08:00:00Z"));
        QCOMPARE(body.value(QStringLiteral("time_since")).toString(), QStringLiteral("2026-11-23T08:00:00Z"));
        QCOMPARE(body.value(QStringLiteral("time_until")).toString(), QStringLiteral("2026-11-23T09:30:15Z"));
        const QJsonObject entry = onlyEntryIn(at(0, 0), T0);
        QCOMPARE(entry.value(QStringLiteral("clocked_offline")).toBool(), true);
        QCOMPARE(entry.value(QStringLiteral("customers_id")).toInteger(), m_catalog.bakery);
        QCOMPARE(entry.value(QStringLiteral("services_id")).toInteger(), m_catalog.consulting);
        QCOMPARE(entry.value(QStringLiteral("text")).toString(), QStringLiteral("Offline"));
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).value<OfflineRecord>().serverEntryId,
                 entry.value(QStringLiteral("id")).toInteger());
        QCOMPARE(finished.size(), 1);
        QVERIFY(m_journal->records().isEmpty());
        QVERIFY(!m_up->hasWork());
        QCOMPARE(m_up->nextProbeDelayMs(), -1);

        // Nothing left: another try sends nothing, and a new journal on the file finds nothing to upload.
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        m_up.reset();
        m_journal = std::make_unique<OfflineJournal>(m_dir->filePath(QStringLiteral("journal.sqlite")));
        m_journal->open(accountKey());
        QTRY_VERIFY(m_journal->isLoaded());
        QVERIFY(m_journal->records().isEmpty());
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
    }

    void serverStopAtLocalStopTime()
    {
        const qint64 id = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0,
                                                     QStringLiteral("Online begonnen"), at(8, 0));
        QVERIFY(id > 0);
        OfflineRecord stop = period(at(8, 0), at(9, 15, 30, 400));
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = id;
        QVERIFY(write(stop));
        QVERIFY(pass());
        QCOMPARE(m_server->runningEntryId(), 0);
        QCOMPARE(m_server->entry(id).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:15:30Z")); // the local stop, not the upload's 10:00
        QCOMPARE(count("DELETE", QStringLiteral("/api/v2/clock/%1").arg(id)), 1);
        QVERIFY(m_journal->records().isEmpty());
    }

    void serverStopStoppedElsewhere()
    {
        const qint64 id = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QString(), at(8, 0));
        m_server->setNow(at(9, 40));
        m_server->remoteStopClock();
        m_server->setNow(T0);
        OfflineRecord stop = period(at(8, 0), at(9, 15));
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = id;
        QVERIFY(write(stop));
        QSignalSpy conflicts(m_up.get(), &OfflineUploader::conflict);
        QVERIFY(pass());
        // The server's end is kept and the difference shown.
        QCOMPARE(m_server->entry(id).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:40:00Z"));
        QCOMPARE(conflicts.size(), 1);
        const OfflineRecord r = *m_journal->record(stop.id);
        QCOMPARE(r.state, OfflineRecord::State::Conflict);
        QCOMPARE(r.conflict, OfflineUploader::StoppedElsewhere);
        QVERIFY(r.conflictMessage.startsWith(OfflineUploader::conflictText(OfflineUploader::StoppedElsewhere)));
        QCOMPARE(count("DELETE", QString()) + count("PUT", QString()), 0);
        // The user keeps their stop.
        QVERIFY(m_up->uploadAnyway(stop.id));
        QVERIFY(idle());
        QCOMPARE(m_server->entry(id).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:15:00Z"));
        QVERIFY(m_journal->records().isEmpty());
    }

    void runningPeriodBecomesServerClock()
    {
        const OfflineRecord r = period(at(8, 20, 5, 300), QDateTime(), QStringLiteral("Zug"));
        QVERIFY(write(r));
        QVERIFY(m_journal->running());
        QSignalSpy adopted(m_up.get(), &OfflineUploader::runningAdopted);
        QVERIFY(pass());
        const qint64 id = m_server->runningEntryId();
        QVERIFY(id > 0);
        QCOMPARE(m_server->entry(id).value(QStringLiteral("time_since")).toString(),
                 QStringLiteral("2026-11-23T08:20:05Z"));
        QCOMPARE(m_server->entry(id).value(QStringLiteral("text")).toString(), QStringLiteral("Zug"));
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 1);
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().at(0).value<Entry>().id, id);
        QVERIFY(!m_journal->running());
        QVERIFY(m_journal->records().isEmpty());
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 1);
    }

    // The whole offline story in one pass: the server clock stopped, two finished periods (a switch), one still
    // running; uploaded in journal order.
    void severalRecordsInJournalOrder()
    {
        const qint64 online
            = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("online"), at(8, 0));
        OfflineRecord stop = period(at(8, 0), at(8, 10));
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = online;
        const OfflineRecord a = period(at(8, 10), at(8, 40), QStringLiteral("A"));
        OfflineRecord b = period(at(8, 40), at(9, 0), QStringLiteral("B"));
        b.customersId = m_catalog.atelier;
        b.servicesId = m_catalog.development;
        b.billable = 0;
        const OfflineRecord c = period(at(9, 0), QDateTime(), QStringLiteral("C"));
        for (const OfflineRecord& r : { stop, a, b, c })
            QVERIFY(write(r));
        QCOMPARE(m_up->waitingCount(), 3);
        QSignalSpy progress(m_up.get(), &OfflineUploader::progress);
        QVERIFY(pass());
        QCOMPARE(progress.size(), 4);
        QVERIFY(m_journal->records().isEmpty());
        QStringList writes;
        for (const FakeClockodoServer::LoggedRequest& request : m_server->requestLog()) {
            if (request.method != "GET")
                writes.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
        }
        QCOMPARE(writes,
                 (QStringList { QStringLiteral("DELETE /api/v2/clock/%1").arg(online),
                                QStringLiteral("POST /api/v2/entries"), QStringLiteral("POST /api/v2/entries"),
                                QStringLiteral("POST /api/v2/clock") }));
        QCOMPARE(m_server->entry(online).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T08:10:00Z"));
        QCOMPARE(entriesIn(at(8, 10), at(9, 0)), 2);
        int offline = 0;
        for (const QJsonValue& v : m_server->allEntries())
            offline += v.toObject().value(QStringLiteral("clocked_offline")).toBool() ? 1 : 0;
        QCOMPARE(offline, 2);
        const QJsonObject running = m_server->entry(m_server->runningEntryId());
        QCOMPARE(running.value(QStringLiteral("time_since")).toString(), QStringLiteral("2026-11-23T09:00:00Z"));
        QCOMPARE(running.value(QStringLiteral("text")).toString(), QStringLiteral("C"));
    }

    // The user stops the local clock while its start is on its way to the server: the server's clock is then
    // stopped at the local stop, not left running and not uploaded a second time as an entry.
    void stoppedLocallyWhileItsStartIsOnItsWay()
    {
        const OfflineRecord r = period(at(8, 0), QDateTime());
        QVERIFY(write(r));
        FakeClockodoServer::Fault slow;
        slow.kind = FakeClockodoServer::Fault::Kind::Delay;
        slow.delayMs = 300;
        slow.method = "POST";
        m_server->injectFault(slow);
        m_up->retryNow();
        QTRY_VERIFY(pendingRequests(m_api.get()).contains(QStringLiteral("POST /v2/clock")));
        OfflineRecord stopped = *m_journal->record(r.id);
        stopped.state = OfflineRecord::State::Waiting;
        stopped.end = at(9, 30);
        QVERIFY(write(stopped));
        QSignalSpy adopted(m_up.get(), &OfflineUploader::runningAdopted);
        QVERIFY(idle());
        QCOMPARE(m_server->runningEntryId(), 0);
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
        const QJsonObject entry = onlyEntryIn(at(0, 0), T0);
        QCOMPARE(entry.value(QStringLiteral("time_since")).toString(), QStringLiteral("2026-11-23T08:00:00Z"));
        QCOMPARE(entry.value(QStringLiteral("time_until")).toString(), QStringLiteral("2026-11-23T09:30:00Z"));
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 0);
        QCOMPARE(adopted.size(), 0); // nothing runs any more
        QVERIFY(m_journal->records().isEmpty());
    }

    // A crash right after such a stop: the record is a finished period marked maybeOnServer while its clock runs on
    // the server. The clock is stopped, no second entry made.
    void finishedPeriodWhoseStartReachedTheServer()
    {
        const qint64 running = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0,
                                                          QStringLiteral("Offline"), at(8, 0));
        OfflineRecord r = period(at(8, 0), at(9, 30));
        r.maybeOnServer = true;
        QVERIFY(write(r));
        QVERIFY(pass());
        QCOMPARE(m_server->runningEntryId(), 0);
        QCOMPARE(m_server->entry(running).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:30:00Z"));
        QCOMPARE(count("POST", QString()), 0);
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
        QVERIFY(m_journal->records().isEmpty());
    }

    // The stopwatch's online start whose answer was lost (maybeOnServer): the server started the clock at its own
    // time, a few seconds after the local start. That clock is ours, not "another clock".
    void unknownStartOutcomeIsAdopted()
    {
        const qint64 started = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0,
                                                          QStringLiteral("Offline"), at(8, 0, 7));
        OfflineRecord r = period(at(8, 0, 0, 200), QDateTime());
        r.maybeOnServer = true;
        QVERIFY(write(r));
        QSignalSpy adopted(m_up.get(), &OfflineUploader::runningAdopted);
        QVERIFY(pass());
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().at(0).value<Entry>().id, started);
        QCOMPARE(count("POST", QString()), 0);
        QVERIFY(m_journal->records().isEmpty());

        // Without the doubt it would be another device's clock.
        OfflineRecord sure = period(at(9, 30), QDateTime());
        QVERIFY(write(sure));
        QVERIFY(pass());
        QCOMPARE(m_journal->record(sure.id)->conflict, OfflineUploader::ClockRunningElsewhere);
    }

    // The same for a stop: the server stopped the clock at its time, seconds after the local stop.
    void unknownStopOutcomeIsAdopted()
    {
        const qint64 id = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QString(), at(8, 0));
        m_server->setNow(at(9, 15, 4));
        m_server->remoteStopClock();
        m_server->setNow(T0);
        OfflineRecord stop = period(at(8, 0), at(9, 15));
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = id;
        stop.maybeOnServer = true;
        QVERIFY(write(stop));
        QVERIFY(pass());
        QVERIFY(m_journal->records().isEmpty());
        QCOMPARE(count("DELETE", QString()) + count("PUT", QString()), 0);
        QCOMPARE(m_server->entry(id).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:15:04Z"));

        // The local period that followed the stop overlaps the server's end by those seconds: no conflict for that.
        QVERIFY(write(period(at(9, 15), at(9, 45))));
        QVERIFY(pass());
        QVERIFY(m_journal->records().isEmpty());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
    }

    // A switch whose answer was lost: the server stopped the old clock and started the new one at its own time. Both
    // records are recognised; nothing is sent again.
    void unknownSwitchOutcomeIsAdopted()
    {
        const qint64 old = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QString(), at(8, 0));
        const qint64 now = m_server->remoteStartClock(m_catalog.atelier, m_catalog.development, 0,
                                                      QStringLiteral("neu"), at(9, 0, 5));
        QCOMPARE(m_server->entry(old).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:00:05Z"));
        OfflineRecord stop = period(at(8, 0), at(9, 0));
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = old;
        stop.maybeOnServer = true;
        OfflineRecord next = period(at(9, 0), QDateTime(), QStringLiteral("neu"));
        next.customersId = m_catalog.atelier;
        next.servicesId = m_catalog.development;
        next.maybeOnServer = true;
        QVERIFY(write(stop));
        QVERIFY(write(next));
        QSignalSpy adopted(m_up.get(), &OfflineUploader::runningAdopted);
        QVERIFY(pass());
        QVERIFY(m_journal->records().isEmpty());
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().at(0).value<Entry>().id, now);
        QCOMPARE(count("POST", QString()) + count("DELETE", QString()) + count("PUT", QString()), 0);
    }

    // The server clock was stopped elsewhere and another one runs there now: shown, never overwritten.
    void serverStopWhileAnotherClockRuns()
    {
        const qint64 old = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QString(), at(8, 0));
        m_server->remoteStartClock(m_catalog.atelier, m_catalog.development, 0, QStringLiteral("Handy"), at(9, 40));
        OfflineRecord stop = period(at(8, 0), at(9, 15));
        stop.kind = OfflineRecord::Kind::ServerStop;
        stop.serverEntryId = old;
        QVERIFY(write(stop));
        QVERIFY(pass());
        const OfflineRecord c = *m_journal->record(stop.id);
        QCOMPARE(c.state, OfflineRecord::State::Conflict);
        QCOMPARE(c.conflict, OfflineUploader::ClockRunningElsewhere);
        QVERIFY(c.conflictMessage.contains(QStringLiteral("Handy")));
        QCOMPARE(count("DELETE", QString()) + count("PUT", QString()), 0);
        QCOMPARE(m_server->entry(old).value(QStringLiteral("time_until")).toString(),
                 QStringLiteral("2026-11-23T09:40:00Z"));
    }

    void runningPeriodWhileAnotherClockRuns()
    {
        const qint64 other = m_server->remoteStartClock(m_catalog.atelier, m_catalog.development, 0,
                                                        QStringLiteral("Handy"), at(9, 0));
        const OfflineRecord r = period(at(8, 20), QDateTime());
        QVERIFY(write(r));
        QSignalSpy conflicts(m_up.get(), &OfflineUploader::conflict);
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 0);
        QCOMPARE(m_server->runningEntryId(), other);
        QCOMPARE(conflicts.size(), 1);
        const OfflineRecord c = *m_journal->record(r.id);
        QCOMPARE(c.conflict, OfflineUploader::ClockRunningElsewhere);
        QCOMPARE(c.state, OfflineRecord::State::Running); // the local clock keeps running beside the conflict
        QVERIFY(c.conflictMessage.contains(QStringLiteral("Handy")));
        QVERIFY(!m_up->hasWork());
        QCOMPARE(m_up->nextProbeDelayMs(), -1);
        // The user wants theirs.
        QVERIFY(m_up->uploadAnyway(r.id));
        QVERIFY(idle());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 1);
        QVERIFY(m_server->runningEntryId() != other);
        QVERIFY(!m_journal->running());
    }

    void actThenDropCreatesOneEntry()
    {
        const OfflineRecord r = period(at(7, 0), at(7, 45));
        QVERIFY(write(r));
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::ActThenDrop;
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/v2/entries");
        m_server->injectFault(fault);
        QVERIFY(pass());
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
        QVERIFY(m_journal->records().isEmpty()); // adopted
    }

    void uploadingRecordAtStartIsAdopted()
    {
        // A crash after the POST reached the server and before the journal heard of it.
        OfflineRecord r = period(at(6, 0), at(6, 30), QStringLiteral("vor dem Absturz"));
        r.state = OfflineRecord::State::Uploading;
        r.maybeOnServer = true;
        r.attempts = 1;
        const qint64 existing = m_server->addEntry(QJsonObject {
            { QStringLiteral("customers_id"), m_catalog.bakery },
            { QStringLiteral("services_id"), m_catalog.consulting },
            { QStringLiteral("billable"), 1 },
            { QStringLiteral("time_since"), QStringLiteral("2026-11-23T06:00:00Z") },
            { QStringLiteral("time_until"), QStringLiteral("2026-11-23T06:30:00Z") },
            { QStringLiteral("text"), QStringLiteral("vor dem Absturz") },
            { QStringLiteral("clocked_offline"), true },
            { QStringLiteral("time_clocked_since"), QStringLiteral("2026-11-23T06:00:00Z") },
        });
        QVERIFY(existing > 0);
        QVERIFY(write(r));
        QSignalSpy progress(m_up.get(), &OfflineUploader::progress);
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 0);
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(0).value<OfflineRecord>().serverEntryId, existing);
        QVERIFY(m_journal->records().isEmpty());
    }

    void uploadingRecordWithoutEntryIsSentOnce()
    {
        // Marked, but the crash came before the request left: nothing on the server, so it is sent (once).
        OfflineRecord r = period(at(6, 0), at(6, 30));
        r.state = OfflineRecord::State::Uploading;
        r.maybeOnServer = true;
        QVERIFY(write(r));
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
    }

    void inactiveServiceIsAConflictUntilDiscarded()
    {
        const qint64 old = m_server->addService(QStringLiteral("Alt"), false);
        OfflineRecord r = period(at(8, 0), at(8, 30));
        r.servicesId = old;
        QVERIFY(write(r));
        QSignalSpy conflicts(m_up.get(), &OfflineUploader::conflict);
        QVERIFY(pass());
        QCOMPARE(conflicts.size(), 1);
        const OfflineRecord c = *m_journal->record(r.id);
        QCOMPARE(c.state, OfflineRecord::State::Conflict);
        QCOMPARE(c.conflict, OfflineUploader::Inactive);
        QVERIFY(c.conflictMessage.startsWith(OfflineUploader::conflictText(OfflineUploader::Inactive)));
        QVERIFY(c.conflictMessage.contains(QStringLiteral("inactive"))); // the server's own words follow
        QVERIFY(!c.maybeOnServer);
        QCOMPARE(m_up->waitingCount(), 1);
        QVERIFY(!m_up->hasWork()); // waits for the user, not for the server
        QCOMPARE(m_up->nextProbeDelayMs(), -1);
        QCOMPARE(entriesIn(at(0, 0), T0), 0);

        QVERIFY(m_up->discard(r.id));
        QVERIFY(idle());
        QVERIFY(m_journal->records().isEmpty());
        QCOMPARE(m_up->waitingCount(), 0);
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QCOMPARE(entriesIn(at(0, 0), T0), 0);
    }

    void editedConflictUploads()
    {
        const qint64 old = m_server->addService(QStringLiteral("Alt"), false);
        OfflineRecord r = period(at(8, 0), at(8, 30));
        r.servicesId = old;
        QVERIFY(write(r));
        QVERIFY(pass());
        QCOMPARE(m_journal->record(r.id)->conflict, OfflineUploader::Inactive);
        OfflineRecord edited = *m_journal->record(r.id);
        edited.servicesId = m_catalog.development;
        edited.text = QStringLiteral("korrigiert");
        QVERIFY(m_up->replace(r.id, edited));
        QVERIFY(idle());
        QVERIFY(m_journal->records().isEmpty());
        const QJsonObject entry = onlyEntryIn(at(0, 0), T0);
        QCOMPARE(entry.value(QStringLiteral("services_id")).toInteger(), m_catalog.development);
        QCOMPARE(entry.value(QStringLiteral("text")).toString(), QStringLiteral("korrigiert"));
    }

    void overlapIsAConflictThenUploadAnyway()
    {
        m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.development, at(8, 30), at(9, 0),
                               QStringLiteral("im Web"), 1);
        const OfflineRecord r = period(at(8, 0), at(9, 30));
        QVERIFY(write(r));
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 0);
        const OfflineRecord c = *m_journal->record(r.id);
        QCOMPARE(c.state, OfflineRecord::State::Conflict);
        QCOMPARE(c.conflict, OfflineUploader::Overlap);
        QVERIFY(!c.conflictMessage.isEmpty());
        // Still a conflict on the next pass: nothing is uploaded behind the user's back.
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 0);

        QVERIFY(m_up->uploadAnyway(r.id));
        QVERIFY(idle());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QCOMPARE(entriesIn(at(0, 0), T0), 2);
        QVERIFY(m_journal->records().isEmpty());
    }

    // A period still running locally overlaps an entry made elsewhere since its start. POST /v2/clock with time_since
    // does not refuse that (neither the contract nor the fake say it would): the uploader checks the span from the
    // local start until now, as for a finished period, and the overlap is a conflict the user sees, not a silent
    // double booking. The local clock keeps running beside it; "upload anyway" starts it on the server.
    void runningPeriodOverlappingEntriesMadeElsewhereIsAConflict()
    {
        m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.development, at(8, 30), at(9, 0),
                               QStringLiteral("im Web"), 1);
        const OfflineRecord r = period(at(8, 0), QDateTime(), QStringLiteral("Zug"));
        QVERIFY(write(r));
        QSignalSpy conflicts(m_up.get(), &OfflineUploader::conflict);
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 0);
        QCOMPARE(m_server->runningEntryId(), 0);
        QCOMPARE(conflicts.size(), 1);
        const OfflineRecord c = *m_journal->record(r.id);
        QCOMPARE(c.conflict, OfflineUploader::Overlap);
        QCOMPARE(c.state, OfflineRecord::State::Running);
        QVERIFY(c.conflictMessage.startsWith(OfflineUploader::conflictText(OfflineUploader::Overlap)));
        QVERIFY(!m_up->hasWork());
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 0);

        QVERIFY(m_up->uploadAnyway(r.id));
        QVERIFY(idle());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 1);
        const qint64 running = m_server->runningEntryId();
        QVERIFY(running > 0);
        QCOMPARE(m_server->entry(running).value(QStringLiteral("time_since")).toString(),
                 QStringLiteral("2026-11-23T08:00:00Z"));
        QVERIFY(m_journal->records().isEmpty());
    }

    // Without anything made elsewhere, the look at the span starts the clock as before (one POST).
    void runningPeriodWithoutOverlapStarts()
    {
        m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.development, at(7, 0), at(8, 0), QStringLiteral("davor"),
                               1);
        const OfflineRecord r = period(at(8, 0), QDateTime(), QStringLiteral("Zug"));
        QVERIFY(write(r));
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 1);
        QVERIFY(m_server->runningEntryId() > 0);
        QVERIFY(m_journal->records().isEmpty());
    }

    void longerThanTheApiAllowsIsAConflict()
    {
        const OfflineRecord r = period(at(9, 0).addDays(-1).addSecs(-60), at(9, 0));
        QVERIFY(write(r));
        QVERIFY(pass());
        QCOMPARE(m_journal->record(r.id)->conflict, OfflineUploader::TooLong);
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 0);
    }

    void probesAtLeastOnceAMinuteWhileRecordsWait()
    {
        FakeClockodoServer::Fault outage;
        outage.kind = FakeClockodoServer::Fault::Kind::Status;
        outage.status = 503;
        outage.attempts = 0; // until cleared
        m_server->injectFault(outage);
        QSignalSpy probing(m_up.get(), &OfflineUploader::probingChanged);
        QVERIFY(write(period(at(8, 0), at(8, 30))));
        QVERIFY(m_up->isProbing());
        int probes = 0;
        QList<int> delays;
        for (int i = 0; i < 8; ++i) {
            const int delay = m_up->nextProbeDelayMs();
            QVERIFY2(delay > 0 && delay <= OfflineUploader::MaxProbeDelayMs, qPrintable(QString::number(delay)));
            delays.append(delay);
            // Not before it is due ...
            m_clock->advanceMs(delay - 1);
            m_up->checkTimer();
            QVERIFY(!m_up->isBusy());
            QCOMPARE(int(loggedRequests("GET", QStringLiteral("/api/v2/clock")).size()), probes);
            // ... and when it is.
            m_clock->advanceMs(1);
            m_up->checkTimer();
            QVERIFY(m_up->isBusy());
            QVERIFY(idle());
            ++probes;
            QCOMPARE(int(loggedRequests("GET", QStringLiteral("/api/v2/clock")).size()), probes);
            QCOMPARE(m_up->lastProbe(), m_clock->nowUtc());
            QVERIFY(m_up->isProbing());
        }
        QCOMPARE(delays.first(), OfflineUploader::FirstProbeDelayMs);
        QCOMPARE(delays.last(), OfflineUploader::MaxProbeDelayMs); // backed off, capped at a minute
        QCOMPARE(count("POST", QString()), 0);

        // The server answers again: the next probe uploads.
        m_server->clearFaults();
        m_clock->advanceMs(m_up->nextProbeDelayMs());
        m_up->checkTimer();
        QVERIFY(idle());
        QVERIFY(!m_up->isProbing());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QCOMPARE(m_up->nextProbeDelayMs(), -1);
        QVERIFY(probing.size() >= 2);
    }

    void retryAfterIsHonouredUpToAMinute()
    {
        FakeClockodoServer::Fault limited;
        limited.kind = FakeClockodoServer::Fault::Kind::TooManyRequests;
        limited.retryAfterSeconds = 30;
        m_server->injectFault(limited);
        QVERIFY(write(period(at(8, 0), at(8, 30))));
        QVERIFY(pass());
        QCOMPARE(m_up->nextProbeDelayMs(), 30000);
        limited.retryAfterSeconds = 3600;
        m_server->injectFault(limited);
        QVERIFY(pass());
        QCOMPARE(m_up->nextProbeDelayMs(), OfflineUploader::MaxProbeDelayMs);
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
    }

    void noProbeWhenNothingWaits()
    {
        QVERIFY(!m_up->hasWork());
        QCOMPARE(m_up->nextProbeDelayMs(), -1);
        QVERIFY(!m_up->isProbing());
        m_up->retryNow();
        QVERIFY(!m_up->isBusy());
        m_clock->advance(3600);
        m_up->checkTimer();
        QTest::qWait(50);
        QCOMPARE(int(m_server->requestLog().size()), 0);
        QVERIFY(!m_up->lastProbe().isValid());
    }

    void anotherAccountsRecordsAreNeverUploaded()
    {
        // Records of account B (same server, another user) in the same file.
        const QString other = AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId() + 1);
        m_journal->open(other);
        QTRY_VERIFY(m_journal->isLoaded());
        QVERIFY(write(period(at(8, 0), at(8, 30), QStringLiteral("von B"))));
        QVERIFY(write(period(at(9, 0), QDateTime(), QStringLiteral("läuft bei B"))));
        // While the journal holds B and the account is A: nothing is probed, nothing sent.
        QVERIFY(!m_up->hasWork() || m_up->nextProbeDelayMs() == -1);
        QVERIFY(pass());
        QCOMPARE(int(m_server->requestLog().size()), 0);
        // Back to A: B's records are not even listed.
        m_journal->open(accountKey());
        QTRY_VERIFY(m_journal->isLoaded());
        QVERIFY(m_journal->records().isEmpty());
        QVERIFY(write(period(at(7, 0), at(7, 30), QStringLiteral("von A"))));
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QCOMPARE(count("POST", QStringLiteral("/api/v2/clock")), 0);
        QCOMPARE(onlyEntryIn(at(0, 0), T0).value(QStringLiteral("text")).toString(), QStringLiteral("von A"));
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
    }

    void accountChangeStopsAtOnce()
    {
        QVERIFY(write(period(at(8, 0), at(8, 30))));
        FakeClockodoServer::Fault slow;
        slow.kind = FakeClockodoServer::Fault::Kind::Delay;
        slow.delayMs = 300;
        slow.method = "GET";
        m_server->injectFault(slow);
        m_up->retryNow();
        QVERIFY(m_up->isBusy());
        m_account->clear(); // another account
        QVERIFY(!m_up->isBusy());
        QTest::qWait(600);
        QVERIFY(!m_up->isBusy());
        QCOMPARE(count("POST", QString()), 0);
        QCOMPARE(m_up->nextProbeDelayMs(), -1);
    }

    void unauthorizedStopsUntilCredentialsChange()
    {
        QVERIFY(write(period(at(8, 0), at(8, 30))));
        m_server->setCredentials(m_server->email(), QStringLiteral("revoked-key"));
        QSignalSpy signedOut(m_up.get(), &OfflineUploader::signedOut);
        QVERIFY(pass());
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(m_up->isSignedOut());
        QCOMPARE(m_up->nextProbeDelayMs(), -1);
        QVERIFY(pass());
        QCOMPARE(int(m_server->requestLog().size()), 1);
        m_api->setCredentials(m_server->email(), QStringLiteral("revoked-key"));
        QVERIFY(!m_up->isSignedOut());
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
    }

    void serverErrorOnUploadIsNotDuplicated()
    {
        // A 5xx answer to the POST: the outcome is unknown; the entry is looked for, not sent twice.
        QVERIFY(write(period(at(8, 0), at(8, 30))));
        FakeClockodoServer::Fault error;
        error.kind = FakeClockodoServer::Fault::Kind::Status;
        error.status = 502;
        error.method = "POST";
        m_server->injectFault(error);
        QVERIFY(pass());
        QCOMPARE(m_journal->record(m_journal->records().first().id)->state, OfflineRecord::State::Uploading);
        QVERIFY(m_up->isProbing());
        QVERIFY(m_up->nextProbeDelayMs() > 0);
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 2); // the first never acted
        QCOMPARE(entriesIn(at(0, 0), T0), 1);
        QVERIFY(m_journal->records().isEmpty());
    }

    // A probe is one request: the ApiClient's own retries (which the app's client has, for GETs) would stretch a probe
    // past the minute between probes. Against a fake that answers 5xx, or hangs past the probe's timeout, the probe
    // is given up after its one request and the uploader's own back-off schedules the next.
    void probeIsNeverRetriedByTheClient_data()
    {
        QTest::addColumn<bool>("hang");
        QTest::newRow("5xx") << false;
        QTest::newRow("hang past the timeout") << true;
    }

    void probeIsNeverRetriedByTheClient()
    {
        QFETCH(bool, hang);
        RetryPolicy retries; // as the app's client: GETs are retried, here without waiting long
        retries.maxRetries = 3;
        retries.baseDelayMs = 10;
        retries.maxDelayMs = 20;
        retries.jitter = 0;
        m_api->setRetryPolicy(retries);
        m_api->setTimeoutMs(hang ? 300 : 5000); // the probe's timeout is the client's when that is shorter
        FakeClockodoServer::Fault fault;
        fault.kind = hang ? FakeClockodoServer::Fault::Kind::Hang : FakeClockodoServer::Fault::Kind::Status;
        fault.status = 503;
        fault.method = "GET";
        fault.pathPrefix = QStringLiteral("/api/v2/clock");
        fault.attempts = 0; // until cleared
        m_server->injectFault(fault);
        QVERIFY(write(period(at(8, 0), at(8, 30))));
        QVERIFY(pass());
        QCOMPARE(m_up->probeCount(), 1);
        QCOMPARE(count("GET", QStringLiteral("/api/v2/clock")), 1);
        QVERIFY(m_up->isProbing());
        QCOMPARE(m_up->nextProbeDelayMs(), OfflineUploader::FirstProbeDelayMs); // the uploader's back-off
        QCOMPARE(count("POST", QString()), 0);

        // The next probe, when due by the injected clock, is again one request; then the server answers again.
        m_clock->advanceMs(m_up->nextProbeDelayMs());
        m_up->checkTimer();
        QVERIFY(idle());
        QCOMPARE(count("GET", QStringLiteral("/api/v2/clock")), 2);
        m_server->clearFaults();
        QVERIFY(pass());
        QCOMPARE(count("POST", QStringLiteral("/api/v2/entries")), 1);
        QVERIFY(m_journal->records().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfflineUploader)
#include "tst_offlineuploader.moc"
