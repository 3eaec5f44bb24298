// SPDX-License-Identifier: GPL-3.0-or-later
// The main window fits its screen and keeps still, in English, German and French, on the real X server of
// run-headless.sh (and on the 1280x800 and 1024x768 screens with a panel of run-on-screens.sh): at its default size
// the window and its status line lie inside the screen's free area, the entry table needs no horizontal scrollbar and
// every column title shows; the clock strip keeps its height whether the clock is stopped, runs, failed or recovered;
// the banner's Retry reloads everything it stands for and a recovered state clears its messages.
#include "core/session/accountcurrencyloader.h"
#include "core/session/accountdata.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "gui/mainwindow/columnfit.h"
#include "gui/mainwindow/entrycolumnmenu.h"
#include "gui/mainwindow/errorbanner.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/reportview.h"
#include "gui/mainwindow/stopwatchwidget.h"
#include "gui/mainwindow/windowplacement.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <optional>

class TestWindowFit : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void columnFitGivesWay();
    void placementKeepsToTheFreeArea();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void hiddenColumnsAreRemembered();
    void stripKeepsItsHeight_data();
    void stripKeepsItsHeight();
    void retryReloadsEverything();

private:
    void languages();
    void seedWeek();
    void openWindow();
    void settle();
    QRect globalRect(const QWidget* widget) const;

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_accountData;
    std::unique_ptr<MasterData> m_master;
    std::unique_ptr<MainWindow> m_window;
    Catalog m_catalog;
};

void TestWindowFit::initTestCase()
{
    m_osTimeZone.emplace("Europe/Berlin");
    m_languages = std::make_unique<LanguageManager>();
    // What run-on-screens.sh promises (a 1024x768 screen with a panel on top); the default X server has no panel.
    const QByteArray expected = qgetenv("CLOCKODO_EXPECT_SCREEN");
    const QScreen* screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    qInfo() << "screen" << screen->geometry() << "available" << screen->availableGeometry();
    if (!expected.isEmpty()) {
        const QStringList size = QString::fromLatin1(expected).split(QLatin1Char('x'));
        QCOMPARE(screen->geometry().size(), QSize(size.value(0).toInt(), size.value(1).toInt()));
        // The work area is a root window property (run-on-screens.sh sets it and reads it back before the test):
        // Qt reads it again when it changes, so wait for the screen to say so, with a limit generous enough for a
        // loaded machine. What is checked stays the same: a panel on top, the available area below it.
        const auto describe = [screen] {
            return QStringLiteral("no panel on top within 60 s: the screen is %1x%2, available from y=%3 (%4x%5); "
                                  "is _NET_WORKAREA set on the root window (xprop -root _NET_WORKAREA)?")
                .arg(screen->geometry().width())
                .arg(screen->geometry().height())
                .arg(screen->availableGeometry().top())
                .arg(screen->availableGeometry().width())
                .arg(screen->availableGeometry().height());
        };
        QTRY_VERIFY2_WITH_TIMEOUT(screen->availableGeometry().top() > 0, qPrintable(describe()), 60000);
        QVERIFY(screen->availableGeometry().height() < screen->geometry().height());
    }
}

void TestWindowFit::cleanupTestCase()
{
    m_languages->setLanguage(QStringLiteral("en"));
    m_languages.reset();
    m_osTimeZone.reset();
}

void TestWindowFit::init()
{
    // Thursday 26 Nov 2026, 10:00 in Berlin.
    const QDateTime now = utc(2026, 11, 26, 9);
    QVERIFY(startFakeServer(now));
    m_catalog = seedCatalog();
    m_clock = std::make_unique<ManualClock>(now);
    m_accountData = std::make_unique<AccountData>(m_api.get());
    new AccountCurrencyLoader(m_accountData.get()); // amounts with "€", as in the app
    m_master = std::make_unique<MasterData>(m_accountData.get());
}

