// SPDX-License-Identifier: GPL-3.0-or-later
// The entry models against the fake Clockodo server over real HTTP: paging appends without resets, refreshes
// update in place, local edits touch one row, deletes remove rows, a running entry ticks with a ManualClock,
// filtering/sorting, day totals, master data and pickers. QAbstractItemModelTester watches every model.
#include "core/session/accountdata.h"
#include "core/tracking/taskcatalog.h"
#include "models/customerlistmodel.h"
#include "models/daterange.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/entrytextsuggestions.h"
#include "models/lumpsumservicelistmodel.h"
#include "models/masterdata.h"
#include "models/pickerfilterproxymodel.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <ctime>
#include <memory>
#include <optional>

namespace {

const QTimeZone berlin("Europe/Berlin");

void watch(QAbstractItemModel* model, std::vector<std::unique_ptr<QAbstractItemModelTester>>* testers)
{
    testers->push_back(
        std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
}

} // namespace

class TestEntryTableModel : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void pagesAppendWithoutReset();
    void selectionSurvivesPaging();
    void pagesGoInASliceAtATime();
    void newLoadDropsTheWaitingSlices();
    void pageParsedAcrossAnAccountSwitchNeverLands();
    void refreshUpdatesInPlace();
    void rowAddedDuringALoadIntoAnEmptyTableGoesUnlessSent();
    void newQueryReplacesRows();
    void requestCarriesUserAndServerFilters();
    void upsertUpdatesOneRow();
    void upsertKeepsTheRowWhenStartChanges();
    void readBackAsksForTheSavedSpanOnly();
    void upsertOutsideWindowRemovesRow();
    void deleteRemovesRows();
    void failedDeleteKeepsRow();
    void deleteWhoseAnswerIsLost();
    void failedLoadIsReported();
    void runningEntryTicks();
    void runningEntryNotInFutureRanges();
    void tickingIntervals();
    void runningEntryGrowsIntoTheNext();
    void runningEntryMovesOnceAMinuteWhenSortedByDuration();
    void timesInUserZoneNotOsZone();
    void twelveHourFormat();
    void lumpSumRows();
    void namesFromMasterDataWhenMissing();
    void proxyFiltersAndSorts();
    void dayTotalsSplitAtMidnightAndFollowFilter();
    void dayTotalsCountRunningEntryUpToNow();
    void dayTotalsCountOverlapsOnce();
    void dayTotalsUpdateTheChangedDaysOnly();
    void overlapsAreMarked();
    void overlapsOfALoadComeFromTheWorker();
    void manyChangedMarksAreAllToldBeforeLoadFinished();
    void billedRowsAreLocked();
    void masterDataLoadsOnceAndPickersFilter();
    void textSuggestions();

private:
    EntryQuery weekQuery(QDate day, int itemsPerPage = 1000) const;
    Entry entryFromServer(qint64 id);
    bool loadAndWait(const EntryQuery& query);

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EntryTableModel> m_model;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_bakery = 0;
    qint64 m_atelier = 0;
    qint64 m_website = 0;
    qint64 m_consulting = 0;
    qint64 m_development = 0;
    qint64 m_travel = 0;
};

void TestEntryTableModel::initTestCase()
{
    // The OS runs in New York; the Clockodo user (fake default) lives in Europe/Berlin.
    m_osTimeZone.emplace("America/New_York");
}

void TestEntryTableModel::cleanupTestCase()
{
    m_osTimeZone.reset();
}

void TestEntryTableModel::init()
{
    const QDateTime now = utc(2026, 11, 25, 10); // Wednesday, 11:00 in Berlin
    QVERIFY(startFakeServer(now));
    const Catalog catalog = seedCatalog();
    m_bakery = catalog.bakery;
    m_atelier = catalog.atelier;
    m_consulting = catalog.consulting;
    m_development = catalog.development;
    m_travel = catalog.travel;
    m_website = m_server->addProject(m_bakery, QStringLiteral("Neue Website"));
    m_server->addProject(m_bakery, QStringLiteral("Alte Kampagne"), true, true);

    m_clock = std::make_unique<ManualClock>(now);
    m_model = std::make_unique<EntryTableModel>(m_api.get(), m_clock.get());
    m_model->setTimeZone(berlin);
    watch(m_model.get(), &m_testers);
}

void TestEntryTableModel::cleanup()
{
    // Whatever the test did to the rows (pages, refreshes, upserts, deletions, a zone change), the compact list of
    // ids and local dates beside the entries says what the entries say.
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        QCOMPARE(m_model->idAt(row), m_model->entryAt(row).id);
        QCOMPARE(m_model->localDateAt(row), m_model->index(row, 0).data(EntryTableModel::LocalDateRole).toDate());
        for (const int column : { int(EntryTableModel::DateColumn), int(EntryTableModel::StartColumn) }) {
            QCOMPARE(m_model->sortKey(row, column), m_model->index(row, column).data(EntryTableModel::SortRole));
            QCOMPARE(m_model->integerSortKey(row, column), m_model->sortKey(row, column).toLongLong());
        }
        QCOMPARE(m_model->integerSortKey(row, EntryTableModel::DescriptionColumn), std::nullopt);
    }
    m_testers.clear();
    m_model.reset();
    stopFakeServer();
    m_clock.reset();
}

EntryQuery TestEntryTableModel::weekQuery(QDate day, int itemsPerPage) const
{
    const DateRange range = DateRange::week(day, berlin, true);
    EntryQuery query;
    query.since = range.sinceUtc();
    query.until = range.untilUtc();
    query.usersId = m_server->currentUserId();
    query.itemsPerPage = itemsPerPage;
    return query;
}

Entry TestEntryTableModel::entryFromServer(qint64 id)
{
    return entryFrom(m_server->entry(id));
}

bool TestEntryTableModel::loadAndWait(const EntryQuery& query)
{
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    m_model->load(query);
    return finished.wait(10000);
}

void TestEntryTableModel::pagesAppendWithoutReset()
{
    m_server->addSyntheticEntries(25, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 7);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy pages(m_model.get(), &EntryTableModel::pageLoaded);
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    QList<int> rowsAtPage;
    connect(m_model.get(), &EntryTableModel::pageLoaded, this, [this, &rowsAtPage, &finished] {
        rowsAtPage.append(m_model->rowCount());
        QCOMPARE(finished.count(), 0); // the rows are there before the load is done
    });

    m_model->load(weekQuery(QDate(2026, 11, 25), 10));
    QVERIFY(m_model->isLoading());
    QVERIFY(finished.wait(10000));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(pages.count(), 3);
    QCOMPARE(inserted.count(), 3); // one insertion per page
    QCOMPARE(rowsAtPage, (QList<int> { 10, 20, 25 }));
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 9);
    QCOMPARE(inserted.at(1).at(1).toInt(), 10);
    QCOMPARE(inserted.at(2).at(2).toInt(), 24);
    QCOMPARE(m_model->rowCount(), 25);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->entryAt(row - 1).timeSince <= m_model->entryAt(row).timeSince);
    QVERIFY(!m_model->isLoading());

    // Exactly the pages asked for, with enhanced_list and the user filter.
    int listRequests = 0;
    for (const auto& r : m_server->requestLog()) {
        if (r.path != QLatin1String("/api/v2/entries"))
            continue;
        ++listRequests;
        QCOMPARE(r.queryValue(QStringLiteral("enhanced_list")), QStringLiteral("true"));
        QCOMPARE(r.queryValue(QStringLiteral("items_per_page")), QStringLiteral("10"));
    }
    QCOMPARE(listRequests, 3);
    // Enhanced names arrived.
    QCOMPARE(m_model->index(0, EntryTableModel::CustomerColumn).data().toString().isEmpty(), false);
}

