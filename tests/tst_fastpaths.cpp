// SPDX-License-Identifier: GPL-3.0-or-later
// The fast paths of issue 15 against the fake Clockodo server, in the real main window (Xvfb under
// tests/run-headless.sh): every clock and entry action by its keys, the Help list of keys, the start dialog's recent
// and pinned tasks (one keystroke starts one), "Continue this task" from the table's context menu, pinned tasks at
// the top of the tray menu and per account, picker warnings that wait until the user leaves the field or pauses
// (on a ManualClock), and accent-insensitive pickers.
#include "core/session/accountdata.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "core/tracking/favouritetasks.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/mainwindow/clockactions.h"
#include "gui/mainwindow/entryfilterbar.h"
#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/shortcutsdialog.h"
#include "gui/tray/traycontroller.h"
#include "gui/widgets/pickercombobox.h"
#include "gui/widgets/taskpicker.h"
#include "gui/widgets/typingpause.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/testhelpers.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Monday 23 Nov 2026, 09:00 UTC (10:00 in Berlin).
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

// QTest::keyClicks only knows ASCII; other characters go as text-only key events.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : widget;
        if (c.unicode() < 128)
            QTest::keyClick(target, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void closeTopLevelDialogs()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(w) && w->isVisible())
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestFastPaths : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyActionByItsKeys();
    void helpListsEveryShortcut();
    void startDialogOffersRecentTasksFirst();
    void continueThisTaskFromTheRowMenu();
    void pinnedTasksTopTheTrayMenuPerAccount();
    void pickerWarningWaitsForAPause();
    void pickersIgnoreAccents();
    // Only with CLOCKODO_SCREENSHOT_DIR set: the screen with the start dialog, the tray menu and the Help list.
    void screenshots();

private:
    bool act(const std::function<void()>& action);
    void activate();
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QList<FakeClockodoServer::LoggedRequest> clockStarts() const;
    int selectRowWithText(const QString& text);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AccountData> m_accountData;
    std::unique_ptr<MasterData> m_master;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<MainWindow> m_window;
    Stopwatch* m_sw = nullptr;
    QString m_accountKey;
    Catalog m_catalog;
};

void TestFastPaths::init()
{
    QVERIFY(startFakeServer(T0));
    m_catalog = seedCatalog(3, 7);
    // Recent work: two tasks yesterday, one this morning (in the window's week).
    m_server->addTimeEntry(m_catalog.atelier, 0, m_catalog.development, T0.addDays(-1), T0.addDays(-1).addSecs(3600),
                           QStringLiteral("Skizzen"), 0);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addDays(-1).addSecs(3600),
                           T0.addDays(-1).addSecs(5400), QStringLiteral("Angebot"), 1);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, T0.addSecs(-7200), T0.addSecs(-3600),
                           QStringLiteral("Abstimmung Startseite"), 1);

    m_clock = std::make_unique<ManualClock>(T0);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
    m_accountData = std::make_unique<AccountData>(m_api.get());
    m_master = std::make_unique<MasterData>(m_accountData.get());
    m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get(), nullptr, m_accountData.get());
    m_session->setSettings(m_settings.get());
    m_sw = m_session->stopwatch();
    m_tray = std::make_unique<TrayController>(m_session.get(), m_settings.get());

    QSignalSpy loaded(m_master.get(), &MasterData::loaded);
    QSignalSpy recent(m_session->recentTasks(), &RecentTasks::changed);
    QSignalSpy synced(m_sw, &Stopwatch::synced);
    m_master->load();
    m_session->start(false);
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1 && recent.count() >= 1 && m_accountData->hasUser(), 20000);
    m_accountKey = AccountData::keyFor(m_api->baseUrl(), m_accountData->user().id);
    QVERIFY(!m_accountData->bindAccount(m_accountKey)); // the data were read with these credentials: kept

    m_window = std::make_unique<MainWindow>();
    m_window->setConnectionText(m_server->email(), true);
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_window->setStopwatchSession(m_session.get());
    m_server->clearRequestLog();
}

