// SPDX-License-Identifier: GPL-3.0-or-later
// The tray on a real X server with a tray host (tests/run-headless.sh starts Xvfb and trayer): the icon embeds, the
// menu holds the right actions for each state and updates them in place; the no-tray fallback; the start and
// correction dialogs and the window's clock strip. Without a display the tray parts are skipped and the rest runs
// on the offscreen platform (where no tray exists).
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/mainwindow/stopwatchwidget.h"
#include "gui/tray/traycontroller.h"
#include "gui/widgets/taskpicker.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

template<typename T>
T* findTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

} // namespace

// Skips a test that needs a tray (a macro: QSKIP must return from the test function itself). Under
// tests/run-headless.sh (CLOCKODO_TEST_HOME set) a missing tray is a failure, not a skip.
#define REQUIRE_TRAY()                                                                                                 \
    do {                                                                                                               \
        if (!QSystemTrayIcon::isSystemTrayAvailable())                                                                 \
            FAIL_OR_SKIP_MISSING("tests/run-headless.sh starts a tray host, but no system tray is available",          \
                                 "No system tray here (run tests/run-headless.sh for Xvfb with trayer)");              \
    } while (false)

class TestTrayIcon : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TrayController> m_tray;
    Stopwatch* m_sw = nullptr;
    qint64 m_customerA = 0;
    qint64 m_customerB = 0;
    qint64 m_serviceA = 0;
    qint64 m_serviceB = 0;

    bool trayExpected() const { return QSystemTrayIcon::isSystemTrayAvailable(); }

    bool read()
    {
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        QSignalSpy failed(m_sw, &Stopwatch::syncFailed);
        m_sw->poll();
        return QTest::qWaitFor([&] { return synced.count() + failed.count() > 0; }, 20000) && synced.count() == 1;
    }

    bool act(const std::function<void()>& action)
    {
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        action();
        return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000) && ok.count() == 1;
    }

    ClockStartRequest startA()
    {
        ClockStartRequest r;
        r.customersId = m_customerA;
        r.servicesId = m_serviceA;
        r.text = QStringLiteral("Abstimmung Startseite");
        return r;
    }

    QList<QAction*> visibleActions() const
    {
        QList<QAction*> visible;
        for (QAction* a : m_tray->menu()->actions()) {
            if (a->isVisible() && !a->isSeparator())
                visible.append(a);
        }
        return visible;
    }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(T0));
        const Catalog catalog = seedCatalog(3, 7);
        m_customerA = catalog.bakery;
        m_customerB = catalog.atelier;
        m_serviceA = catalog.consulting;
        m_serviceB = catalog.development;
        // Recent work: two tasks yesterday.
        m_server->addTimeEntry(m_customerB, 0, m_serviceB, T0.addDays(-1), T0.addDays(-1).addSecs(3600),
                               QStringLiteral("Skizzen"), 0);
        m_server->addTimeEntry(m_customerA, 0, m_serviceA, T0.addDays(-1).addSecs(3600), T0.addDays(-1).addSecs(5400),
                               QStringLiteral("Angebot"), 1);

        m_clock = std::make_unique<ManualClock>(T0);
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        m_sw = m_session->stopwatch();
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
        m_tray = std::make_unique<TrayController>(m_session.get(), m_settings.get());

        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy recent(m_session->recentTasks(), &RecentTasks::changed);
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_session->start(false);
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1 && recent.count() == 1, 20000);
    }

    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog*>(w))
                w->close();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_tray.reset();
        m_session.reset();
        stopFakeServer();
        m_settings.reset();
        m_dir.reset();
        m_clock.reset();
        m_sw = nullptr;
    }

    void offlineShowsWhatWaits()
    {
        // With an offline journal the tray and the strip keep Start/Stop and say how many records wait.
        OfflineJournal journal(m_dir->filePath(QStringLiteral("offline-journal.sqlite")));
        QSignalSpy journalLoaded(&journal, &OfflineJournal::loaded);
        journal.open(AccountData::keyFor(m_server->baseUrl(), m_server->currentUserId()));
        QVERIFY(journalLoaded.wait(20000));
        m_session->offlineClock()->setJournal(&journal);
        StopwatchWidget strip(m_session.get());
        FakeClockodoServer::Fault drop;
        drop.kind = FakeClockodoServer::Fault::Kind::Drop;
        drop.attempts = 0;
        m_server->injectFault(drop);
        QVERIFY(!read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Offline);
        QVERIFY(m_tray->startNewAction()->isEnabled());
        QVERIFY(m_tray->continueAction()->isEnabled());
        QVERIFY(!m_tray->waitingAction()->isVisible());
        QVERIFY(strip.startStopButton()->isEnabled());

        QVERIFY(act([this] { m_sw->start(startA()); }));
        QVERIFY(m_sw->isRunningLocally());
        QCOMPARE(m_tray->statusAction()->text(), QStringLiteral("Offline — the clock runs on this computer"));
        QVERIFY(m_tray->stopAction()->isEnabled());
        QVERIFY(m_tray->waitingAction()->isVisible());
        QVERIFY(strip.waitingButton()->isVisibleTo(&strip));
        QCOMPARE(m_tray->look().badge, TrayIconPainter::Badge::Offline);

        m_clock->advance(600);
        QVERIFY(act([this] { m_sw->stop(); }));
        // (The English plural "1 record" comes from the en translation, which this test does not load.)
        QVERIFY2(m_tray->statusAction()->text().startsWith(QStringLiteral("Offline — 1 record")),
                 qPrintable(m_tray->statusAction()->text()));
        QVERIFY(m_tray->statusAction()->text().contains(QStringLiteral("waiting to upload")));
        QVERIFY(m_tray->toolTip().contains(m_tray->statusAction()->text()));
        QVERIFY2(strip.findChildren<QLabel*>().size() > 0, "strip labels");
        bool stripSays = false;
        for (const QLabel* label : strip.findChildren<QLabel*>())
            stripSays = stripSays || label->text().contains(m_tray->statusAction()->text());
        QVERIFY(stripSays);
        QSignalSpy requested(m_tray.get(), &TrayController::waitingViewRequested);
        m_tray->waitingAction()->trigger();
        QCOMPARE(requested.count(), 1);
        QSignalSpy stripRequested(&strip, &StopwatchWidget::waitingViewRequested);
        strip.waitingButton()->click();
        QCOMPARE(stripRequested.count(), 1);
        m_session->offlineClock()->setJournal(nullptr);
    }

    void iconEmbeds()
    {
        REQUIRE_TRAY();
        m_tray->show();
        QVERIFY(m_tray->isTrayAvailable());
        QVERIFY(m_tray->trayIcon()->isVisible());
        // Embedded by the tray host: the icon has a place on the screen.
        QTRY_VERIFY_WITH_TIMEOUT(!m_tray->trayIcon()->geometry().isEmpty(), 10000);
        QVERIFY(!m_tray->trayIcon()->icon().isNull());
        QCOMPARE(m_tray->trayIcon()->contextMenu(), m_tray->menu());
    }

    void menuFollowsTheStateInPlace()
    {
        REQUIRE_TRAY();
        m_tray->show();
        const QList<QAction*> actions = m_tray->menu()->actions();

        // Stopped.
        QCOMPARE(m_tray->taskAction()->text(), QStringLiteral("Not running"));
        QVERIFY(!m_tray->taskAction()->isEnabled());
        QVERIFY(!m_tray->stopAction()->isVisible());
        QVERIFY(!m_tray->editAction()->isVisible());
        QVERIFY(m_tray->continueAction()->isEnabled());
        QCOMPARE(m_tray->continueAction()->text(),
                 QStringLiteral("Continue “Bäckerei Sonnenschein · Beratung — Angebot”"));
        QVERIFY(m_tray->recentActions().at(0)->isVisible());
        QCOMPARE(m_tray->recentActions().at(0)->text(), QStringLiteral("Atelier Lumière · Développement — Skizzen"));
        QVERIFY(!m_tray->recentActions().at(1)->isVisible());
        QVERIFY(m_tray->startNewAction()->isEnabled());
        QVERIFY(!m_tray->statusAction()->isVisible());
        QVERIFY(!m_tray->reconnectAction()->isVisible());
        for (QAction* a : { m_tray->openAction(), m_tray->settingsAction(), m_tray->quitAction() })
            QVERIFY(a->isVisible() && a->isEnabled());
        QCOMPARE(m_tray->look().state, TrayIconPainter::State::Stopped);
        QVERIFY(!m_tray->isTicking());

        // Running: started from the menu's recent task.
        QVERIFY(act([this] { m_tray->recentActions().at(0)->trigger(); }));
        QVERIFY(m_sw->isRunning());
        QCOMPARE(m_tray->taskAction()->text(), QStringLiteral("▶ 0:00 h · Atelier Lumière · Développement — Skizzen"));
        QVERIFY(m_tray->stopAction()->isVisible() && m_tray->stopAction()->isEnabled());
        QVERIFY(m_tray->editAction()->isVisible());
        QCOMPARE(m_tray->look().state, TrayIconPainter::State::Running);
        QCOMPARE(m_tray->look().customerColor, 7);
        QVERIFY(m_tray->isTicking()); // once a minute
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Atelier Lumière · Développement — Skizzen")));
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Running for 0:00 h · Today 0:00 h")));

        // Half an hour later the texts and the hour arc say so, in the same actions.
        m_server->advance(30 * 60 + 5);
        m_clock->advance(30 * 60 + 5);
        m_tray->updateNow();
        QVERIFY(m_tray->taskAction()->text().startsWith(QStringLiteral("▶ 0:30 h · ")));
        QCOMPARE(m_tray->look().hourProgress, 0.5);
        QCOMPARE(m_tray->menu()->actions(), actions);
        // The same look again renders nothing (each look and size once, from a bounded cache of the tray's own), and
        // a new look is rendered only in the sizes the tray paints, not in every size of TrayIconPainter::sizes().
        QCoreApplication::processEvents();
        const int renders = m_tray->iconCache().renderCount();
        QVERIFY(renders > 0);
        QVERIFY(renders < 3 * int(TrayIconPainter::sizes().size())); // three looks so far
        m_tray->updateNow();
        m_tray->updateNow();
        QCoreApplication::processEvents();
        QCOMPARE(m_tray->iconCache().renderCount(), renders);
        QVERIFY(m_tray->iconCache().cachedBytes() <= TrayIconCache::MaxBytes);

        // Offline: the state is shown, changes are disabled, the icon has a badge.
        FakeClockodoServer::Fault drop;
        drop.kind = FakeClockodoServer::Fault::Kind::Drop;
        drop.attempts = 0;
        m_server->injectFault(drop);
        QVERIFY(!read());
        QCOMPARE(m_sw->connection(), Stopwatch::Connection::Offline);
        QVERIFY(m_tray->statusAction()->isVisible());
        QCOMPARE(m_tray->statusAction()->text(), QStringLiteral("Offline — retrying"));
        QVERIFY(m_tray->reconnectAction()->isVisible());
        QVERIFY(!m_tray->stopAction()->isEnabled());
        QVERIFY(!m_tray->startNewAction()->isEnabled());
        QVERIFY(!m_tray->continueAction()->isEnabled());
        QCOMPARE(m_tray->look().badge, TrayIconPainter::Badge::Offline);
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Offline")));
        QVERIFY(m_tray->taskAction()->text().startsWith(QStringLiteral("▶ 0:30 h · "))); // last known state

        // Back: "Reconnect now".
        m_server->clearFaults();
        QSignalSpy synced(m_sw, &Stopwatch::synced);
        m_tray->reconnectAction()->trigger();
        QVERIFY(synced.wait(20000));
        QVERIFY(!m_tray->statusAction()->isVisible());
        QCOMPARE(m_tray->look().badge, TrayIconPainter::Badge::None);

        // Stop from the menu.
        QVERIFY(act([this] { m_tray->stopAction()->trigger(); }));
        QCOMPARE(m_tray->taskAction()->text(), QStringLiteral("Not running"));
        QVERIFY(!m_tray->stopAction()->isVisible());
        QVERIFY(!m_tray->isTicking());
        QCOMPARE(m_tray->menu()->actions(), actions);
        QCOMPARE(visibleActions().size(), 1 + 1 + 1 + 1 + 3); // label, continue, recent, start new, open/settings/quit
    }

    void remoteChangeIsNoticed()
    {
        REQUIRE_TRAY();
        m_tray->show();
        QSignalSpy noticed(m_tray.get(), &TrayController::noticed);
        m_server->remoteStartClock(m_customerB, m_serviceB);
        QVERIFY(read());
        QCOMPARE(noticed.count(), 1);
        QVERIFY(noticed.at(0).at(0).toString().startsWith(QStringLiteral("The clock was started on another device")));
        QVERIFY(m_tray->taskAction()->text().contains(QStringLiteral("Atelier Lumière")));
    }

    void startingATaskNotifiesByOneRule()
    {
        // (No tray needed: noticed() is what the notification shows.) Default on: a recent task, Continue and a
        // switch each notify once.
        QVERIFY(m_settings->notifyOnStart());
        QSignalSpy noticed(m_tray.get(), &TrayController::noticed);
        QVERIFY(act([this] { m_tray->recentActions().at(0)->trigger(); })); // started from a recent task
        QCOMPARE(noticed.count(), 1);
        QVERIFY2(noticed.at(0).at(0).toString().startsWith(QStringLiteral("Started ")),
                 qPrintable(noticed.at(0).at(0).toString()));
        QVERIFY(act([this] { m_tray->continueAction()->trigger(); })); // a switch to the last task
        QCOMPARE(noticed.count(), 2);
        QVERIFY(act([this] { m_sw->stop(); }));
        QCOMPARE(noticed.count(), 2); // stopping is no start
        QVERIFY(act([this] { m_tray->continueAction()->trigger(); })); // continue while stopped
        QCOMPARE(noticed.count(), 3);
        QVERIFY(act([this] { m_sw->stop(); }));

        // Off: none of them notifies.
        m_settings->setNotifyOnStart(false);
        QVERIFY(act([this] { m_tray->recentActions().at(0)->trigger(); }));
        QVERIFY(act([this] { m_tray->continueAction()->trigger(); }));
        QVERIFY(act([this] { m_sw->stop(); }));
        QVERIFY(act([this] { m_tray->continueAction()->trigger(); }));
        QCOMPARE(noticed.count(), 3);
    }

    void demoTooltip()
    {
        m_tray->setDemo(true);
        QVERIFY(m_tray->toolTip().startsWith(QStringLiteral("clockodo-desktop — Demo\n")));
        QVERIFY(m_tray->toolTip().contains(QStringLiteral("Not running · Today 0:00 h")));
        m_settings->setTodayTotalInTooltip(false);
        QVERIFY(!m_tray->toolTip().contains(QStringLiteral("Today")));
    }

    void closingTheWindowHidesIntoTheTray()
    {
        REQUIRE_TRAY();
        m_tray->show();
        QWidget window;
        m_tray->setMainWindow(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!window.isMinimized());
        QVERIFY(!m_tray->explainMissingTrayOnce(&window)); // there is a tray: nothing to explain

        // Quit is reachable from the window (Ctrl+Q) and lets it close.
        window.show();
        QVERIFY(window.actions().contains(m_tray->quitAction()));
        QCOMPARE(m_tray->quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
        QSignalSpy quit(m_tray.get(), &TrayController::quitRequested);
        m_tray->quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
        QVERIFY(m_tray->isQuitting());
        QVERIFY(window.close());
    }

    void withoutTrayTheWindowStays()
    {
        if (trayExpected())
            QSKIP("A system tray exists here; the no-tray fallback runs on the offscreen platform");
        QVERIFY(!m_tray->isTrayAvailable());
        m_tray->show();
        QVERIFY(!m_tray->isTicking());
        QWidget window;
        m_tray->setMainWindow(&window);
        window.show();
        QVERIFY(!window.close()); // minimised, not quit
        QVERIFY(window.isVisible());

        // The explanation, once.
        QVERIFY(m_tray->explainMissingTrayOnce(&window));
        QMessageBox* box = findTopLevel<QMessageBox>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("AppIndicator")));
        QVERIFY(!box->isModal());
        box->close();
        QVERIFY(m_settings->trayHintShown());
        QVERIFY(!m_tray->explainMissingTrayOnce(&window));
        QVERIFY(window.actions().contains(m_tray->quitAction())); // Ctrl+Q
        m_tray->quitAction()->trigger();
        QVERIFY(m_tray->isQuitting());
        QVERIFY(window.close());
    }

    void quickStartDialogStartsAndSwitches()
    {
        QVERIFY(act([this] { m_sw->start(startA()); }));
        m_tray->startNewAction()->trigger();
        auto* dialog = findTopLevel<QuickStartDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Switch task"));
        TaskPicker* picker = dialog->picker();

        // Type to search: "atel" finds "Atelier Lumière".
        picker->customerBox()->setFocus();
        picker->customerBox()->lineEdit()->clear();
        QTest::keyClicks(picker->customerBox()->lineEdit(), QStringLiteral("atel"));
        QVERIFY(!dialog->startButton()->isEnabled()); // still searching
        QCOMPARE(picker->problem(), QStringLiteral("Choose a customer."));
        picker->customerBox()->setCurrentIndex(picker->customerBox()->findData(m_customerB));
        QVERIFY(picker->projectBox()->currentData().toLongLong() == 0);
        QVERIFY(!picker->billableBox()->isChecked()); // Atelier's default
        picker->serviceBox()->setCurrentIndex(picker->serviceBox()->findData(m_serviceB));
        picker->textEdit()->setText(QStringLiteral("Skizzen"));
        QVERIFY(dialog->startButton()->isEnabled());

        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(ok.wait(20000));
        QCOMPARE(ok.at(0).at(0).value<Stopwatch::Action>(), Stopwatch::Action::Switch);
        QVERIFY(ok.at(0).at(1).toString().contains(QStringLiteral("Stopped Bäckerei Sonnenschein · Beratung")));
        QCOMPARE(m_sw->running()->customersId, m_customerB);
        QCOMPARE(m_sw->running()->text, QStringLiteral("Skizzen"));
        QTRY_VERIFY(!findTopLevel<QuickStartDialog>());
    }

    void quickStartDialogKeepsInputOnFailure()
    {
        m_tray->openStartDialog();
        auto* dialog = findTopLevel<QuickStartDialog>();
        QVERIFY(dialog);
        TaskPicker* picker = dialog->picker();
        picker->customerBox()->setCurrentIndex(picker->customerBox()->findData(m_customerA));
        picker->serviceBox()->setCurrentIndex(picker->serviceBox()->findData(m_serviceA));
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Status;
        fault.status = 500;
        fault.method = "POST";
        m_server->injectFault(fault);
        QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog->isVisible());
        QCOMPARE(picker->customerId(), m_customerA);
        QTRY_VERIFY(dialog->startButton()->isEnabled());
    }

    void correctDialogOffersTheFreeStart()
    {
        QVERIFY(m_server->addTimeEntry(m_customerB, 0, m_serviceB, T0.addSecs(-3600), T0.addSecs(-600),
                                       QStringLiteral("Vorher"), 1)
                > 0);
        QVERIFY(act([this] { m_sw->start(startA()); }));
        m_tray->editAction()->trigger();
        auto* dialog = findTopLevel<CorrectClockDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->saveButton()->isEnabled()); // nothing changed yet

        dialog->shiftStart(-15); // 08:45 overlaps the entry until 08:50
        QVERIFY(dialog->saveButton()->isEnabled());
        QSignalSpy overlap(m_sw, &Stopwatch::correctionOverlapping);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(overlap.wait(20000));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("overlaps")));
        QTRY_VERIFY(dialog->useFreeStartButton()->isVisible());

        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QTest::mouseClick(dialog->useFreeStartButton(), Qt::LeftButton);
        QVERIFY(ok.wait(20000));
        QCOMPARE(m_sw->running()->timeSince, T0.addSecs(-600));
        QTRY_VERIFY(!findTopLevel<CorrectClockDialog>());
    }

    void correctDialogEditsTheTask()
    {
        QVERIFY(act([this] { m_sw->start(startA()); }));
        auto* dialog = CorrectClockDialog::showFor(m_session.get());
        QVERIFY(dialog);
        dialog->picker()->textEdit()->setText(QStringLiteral("Neuer Text"));
        dialog->shiftStart(-5);
        QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count(), 2, 20000); // edit, then the start
        QCOMPARE(m_sw->running()->text, QStringLiteral("Neuer Text"));
        QCOMPARE(m_sw->running()->timeSince, T0.addSecs(-300));
        QTRY_VERIFY(!findTopLevel<CorrectClockDialog>());
    }

    void stopwatchWidgetTicksOnlyWhileVisibleAndRunning()
    {
        StopwatchWidget strip(m_session.get());
        QVERIFY(!strip.isTicking());
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QCOMPARE(strip.taskLabel()->text(), QStringLiteral("The clock is not running"));
        QVERIFY(!strip.isTicking());
        QVERIFY(!strip.editButton()->isVisible());

        QVERIFY(act([this] { m_sw->start(startA()); }));
        QCOMPARE(strip.taskLabel()->text(), QStringLiteral("Bäckerei Sonnenschein · Beratung"));
        QCOMPARE(strip.startStopButton()->text(), QStringLiteral("■ Stop"));
        QVERIFY(strip.editButton()->isVisible());
        QVERIFY(strip.isTicking());
        m_clock->advance(3723);
        m_server->advance(3723);
        QTRY_COMPARE_WITH_TIMEOUT(strip.elapsedLabel()->text(), QStringLiteral("01:02:03"), 3000);

        strip.hide();
        QVERIFY(!strip.isTicking());
        strip.show();
        QVERIFY(strip.isTicking());

        // A remote change stays readable in the strip.
        m_server->remoteStopClock();
        QVERIFY(read());
        QVERIFY(strip.noticeLabel()->isVisible());
        QVERIFY(strip.noticeLabel()->text().startsWith(QStringLiteral("The clock was stopped on another device")));
        QVERIFY(!strip.isTicking());

        // Stop button while running; Start opens the dialog.
        QTest::mouseClick(strip.startStopButton(), Qt::LeftButton);
        QVERIFY(findTopLevel<QuickStartDialog>());
    }
};

int main(int argc, char* argv[])
{
    // Without a display there is no tray anyway: run the rest offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTrayIcon test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trayicon.moc"