void TestEntryTableModel::pagesGoInASliceAtATime()
{
    // Issue 16: a page goes into the rows a slice per event-loop turn (no turn inserting 1000 rows into a table of
    // 100,000); the insertions stay contiguous and in order, and the load is done only when the last slice is in.
    m_server->addSyntheticEntries(25, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 7);
    m_model->insertQueue()->setSliceSize(4);
    m_model->insertQueue()->setBudgetMs(0); // one slice per turn
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    QSignalSpy expected(m_model.get(), &EntryTableModel::rowsExpected);
    QList<QPair<int, int>> insertions;
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
        QCOMPARE(finished.count(), 0);
        QVERIFY(m_model->isLoading());
        insertions.append({ first, last });
    });
    m_model->load(weekQuery(QDate(2026, 11, 25), 10));
    QVERIFY(finished.wait(10000));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 25);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->insertQueue()->isEmpty());
    QVERIFY(insertions.size() >= 7); // 25 rows, at most 4 per turn
    // The first page told how many would come, once (room made for them at once).
    QCOMPARE(expected.count(), 1);
    QCOMPARE(expected.first().first().value<qsizetype>(), 25);
    int next = 0;
    for (const auto& [first, last] : std::as_const(insertions)) {
        QCOMPARE(first, next); // appended, contiguous
        QVERIFY(last - first + 1 <= 4);
        next = last + 1;
    }
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->entryAt(row - 1).timeSince <= m_model->entryAt(row).timeSince);
}

void TestEntryTableModel::newLoadDropsTheWaitingSlices()
{
    // Slices of the last query still waiting when another query starts never reach the rows.
    m_server->addSyntheticEntries(25, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 7);
    m_model->insertQueue()->setSliceSize(2);
    m_model->insertQueue()->setBudgetMs(0);
    QSignalSpy pages(m_model.get(), &EntryTableModel::pageLoaded);
    m_model->load(weekQuery(QDate(2026, 11, 25), 10));
    QVERIFY(pages.wait(10000));
    QVERIFY(!m_model->insertQueue()->isEmpty()); // 2 of the first page's 10 are in, 8 wait
    QCOMPARE(m_model->rowCount(), 2);
    const QDate otherWeek(2026, 11, 11);
    QVERIFY(loadAndWait(weekQuery(otherWeek, 10)));
    QTest::qWait(0);
    const EntryQuery other = weekQuery(otherWeek, 10);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->entryAt(row).timeSince < other.until); // none of the first week's
}

void TestEntryTableModel::pageParsedAcrossAnAccountSwitchNeverLands()
{
    // The first page's answer is in, its parsing (on the parser thread) held; the account changes meanwhile: none of
    // its entries reach the rows.
    m_server->addSyntheticEntries(25, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 7);
    auto release = std::make_shared<QSemaphore>();
    auto entered = std::make_shared<QSemaphore>();
    m_api->parserPool()->start([release, entered] {
        entered->release();
        release->acquire();
    });
    entered->acquire();
    QSignalSpy answers(m_api->networkAccessManager(), &QNetworkAccessManager::finished);
    QSignalSpy failed(m_model.get(), &EntryTableModel::loadFailed);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->load(weekQuery(QDate(2026, 11, 25), 10));
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10000);
    m_api->setCredentials(QStringLiteral("someone@example.com"), QStringLiteral("another-key"));
    release->release();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().category, ApiError::Category::Canceled);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());
}

void TestEntryTableModel::selectionSurvivesPaging()
{
    m_server->addSyntheticEntries(30, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 3);
    EntryFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    watch(&proxy, &m_testers);
    QItemSelectionModel selection(&proxy);
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    bool selected = false;
    qint64 selectedId = 0;
    connect(m_model.get(), &EntryTableModel::pageLoaded, this, [&](int page) {
        if (page != 1)
            return;
        selection.select(proxy.index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.setCurrentIndex(proxy.index(3, 0), QItemSelectionModel::NoUpdate);
        selectedId = proxy.index(3, 0).data(EntryTableModel::IdRole).toLongLong();
        selected = true;
    });
    m_model->load(weekQuery(QDate(2026, 11, 25), 10));
    QVERIFY(finished.wait(10000));
    QVERIFY(selected);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(EntryTableModel::IdRole).toLongLong(), selectedId);
    QCOMPARE(selection.currentIndex().data(EntryTableModel::IdRole).toLongLong(), selectedId);
}

void TestEntryTableModel::refreshUpdatesInPlace()
{
    m_server->addSyntheticEntries(12, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 5);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25), 5)));
    QCOMPARE(m_model->rowCount(), 12);
    const qint64 edited = m_model->entryAt(4).id;
    const qint64 deleted = m_model->entryAt(8).id;
    m_server->remoteEditEntry(edited, QJsonObject { { QStringLiteral("text"), QStringLiteral("Changed elsewhere") } });
    m_server->remoteDeleteEntry(deleted);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(loadAndWait(m_model->query()));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 8);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 4);
    QCOMPARE(m_model->rowCount(), 11);
    QCOMPARE(m_model->entryAt(4).text, QStringLiteral("Changed elsewhere"));
    QCOMPARE(m_model->rowOfId(deleted), -1);
}

void TestEntryTableModel::rowAddedDuringALoadIntoAnEmptyTableGoesUnlessSent()
{
    // A load into an empty table has no rows the server did not send, unless one was added while it ran: that one
    // goes when the load is done (the server's list is the truth), the one the server sends stays.
    m_server->addSyntheticEntries(12, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 5);
    m_model->insertQueue()->setSliceSize(2);
    m_model->insertQueue()->setBudgetMs(0);
    QSignalSpy pages(m_model.get(), &EntryTableModel::pageLoaded);
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    m_model->load(weekQuery(QDate(2026, 11, 25), 5));
    QVERIFY(pages.wait(10000));
    QVERIFY(m_model->isLoading());
    Entry unknown = m_model->entryAt(0);
    unknown.id = 987654321;
    unknown.text = QStringLiteral("not on the server");
    m_model->upsertEntry(unknown);
    QVERIFY(m_model->rowOfId(unknown.id) >= 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_model->rowCount(), 12);
    QCOMPARE(m_model->rowOfId(unknown.id), -1);
}