void TestFastPaths::cleanup()
{
    closeTopLevelDialogs();
    m_window.reset();
    m_tray.reset();
    m_session.reset();
    m_master.reset();
    m_accountData.reset();
    stopFakeServer();
    m_settings.reset();
    m_dir.reset();
    m_clock.reset();
    m_sw = nullptr;
}

bool TestFastPaths::act(const std::function<void()>& action)
{
    QSignalSpy ok(m_sw, &Stopwatch::actionSucceeded);
    QSignalSpy failed(m_sw, &Stopwatch::actionFailed);
    action();
    return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000) && ok.count() == 1;
}

void TestFastPaths::activate()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->entryModel()->hasQuery() && !m_window->entryModel()->isLoading(), 20000);
}

void TestFastPaths::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

QList<FakeClockodoServer::LoggedRequest> TestFastPaths::clockStarts() const
{
    return loggedRequests("POST", QStringLiteral("/api/v2/clock"));
}

int TestFastPaths::selectRowWithText(const QString& text)
{
    EntryTableView* view = m_window->entryView();
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, EntryTableModel::DescriptionColumn);
        if (index.data().toString() == text) {
            view->setFocus();
            view->selectOnly(index);
            return row;
        }
    }
    return -1;
}

void TestFastPaths::everyActionByItsKeys()
{
    activate();
    m_window->entryView()->setFocus();

    // Ctrl+T with the clock stopped: the start dialog.
    key(Qt::Key_T, Qt::ControlModifier);
    QuickStartDialog* start = nullptr;
    QTRY_VERIFY((start = findTopLevel<QuickStartDialog>()) != nullptr);
    QCOMPARE(start->windowTitle(), QStringLiteral("Start new task"));
    start->reject();
    closeTopLevelDialogs();
    activate();

    // Ctrl+Shift+C continues the last task.
    QVERIFY(act([this] { key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier); }));
    QCOMPARE(clockStarts().size(), 1);
    QVERIFY(m_sw->isRunning());
    QCOMPARE(m_sw->running()->text, QStringLiteral("Abstimmung Startseite"));

    // Ctrl+Shift+T while it runs: the switch dialog.
    key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((start = findTopLevel<QuickStartDialog>()) != nullptr);
    QCOMPARE(start->windowTitle(), QStringLiteral("Switch task"));
    start->reject();
    closeTopLevelDialogs();
    activate();

    // Ctrl+T while it runs stops it.
    QVERIFY(act([this] { key(Qt::Key_T, Qt::ControlModifier); }));
    QVERIFY(!m_sw->isRunning());
    QCOMPARE(loggedRequests("DELETE", QStringLiteral("/api/v2/clock")).size(), 1);

    // The entry keys: Ins / Ctrl+N new, Enter edit, Ctrl+D duplicate, Del delete.
    m_window->refreshEntries();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->entryModel()->isLoading(), 20000);
    for (const QKeyCombination& combination :
         { QKeyCombination(Qt::Key_Insert), QKeyCombination(Qt::ControlModifier, Qt::Key_N) }) {
        m_window->entryView()->setFocus();
        key(combination.key(), combination.keyboardModifiers());
        QTRY_VERIFY(m_window->currentDialog() && m_window->currentDialog()->isVisible());
        QCOMPARE(m_window->currentDialog()->mode(), EntryEditDialog::Mode::Create);
        m_window->currentDialog()->reject();
        QTRY_VERIFY(!m_window->currentDialog() || !m_window->currentDialog()->isVisible());
        activate();
    }
    QVERIFY(selectRowWithText(QStringLiteral("Abstimmung Startseite")) >= 0);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_window->currentDialog() && m_window->currentDialog()->isVisible());
    QCOMPARE(m_window->currentDialog()->mode(), EntryEditDialog::Mode::Edit);
    m_window->currentDialog()->reject();
    QTRY_VERIFY(!m_window->currentDialog() || !m_window->currentDialog()->isVisible());
    activate();
    QVERIFY(selectRowWithText(QStringLiteral("Abstimmung Startseite")) >= 0);
    key(Qt::Key_D, Qt::ControlModifier);
    QTRY_VERIFY(m_window->currentDialog() && m_window->currentDialog()->isVisible());
    QVERIFY(m_window->currentDialog()->mode() == EntryEditDialog::Mode::Create);
    m_window->currentDialog()->reject();
    QTRY_VERIFY(!m_window->currentDialog() || !m_window->currentDialog()->isVisible());
    activate();
    QVERIFY(selectRowWithText(QStringLiteral("Abstimmung Startseite")) >= 0);
    key(Qt::Key_Delete);
    QTRY_VERIFY(m_window->deleteConfirmation() && m_window->deleteConfirmation()->isVisible());
    m_window->deleteConfirmation()->reject();
    QTRY_VERIFY(!m_window->deleteConfirmation() || !m_window->deleteConfirmation()->isVisible());
    activate();

    // The range: Alt+Left, Alt+Right, Alt+Home; Ctrl+F filters.
    const DateRange week = m_window->range();
    m_window->entryView()->setFocus();
    key(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->range().first(), week.first().addDays(-7));
    key(Qt::Key_Left, Qt::AltModifier);
    key(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->range().first(), week.first().addDays(-7));
    key(Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(m_window->range().first(), week.first());
    key(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->filterBar()->isVisible());

    // F1: the list of keys.
    key(Qt::Key_F1);
    QTRY_VERIFY(m_window->findChild<ShortcutsDialog*>() && m_window->findChild<ShortcutsDialog*>()->isVisible());
}

