// SPDX-License-Identifier: GPL-3.0-or-later
// EntryUndoStack against the fake server: a delete is undone by creating the entries again (once, even when the
// answer is lost), an edit by writing the previous values back, never over a change made elsewhere since; the
// steps are bounded and belong to one account.
#include "api/transport/apitime.h"
#include "core/session/accountdata.h"
#include "models/entrysaveoperation.h"
#include "models/entryundostack.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime T0 = ApiTime::parse(QStringLiteral("2026-11-23T15:00:00Z"));

// The fields a re-created entry must carry, as the fake stores them (no id, no server times).
QJsonObject userFields(QJsonObject json)
{
    const char* const keys[] = { "id",          "time_insert", "time_last_change", "time_last_change_work_time",
                                 "texts_id",    "clocked",     "clocked_offline",  "time_clocked_since",
                                 "hourly_rate", "revenue" };
    for (const char* key : keys)
        json.remove(QLatin1String(key));
    return json;
}

} // namespace

class TestEntryUndoStack : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    Catalog m_catalog;

    Entry fetch(qint64 id)
    {
        Entry result;
        ApiReply* reply = m_api->entry(id);
        connect(reply, &ApiReply::finished, this, [reply, &result] {
            if (reply->isOk())
                result = reply->valueAs<Entry>();
        });
        [&] {
            QVERIFY(waitFor(reply));
        }();
        return result;
    }

    bool remove(qint64 id)
    {
        bool ok = false;
        ApiReply* reply = m_api->deleteEntry(id);
        connect(reply, &ApiReply::finished, this, [reply, &ok] { ok = reply->isOk(); });
        return waitFor(reply) && ok;
    }

    // Edits through EntrySaveOperation as the dialog does; returns {replaced, saved}.
    QPair<Entry, Entry> edit(const Entry& original, const Entry& edited)
    {
        EntrySaveOperation operation(m_api.get());
        QSignalSpy succeeded(&operation, &EntrySaveOperation::succeeded);
        operation.update(original, edited);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, 20000);
        }();
        return { operation.replacedEntry(), succeeded.value(0).value(0).value<Entry>() };
    }

    // Runs undo() to its end; true when it ended with undone().
    bool runUndo(EntryUndoStack& stack, QList<Entry>* entries = nullptr, QString* failure = nullptr)
    {
        QSignalSpy undone(&stack, &EntryUndoStack::undone);
        QSignalSpy failed(&stack, &EntryUndoStack::undoFailed);
        stack.undo();
        if (!QTest::qWaitFor([&] { return !stack.isBusy() && undone.count() + failed.count() > 0; }, 20000))
            return false;
        if (entries && !undone.isEmpty())
            *entries = undone.first().at(1).value<QList<Entry>>();
        if (failure && !failed.isEmpty())
            *failure = failed.first().at(1).toString();
        return failed.isEmpty() && undone.count() == 1;
    }

    int countMatching(const QJsonObject& fields) const
    {
        int n = 0;
        for (const QJsonValue& v : m_server->allEntries())
            n += userFields(v.toObject()) == fields ? 1 : 0;
        return n;
    }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(T0));
        m_catalog = seedCatalog();
    }

    void cleanup() { stopFakeServer(); }

    void deleteIsUndoneByCreatingTheSameEntries()
    {
        const qint64 project = m_server->addProject(m_catalog.bakery, QStringLiteral("Filiale Süd"));
        const qint64 timeId
            = m_server->addEntry({ { QStringLiteral("customers_id"), m_catalog.bakery },
                                   { QStringLiteral("projects_id"), project },
                                   { QStringLiteral("services_id"), m_catalog.consulting },
                                   { QStringLiteral("billable"), 1 },
                                   { QStringLiteral("text"), QStringLiteral("Angebot geschrieben\nzweite Zeile") },
                                   { QStringLiteral("time_since"), QStringLiteral("2026-11-23T07:00:00Z") },
                                   { QStringLiteral("time_until"), QStringLiteral("2026-11-23T08:30:00Z") } });
        const qint64 valueId
            = m_server->addEntry({ { QStringLiteral("customers_id"), m_catalog.atelier },
                                   { QStringLiteral("services_id"), m_catalog.development },
                                   { QStringLiteral("billable"), 2 },
                                   { QStringLiteral("lumpsum"), 123.5 },
                                   { QStringLiteral("text"), QStringLiteral("Pauschale") },
                                   { QStringLiteral("time_since"), QStringLiteral("2026-11-23T10:00:00Z") } });
        const qint64 serviceId
            = m_server->addEntry({ { QStringLiteral("customers_id"), m_catalog.bakery },
                                   { QStringLiteral("lumpsum_services_id"), m_catalog.travel },
                                   { QStringLiteral("lumpsum_services_amount"), 42 },
                                   { QStringLiteral("billable"), 0 },
                                   { QStringLiteral("time_since"), QStringLiteral("2026-11-23T11:00:00Z") } });
        QVERIFY(timeId > 0 && valueId > 0 && serviceId > 0);
        QList<Entry> deleted;
        QList<QJsonObject> fields;
        for (qint64 id : { timeId, valueId, serviceId }) {
            deleted.append(fetch(id));
            fields.append(userFields(m_server->entry(id)));
            QVERIFY(remove(id));
        }
        QCOMPARE(m_server->allEntries().size(), 0);

        EntryUndoStack stack(m_api.get());
        QVERIFY(stack.recordDelete(deleted));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.topEntryCount(), 3);
        QList<Entry> restored;
        QVERIFY(runUndo(stack, &restored));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(restored.size(), 3);
        QCOMPARE(m_server->allEntries().size(), 3);
        for (int i = 0; i < fields.size(); ++i) {
            QCOMPARE(countMatching(fields.at(i)), 1);
            QVERIFY(restored.at(i).id != deleted.at(i).id); // Clockodo gives a new id
            QCOMPARE(restored.at(i).text, deleted.at(i).text);
        }
        QCOMPARE(loggedRequests("POST", QStringLiteral("/api/v2/entries")).size(), 3);
    }

    void runningEntryIsNotRecorded()
    {
        const qint64 running = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting);
        EntryUndoStack stack(m_api.get());
        QVERIFY(!stack.recordDelete({ fetch(running) }));
        QCOMPARE(stack.count(), 0);
    }

    void undoOfALostCreateCreatesExactlyOne()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addSecs(-7200),
                                                 T0.addSecs(-3600), QStringLiteral("Lieferung"), 1);
        const Entry entry = fetch(id);
        const QJsonObject fields = userFields(m_server->entry(id));
        QVERIFY(remove(id));
        EntryUndoStack stack(m_api.get());
        QVERIFY(stack.recordDelete({ entry }));

        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::ActThenDrop; // created, but the answer never arrives
        fault.method = "POST";
        fault.pathPrefix = QStringLiteral("/v2/entries");
        fault.attempts = 1;
        m_server->injectFault(fault);
        QList<Entry> restored;
        QVERIFY(runUndo(stack, &restored));
        m_server->clearFaults();

        QCOMPARE(loggedRequests("POST", QStringLiteral("/api/v2/entries")).size(), 1); // sent once, read back
        QCOMPARE(m_server->allEntries().size(), 1);
        QCOMPARE(countMatching(fields), 1);
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored.first().id, m_server->allEntries().first().toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(stack.count(), 0);
    }

    void failedCreateKeepsTheStep()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addSecs(-7200),
                                                 T0.addSecs(-3600), QStringLiteral("Lieferung"), 1);
        const Entry entry = fetch(id);
        QVERIFY(remove(id));
        EntryUndoStack stack(m_api.get());
        QVERIFY(stack.recordDelete({ entry }));
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Drop; // never arrives
        fault.method = "POST";
        fault.attempts = 1;
        m_server->injectFault(fault);
        QString failure;
        QVERIFY(!runUndo(stack, nullptr, &failure));
        m_server->clearFaults();
        QVERIFY(!failure.isEmpty());
        QCOMPARE(m_server->allEntries().size(), 0);
        QCOMPARE(stack.count(), 1); // still there to try again
        QVERIFY(runUndo(stack));
        QCOMPARE(m_server->allEntries().size(), 1);
    }

    void editIsUndoneWithThePreviousValues()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addSecs(-7200),
                                                 T0.addSecs(-3600), QStringLiteral("Vorher"), 1);
        const QJsonObject original = userFields(m_server->entry(id));
        const Entry loaded = fetch(id);
        Entry edited = loaded;
        edited.text = QStringLiteral("Nachher");
        edited.servicesId = m_catalog.development;
        edited.timeUntil = loaded.timeUntil.addSecs(900);
        m_server->advance(60);
        const auto [replaced, saved] = edit(loaded, edited);
        QCOMPARE(replaced.id, id);
        QCOMPARE(m_server->entry(id).value(QLatin1String("text")).toString(), QStringLiteral("Nachher"));

        EntryUndoStack stack(m_api.get());
        QVERIFY(stack.recordEdit(replaced, saved));
        QCOMPARE(stack.topKind(), EntryUndoStack::Kind::Edit);
        m_server->advance(60);
        QList<Entry> written;
        QVERIFY(runUndo(stack, &written));
        QCOMPARE(userFields(m_server->entry(id)), original);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first().id, id); // the same entry, written back
        QCOMPARE(m_server->allEntries().size(), 1);
    }

    void twoEditsAndADeleteAreUndoneInTurn()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addSecs(-7200),
                                                 T0.addSecs(-3600), QStringLiteral("Eins"), 1);
        const QJsonObject original = userFields(m_server->entry(id));
        EntryUndoStack stack(m_api.get());
        Entry current = fetch(id);
        for (const QString& text : { QStringLiteral("Zwei"), QStringLiteral("Drei") }) {
            Entry edited = current;
            edited.text = text;
            m_server->advance(60);
            const auto [replaced, saved] = edit(current, edited);
            QVERIFY(stack.recordEdit(replaced, saved));
            current = saved;
        }
        QVERIFY(remove(id));
        QVERIFY(stack.recordDelete({ current }));
        QCOMPARE(stack.count(), 3);
        m_server->advance(60);
        QList<Entry> restored;
        QVERIFY(runUndo(stack, &restored)); // the delete: "Drei" again, under a new id
        const qint64 newId = restored.first().id;
        QCOMPARE(m_server->entry(newId).value(QLatin1String("text")).toString(), QStringLiteral("Drei"));
        m_server->advance(60);
        QVERIFY(runUndo(stack)); // the second edit, on the new entry
        QCOMPARE(m_server->entry(newId).value(QLatin1String("text")).toString(), QStringLiteral("Zwei"));
        m_server->advance(60);
        QVERIFY(runUndo(stack)); // the first edit
        QJsonObject back = userFields(m_server->entry(newId));
        QCOMPARE(back, original);
        QCOMPARE(m_server->allEntries().size(), 1);
        QCOMPARE(stack.count(), 0);
    }

    void undoRefusesAfterARemoteChange()
    {
        const qint64 id = m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addSecs(-7200),
                                                 T0.addSecs(-3600), QStringLiteral("Vorher"), 1);
        const Entry loaded = fetch(id);
        Entry edited = loaded;
        edited.text = QStringLiteral("Nachher");
        m_server->advance(60);
        const auto [replaced, saved] = edit(loaded, edited);
        EntryUndoStack stack(m_api.get());
        QVERIFY(stack.recordEdit(replaced, saved));

        m_server->advance(60);
        m_server->remoteEditEntry(
            id, { { QStringLiteral("billable"), 0 } }); // another device, a field the edit did not touch
        m_server->clearRequestLog();
        QString failure;
        QVERIFY(!runUndo(stack, nullptr, &failure));
        QVERIFY2(failure.contains(QStringLiteral("changed in Clockodo")), qPrintable(failure));
        QCOMPARE(loggedRequests("PUT", QString()).size(), 0); // nothing overwritten
        QCOMPARE(m_server->entry(id).value(QLatin1String("text")).toString(), QStringLiteral("Nachher"));
        QCOMPARE(m_server->entry(id).value(QLatin1String("billable")).toInt(), 0);
        QCOMPARE(stack.count(), 0); // refused for good
    }

    void stepsAreBounded()
    {
        EntryUndoStack stack(m_api.get());
        Entry e;
        e.customersId = m_catalog.bakery;
        e.timeSince = T0.addSecs(-3600);
        e.timeUntil = T0;
        for (int i = 1; i <= EntryUndoStack::MaxSteps + 5; ++i) {
            e.id = i;
            QVERIFY(stack.recordDelete({ e }));
        }
        QCOMPARE(stack.count(), EntryUndoStack::MaxSteps);
    }

    void accountSwitchClearsTheSteps()
    {
        Entry e;
        e.id = 7;
        e.customersId = m_catalog.bakery;
        e.timeSince = T0.addSecs(-3600);
        e.timeUntil = T0;
        AccountData account(m_api.get());
        EntryUndoStack stack(m_api.get());
        stack.setAccount(&account);
        QVERIFY(stack.recordDelete({ e }));
        QSignalSpy changed(&stack, &EntryUndoStack::changed);
        account.clear(); // another account signs in
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(changed.count(), 1);

        // New credentials without a clear(): the step is not sent under them.
        QVERIFY(stack.recordDelete({ e }));
        m_api->setCredentials(QStringLiteral("other@example.com"), QStringLiteral("otherkey"));
        m_server->clearRequestLog();
        stack.undo();
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.isBusy());
        QVERIFY(pendingRequests(m_api.get()).isEmpty());
        QCOMPARE(m_server->allEntries().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntryUndoStack)
#include "tst_entryundostack.moc"