void TestEntryTableModel::newQueryReplacesRows()
{
    m_server->addTimeEntry(m_bakery, m_website, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                           QStringLiteral("this week"), 1);
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 17, 8), utc(2026, 11, 17, 9),
                           QStringLiteral("last week"), 1);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QCOMPARE(m_model->rowCount(), 1);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 18))));
    QCOMPARE(reset.count(), 1); // a different range: the old rows go at once, not after the answer
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entryAt(0).text, QStringLiteral("last week"));
}

void TestEntryTableModel::requestCarriesUserAndServerFilters()
{
    EntryFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setCustomerId(m_bakery);
    proxy.setBillable(EntryFilterProxyModel::BillableOrBilled);
    proxy.setText(QStringLiteral("local only"));
    EntryQuery query = weekQuery(QDate(2026, 11, 25));
    proxy.applyServerFilters(&query);
    m_server->clearRequestLog();
    QVERIFY(loadAndWait(query));
    const auto log = m_server->requestLog();
    QCOMPARE(log.size(), 1);
    const auto& r = log.first();
    QCOMPARE(r.queryValue(QStringLiteral("filter[users_id]")), QString::number(m_server->currentUserId()));
    QCOMPARE(r.queryValue(QStringLiteral("filter[customers_id]")), QString::number(m_bakery));
    QCOMPARE(r.queryValue(QStringLiteral("filter[billable]")), QStringLiteral("12"));
    QVERIFY(r.queryValue(QStringLiteral("filter[text]")).isNull());
    QCOMPARE(r.queryValue(QStringLiteral("time_since")), QStringLiteral("2026-11-22T23:00:00Z"));
    QCOMPARE(r.queryValue(QStringLiteral("time_until")), QStringLiteral("2026-11-29T23:00:00Z"));
}

void TestEntryTableModel::upsertUpdatesOneRow()
{
    m_server->addSyntheticEntries(8, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 9);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    Entry entry = m_model->entryAt(3);
    entry.text = QStringLiteral("Edited in the dialog");
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    m_model->upsertEntry(entry);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(3, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(3, EntryTableModel::ColumnCount - 1));
    QCOMPARE(moved.count(), 0);
    QCOMPARE(m_model->index(3, EntryTableModel::DescriptionColumn).data().toString(),
             QStringLiteral("Edited in the dialog"));
    // The same entry again: nothing to tell anybody.
    m_model->upsertEntry(entry);
    QCOMPARE(changed.count(), 1);
}

void TestEntryTableModel::upsertKeepsTheRowWhenStartChanges()
{
    // A new start changes the row in place (whoever shows the rows orders them: the window's day groups move it to
    // its new day); a move here reached them as a layout change of every row.
    m_server->addSyntheticEntries(6, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 11);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    Entry entry = m_model->entryAt(0);
    const qint64 length = entry.timeSince.secsTo(entry.timeUntil);
    entry.timeSince = utc(2026, 11, 28, 9);
    entry.timeUntil = entry.timeSince.addSecs(length);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->upsertEntry(entry);
    QCOMPARE(moved.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(layout.count(), 0);
    // The row, then the overlap marks that changed with it (synthetic entries overlap).
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(0, EntryTableModel::ColumnCount - 1));
    for (qsizetype i = 1; i < changed.size(); ++i)
        QVERIFY(changed.at(i).at(2).value<QList<int>>().contains(EntryTableModel::OverlapsRole));
    QCOMPARE(m_model->rowOfId(entry.id), 0);
    QCOMPARE(m_model->index(0, 0).data(EntryTableModel::SinceRole).toDateTime(), entry.timeSince);
    // A new entry still goes where its start puts it among the others.
    Entry added = m_model->entryAt(2);
    added.id = 999001;
    added.timeSince = added.timeSince.addSecs(1);
    m_model->upsertEntry(added);
    QCOMPARE(m_model->rowOfId(added.id), 3);
}

void TestEntryTableModel::readBackAsksForTheSavedSpanOnly()
{
    // Issue 16: after a save the window reads back the saved entry's span (its names and revenue), one request,
    // not the whole range again (three pages of 10 here; a hundred of 1000 at 100,000 entries).
    m_server->addSyntheticEntries(25, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 7);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25), 10)));
    QCOMPARE(m_model->rowCount(), 25);
    const int row = 12;
    const Entry listed = m_model->entryAt(row);
    QVERIFY(!listed.customersName.isEmpty());
    // What the answer of PUT carries: no names.
    Entry saved = listed;
    saved.customersName.clear();
    saved.servicesName.clear();
    m_model->upsertEntry(saved);
    QVERIFY(m_model->entryAt(row).customersName.isEmpty());
    m_server->clearRequestLog();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->readBack({ saved });
    QTRY_COMPARE(m_model->entryAt(row).customersName, listed.customersName);
    QCOMPARE(m_model->entryAt(row), listed);
    const auto log = m_server->requestLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().path, QStringLiteral("/api/v2/entries"));
    QCOMPARE(log.first().queryValue(QStringLiteral("time_since")), listed.timeSince.toUTC().toString(Qt::ISODate));
    QCOMPARE(log.first().queryValue(QStringLiteral("time_until")), listed.timeUntil.toUTC().toString(Qt::ISODate));
    QCOMPARE(log.first().queryValue(QStringLiteral("enhanced_list")), QStringLiteral("true"));
    QCOMPARE(m_model->rowCount(), 25);
    // While a load runs, nothing more is asked: the load reads the rows anyway.
    m_model->refresh();
    m_server->clearRequestLog();
    m_model->readBack({ saved });
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    QVERIFY(finished.wait(10000));
    for (const auto& r : m_server->requestLog())
        QVERIFY(r.queryValue(QStringLiteral("time_since")) != listed.timeSince.toUTC().toString(Qt::ISODate));
}

void TestEntryTableModel::upsertOutsideWindowRemovesRow()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("moves away"), 1);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QCOMPARE(m_model->rowCount(), 1);
    Entry entry = m_model->entryAt(0);
    entry.timeSince = utc(2026, 12, 8, 8);
    entry.timeUntil = utc(2026, 12, 8, 9);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->upsertEntry(entry);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowOfId(id), -1);
    // A new entry inside the window is inserted at its place.
    Entry created = entry;
    created.id = 99999;
    created.timeSince = utc(2026, 11, 26, 8);
    created.timeUntil = utc(2026, 11, 26, 9);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->upsertEntry(created);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowOfId(99999), 0);
}