void TestFastPaths::helpListsEveryShortcut()
{
    activate();
    auto* help = child<QAction>(m_window.get(), "keyboardShortcutsAction");
    help->trigger();
    auto* dialog = m_window->findChild<ShortcutsDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    const QStringList listed = dialog->listedKeys();
    // Every action of the window with a key, wherever it lives (menus, the window, the table, the strip).
    QList<QAction*> actions = m_window->findChildren<QAction*>();
    actions += m_window->actions();
    for (const QWidget* widget : m_window->findChildren<QWidget*>())
        actions += widget->actions();
    int checked = 0;
    for (const QAction* action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        ++checked;
        QVERIFY2(listed.contains(ShortcutsDialog::keysText(action)),
                 qPrintable(action->text() + QStringLiteral(": ") + ShortcutsDialog::keysText(action)));
    }
    QVERIFY(checked >= 18);
    for (const char* keys : { "Ctrl+T", "Ctrl+Shift+T", "Ctrl+Shift+C", "Ins, Ctrl+N", "Ctrl+D", "Del", "Ctrl+F",
                              "Alt+Home", "Alt+Left", "Alt+Right", "F1" })
        QVERIFY2(listed.contains(QLatin1String(keys)), keys);
    // The keys are in the actions' tooltips too.
    QCOMPARE(child<QAction>(m_window.get(), "startStopAction")->toolTip(), QStringLiteral("Start the clock (Ctrl+T)"));
    QCOMPARE(m_window->clockActions()->continueAction()->toolTip(),
             QStringLiteral("Continue last task (Ctrl+Shift+C)"));
}