void TestWindowFit::cleanup()
{
    m_window.reset();
    m_master.reset();
    m_accountData.reset();
    stopFakeServer();
    m_clock.reset();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestWindowFit::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestWindowFit::seedWeek()
{
    // A week as people have it: long customer and project names, descriptions, a lump sum.
    const qint64 northwind = m_server->addCustomer(QStringLiteral("Northwind Traders International"), true, true, 3);
    const qint64 migration = m_server->addProject(northwind, QStringLiteral("Data Migration Phase 2"));
    const qint64 relaunch = m_server->addProject(m_catalog.bakery, QStringLiteral("Website-Relaunch 2026"));
    const qint64 management = m_server->addService(QStringLiteral("Projektmanagement"));
    for (int day = 23; day <= 26; ++day) {
        m_server->addTimeEntry(northwind, migration, management, utc(2026, 11, day, 7), utc(2026, 11, day, 9),
                               QStringLiteral("Telefonat: Rückfragen zur Rechnung und Abstimmung der Schnittstellen"),
                               1);
        m_server->addTimeEntry(m_catalog.bakery, relaunch, m_catalog.development, utc(2026, 11, day, 9),
                               utc(2026, 11, day, 11, 30), QStringLiteral("Layout-Entwurf Startseite"), 1);
        m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.consulting, utc(2026, 11, day, 12),
                               utc(2026, 11, day, 13), QStringLiteral("Réunion de lancement"), 0);
    }
}

void TestWindowFit::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setConnectionText(m_server->email(), false);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->entryModel()->hasQuery() && !m_window->entryModel()->isLoading() && m_master->isLoaded(), 10000);
    settle();
}