void TestEntryTableModel::deleteRemovesRows()
{
    m_server->addSyntheticEntries(6, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 13);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const QList<qint64> ids { m_model->entryAt(1).id, m_model->entryAt(4).id };
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy done(m_model.get(), &EntryTableModel::deleteFinished);
    m_model->deleteEntries(ids);
    QVERIFY(done.wait(10000));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    auto deleted = done.at(0).at(0).value<QList<qint64>>();
    std::sort(deleted.begin(), deleted.end());
    QCOMPARE(deleted, ids);
    QVERIFY(done.at(0).at(1).value<QList<qint64>>().isEmpty());
    for (qint64 id : ids) {
        QVERIFY(m_server->entry(id).isEmpty());
        QCOMPARE(m_model->rowOfId(id), -1);
    }
}

void TestEntryTableModel::failedDeleteKeepsRow()
{
    m_server->addSyntheticEntries(3, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 17);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const qint64 id = m_model->entryAt(1).id;
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Status;
    fault.status = 500;
    fault.method = "DELETE";
    fault.attempts = 0;
    m_server->injectFault(fault);
    QSignalSpy done(m_model.get(), &EntryTableModel::deleteFinished);
    m_model->deleteEntries({ id });
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(1).value<QList<qint64>>(), QList<qint64> { id });
    QCOMPARE(done.at(0).at(2).value<ApiError>().category, ApiError::Category::Server);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_server->entry(id).isEmpty());
}

void TestEntryTableModel::deleteWhoseAnswerIsLost()
{
    // The server deletes, then the connection closes before the answer: the DELETE goes out once (no second one
    // answered 404), the entry is read again, and the row goes because the entry is gone.
    m_server->addSyntheticEntries(3, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 23);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const qint64 id = m_model->entryAt(1).id;
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::ActThenDrop;
    fault.method = "DELETE";
    m_server->injectFault(fault);
    m_server->clearRequestLog();
    QSignalSpy done(m_model.get(), &EntryTableModel::deleteFinished);
    m_model->deleteEntries({ id });
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).value<QList<qint64>>(), QList<qint64> { id });
    QVERIFY(done.at(0).at(1).value<QList<qint64>>().isEmpty());
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(m_server->entry(id).isEmpty());
    int deletes = 0;
    for (const auto& request : m_server->requestLog())
        deletes += request.method == "DELETE" ? 1 : 0;
    QCOMPARE(deletes, 1);
}

void TestEntryTableModel::failedLoadIsReported()
{
    m_server->addSyntheticEntries(3, utc(2026, 11, 23, 6), utc(2026, 11, 27, 18), 19);
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Status;
    fault.status = 503;
    fault.pathPrefix = QStringLiteral("/v2/entries");
    m_server->injectFault(fault);
    QSignalSpy failed(m_model.get(), &EntryTableModel::loadFailed);
    QSignalSpy loading(m_model.get(), &EntryTableModel::loadingChanged);
    m_model->load(weekQuery(QDate(2026, 11, 25)));
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_model->lastError().category, ApiError::Category::Server);
    QVERIFY(!m_model->isLoading());
    QCOMPARE(loading.last().at(0).toBool(), false);
    // Retry works once the server is back.
    QVERIFY(loadAndWait(m_model->query()));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestEntryTableModel::runningEntryTicks()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 25, 7), utc(2026, 11, 25, 8),
                           QStringLiteral("before"), 1);
    const qint64 running = m_server->remoteStartClock(m_bakery, m_consulting, m_website, QStringLiteral("running"),
                                                      utc(2026, 11, 25, 9, 50));
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 26, 7), utc(2026, 11, 26, 8),
                           QStringLiteral("after"), 0);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const int row = m_model->rowOfId(running);
    QCOMPARE(row, 1);
    QVERIFY(m_model->hasRunningEntry());
    QVERIFY(m_model->isTicking());
    const QModelIndex duration = m_model->index(row, EntryTableModel::DurationColumn);
    QCOMPARE(duration.data().toString(), QStringLiteral("0:10:00"));
    QCOMPARE(m_model->index(row, EntryTableModel::EndColumn).data().toString(), QStringLiteral("running"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_clock->advance(61);
    m_model->tick();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), duration); // that cell only
    QCOMPARE(changed.at(0).at(1).toModelIndex(), duration);
    QCOMPARE(duration.data().toString(), QStringLiteral("0:11:01"));

    // Once stopped (a refresh brings the stopped entry), the ticking ends.
    m_server->advance(61);
    m_server->remoteStopClock();
    QVERIFY(loadAndWait(m_model->query()));
    QVERIFY(!m_model->hasRunningEntry());
    QVERIFY(!m_model->isTicking());
    changed.clear();
    m_model->tick();
    QCOMPARE(changed.count(), 0);
}

void TestEntryTableModel::runningEntryNotInFutureRanges()
{
    const qint64 running = m_server->remoteStartClock(m_bakery, m_consulting, 0, QString(), utc(2026, 11, 25, 9));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 12, 2)))); // next week: the server sends it, we do not show it
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isTicking());
    // A clock started last week that still runs belongs to this week as well.
    m_clock->setNowUtc(utc(2026, 12, 1, 10));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 12, 2))));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entryAt(0).id, running);
}

void TestEntryTableModel::runningEntryGrowsIntoTheNext()
{
    // Issue 16: a tick no longer indexes every row again; the marks still change when the running entry grows into
    // an entry of its user that starts after the time it had reached, and only then.
    const qint64 running = m_server->remoteStartClock(m_bakery, m_consulting, 0, QString(), utc(2026, 11, 25, 9, 50));
    const qint64 next = m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 25, 10, 5),
                                               utc(2026, 11, 25, 10, 30), QStringLiteral("next"), 0);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const auto marks = [this](qint64 id) {
        return m_model->index(m_model->rowOfId(id), 0).data(EntryTableModel::OverlapsRole).toList();
    };
    QVERIFY(marks(running).isEmpty());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // The rows whose marks were said to change (adjacent rows come in one dataChanged).
    const auto markChanges = [&changed] {
        int rows = 0;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            if (args.at(2).value<QList<int>>().contains(EntryTableModel::OverlapsRole))
                rows += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
        }
        return rows;
    };
    m_clock->advance(4 * 60); // 10:04: touching nothing yet
    m_model->tick();
    QCOMPARE(markChanges(), 0);
    QVERIFY(marks(running).isEmpty());
    m_clock->advance(60); // 10:05: ends where the next one starts (touching is no overlap)
    m_model->tick();
    QCOMPARE(markChanges(), 0);
    m_clock->advance(60); // 10:06: into it
    m_model->tick();
    QCOMPARE(markChanges(), 2);
    QCOMPARE(marks(running), QVariantList { next });
    QCOMPARE(marks(next), QVariantList { running });
    m_clock->advance(60);
    m_model->tick();
    QCOMPARE(markChanges(), 2);
}