void TestFastPaths::startDialogOffersRecentTasksFirst()
{
    QPointer<QuickStartDialog> dialog = QuickStartDialog::showFor(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QApplication::setActiveWindow(dialog);
    QTRY_COMPARE(QApplication::activeWindow(), dialog.data());
    // Newest first, numbered for Alt+1…; the list comes before the pickers.
    QCOMPARE(dialog->quickTasks().size(), 3);
    QCOMPARE(dialog->recentList()->item(0)->text(),
             QStringLiteral("1   Bäckerei Sonnenschein · Beratung — Abstimmung Startseite"));
    QCOMPARE(dialog->recentList()->item(2)->text(), QStringLiteral("3   Atelier Lumière · Développement — Skizzen"));
    QVERIFY(dialog->recentList()->geometry().top() < dialog->picker()->geometry().top());

    // One keystroke, wherever the focus is: Alt+3 starts "Skizzen".
    QVERIFY(dialog->picker()->customerBox()->hasFocus() || dialog->focusWidget());
    QVERIFY(act([dialog] { QTest::keyClick(dialog->focusWidget(), Qt::Key_3, Qt::AltModifier); }));
    const auto starts = clockStarts();
    QCOMPARE(starts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(starts.at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("customers_id")).toInteger(), m_catalog.atelier);
    QCOMPARE(body.value(QStringLiteral("services_id")).toInteger(), m_catalog.development);
    QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("Skizzen"));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!dialog);

    // Pinned from the dialog, the task comes first (★) the next time.
    dialog = QuickStartDialog::showFor(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const int angebot = 1;
    QCOMPARE(dialog->quickTasks().at(angebot).text, QStringLiteral("Angebot"));
    dialog->togglePinned(angebot);
    QVERIFY(m_session->favourites()->isPinned(dialog->quickTasks().at(0)));
    QCOMPARE(dialog->recentList()->item(0)->text(), QStringLiteral("1   ★ Bäckerei Sonnenschein · Beratung — Angebot"));
    // In the list itself the digit alone is enough.
    dialog->recentList()->setFocus();
    QVERIFY(act([dialog] { QTest::keyClick(dialog->recentList(), Qt::Key_1); }));
    const QJsonObject second = QJsonDocument::fromJson(clockStarts().last().body).object();
    QCOMPARE(second.value(QStringLiteral("text")).toString(), QStringLiteral("Angebot"));
}

void TestFastPaths::continueThisTaskFromTheRowMenu()
{
    activate();
    QAction* continueRow = m_window->clockActions()->continueRowAction();
    QVERIFY(m_window->entryView()->actions().contains(continueRow)); // in the row context menu
    QVERIFY(m_window->entryView()->contextMenuPolicy() == Qt::ActionsContextMenu);
    m_window->entryView()->clearSelection();
    m_window->entryView()->setCurrentIndex(QModelIndex());
    QVERIFY(!continueRow->isEnabled());
    QVERIFY(selectRowWithText(QStringLiteral("Abstimmung Startseite")) >= 0);
    QTRY_VERIFY(continueRow->isEnabled());
    QCOMPARE(continueRow->text(), QStringLiteral("C&ontinue this task"));
    QVERIFY(act([continueRow] { continueRow->trigger(); }));
    const auto starts = clockStarts();
    QCOMPARE(starts.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(starts.at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("customers_id")).toInteger(), m_catalog.bakery);
    QCOMPARE(body.value(QStringLiteral("services_id")).toInteger(), m_catalog.consulting);
    QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("Abstimmung Startseite"));
    QVERIFY(m_sw->isRunning());
}

