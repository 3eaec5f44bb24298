// SPDX-License-Identifier: GPL-3.0-or-later
// The main window against the fake Clockodo server: range navigation in the user's zone, keyboard paths (Ins,
// Enter, Ctrl+D, Del, Ctrl+F), deleting every entry type with the confirmation, the empty state, the error banner
// with Retry, CSV export and the stopwatch strip.
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/mainwindow/entryfilterbar.h"
#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/errorbanner.h"
#include "gui/mainwindow/exportcontroller.h"
#include "gui/mainwindow/hourschartwidget.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/reportview.h"
#include "models/daygroupproxymodel.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "models/reportmodel.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <ctime>
#include <memory>
#include <optional>

class TestMainWindow : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void showsTheUsersWeekInTheUsersZone();
    void deferredLoadingWaitsForTheFirstShow();
    void navigatesAcrossDstWeek();
    void periodsAndCustomRange();
    void emptyState();
    void insOpensNewEntryAndSavedRowAppears();
    void enterEditsAndCtrlDDuplicates();
    void overlapsMarkedAndCountedOnce();
    void deleteEveryTypeWithConfirmation();
    void cancelledDeleteKeepsRows();
    void ctrlFFiltersLocallyAndOnServer();
    void bannerWithRetry();
    void csvExportOfTheView();
    void reportDockFollowsTheTable();
    void reportDockClosedByDefaultAndRemembered();
    void stopwatchStrip();
    void runningEntryTicksWhileVisible();
    void groupedByDayWithTodayInView();

private:
    void waitLoaded();
    void activate();
    void selectRows(const QList<int>& rows);
    // The table groups its entries by day under header rows: the n-th entry row as the view shows it, and how many.
    QModelIndex entryIndex(int n, int column = 0) const;
    int entryCount() const;

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_accountData;
    std::unique_ptr<MasterData> m_master;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_bakery = 0;
    qint64 m_atelier = 0;
    qint64 m_consulting = 0;
    qint64 m_development = 0;
    qint64 m_travel = 0;
};

void TestMainWindow::initTestCase()
{
    m_osTimeZone.emplace("America/New_York");
}

void TestMainWindow::cleanupTestCase()
{
    m_osTimeZone.reset();
}

void TestMainWindow::init()
{
    // Thursday 26 Nov 2026, 00:30 in Berlin -- still Wednesday evening in New York.
    const QDateTime now = utc(2026, 11, 25, 23, 30);
    QVERIFY(startFakeServer(now));
    const Catalog catalog = seedCatalog();
    m_bakery = catalog.bakery;
    m_atelier = catalog.atelier;
    m_consulting = catalog.consulting;
    m_development = catalog.development;
    m_travel = catalog.travel;
    m_clock = std::make_unique<ManualClock>(now);
    m_accountData = std::make_unique<AccountData>(m_api.get());
    m_master = std::make_unique<MasterData>(m_accountData.get());
    m_window = std::make_unique<MainWindow>();
    m_window->setConnectionText(m_server->email(), true);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_master.reset();
    m_accountData.reset();
    stopFakeServer();
    m_clock.reset();
}

void TestMainWindow::activate()
{
    // (After a modal dialog the offscreen platform does not activate windows by itself; widget shortcuts only
    // need QApplication's active window.)
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void TestMainWindow::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->entryModel() && m_window->entryModel()->hasQuery() && !m_window->entryModel()->isLoading(), 10000);
}

QModelIndex TestMainWindow::entryIndex(int n, int column) const
{
    const QAbstractItemModel* model = m_window->entryView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (!EntryTableView::isDayHeader(index) && n-- == 0)
            return index;
    }
    return {};
}

int TestMainWindow::entryCount() const
{
    const QAbstractItemModel* model = m_window->entryView()->model();
    int count = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        count += EntryTableView::isDayHeader(model->index(row, 0)) ? 0 : 1;
    return count;
}