void TestEntryTableModel::runningEntryMovesOnceAMinuteWhenSortedByDuration()
{
    // Issue 16: sorted by duration, a running clock's 1 Hz tick re-sorts the table (and regroups its day headers)
    // only when its whole minutes pass another entry, not every second. Finished entries last 20:01 to 20:59 in
    // steps of 1 s, one per half hour; the running one has run 20:00.
    for (int i = 1; i <= 59; ++i) {
        const QDateTime since = utc(2026, 11, 24, 0).addSecs(i * 1800);
        m_server->addTimeEntry(m_bakery, 0, m_consulting, since, since.addSecs(20 * 60 + i), QStringLiteral("done"), 0);
    }
    const qint64 running = m_server->remoteStartClock(m_bakery, m_consulting, 0, QString(), utc(2026, 11, 25, 9, 40));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    EntryFilterProxyModel sorted;
    sorted.setSourceModel(m_model.get());
    sorted.sort(EntryTableModel::DurationColumn, Qt::DescendingOrder);
    QSignalSpy layouts(&sorted, &QAbstractItemModel::layoutChanged);
    const auto rowOfRunning = [&sorted, running] {
        for (int row = 0; row < sorted.rowCount(); ++row) {
            if (sorted.index(row, 0).data(EntryTableModel::IdRole).toLongLong() == running)
                return row;
        }
        return -1;
    };
    QCOMPARE(rowOfRunning(), sorted.rowCount() - 1); // 20:00, the shortest
    for (int second = 1; second <= 59; ++second) {
        m_clock->advance(1);
        m_model->tick();
    }
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(rowOfRunning(), sorted.rowCount() - 1);
    m_clock->advance(1); // 21:00: longer than every finished one
    m_model->tick();
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(rowOfRunning(), 0);
}

void TestEntryTableModel::tickingIntervals()
{
    m_server->remoteStartClock(m_bakery, m_consulting, 0, QString(), utc(2026, 11, 25, 9));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QVERIFY(!m_model->fastTicking());
    QCOMPARE(m_model->tickIntervalMs(), 60000); // hidden: once a minute
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setFastTicking(true); // visible: every second, and at once
    QCOMPARE(m_model->tickIntervalMs(), 1000);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_model->isTicking());
}

void TestEntryTableModel::timesInUserZoneNotOsZone()
{
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
    // Monday 22:00 to Tuesday 00:30 in Berlin (16:00-18:30 in New York).
    m_server->addTimeEntry(m_bakery, m_website, m_consulting, utc(2026, 11, 23, 21), utc(2026, 11, 23, 23, 30),
                           QStringLiteral("late"), 1);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QCOMPARE(m_model->rowCount(), 1);
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role);
    };
    QCOMPARE(cell(EntryTableModel::StartColumn).toString(), QStringLiteral("22:00"));
    QCOMPARE(cell(EntryTableModel::EndColumn).toString(), QStringLiteral("00:30 (+1)"));
    QCOMPARE(cell(EntryTableModel::DurationColumn).toString(), QStringLiteral("2:30"));
    QCOMPARE(cell(0, EntryTableModel::LocalDateRole).toDate(), QDate(2026, 11, 23));
    QCOMPARE(cell(EntryTableModel::DateColumn, EntryTableModel::ExportRole).toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(cell(EntryTableModel::StartColumn, EntryTableModel::ExportRole).toString(),
             QStringLiteral("2026-11-23 22:00"));
    QCOMPARE(cell(EntryTableModel::EndColumn, EntryTableModel::ExportRole).toString(),
             QStringLiteral("2026-11-24 00:30"));
    QCOMPARE(cell(EntryTableModel::DurationColumn, EntryTableModel::DecimalHoursRole).toString(),
             QStringLiteral("2.50"));
    QCOMPARE(m_model->localDateAt(0), QDate(2026, 11, 23));
    m_model->setTimeZone(QTimeZone("Asia/Tokyo")); // 06:00 on Tuesday there
    QCOMPARE(cell(0, EntryTableModel::LocalDateRole).toDate(), QDate(2026, 11, 24));
    QCOMPARE(m_model->localDateAt(0), QDate(2026, 11, 24));
}

void TestEntryTableModel::twelveHourFormat()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 12), utc(2026, 11, 24, 13, 15), QString(), 0);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTimeFormat12h(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(0, EntryTableModel::StartColumn).data().toString(), QStringLiteral("1:00 PM"));
    QCOMPARE(m_model->index(0, EntryTableModel::EndColumn).data().toString(), QStringLiteral("2:15 PM"));
    // CSV stays 24 h.
    QCOMPARE(m_model->index(0, EntryTableModel::StartColumn).data(EntryTableModel::ExportRole).toString(),
             QStringLiteral("2026-11-24 13:00"));
}

void TestEntryTableModel::lumpSumRows()
{
    const qint64 value
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("services_id"), m_consulting },
                                           { QStringLiteral("billable"), 1 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T11:00:00Z") },
                                           { QStringLiteral("lumpsum"), 123.5 } });
    const qint64 service
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("lumpsum_services_id"), m_travel },
                                           { QStringLiteral("lumpsum_services_amount"), 42 },
                                           { QStringLiteral("billable"), 2 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T12:00:00Z") } });
    QVERIFY(value > 0);
    QVERIFY(service > 0);
    AccountData account(m_api.get());
    MasterData master(&account);
    QSignalSpy loaded(&master, &MasterData::loaded);
    master.load();
    QVERIFY(loaded.wait(10000));
    m_model->setMasterData(&master);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QCOMPARE(m_model->rowCount(), 2);
    const int valueRow = m_model->rowOfId(value);
    const int serviceRow = m_model->rowOfId(service);
    QCOMPARE(m_model->index(valueRow, EntryTableModel::DurationColumn).data().toString(), QString());
    QCOMPARE(m_model->index(valueRow, EntryTableModel::ServiceColumn).data().toString(), QStringLiteral("Beratung"));
    QCOMPARE(m_model->index(valueRow, EntryTableModel::AmountColumn).data(EntryTableModel::ExportRole).toString(),
             QStringLiteral("123.50"));
    QCOMPARE(m_model->index(serviceRow, EntryTableModel::ServiceColumn).data().toString(),
             QStringLiteral("Fahrtkosten"));
    QCOMPARE(m_model->index(serviceRow, EntryTableModel::AmountColumn).data(EntryTableModel::ExportRole).toString(),
             QStringLiteral("42 km"));
    QCOMPARE(m_model->index(serviceRow, EntryTableModel::BillableColumn).data().toString(), QStringLiteral("Billed"));
}