void TestWindowFit::settle()
{
    // Layouts and the queued column fitting run from posted events.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QRect TestWindowFit::globalRect(const QWidget* widget) const
{
    return { widget->mapToGlobal(QPoint(0, 0)), widget->size() };
}

void TestWindowFit::columnFitGivesWay()
{
    // Room enough: everybody gets what they want.
    QCOMPARE(ColumnFit::fit({ { 100, 100 }, { 200, 80 } }, 400), (QList<int> { 100, 200 }));
    // Short room: only what can give way gives, in proportion to what it can give.
    QCOMPARE(ColumnFit::fit({ { 100, 100 }, { 200, 100 }, { 150, 100 } }, 390), (QList<int> { 100, 160, 130 }));
    // Not even the minimums fit: the minimums.
    QCOMPARE(ColumnFit::fit({ { 100, 100 }, { 200, 80 } }, 100), (QList<int> { 100, 80 }));
}

void TestWindowFit::placementKeepsToTheFreeArea()
{
    const QMargins frame(4, 30, 4, 4);
    // 1280x800 with a 32 px panel on top: the preferred size does not fit, the window takes the free area.
    const QRect free(0, 32, 1280, 768);
    const QRect fitted = WindowPlacement::defaultGeometry(free, frame);
    QVERIFY(free.contains(fitted.marginsAdded(frame)));
    QCOMPARE(fitted.width(), 1272);
    QCOMPARE(fitted.height(), 768 - 34);
    // A large screen: the preferred size, centred.
    const QRect large(0, 0, 2560, 1440);
    QCOMPARE(WindowPlacement::defaultGeometry(large, frame).size(), WindowPlacement::PreferredSize);
    QCOMPARE(WindowPlacement::defaultGeometry(large, frame).center(), large.center() + QPoint(0, 13));
    // A geometry remembered from a larger monitor comes back, shrunk, onto this one.
    const QRect remembered(1500, 900, 1280, 800);
    const QRect back = WindowPlacement::fitted(remembered, QRect(0, 32, 1024, 736), frame);
    QVERIFY(QRect(0, 32, 1024, 736).contains(back.marginsAdded(frame)));
    QCOMPARE(back.size(), QSize(1016, 702));

    // Where windows cannot place themselves (Wayland), only sizes are applied: nothing is moved.
    QVERIFY(WindowPlacement::canPlaceWindows()); // the test's platform is X11 or offscreen
    QWidget window;
    window.setGeometry(5000, 4000, 4000, 3000);
    const QPoint where = window.pos();
    WindowPlacement::keepOnScreen(&window, false);
    QCOMPARE(window.pos(), where);
    QVERIFY(window.width() < 4000 && window.height() < 3000);
    window.resize(100, 100);
    WindowPlacement::applyDefault(&window, false);
    QCOMPARE(window.pos(), where);
    QVERIFY(window.width() > 100 && window.height() > 100);
    WindowPlacement::keepOnScreen(&window, true); // placeable: back onto the screen
    QVERIFY(window.pos() != where);
}

void TestWindowFit::fitsTheScreen_data()
{
    languages();
}

void TestWindowFit::fitsTheScreen()
{
    QFETCH(QString, language);
    m_languages->setLanguage(language);
    seedWeek();
    openWindow();
    QCOMPARE(m_window->entryModel()->rowCount(), 12);

    // The window, its frame and its status line are inside the screen's free area (not under a panel, not cut).
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3x%4 outside %5,%6 %7x%8")
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(available.x())
                            .arg(available.y())
                            .arg(available.width())
                            .arg(available.height())));
    QVERIFY(m_window->statusBar()->isVisible());
    QVERIFY(available.contains(globalRect(m_window->statusBar())));

    // The table fits its width: no horizontal scrollbar, every shown column's title readable.
    QTableView* view = m_window->entryView();
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("columns %1 px in a viewport of %2 px")
                            .arg(view->horizontalHeader()->length())
                            .arg(view->viewport()->width())));
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics fm = header->fontMetrics();
    const int description = EntryTableModel::DescriptionColumn;
    const QString descriptionTitle = view->model()->headerData(description, Qt::Horizontal).toString();
    QVERIFY2(header->sectionSize(description) > fm.horizontalAdvance(descriptionTitle),
             qPrintable(QStringLiteral("description %1 px").arg(header->sectionSize(description))));
    QCOMPARE(header->sectionViewportPosition(description) >= 0, true);
    // Times, amounts and their titles keep their width (only names give way, elided).
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || column == EntryTableModel::CustomerColumn
            || column == EntryTableModel::ProjectColumn || column == EntryTableModel::ServiceColumn)
            continue;
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= fm.horizontalAdvance(title),
                 qPrintable(QStringLiteral("%1: %2 px").arg(title).arg(header->sectionSize(column))));
    }

    // No side panel repeats the chart: the table and the chart have the window's width.
    QVERIFY(view->width() > m_window->width() - 40);

    // The report dock, when opened on a 1280 px screen, gives the names room for about 25 characters.
    m_window->reportDock()->toggleViewAction()->trigger();
    settle();
    auto* tree = m_window->reportView()->findChild<QTreeView*>(QStringLiteral("reportTree"));
    QVERIFY(tree);
    QTRY_VERIFY(tree->isVisible());
    settle();
    // (On a smaller screen the window only must not grow past it.)
    const int names = tree->header()->sectionSize(0);
    if (available.width() >= 1280)
        QVERIFY2(names >= tree->fontMetrics().averageCharWidth() * 25,
                 qPrintable(QStringLiteral("names %1 px").arg(names)));
    QTRY_VERIFY(available.contains(m_window->frameGeometry()));
    settle();
    // With the report open, on every screen: the names keep room for about 15 characters, the report's numbers and
    // titles show whole (no horizontal scrollbar), the range's title above the table is not cut, and the table
    // still needs no horizontal scrollbar.
    QVERIFY2(names >= tree->fontMetrics().averageCharWidth() * 15,
             qPrintable(QStringLiteral("names %1 px").arg(names)));
    QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
             qPrintable(QStringLiteral("report columns %1 px in %2 px")
                            .arg(tree->header()->length())
                            .arg(tree->viewport()->width())));
    for (int column = 1; column < tree->header()->count(); ++column) {
        const QString title = tree->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(tree->header()->sectionSize(column) >= tree->header()->fontMetrics().horizontalAdvance(title),
                 qPrintable(QStringLiteral("report %1: %2 px").arg(title).arg(tree->header()->sectionSize(column))));
    }
    auto* rangeTitle = m_window->findChild<QLabel*>(QStringLiteral("rangeLabel"));
    QVERIFY(rangeTitle);
    QVERIFY2(rangeTitle->width() >= rangeTitle->fontMetrics().horizontalAdvance(rangeTitle->text()),
             qPrintable(QStringLiteral("range title \"%1\" needs %2 px, has %3 px")
                            .arg(rangeTitle->text())
                            .arg(rangeTitle->fontMetrics().horizontalAdvance(rangeTitle->text()))
                            .arg(rangeTitle->width())));
    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("with the report: columns %1 px in a viewport of %2 px")
                            .arg(view->horizontalHeader()->length())
                            .arg(view->viewport()->width())));
}