void TestMainWindow::selectRows(const QList<int>& rows)
{
    QTableView* view = m_window->entryView();
    view->setFocus();
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(entryIndex(row), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(entryIndex(rows.first()), QItemSelectionModel::NoUpdate);
}

void TestMainWindow::showsTheUsersWeekInTheUsersZone()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 8), utc(2026, 11, 23, 9, 30),
                           QStringLiteral("Montag"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 25, 22), utc(2026, 11, 25, 23),
                           QStringLiteral("nach Mitternacht"), 0);
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 30, 8), utc(2026, 11, 30, 9),
                           QStringLiteral("nächste Woche"), 1);
    m_server->clearRequestLog();
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    waitLoaded();
    // In Berlin it is already Thursday: the week is 23-29 Nov.
    QCOMPARE(m_window->range().first(), QDate(2026, 11, 23));
    QCOMPARE(m_window->range().period(), DateRange::Period::Week);
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("rangeLabel"))->text(),
             QStringLiteral("Week 48, 23–29 Nov 2026"));
    QCOMPARE(entryCount(), 2);
    // 23:00 UTC on the 25th is Thursday 00:00 in Berlin.
    QCOMPARE(entryIndex(1, EntryTableModel::StartColumn).data().toString(), QStringLiteral("23:00"));
    QTRY_COMPARE(m_window->dayTotalsModel()->totalSeconds(), 5400 + 3600);
    QCOMPARE(m_window->dayTotalsModel()->seconds(QDate(2026, 11, 25)), 3600);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusTotalLabel"))->text().contains(QStringLiteral("2:30")));
    // The own entries only.
    bool sawList = false;
    for (const auto& r : m_server->requestLog()) {
        if (r.path != QLatin1String("/api/v2/entries"))
            continue;
        sawList = true;
        QCOMPARE(r.queryValue(QStringLiteral("filter[users_id]")), QString::number(m_server->currentUserId()));
        QCOMPARE(r.queryValue(QStringLiteral("time_since")), QStringLiteral("2026-11-22T23:00:00Z"));
    }
    QVERIFY(sawList);
}

void TestMainWindow::deferredLoadingWaitsForTheFirstShow()
{
    const auto entryRequests = [this] {
        int n = 0;
        for (const auto& r : m_server->requestLog())
            n += r.path == QLatin1String("/api/v2/entries") ? 1 : 0;
        return n;
    };
    m_server->clearRequestLog();
    m_window->setDeferLoadingWhileHidden(true);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    QTRY_VERIFY(m_master->isLoaded()); // the user is known, so a load would start now
    m_window->refreshEntries();
    QTest::qWait(0);
    QCOMPARE(entryRequests(), 0);
    m_window->show();
    waitLoaded();
    QTRY_COMPARE(entryRequests(), 1);
}

void TestMainWindow::navigatesAcrossDstWeek()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 10, 24, 21), utc(2026, 10, 25, 3),
                           QStringLiteral("Nachtschicht"), 1);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    activate();
    waitLoaded();
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        waitLoaded();
    }
    QCOMPARE(m_window->range().first(), QDate(2026, 10, 19));
    QCOMPARE(m_window->range().lengthSeconds(), 169 * 3600);
    QCOMPARE(m_window->entryModel()->query().until, utc(2026, 10, 25, 23));
    QTRY_COMPARE(m_window->dayTotalsModel()->totalSeconds(), 6 * 3600);
    QCOMPARE(m_window->dayTotalsModel()->seconds(QDate(2026, 10, 24)), 3600); // 23:00-24:00 CEST
    QCOMPARE(m_window->dayTotalsModel()->seconds(QDate(2026, 10, 25)), 5 * 3600);
    QTest::keyClick(m_window.get(), Qt::Key_Home, Qt::AltModifier);
    waitLoaded();
    QCOMPARE(m_window->range().first(), QDate(2026, 11, 23));
}

void TestMainWindow::periodsAndCustomRange()
{
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    activate();
    waitLoaded();
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    waitLoaded();
    QCOMPARE(m_window->range().period(), DateRange::Period::Day);
    QCOMPARE(m_window->range().first(), QDate(2026, 11, 26)); // today in Berlin
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    waitLoaded();
    QCOMPARE(m_window->range().first(), QDate(2026, 11, 1));
    QCOMPARE(m_window->range().dayCount(), 30);
    QCOMPARE(m_window->dayTotalsModel()->rowCount(), 30);
    m_window->setRange(DateRange::custom(QDate(2026, 11, 3), QDate(2026, 11, 12), m_window->range().timeZone()));
    waitLoaded();
    QCOMPARE(m_window->entryModel()->query().since, utc(2026, 11, 2, 23));
    QCOMPARE(m_window->entryModel()->query().until, utc(2026, 11, 12, 23));
    m_window->showNext();
    QCOMPARE(m_window->range().first(), QDate(2026, 11, 13));
    QCOMPARE(m_window->range().last(), QDate(2026, 11, 22));
}