void TestEntryTableModel::namesFromMasterDataWhenMissing()
{
    AccountData account(m_api.get());
    MasterData master(&account);
    QSignalSpy loaded(&master, &MasterData::loaded);
    master.load();
    QVERIFY(loaded.wait(10000));
    m_model->setMasterData(&master);
    const qint64 id = m_server->addTimeEntry(m_bakery, m_website, m_consulting, utc(2026, 11, 24, 8),
                                             utc(2026, 11, 24, 9), QStringLiteral("x"), 1);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    // What PUT answers: no enhanced names.
    Entry plain = entryFromServer(id);
    QVERIFY(plain.customersName.isEmpty());
    plain.text = QStringLiteral("y");
    m_model->upsertEntry(plain);
    QCOMPARE(m_model->index(0, EntryTableModel::CustomerColumn).data().toString(),
             QStringLiteral("Bäckerei Sonnenschein"));
    QCOMPARE(m_model->index(0, EntryTableModel::ProjectColumn).data().toString(), QStringLiteral("Neue Website"));
    QCOMPARE(m_model->index(0, EntryTableModel::ServiceColumn).data().toString(), QStringLiteral("Beratung"));
}

void TestEntryTableModel::proxyFiltersAndSorts()
{
    m_server->addTimeEntry(m_bakery, m_website, m_consulting, utc(2026, 11, 23, 8), utc(2026, 11, 23, 10),
                           QStringLiteral("Abstimmung Startseite"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 8), utc(2026, 11, 24, 8, 30),
                           QStringLiteral("Refactoring"), 0);
    m_server->addTimeEntry(m_bakery, 0, m_development, utc(2026, 11, 25, 8), utc(2026, 11, 25, 9),
                           QStringLiteral("Bugfix"), 2);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    EntryFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    watch(&proxy, &m_testers);
    QCOMPARE(proxy.rowCount(), 3);

    QSignalSpy server(&proxy, &EntryFilterProxyModel::serverFiltersChanged);
    proxy.setCustomerId(m_bakery);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(server.count(), 1);
    proxy.setServiceId(m_development);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setBillable(0);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setBillable(EntryFilterProxyModel::BillableOrBilled);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setBillable(std::nullopt);

    server.clear();
    proxy.setText(QStringLiteral("bäck start")); // every word, anywhere, any case
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(server.count(), 0); // free text stays local
    proxy.setText(QStringLiteral("LUMIÈRE"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QString());
    QVERIFY(!proxy.hasFilter());

    proxy.sort(EntryTableModel::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, EntryTableModel::DescriptionColumn).data().toString(),
             QStringLiteral("Abstimmung Startseite"));
    QCOMPARE(proxy.index(2, EntryTableModel::DescriptionColumn).data().toString(), QStringLiteral("Refactoring"));
    proxy.sort(EntryTableModel::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, EntryTableModel::CustomerColumn).data().toString(), QStringLiteral("Atelier Lumière"));
}

void TestEntryTableModel::dayTotalsSplitAtMidnightAndFollowFilter()
{
    // Monday 22:00 -> Tuesday 01:00 in Berlin, and Wednesday 09:00-10:15 for another customer.
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 21), utc(2026, 11, 24, 0),
                           QStringLiteral("night"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 25, 8), utc(2026, 11, 25, 9, 15),
                           QStringLiteral("day"), 1);
    EntryFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    DayTotalsModel totals(m_clock.get());
    watch(&totals, &m_testers);
    totals.setSourceModel(&proxy);
    totals.setRange(DateRange::week(QDate(2026, 11, 25), berlin, true));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QTRY_COMPARE(totals.totalSeconds(), 3 * 3600 + 4500);
    QCOMPARE(totals.rowCount(), 7);
    QCOMPARE(totals.seconds(QDate(2026, 11, 23)), 2 * 3600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 24)), 3600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 25)), 4500);
    QCOMPARE(totals.index(2, DayTotalsModel::DurationColumn).data().toString(), QStringLiteral("1:15"));
    QCOMPARE(totals.index(2, DayTotalsModel::HoursColumn).data().toString(), QStringLiteral("1.25 h"));
    QVERIFY(totals.index(2, 0).data(DayTotalsModel::IsTodayRole).toBool());
    QCOMPARE(totals.maximumDaySeconds(), 2 * 3600);

    proxy.setCustomerId(m_atelier);
    QTRY_COMPARE(totals.totalSeconds(), 4500);
    QCOMPARE(totals.seconds(QDate(2026, 11, 23)), 0);
}

void TestEntryTableModel::dayTotalsCountRunningEntryUpToNow()
{
    m_server->remoteStartClock(m_bakery, m_consulting, 0, QString(), utc(2026, 11, 25, 9));
    DayTotalsModel totals(m_clock.get());
    totals.setSourceModel(m_model.get());
    totals.setRange(DateRange::week(QDate(2026, 11, 25), berlin, true));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QTRY_COMPARE(totals.totalSeconds(), 3600);
    QSignalSpy changed(&totals, &DayTotalsModel::totalsChanged);
    m_clock->advance(600);
    m_model->tick();
    QVERIFY(changed.wait(5000));
    QCOMPARE(totals.totalSeconds(), 4200);
}

void TestEntryTableModel::dayTotalsCountOverlapsOnce()
{
    // Tuesday 8:00-13:00 and 12:00-17:00 in Berlin: a day worked 9 h with 10 h booked.
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 7), utc(2026, 11, 24, 12),
                           QStringLiteral("morning"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 11), utc(2026, 11, 24, 16),
                           QStringLiteral("afternoon"), 1);
    DayTotalsModel totals(m_clock.get());
    watch(&totals, &m_testers);
    totals.setSourceModel(m_model.get());
    totals.setRange(DateRange::week(QDate(2026, 11, 25), berlin, true));
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    QTRY_COMPARE(totals.totalSeconds(), 9 * 3600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 24)), 9 * 3600);
    QCOMPARE(totals.bookedSeconds(QDate(2026, 11, 24)), 10 * 3600);
    QCOMPARE(totals.totalBookedSeconds(), 10 * 3600);
    QCOMPARE(totals.index(1, DayTotalsModel::DurationColumn).data().toString(), QStringLiteral("9:00"));
    QCOMPARE(totals.index(1, DayTotalsModel::DurationColumn).data(DayTotalsModel::BookedSecondsRole).toLongLong(),
             10 * 3600);
    QCOMPARE(totals.index(1, DayTotalsModel::DurationColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("9:00 h worked, 10:00 h booked"));
    // A day without overlaps needs no such note.
    QVERIFY(totals.index(2, DayTotalsModel::DurationColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestEntryTableModel::dayTotalsUpdateTheChangedDaysOnly()
{
    // Monday and Tuesday entries arrive one page each; the clock runs since Wednesday 10:00 (Berlin).
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 7), utc(2026, 11, 23, 9),
                           QStringLiteral("monday"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 7), utc(2026, 11, 24, 8),
                           QStringLiteral("tuesday"), 1);
    m_server->remoteStartClock(m_bakery, m_consulting, 0, QString(), utc(2026, 11, 25, 9));
    DayTotalsModel totals(m_clock.get());
    watch(&totals, &m_testers);
    totals.setSourceModel(m_model.get());
    totals.setRange(DateRange::week(QDate(2026, 11, 25), berlin, true));
    QSignalSpy resets(&totals, &QAbstractItemModel::modelReset);
    QSignalSpy changedRows(&totals, &QAbstractItemModel::dataChanged);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25), 1)));
    QTRY_COMPARE(totals.totalSeconds(), 2 * 3600 + 3600 + 3600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 23)), 2 * 3600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 24)), 3600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 25)), 3600);
    // Each page told the days it changed, one row each, and nothing was reset.
    QCOMPARE(resets.count(), 0);
    QVERIFY(changedRows.count() >= 3);
    for (const QList<QVariant>& args : std::as_const(changedRows))
        QCOMPARE(args.at(0).toModelIndex().row(), args.at(1).toModelIndex().row());

    // A tick of the running clock touches Wednesday only.
    changedRows.clear();
    QSignalSpy totalsChanged(&totals, &DayTotalsModel::totalsChanged);
    m_clock->advance(600);
    m_model->tick();
    QVERIFY(totalsChanged.wait(5000));
    QCOMPARE(totals.totalSeconds(), 4 * 3600 + 600);
    QCOMPARE(changedRows.count(), 1);
    QCOMPARE(changedRows.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changedRows.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(resets.count(), 0);
    // The full recomputation agrees with the incremental one.
    totals.recompute();
    QCOMPARE(totals.totalSeconds(), 4 * 3600 + 600);
    QCOMPARE(totals.seconds(QDate(2026, 11, 25)), 3600 + 600);
}