void TestWindowFit::hiddenColumnsAreRemembered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings(dir.filePath(QStringLiteral("settings.conf")));
    openWindow();
    m_window->setSettings(&settings);
    QHeaderView* header = m_window->entryView()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(EntryTableModel::RevenueColumn));
    const int description = header->sectionSize(EntryTableModel::DescriptionColumn);

    // The header's context menu has a check box per column that may go; unchecking hides it for good.
    QMenu* menu = m_window->entryView()->columnMenu()->createMenu(m_window.get());
    QAction* revenue = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toInt() == EntryTableModel::RevenueColumn)
            revenue = action;
        QVERIFY(action->data().toInt() != EntryTableModel::DateColumn);
        QVERIFY(action->data().toInt() != EntryTableModel::DescriptionColumn);
    }
    QVERIFY(revenue && revenue->isChecked());
    revenue->trigger();
    delete menu;
    settle();
    QVERIFY(header->isSectionHidden(EntryTableModel::RevenueColumn));
    QVERIFY(header->sectionSize(EntryTableModel::DescriptionColumn) > description); // the room went to the text
    QCOMPARE(settings.hiddenEntryColumns(), QStringList { QStringLiteral("RevenueColumn") });

    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    m_window->setSettings(&settings); // before the model, as the app does
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    QVERIFY(m_window->entryView()->horizontalHeader()->isSectionHidden(EntryTableModel::RevenueColumn));
    QVERIFY(!m_window->entryView()->horizontalHeader()->isSectionHidden(EntryTableModel::BillableColumn));
}

void TestWindowFit::stripKeepsItsHeight_data()
{
    languages();
}

