// SPDX-License-Identifier: GPL-3.0-or-later
// EntrySaveOperation::create when the answer is lost: the POST reaches the server once, and the operation tells
// what is true by looking for the entry.
#include "api/transport/apitime.h"
#include "models/entrysaveoperation.h"
#include "support/fakeserverfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestEntrySaveOperation : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    Catalog m_catalog;

    Entry someEntry() const
    {
        Entry entry;
        entry.customersId = m_catalog.bakery;
        entry.servicesId = m_catalog.consulting;
        entry.billable = Entry::IsBillable;
        entry.text = QStringLiteral("Angebot geschrieben");
        entry.timeSince = ApiTime::parse(QStringLiteral("2026-11-23T07:00:00Z"));
        entry.timeUntil = ApiTime::parse(QStringLiteral("2026-11-23T08:30:00Z"));
        return entry;
    }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(ApiTime::parse(QStringLiteral("2026-11-23T09:00:00Z"))));
        m_catalog = seedCatalog();
    }

    void cleanup() { stopFakeServer(); }

    void createWhoseAnswerIsLost_data()
    {
        QTest::addColumn<bool>("acted");
        QTest::newRow("saved, answer lost") << true;
        QTest::newRow("never arrived") << false;
    }

    void createWhoseAnswerIsLost()
    {
        QFETCH(bool, acted);
        const qsizetype before = m_server->allEntries().size();
        FakeClockodoServer::Fault fault;
        fault.kind = acted ? FakeClockodoServer::Fault::Kind::ActThenDrop : FakeClockodoServer::Fault::Kind::Drop;
        fault.method = "POST";
        fault.attempts = acted ? 1 : 0; // once: a second attempt would be saved again
        m_server->injectFault(fault);
        EntrySaveOperation operation(m_api.get());
        QSignalSpy succeeded(&operation, &EntrySaveOperation::succeeded);
        QSignalSpy failed(&operation, &EntrySaveOperation::failed);
        operation.create(someEntry());
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 20000);
        m_server->clearFaults();

        QCOMPARE(loggedRequests("POST", QStringLiteral("/api/v2/entries")).size(), 1);
        QVERIFY(!operation.isBusy());
        if (acted) {
            QCOMPARE(m_server->allEntries().size(), before + 1); // exactly one entry, no twin
            QCOMPARE(succeeded.count(), 1);
            const Entry saved = succeeded.first().at(0).value<Entry>();
            QVERIFY(saved.id > 0);
            QCOMPARE(m_server->entry(saved.id).value(QLatin1String("text")).toString(), someEntry().text);
        } else {
            QCOMPARE(m_server->allEntries().size(), before);
            QCOMPARE(failed.count(), 1);
            QVERIFY(failed.first().at(0).value<ApiError>().outcomeUnknown);
        }
    }
};

QTEST_GUILESS_MAIN(TestEntrySaveOperation)
#include "tst_entrysaveoperation.moc"