void TestMainWindow::emptyState()
{
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    waitLoaded();
    QCOMPARE(m_window->emptyText(), QStringLiteral("No entries this week — start the clock or press Ins"));
    m_window->setPeriod(DateRange::Period::Day);
    waitLoaded();
    QCOMPARE(m_window->emptyText(), QStringLiteral("No entries on this day — start the clock or press Ins"));
}

void TestMainWindow::insOpensNewEntryAndSavedRowAppears()
{
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitLoaded();
    QTRY_VERIFY(m_master->isLoaded());
    m_window->entryView()->setFocus();
    QTest::keyClick(m_window->entryView(), Qt::Key_Insert);
    QTRY_VERIFY(m_window->currentDialog());
    EntryEditDialog* dialog = m_window->currentDialog();
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New time entry"));
    QCOMPARE(dialog->entryFromFields().timeSince.toTimeZone(m_window->range().timeZone()).date(), QDate(2026, 11, 26));
    auto* start = dialog->findChild<QLineEdit*>(QStringLiteral("startLineEdit"));
    start->setText(QStringLiteral("8:00"));
    QTest::keyClick(start, Qt::Key_Backspace);
    QTest::keyClick(start, Qt::Key_0);
    auto* end = dialog->findChild<QLineEdit*>(QStringLiteral("endLineEdit"));
    end->setFocus();
    QTest::keyClicks(end, QStringLiteral("+30m"));
    QTest::keyClick(end, Qt::Key_Tab);
    dialog->findChild<QComboBox*>(QStringLiteral("customerComboBox"))->setCurrentIndex(1); // sorted: Bäckerei second
    dialog->findChild<QComboBox*>(QStringLiteral("serviceComboBox"))->setCurrentIndex(0);
    QVERIFY2(dialog->isValid(), qPrintable(dialog->invalidReason()));
    QSignalSpy changed(m_window.get(), &MainWindow::entriesChanged);
    QTest::keyClick(end, Qt::Key_Return); // Enter saves
    QVERIFY(changed.wait(10000));
    QCOMPARE(entryCount(), 1);
    QCOMPARE(m_window->entryView()->selectionModel()->selectedRows().size(), 1);
    QTRY_VERIFY(m_window->emptyText().isEmpty());
    // Ctrl+N opens one, Escape closes it.
    activate();
    QTest::keyClick(m_window->entryView(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->currentDialog() && m_window->currentDialog() != dialog);
    QTest::keyClick(m_window->currentDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->currentDialog());
}

void TestMainWindow::enterEditsAndCtrlDDuplicates()
{
    const qint64 id = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                             QStringLiteral("Original"), 1);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitLoaded();
    activate();
    selectRows({ 0 });
    QTest::keyClick(m_window->entryView(), Qt::Key_Return);
    QTRY_VERIFY(m_window->currentDialog());
    QCOMPARE(m_window->currentDialog()->mode(), EntryEditDialog::Mode::Edit);
    QCOMPARE(m_window->currentDialog()->originalEntry().id, id);
    // The dialog reads the table's rows for its overlap check without keeping a share of them (issue 16: the
    // model's next change would copy every row).
    QVERIFY(m_window->entryModel()->entries().isDetached());
    m_window->currentDialog()->reject();
    QTRY_VERIFY(!m_window->currentDialog());
    activate();
    QTest::keyClick(m_window->entryView(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(m_window->currentDialog());
    QCOMPARE(m_window->currentDialog()->windowTitle(), QStringLiteral("Duplicate entry"));
    QCOMPARE(m_window->currentDialog()->entryFromFields().text, QStringLiteral("Original"));
}

void TestMainWindow::overlapsMarkedAndCountedOnce()
{
    // Tuesday 9:00-14:00 and 13:00-18:00 in Berlin (one hour booked twice), and a billed entry after them.
    const qint64 morning = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8),
                                                  utc(2026, 11, 24, 13), QStringLiteral("Vormittag"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 12), utc(2026, 11, 24, 17),
                           QStringLiteral("Nachmittag"), 1);
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 17), utc(2026, 11, 24, 18),
                           QStringLiteral("Abgerechnet"), 2);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->resize(1100, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitLoaded();
    QTRY_COMPARE(m_window->dayTotalsModel()->seconds(QDate(2026, 11, 24)), 10 * 3600);
    QCOMPARE(m_window->dayTotalsModel()->bookedSeconds(QDate(2026, 11, 24)), 11 * 3600);
    auto* total = m_window->findChild<QLabel*>(QStringLiteral("statusTotalLabel"));
    QVERIFY(total->text().contains(QStringLiteral("10:00")));
    QCOMPARE(total->toolTip(), QStringLiteral("10:00 h worked, 11:00 h booked"));
    // Both overlapping rows are marked (the view draws a warning sign), the billed one is locked (a padlock).
    QVERIFY(!entryIndex(0).data(EntryTableModel::OverlapsRole).toList().isEmpty());
    QVERIFY(!entryIndex(1).data(EntryTableModel::OverlapsRole).toList().isEmpty());
    QVERIFY(entryIndex(2).data(EntryTableModel::OverlapsRole).toList().isEmpty());
    QVERIFY(entryIndex(2, EntryTableModel::BillableColumn).data(EntryTableModel::LockedRole).toBool());
    if (const QByteArray dir = qgetenv("CLOCKODO_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/overlap-table.png"));
    }

    // Duplicating the morning: the copy starts when the day's last entry ends (19:00 in Berlin).
    activate();
    selectRows({ 0 });
    QCOMPARE(m_window->entryView()->currentEntry()->id, morning);
    QTest::keyClick(m_window->entryView(), Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(m_window->currentDialog());
    const Entry copy = m_window->currentDialog()->entryFromFields();
    QCOMPARE(copy.timeSince, utc(2026, 11, 24, 18));
    QCOMPARE(copy.timeUntil, utc(2026, 11, 24, 23)); // five hours, just up to midnight
    m_window->currentDialog()->reject();
}