void TestFastPaths::pinnedTasksTopTheTrayMenuPerAccount()
{
    const auto indexIn = [this](QAction* action) {
        return m_tray->menu()->actions().indexOf(action);
    };
    m_tray->updateNow();
    for (QAction* pinned : m_tray->pinnedActions())
        QVERIFY(!pinned->isVisible());
    QCOMPARE(m_tray->recentActions().at(0)->text(), QStringLiteral("Bäckerei Sonnenschein · Beratung — Angebot"));
    QCOMPARE(m_tray->recentActions().at(1)->text(), QStringLiteral("Atelier Lumière · Développement — Skizzen"));

    // Pinned from the tray's "Pin tasks" list: Skizzen moves to the top, above Continue and the recent tasks.
    QAction* pinSkizzen = nullptr;
    for (QAction* toggle : m_tray->pinToggleActions()) {
        if (toggle->isVisible() && toggle->text().endsWith(QStringLiteral("Skizzen")))
            pinSkizzen = toggle;
    }
    QVERIFY(pinSkizzen && !pinSkizzen->isChecked() && pinSkizzen->isEnabled());
    pinSkizzen->trigger();
    QAction* top = m_tray->pinnedActions().at(0);
    QVERIFY(top->isVisible());
    QCOMPARE(top->text(), QStringLiteral("★ Atelier Lumière · Développement — Skizzen"));
    QVERIFY(indexIn(top) < indexIn(m_tray->continueAction()));
    QVERIFY(indexIn(m_tray->continueAction()) < indexIn(m_tray->recentActions().at(0)));
    QCOMPARE(m_tray->recentActions().at(0)->text(), QStringLiteral("Bäckerei Sonnenschein · Beratung — Angebot"));
    QVERIFY(!m_tray->recentActions().at(1)->isVisible()); // Skizzen is not listed twice

    // Pinned from the table's context menu: second.
    activate();
    QVERIFY(selectRowWithText(QStringLiteral("Abstimmung Startseite")) >= 0);
    QAction* pinRow = m_window->clockActions()->pinRowAction();
    QVERIFY(m_window->entryView()->actions().contains(pinRow));
    QTRY_VERIFY(pinRow->isEnabled());
    pinRow->trigger();
    QCOMPARE(m_tray->pinnedActions().at(1)->text(),
             QStringLiteral("★ Bäckerei Sonnenschein · Beratung — Abstimmung Startseite"));
    QCOMPARE(pinRow->text(), QStringLiteral("&Unpin this task"));

    // A pinned task starts with one click.
    QVERIFY(act([top] { top->trigger(); }));
    QCOMPARE(QJsonDocument::fromJson(clockStarts().last().body).object().value(QStringLiteral("text")).toString(),
             QStringLiteral("Skizzen"));

    // Unpinned (checked toggle in the tray), it goes back among the recent tasks.
    QAction* unpin = nullptr;
    for (QAction* toggle : m_tray->pinToggleActions()) {
        if (toggle->isVisible() && toggle->isChecked() && toggle->text().endsWith(QStringLiteral("Startseite")))
            unpin = toggle;
    }
    QVERIFY(unpin);
    unpin->trigger();
    QVERIFY(!m_tray->pinnedActions().at(1)->isVisible());
    QCOMPARE(m_session->favourites()->tasks().size(), 1);

    // Kept per account: another account sees none of them, and the first one finds its own again.
    QVERIFY(!m_settings->pinnedTasks(m_accountKey).isEmpty());
    const QString other = AccountData::keyFor(QUrl(QStringLiteral("https://other.example/api")), 7);
    QVERIFY(m_accountData->bindAccount(other));
    QVERIFY(m_session->favourites()->tasks().isEmpty());
    m_tray->updateNow();
    for (QAction* pinned : m_tray->pinnedActions())
        QVERIFY(!pinned->isVisible() && pinned->text().isEmpty());
    QVERIFY(m_settings->pinnedTasks(other).isEmpty());
    QVERIFY(m_accountData->bindAccount(m_accountKey));
    QCOMPARE(m_session->favourites()->tasks().size(), 1);
    QCOMPARE(m_session->favourites()->tasks().at(0).text, QStringLiteral("Skizzen"));
    // Signed out: nothing shown, nothing can be pinned.
    m_accountData->bindAccount(QString());
    QVERIFY(m_session->favourites()->tasks().isEmpty());
    Entry task;
    task.customersId = m_catalog.bakery;
    QVERIFY(!m_session->favourites()->canPin(task));
}