void TestEntryTableModel::overlapsAreMarked()
{
    const qint64 morning = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 7),
                                                  utc(2026, 11, 24, 12), QStringLiteral("morning"), 1);
    const qint64 noon = m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 11),
                                               utc(2026, 11, 24, 13), QStringLiteral("noon"), 1);
    const qint64 evening = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 14),
                                                  utc(2026, 11, 24, 15), QStringLiteral("evening"), 1);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const auto marks = [this](qint64 id) {
        return m_model->index(m_model->rowOfId(id), 0).data(EntryTableModel::OverlapsRole).toList();
    };
    QCOMPARE(marks(morning), QVariantList { noon });
    QCOMPARE(marks(noon), QVariantList { morning });
    QVERIFY(marks(evening).isEmpty());
    const QString tip
        = m_model->index(m_model->rowOfId(morning), EntryTableModel::StartColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("12:00–14:00 Atelier Lumière")), qPrintable(tip));
    QVERIFY(m_model->index(m_model->rowOfId(evening), EntryTableModel::StartColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .isEmpty());

    // The noon entry moves next to the evening one: exactly the three rows whose marks change are told.
    Entry moved = entryFromServer(noon);
    moved.timeSince = utc(2026, 11, 24, 13);
    moved.timeUntil = utc(2026, 11, 24, 14, 30);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->upsertEntry(moved);
    QSet<int> markedRows;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        if (!args.at(2).value<QList<int>>().contains(EntryTableModel::OverlapsRole))
            continue;
        for (int row = args.at(0).toModelIndex().row(); row <= args.at(1).toModelIndex().row(); ++row)
            markedRows.insert(row);
    }
    QCOMPARE(markedRows, (QSet<int> { m_model->rowOfId(morning), m_model->rowOfId(noon), m_model->rowOfId(evening) }));
    QVERIFY(marks(morning).isEmpty());
    QCOMPARE(marks(noon), QVariantList { evening });
    QCOMPARE(marks(evening), QVariantList { noon });
    QVERIFY(m_model->index(m_model->rowOfId(morning), EntryTableModel::StartColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .isEmpty());

    // Deleting one side clears the other's mark.
    QVERIFY(m_model->removeEntry(evening));
    QVERIFY(marks(noon).isEmpty());
}

void TestEntryTableModel::overlapsOfALoadComeFromTheWorker()
{
    // Issue 16: the marks of a finished load are built on the API's worker thread; loadFinished waits for them, and
    // a local change meanwhile (which marks at once) is not undone by the older result.
    const qint64 morning = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 7),
                                                  utc(2026, 11, 24, 12), QStringLiteral("morning"), 1);
    const qint64 noon = m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 12),
                                               utc(2026, 11, 24, 13), QStringLiteral("noon"), 1);
    m_model->insertQueue()->setSliceSize(1);
    m_model->insertQueue()->setBudgetMs(0); // one row per turn: the rows are still going in when the reply ends
    auto release = std::make_shared<QSemaphore>();
    auto entered = std::make_shared<QSemaphore>();
    // The last page is in: the worker is held before the queue drains, so the marks wait behind it.
    connect(m_model.get(), &EntryTableModel::pageLoaded, this, [this, release, entered](int page, int pages) {
        if (page != pages)
            return;
        m_api->parserPool()->start([release, entered] {
            entered->release();
            release->acquire();
        });
        entered->acquire();
    });
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    m_model->load(weekQuery(QDate(2026, 11, 25)));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowOfId(morning) >= 0 && m_model->rowOfId(noon) >= 0, 10000);
    QTRY_VERIFY(m_model->insertQueue()->isEmpty());
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_model->isLoading());

    // Meanwhile the noon entry is moved into the morning one: marked at once.
    Entry moved = entryFromServer(noon);
    moved.timeSince = utc(2026, 11, 24, 11);
    m_model->upsertEntry(moved);
    const auto marks = [this](qint64 id) {
        return m_model->index(m_model->rowOfId(id), 0).data(EntryTableModel::OverlapsRole).toList();
    };
    QCOMPARE(marks(morning), QVariantList { noon });
    release->release();
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_model->isLoading());
    // The worker's index (of the rows before the move: no overlap) came later and was dropped.
    QCOMPARE(marks(morning), QVariantList { noon });
    QCOMPARE(marks(noon), QVariantList { morning });
}