void TestMainWindow::deleteEveryTypeWithConfirmation()
{
    const qint64 time = m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                                               QStringLiteral("Zeit"), 1);
    const qint64 value
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("services_id"), m_consulting },
                                           { QStringLiteral("billable"), 1 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T11:00:00Z") },
                                           { QStringLiteral("lumpsum"), 50 } });
    const qint64 service
        = m_server->addEntry(QJsonObject { { QStringLiteral("customers_id"), m_bakery },
                                           { QStringLiteral("lumpsum_services_id"), m_travel },
                                           { QStringLiteral("lumpsum_services_amount"), 12 },
                                           { QStringLiteral("billable"), 1 },
                                           { QStringLiteral("time_since"), QStringLiteral("2026-11-24T12:00:00Z") } });
    const qint64 keep = m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 25, 8), utc(2026, 11, 25, 9),
                                               QStringLiteral("bleibt"), 0);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitLoaded();
    QCOMPARE(entryCount(), 4);
    selectRows({ 0, 1, 2 });
    QTest::keyClick(m_window->entryView(), Qt::Key_Delete);
    QTRY_VERIFY(m_window->deleteConfirmation());
    QMessageBox* box = m_window->deleteConfirmation();
    QCOMPARE(box->text(), QStringLiteral("Delete 3 entries?"));
    QVERIFY(box->informativeText().contains(QStringLiteral("Zeit")));
    QVERIFY(box->informativeText().contains(QStringLiteral("Fahrtkosten")));
    QSignalSpy removed(m_window->entryModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_window.get(), &MainWindow::entriesChanged);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton")), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QCOMPARE(removed.count(), 3);
    QCOMPARE(entryCount(), 1);
    for (qint64 id : { time, value, service })
        QVERIFY(m_server->entry(id).isEmpty());
    QVERIFY(!m_server->entry(keep).isEmpty());
}