void TestWindowFit::stripKeepsItsHeight()
{
    QFETCH(QString, language);
    m_languages->setLanguage(language);
    StopwatchSession session(m_api.get(), m_clock.get(), nullptr, m_accountData.get());
    Stopwatch* stopwatch = session.stopwatch();
    m_window = std::make_unique<MainWindow>();
    auto* strip = new StopwatchWidget(&session);
    m_window->setStopwatchWidget(strip);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    QSignalSpy synced(stopwatch, &Stopwatch::synced);
    session.start(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(stopwatch->isKnown() && !stopwatch->isBusy(), 10000);
    settle();
    const int height = strip->height();
    QTableView* view = m_window->entryView();
    const int tableTop = view->mapTo(m_window.get(), QPoint(0, 0)).y();
    const auto still = [&](const char* state) {
        settle();
        QVERIFY2(strip->height() == height,
                 qPrintable(QStringLiteral("%1: strip %2 px, was %3 px")
                                .arg(QLatin1String(state))
                                .arg(strip->height())
                                .arg(height)));
        QCOMPARE(view->mapTo(m_window.get(), QPoint(0, 0)).y(), tableTop);
    };
    still("idle");
    if (QTest::currentTestFailed())
        return;

    // Running (started on another device): Edit and Switch appear.
    m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0,
                               QStringLiteral("Abstimmung Startseite mit dem Kunden"), utc(2026, 11, 26, 8));
    stopwatch->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(stopwatch->isRunning(), 10000);
    still("running");
    if (QTest::currentTestFailed())
        return;

    // The stop fails (the server has a problem): the error shows in the strip's notice line.
    FakeClockodoServer::Fault fault;
    fault.kind = FakeClockodoServer::Fault::Kind::Status;
    fault.status = 503;
    fault.method = "DELETE";
    fault.pathPrefix = QStringLiteral("/v2/clock");
    m_server->injectFault(fault);
    QSignalSpy failed(stopwatch, &Stopwatch::actionFailed);
    stopwatch->stop();
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(!stopwatch->isBusy());
    QVERIFY(!strip->noticeLabel()->text().isEmpty());
    QVERIFY(strip->noticeLabel()->isVisible());
    still("error");
    // The notice reserves no line of its own: it shares the second line with the description and the buttons, and
    // the strip is no taller than its two lines.
    const QRect notice(strip->noticeLabel()->mapTo(strip, QPoint(0, 0)), strip->noticeLabel()->size());
    const QRect edit(strip->editButton()->mapTo(strip, QPoint(0, 0)), strip->editButton()->size());
    QVERIFY2(notice.center().y() >= edit.top() && notice.center().y() <= edit.bottom(),
             qPrintable(QStringLiteral("notice at y %1, buttons %2..%3")
                            .arg(notice.center().y())
                            .arg(edit.top())
                            .arg(edit.bottom())));
    QVERIFY2(strip->height() - edit.bottom() <= 16,
             qPrintable(QStringLiteral("%1 px below the buttons").arg(strip->height() - edit.bottom())));
    if (QTest::currentTestFailed())
        return;

    // The server answers again: the old error goes, nothing moves.
    synced.clear();
    stopwatch->refresh();
    QVERIFY(synced.wait(10000));
    QCOMPARE(stopwatch->connection(), Stopwatch::Connection::Online);
    QVERIFY2(strip->noticeLabel()->text().isEmpty(), qPrintable(strip->noticeLabel()->text()));
    still("recovered");
    if (QTest::currentTestFailed())
        return;

    // Stopped again.
    stopwatch->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!stopwatch->isRunning() && !stopwatch->isBusy(), 10000);
    still("stopped");
    if (QTest::currentTestFailed())
        return;
    m_window.reset(); // the strip goes with the window, before the session
}

void TestWindowFit::retryReloadsEverything()
{
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, utc(2026, 11, 24, 8), utc(2026, 11, 24, 9),
                           QStringLiteral("x"), 1);
    // The server has a bad moment: the entries fail, and then the master data as well.
    FakeClockodoServer::Fault entries;
    entries.kind = FakeClockodoServer::Fault::Kind::Status;
    entries.status = 500;
    entries.method = "GET";
    entries.pathPrefix = QStringLiteral("/v2/entries");
    m_server->injectFault(entries);
    m_window = std::make_unique<MainWindow>();
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ErrorBanner* banner = m_window->banner();
    QTRY_VERIFY_WITH_TIMEOUT(m_master->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(m_window->entryModel()->rowCount(), 0);
    FakeClockodoServer::Fault customers;
    customers.kind = FakeClockodoServer::Fault::Kind::Status;
    customers.status = 500;
    customers.method = "GET";
    customers.pathPrefix = QStringLiteral("/v3/customers");
    m_server->injectFault(customers);
    QSignalSpy masterFailed(m_master.get(), &MasterData::loadFailed);
    m_master->refresh();
    QVERIFY(masterFailed.wait(10000));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->isRetryable());

    // Back online: Retry reads the master data and the entries again, and the banner goes.
    const int entryReads = int(loggedRequests("GET", QStringLiteral("/api/v2/entries")).size());
    const int customerReads = int(loggedRequests("GET", QStringLiteral("/api/v3/customers")).size());
    QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(loggedRequests("GET", QStringLiteral("/api/v3/customers")).size() > customerReads, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(loggedRequests("GET", QStringLiteral("/api/v2/entries")).size() > entryReads, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->entryModel()->rowCount(), 1, 10000);
    QTRY_VERIFY(!m_window->entryModel()->isLoading());
    settle();
    QVERIFY2(!banner->isVisible(), qPrintable(banner->text()));
    QVERIFY(m_window->emptyText().isEmpty());
}

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