void TestEntryTableModel::manyChangedMarksAreAllToldBeforeLoadFinished()
{
    // Issue 16: more changed marks than go out in one event-loop turn (EntryOverlapMarks::MarkRowsPerTurn, 1000) are
    // told a share per turn; every row is told, and loadFinished comes after the last. 1100 pairs of entries that
    // overlap each other (each mark names one entry, so the model tester's reads stay cheap).
    const int pairs = 1100;
    const QDateTime day = utc(2026, 11, 24, 0, 30);
    QList<qint64> firsts;
    QList<qint64> seconds;
    for (int i = 0; i < pairs; ++i) {
        const QDateTime since = day.addSecs(qint64(i) * 60);
        firsts.append(
            m_server->addTimeEntry(m_bakery, 0, m_consulting, since, since.addSecs(20), QStringLiteral("first"), 1));
        seconds.append(m_server->addTimeEntry(m_atelier, 0, m_development, since.addSecs(10), since.addSecs(30),
                                              QStringLiteral("second"), 1));
    }
    QSet<int> told;
    bool toldAfterFinish = false;
    QSignalSpy finished(m_model.get(), &EntryTableModel::loadFinished);
    connect(m_model.get(), &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex& from, const QModelIndex& to, const QList<int>& roles) {
                if (!roles.contains(EntryTableModel::OverlapsRole))
                    return;
                toldAfterFinish = toldAfterFinish || !finished.isEmpty();
                for (int row = from.row(); row <= to.row(); ++row)
                    told.insert(row);
            });
    m_model->load(weekQuery(QDate(2026, 11, 25)));
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_model->rowCount(), 2 * pairs);
    QCOMPARE(told.size(), 2 * pairs);
    QVERIFY(!toldAfterFinish);
    for (const int i : { 0, pairs / 2, pairs - 1 }) {
        QCOMPARE(m_model->overlaps().overlapsOf(firsts.at(i)), QList<qint64> { seconds.at(i) });
        QCOMPARE(m_model->index(m_model->rowOfId(seconds.at(i)), 0).data(EntryTableModel::OverlapsRole).toList(),
                 QVariantList { firsts.at(i) });
    }
}

void TestEntryTableModel::billedRowsAreLocked()
{
    const qint64 billed = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 7), utc(2026, 11, 24, 8),
                                                 QStringLiteral("invoiced"), 2);
    const qint64 open = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                               QStringLiteral("open"), 1);
    QVERIFY(loadAndWait(weekQuery(QDate(2026, 11, 25))));
    const QModelIndex billedCell = m_model->index(m_model->rowOfId(billed), EntryTableModel::BillableColumn);
    const QModelIndex openCell = m_model->index(m_model->rowOfId(open), EntryTableModel::BillableColumn);
    QVERIFY(billedCell.data(EntryTableModel::LockedRole).toBool());
    QVERIFY(!openCell.data(EntryTableModel::LockedRole).toBool());
    QCOMPARE(billedCell.data(Qt::ToolTipRole).toString(), EntryTableModel::lockedText());
    QVERIFY(billedCell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unlock")));
    QVERIFY(openCell.data(Qt::ToolTipRole).toString().isEmpty());
}

void TestEntryTableModel::masterDataLoadsOnceAndPickersFilter()
{
    m_server->addProject(m_bakery, QStringLiteral("Ruhende Idee"), false, false);
    const qint64 other = m_server->addService(QStringLiteral("Support"));
    m_server->addService(QStringLiteral("Alt"), false);
    m_server->setCustomerServiceAssignments(m_atelier, { m_development, other });

    AccountData account(m_api.get());
    MasterData master(&account);
    watch(master.customers(), &m_testers);
    watch(master.projects(), &m_testers);
    watch(master.services(), &m_testers);
    watch(master.lumpSumServices(), &m_testers);
    QSignalSpy loaded(&master, &MasterData::loaded);
    QSignalSpy user(&master, &MasterData::userChanged);
    m_server->clearRequestLog();
    master.load();
    master.load(); // no second round while the first runs
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_server->requestLog().size(), 5);
    master.load(); // loaded: nothing is sent
    QVERIFY(!master.isLoading());
    QCOMPARE(user.count(), 1);
    QCOMPARE(master.user().timezone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(master.customers()->rowCount(), 2);
    QCOMPARE(master.customers()->index(0).data().toString(), QStringLiteral("Atelier Lumière")); // sorted
    QCOMPARE(master.projects()->rowCount(), 3);
    QCOMPARE(master.services()->rowCount(), 4);
    QCOMPARE(master.lumpSumServices()->item(m_travel)->unit, QStringLiteral("km"));

    PickerFilterProxyModel projects;
    projects.setSourceModel(master.projects());
    watch(&projects, &m_testers);
    projects.setCustomerId(m_bakery);
    QCOMPARE(projects.rowCount(), 1); // the completed and the inactive one are not offered
    QCOMPARE(projects.idAt(0), m_website);
    const qint64 completed = m_server->projectId(QStringLiteral("Alte Kampagne"));
    projects.setKeptId(completed); // an old entry that uses it still shows it
    QCOMPARE(projects.rowCount(), 2);
    QVERIFY(projects.rowOfId(completed) >= 0);
    projects.setCustomerId(m_atelier);
    QCOMPARE(projects.rowCount(), 0);

    PickerFilterProxyModel services;
    services.setSourceModel(master.services());
    watch(&services, &m_testers);
    QCOMPARE(services.rowCount(), 3); // "Alt" is inactive
    const auto* atelier = master.customers()->item(m_atelier);
    QVERIFY(atelier);
    services.setAllowedIds(QSet<qint64>(atelier->serviceAssignments.cbegin(), atelier->serviceAssignments.cend()));
    QCOMPARE(services.rowCount(), 2);

    // The stopwatch's catalog reads the same lists instead of fetching them again.
    m_server->clearRequestLog();
    TaskCatalog catalog(&account);
    QVERIFY(catalog.isLoaded());
    catalog.load();
    QVERIFY(!catalog.isLoading());
    QCOMPARE(m_server->requestLog().size(), 0);
    QCOMPARE(catalog.customerName(m_bakery), QStringLiteral("Bäckerei Sonnenschein"));
    QCOMPARE(catalog.customers().size(), 2);

    // refresh() updates the shared lists in place.
    m_server->addCustomer(QStringLiteral("Zoo"));
    QSignalSpy loadedAgain(&master, &MasterData::loaded);
    master.refresh();
    QVERIFY(loadedAgain.wait(10000));
    QCOMPARE(master.customers()->rowCount(), 3);
    QCOMPARE(catalog.customers().size(), 3);
}

void TestEntryTableModel::textSuggestions()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 8), utc(2026, 11, 23, 9),
                           QStringLiteral("Abstimmung Startseite"), 1);
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 9), utc(2026, 11, 23, 10),
                           QStringLiteral("Abnahme Shop"), 1);
    EntryTextSuggestions suggestions(m_api.get());
    suggestions.setDebounceMs(0);
    watch(&suggestions, &m_testers);
    QSignalSpy updated(&suggestions, &EntryTextSuggestions::suggestionsUpdated);
    suggestions.setTerm(QStringLiteral("Abst"));
    QVERIFY(updated.wait(10000));
    QVERIFY(suggestions.stringList().contains(QStringLiteral("Abstimmung Startseite")));
    QVERIFY(!suggestions.stringList().contains(QStringLiteral("Abnahme Shop")));
}

QTEST_GUILESS_MAIN(TestEntryTableModel)
#include "tst_entrytablemodel.moc"