void TestFastPaths::pickerWarningWaitsForAPause()
{
    // The entry dialog: nothing while typing, the warning after the pause (on the ManualClock) or on leaving.
    EntryEditDialog dialog(m_master.get(), m_clock.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* customer = child<PickerComboBox>(&dialog, "customerComboBox");
    auto* label = child<QLabel>(&dialog, "customerErrorLabel");
    customer->lineEdit()->setFocus();
    typeText(customer->lineEdit(), QStringLiteral("bäck"));
    QVERIFY(!dialog.fieldError(EntryEditDialog::Field::Customer).isEmpty()); // Save knows
    QVERIFY(label->text().isEmpty());
    QVERIFY(!dialog.typingPause() || dialog.typingPause()->isTyping(customer));
    m_clock->advanceMs(TypingPause::PauseMs - 100);
    dialog.typingPause()->check();
    QVERIFY(label->text().isEmpty());
    m_clock->advanceMs(100);
    dialog.typingPause()->check();
    QCOMPARE(label->text(), QStringLiteral("⚠ “bäck” is not a customer you can choose."));
    // Typing again hides it; leaving the field shows it at once.
    typeText(customer->lineEdit(), QStringLiteral("x"));
    QVERIFY(label->text().isEmpty());
    if (customer->completer()->popup()->isVisible())
        customer->completer()->popup()->hide();
    emit customer->lineEdit()->editingFinished();
    QVERIFY(!label->text().isEmpty());
    dialog.reject();

    // The start dialog's problem line alike.
    QuickStartDialog* start = QuickStartDialog::showFor(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(start));
    QApplication::setActiveWindow(start);
    auto* problem = child<QLabel>(start, "problemLabel");
    QComboBox* box = start->picker()->customerBox();
    box->lineEdit()->setFocus();
    box->lineEdit()->selectAll();
    typeText(box->lineEdit(), QStringLiteral("zz"));
    QVERIFY(!start->startButton()->isEnabled());
    QVERIFY(problem->text().isEmpty());
    m_clock->advanceMs(TypingPause::PauseMs);
    start->picker()->typingPause()->check();
    QCOMPARE(problem->text(), QStringLiteral("Choose a customer."));
}

void TestFastPaths::pickersIgnoreAccents()
{
    EntryEditDialog dialog(m_master.get(), m_clock.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* customer = child<PickerComboBox>(&dialog, "customerComboBox");
    customer->lineEdit()->setFocus();
    typeText(customer->lineEdit(), QStringLiteral("lumiere"));
    QCompleter* completer = customer->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Atelier Lumière"));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(customer->currentId(), m_catalog.atelier);
    // Enter without the list takes the first folded match.
    customer->setCurrentId(0);
    customer->lineEdit()->setFocus();
    typeText(customer->lineEdit(), QStringLiteral("back"));
    if (completer->popup()->isVisible())
        completer->popup()->hide();
    QTest::keyClick(customer->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(customer->currentId(), m_catalog.bakery);
    dialog.reject();

    // The start dialog's pickers.
    QuickStartDialog* start = QuickStartDialog::showFor(m_session.get());
    QVERIFY(QTest::qWaitForWindowExposed(start));
    QComboBox* box = start->picker()->customerBox();
    box->completer()->setCompletionPrefix(QStringLiteral("lumiere"));
    QCOMPARE(box->completer()->completionCount(), 1);
    QCOMPARE(box->completer()->currentCompletion(), QStringLiteral("Atelier Lumière"));
    box->completer()->setCompletionPrefix(QStringLiteral("BACK"));
    QCOMPARE(box->completer()->currentCompletion(), QStringLiteral("Bäckerei Sonnenschein"));
}

void TestFastPaths::screenshots()
{
    const QString dir = qEnvironmentVariable("CLOCKODO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CLOCKODO_SCREENSHOT_DIR is not set");
    LanguageManager languages;
    QVERIFY(act([this] { m_sw->start(Stopwatch::startRequestFor(m_session->recentTasks()->tasks().at(0))); }));
    m_session->favourites()->pin(m_session->recentTasks()->tasks().at(2));
    m_window->resize(1100, 700);
    m_window->move(0, 40);
    activate();
    const auto shoot = [&dir](const QString& name) {
        QCoreApplication::processEvents();
        QTest::qWait(300); // (only here: let the X server draw before the grab)
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + name));
    };
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }) {
        languages.setLanguage(language);
        QCoreApplication::processEvents();
        QPointer<QuickStartDialog> start = QuickStartDialog::showFor(m_session.get(), m_window.get());
        start->move(150, 120);
        QVERIFY(QTest::qWaitForWindowExposed(start));
        shoot(QStringLiteral("start-dialog-%1.png").arg(language));
        start->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_tray->updateNow();
        m_tray->menu()->popup(QPoint(700, 60));
        QVERIFY(QTest::qWaitForWindowExposed(m_tray->menu()));
        shoot(QStringLiteral("tray-menu-%1.png").arg(language));
        m_tray->menu()->hide();
        ShortcutsDialog* help = ShortcutsDialog::showFor(m_window.get());
        help->move(300, 60);
        QVERIFY(QTest::qWaitForWindowExposed(help));
        shoot(QStringLiteral("shortcuts-%1.png").arg(language));
        help->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestFastPaths)
#include "tst_fastpaths.moc"