void TestMainWindow::cancelledDeleteKeepsRows()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9), QStringLiteral("x"),
                           1);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitLoaded();
    selectRows({ 0 });
    QTest::keyClick(m_window->entryView(), Qt::Key_Delete);
    QTRY_VERIFY(m_window->deleteConfirmation());
    QTest::keyClick(m_window->deleteConfirmation(), Qt::Key_Escape); // Cancel is the default and escape button
    QTRY_VERIFY(!m_window->deleteConfirmation());
    QCOMPARE(entryCount(), 1);
    for (const auto& r : m_server->requestLog())
        QVERIFY(r.method != "DELETE");
}

void TestMainWindow::ctrlFFiltersLocallyAndOnServer()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                           QStringLiteral("Abstimmung Startseite"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 10), utc(2026, 11, 24, 11),
                           QStringLiteral("Refactoring"), 0);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    waitLoaded();
    QTRY_VERIFY(m_master->isLoaded());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->filterBar()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), m_window->filterBar()->textEdit());
    // The row the filter hides is selected: Edit and Delete go with it (a filter change is a layout change).
    auto* edit = m_window->findChild<QAction*>(QStringLiteral("editEntryAction"));
    auto* remove = m_window->findChild<QAction*>(QStringLiteral("deleteEntryAction"));
    QVERIFY(edit && remove);
    QAbstractItemModel* shown = m_window->entryView()->model();
    QModelIndex hidden;
    for (int row = 0; row < shown->rowCount() && !hidden.isValid(); ++row) {
        const QModelIndex index = shown->index(row, EntryTableModel::DescriptionColumn);
        if (index.data().toString() == QStringLiteral("Abstimmung Startseite"))
            hidden = index;
    }
    QVERIFY(hidden.isValid());
    m_window->entryView()->selectionModel()->setCurrentIndex(
        hidden, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
    QTest::keyClicks(m_window->filterBar()->textEdit(), QStringLiteral("refac"));
    QCOMPARE(entryCount(), 1);
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(m_window->filterBar()->textEdit(), Qt::Key_Backspace);
    m_window->filterBar()->textEdit()->clear();
    QCOMPARE(entryCount(), 2);
    // Customer filter: goes to the server as filter[customers_id].
    m_server->clearRequestLog();
    QComboBox* customer = m_window->filterBar()->customerComboBox();
    customer->setCurrentIndex(customer->findData(m_atelier));
    waitLoaded();
    QTRY_COMPARE(entryCount(), 1);
    bool sent = false;
    for (const auto& r : m_server->requestLog())
        sent = sent || r.queryValue(QStringLiteral("filter[customers_id]")) == QString::number(m_atelier);
    QVERIFY(sent);
    // Escape clears and closes.
    QTest::keyClick(m_window->filterBar()->textEdit(), Qt::Key_Escape);
    QVERIFY(!m_window->filterBar()->isVisible());
    waitLoaded();
    QTRY_COMPARE(entryCount(), 2);
}

void TestMainWindow::bannerWithRetry()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9), QStringLiteral("x"),
                           1);
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Status;
    fault.status = 500;
    fault.method = "GET";
    fault.pathPrefix = QStringLiteral("/v2/entries");
    m_server->injectFault(fault);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->banner()->isVisible(), 10000);
    QVERIFY(m_window->banner()->text().startsWith(QStringLiteral("The entries could not be loaded.")));
    QVERIFY(m_window->banner()->isRetryable());
    QCOMPARE(m_window->emptyText(), QStringLiteral("The entries could not be loaded."));
    QVERIFY(!QApplication::activeModalWidget()); // not a modal box
    QTest::mouseClick(m_window->banner()->retryButton(), Qt::LeftButton);
    waitLoaded();
    QTRY_COMPARE(entryCount(), 1);
    QVERIFY(!m_window->banner()->isVisible());
}

void TestMainWindow::csvExportOfTheView()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 21), utc(2026, 11, 23, 23, 30),
                           QStringLiteral("Spät, \"dringend\""), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                           QStringLiteral("=1+1"), 0);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    waitLoaded();
    m_window->entryView()->sortByColumn(EntryTableModel::CustomerColumn, Qt::AscendingOrder);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::csvExported);
    m_window->exportCsvTo(path);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.at(0).at(1).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
             QStringLiteral("Date,Start,End,Duration,Hours (decimal),Customer,Project,Service,Amount,"
                            "Description,Billable,Revenue"));
    // As shown: by day, within a day by customer, no day headers; local times of the user's zone, quoting, formula
    // guard.
    QVERIFY2(
        lines.at(1).startsWith(QStringLiteral("2026-11-23,2026-11-23 22:00,2026-11-24 00:30,2:30,2.50,"
                                              "Bäckerei Sonnenschein,,Beratung,,\"Spät, \"\"dringend\"\"\",Billable,")),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("2026-11-24,2026-11-24 09:00,2026-11-24 10:00,1:00,1.00,"
                                                   "Atelier Lumière,,Développement,,'=1+1,Not billable,")),
             qPrintable(lines.at(2)));
}

void TestMainWindow::reportDockFollowsTheTable()
{
    m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, 23, 8), utc(2026, 11, 23, 10, 30),
                           QStringLiteral("a"), 1);
    m_server->addTimeEntry(m_atelier, 0, m_development, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9), QStringLiteral("b"),
                           0);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    waitLoaded();
    // File > Export… is in the File menu; the Report dock can be shown from the View menu.
    const QMenu* fileMenu = m_window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu && fileMenu->actions().contains(m_window->exportController()->action()));
    const QMenu* viewMenu = m_window->findChild<QMenu*>(QStringLiteral("viewMenu"));
    QVERIFY(viewMenu && viewMenu->actions().contains(m_window->reportDock()->toggleViewAction()));
    m_window->show();
    m_window->reportDock()->toggleViewAction()->trigger(); // View > Report
    QVERIFY(m_window->reportDock()->isVisible());
    ReportModel* report = m_window->reportModel();
    QVERIFY(report);
    QCOMPARE(m_window->reportView()->model(), report);
    QTRY_COMPARE(report->totalEntries(), 2);
    m_window->dayTotalsModel()->recompute();
    QCOMPARE(report->totalSeconds(), qint64(3.5 * 3600));
    QCOMPARE(report->totalSeconds(), m_window->dayTotalsModel()->totalSeconds());
    QCOMPARE(report->rowCount(), 2);
    // The table's filter applies to the report too.
    auto* proxy = m_window->filterModel();
    QVERIFY(proxy);
    proxy->setCustomerId(m_bakery);
    QTRY_COMPARE(report->totalEntries(), 1);
    QCOMPARE(report->totalSeconds(), qint64(2.5 * 3600));
    QCOMPARE(report->rowCount(), 1);

    // Export as CSV… writes the report as shown, and the panel says where.
    ReportView* view = m_window->reportView();
    QVERIFY(view->exportButton()->isVisibleTo(view));
    QVERIFY(!view->exportButton()->text().isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    QSignalSpy exported(view, &ReportView::exported);
    view->exportCsvTo(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(csv.contains(QLatin1String("2.50")) || csv.contains(QLatin1String("2,50")), qPrintable(csv));
    QVERIFY(csv.contains(QLatin1String("Total")));
    QVERIFY(view->exportStatusLabel()->isVisibleTo(view));
    QVERIFY(view->exportStatusLabel()->text().contains(QDir::toNativeSeparators(path)));
    // A file that cannot be written says so, and nothing is claimed saved.
    exported.clear();
    view->exportCsvTo(dir.filePath(QStringLiteral("no/such/folder/report.csv")));
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toBool(), false);
    QVERIFY(!view->exportStatusLabel()->text().contains(QLatin1String("no/such")));
}

void TestMainWindow::reportDockClosedByDefaultAndRemembered()
{
    // The table keeps the window's width: the report opens from View > Report, and stays open across runs.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    Settings::setConfigDirectory(config.path());
    Settings settings;
    m_window->setSettings(&settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->reportDock()->isVisible());
    QVERIFY(!m_window->reportDock()->toggleViewAction()->isChecked());
    QCOMPARE(m_window->centralWidget()->width(), m_window->width());
    m_window->reportDock()->toggleViewAction()->trigger();
    QVERIFY(m_window->reportDock()->isVisible());
    QVERIFY(settings.reportVisible());
    m_window->hide(); // into the tray: not the user closing the report
    QVERIFY(settings.reportVisible());
    m_window.reset();
    QVERIFY(Settings().reportVisible());

    auto next = std::make_unique<MainWindow>();
    next->setSettings(&settings);
    next->show();
    QVERIFY(QTest::qWaitForWindowExposed(next.get()));
    QVERIFY(next->reportDock()->isVisible());
    next->reportDock()->close(); // its close button
    QVERIFY(!settings.reportVisible());
    next.reset();
    Settings::setConfigDirectory(QString());
}

void TestMainWindow::stopwatchStrip()
{
    auto* strip = new QLabel(QStringLiteral("running"));
    m_window->setStopwatchWidget(strip);
    m_window->show();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->window(), m_window.get());
    m_window->setStopwatchWidget(nullptr);
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("stopwatchContainer"))->isVisible());
}

void TestMainWindow::runningEntryTicksWhileVisible()
{
    m_server->remoteStartClock(m_bakery, m_consulting, 0, QStringLiteral("läuft"), utc(2026, 11, 25, 23));
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    waitLoaded();
    QVERIFY(!m_window->entryModel()->fastTicking());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->entryModel()->fastTicking());
    QVERIFY(m_window->entryModel()->isTicking());
    m_window->hide();
    QVERIFY(!m_window->entryModel()->fastTicking());
    QVERIFY(m_window->entryModel()->isTicking()); // still once a minute for the totals
}

void TestMainWindow::groupedByDayWithTodayInView()
{
    // Eight entries a day, Monday to Wednesday of this week and Monday to Friday of the last; on Thursday the clock
    // runs since midnight (Berlin). More rows than the window shows.
    for (int day : { 16, 17, 18, 19, 20, 23, 24, 25 }) {
        for (int hour = 7; hour < 15; ++hour)
            m_server->addTimeEntry(m_bakery, 0, m_consulting, utc(2026, 11, day, hour), utc(2026, 11, day, hour, 45),
                                   QStringLiteral("Tag %1").arg(day), 1);
    }
    m_server->remoteStartClock(m_bakery, m_consulting, 0, QStringLiteral("läuft"), utc(2026, 11, 25, 23));
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->resize(1000, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    waitLoaded();
    EntryTableView* view = m_window->entryView();
    DayGroupProxyModel* groups = m_window->dayGroupModel();
    QCOMPARE(view->model(), groups);
    QCOMPARE(groups->days(),
             (QList<QDate> { QDate(2026, 11, 23), QDate(2026, 11, 24), QDate(2026, 11, 25), QDate(2026, 11, 26) }));
    QCOMPARE(entryCount(), 25);
    const auto visible = [view](int row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        return row >= 0 && rect.isValid() && view->viewport()->rect().contains(rect);
    };
    // Today's header and the running entry are in view, Monday's header is not.
    const int today = groups->headerRowOf(QDate(2026, 11, 26));
    QTRY_VERIFY(visible(today));
    QVERIFY(groups->index(today + 1, 0).data(EntryTableModel::RunningRole).toBool());
    QVERIFY(visible(today + 1));
    QVERIFY(!visible(0));
    QTRY_COMPARE(groups->index(today, 0).data().toString(),
                 QLocale().toString(QDate(2026, 11, 26), QLocale::LongFormat) + QStringLiteral(" · today — 0:30 h"));

    // The last week holds no today: its newest day is in view.
    m_window->showPrevious();
    waitLoaded();
    QCOMPARE(groups->days().last(), QDate(2026, 11, 20));
    QTRY_VERIFY(visible(groups->headerRowOf(QDate(2026, 11, 20))));
    QVERIFY(!visible(0));

    // A day clicked in the chart: its header at the top, its first entry selected.
    emit m_window->chart()->dayClicked(QDate(2026, 11, 17));
    const int tuesday = groups->headerRowOf(QDate(2026, 11, 17));
    QTRY_COMPARE(view->rowAt(0), tuesday);
    QCOMPARE(view->currentEntry()->timeSince, utc(2026, 11, 17, 7));

    // The cursor steps over headers; a selection across days holds entries only.
    activate();
    view->selectOnly(groups->index(tuesday - 1, 0)); // Monday's last entry
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), tuesday + 1);
    QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), tuesday - 1);
    QCOMPARE(view->selectedIds().size(), 2);
    QVERIFY(!view->selectionModel()->isRowSelected(tuesday, {}));
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(m_window->deleteConfirmation());
    QCOMPARE(m_window->deleteConfirmation()->text(), QStringLiteral("Delete 2 entries?"));
    m_window->deleteConfirmation()->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
