// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/mainwindow.h"

#include "api/apiclient.h"
#include "core/platform/dateformats.h"
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/clock.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/mainwindow/bannertopics.h"
#include "gui/mainwindow/clockactions.h"
#include "gui/mainwindow/deleteconfirmation.h"
#include "gui/mainwindow/entrycolumnmenu.h"
#include "gui/mainwindow/entrycsvfile.h"
#include "gui/mainwindow/entrydialoglauncher.h"
#include "gui/mainwindow/entryfilterbar.h"
#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/entryundocontroller.h"
#include "gui/mainwindow/errorbanner.h"
#include "gui/mainwindow/exportcontroller.h"
#include "gui/mainwindow/hourschartwidget.h"
#include "gui/mainwindow/mainwindowactions.h"
#include "gui/mainwindow/mainwindowchrome.h"
#include "gui/mainwindow/mainwindowstatus.h"
#include "gui/mainwindow/rangebar.h"
#include "gui/mainwindow/reportdock.h"
#include "gui/mainwindow/reportview.h"
#include "gui/mainwindow/shortcutsdialog.h"
#include "gui/mainwindow/stopwatchwidget.h"
#include "gui/mainwindow/timezonelabel.h"
#include "gui/mainwindow/todayinview.h"
#include "gui/mainwindow/windowplacement.h"
#include "models/daygroupproxymodel.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "models/reportmodel.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcMainWindow, "clockodo.gui.mainwindow", QtInfoMsg)

using BannerTopic = BannerTopics::Topic;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_clock(Clock::system())
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    // The OS zone only until the account's is known (setDataSources, applyUser).
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_range = DateRange::week(DateRange::localDate(m_clock->nowUtc(), zone), zone, true);
    buildUi();
    createActions();
    connectUi();
    // As large as the screen's free area allows (nothing under a panel, the status line in view).
    WindowPlacement::applyDefault(this);
    retranslate();
    updateRangeTexts();
    updateEmptyState();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Destroying the window hides the dock: that is not the user closing the report.
    m_reportDock->forgetSettings();
}

void MainWindow::setSettings(Settings* settings)
{
    m_reportDock->setSettings(settings);
    m_view->columnMenu()->setSettings(settings);
}

// --- building -----------------------------------------------------------------------------------------------

void MainWindow::buildUi()
{
    // The layout is ui/mainwindow.ui; here what a form cannot say.
    m_ui->setupUi(this);
    m_view = m_ui->entryTableView;
    m_chart = m_ui->hoursChart;
    m_banner = m_ui->errorBanner;
    m_filterBar = m_ui->entryFilterBar;
    m_entryDialogs = new EntryDialogLauncher(this);
    connect(m_entryDialogs, &EntryDialogLauncher::saved, this, &MainWindow::entrySaved);
    m_undo = new EntryUndoController(this, m_ui->centralWidget, m_ui->entriesMenu);
    connect(m_entryDialogs, &EntryDialogLauncher::edited, m_undo, &EntryUndoController::entryEdited);
    connect(m_undo, &EntryUndoController::restored, this, [this](const QList<qint64>& ids) {
        if (!ids.isEmpty())
            selectEntry(ids.first());
        emit entriesChanged();
    });
    m_exportController = new ExportController(this);
    m_ui->fileMenu->addAction(m_exportController->action());
    m_reportDock = new ReportDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_reportDock);
    // What the window needs beside the report: the range's row with its whole title, the table without a scrollbar.
    m_reportDock->setCentralNeed([this] {
        const QMargins margins = m_ui->centralWidget->layout()->contentsMargins();
        const int navigation = m_ui->navigationLayout->sizeHint().width() + m_ui->rangeBar->titleWidth();
        return std::max(navigation, m_view->neededWidth()) + margins.left() + margins.right();
    });
    m_reportDock->hide(); // the table keeps its width; View > Report opens it
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addAction(m_reportDock->toggleViewAction());
    // Opening the report takes room from the table, never from the screen: the window stays on its free area.
    connect(m_reportDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && isVisible())
            QMetaObject::invokeMethod(
                this, [this] { WindowPlacement::keepOnScreen(this); }, Qt::QueuedConnection);
    });
    m_ui->stopwatchContainer->hide(); // until setStopwatchWidget
    m_filterBar->hide();

    m_status = new MainWindowStatus(statusBar());
    m_zoneLabel = m_status->zoneLabel();
    m_bannerTopics = new BannerTopics(m_banner);
    connect(m_bannerTopics, &BannerTopics::retryRequested, this, &MainWindow::retryBannerTopics);
}

void MainWindow::connectUi()
{
    RangeBar* rangeBar = m_ui->rangeBar;
    connect(rangeBar, &RangeBar::previousRequested, this, &MainWindow::showPrevious);
    connect(rangeBar, &RangeBar::nextRequested, this, &MainWindow::showNext);
    connect(rangeBar, &RangeBar::todayRequested, this, &MainWindow::showToday);
    connect(rangeBar, &RangeBar::periodRequested, this, &MainWindow::setPeriod);
    connect(rangeBar, &RangeBar::customRangeEdited, this,
            [this](QDate first, QDate last) { setRange(DateRange::custom(first, last, m_range.timeZone())); });
    connect(m_chart, &HoursChartWidget::dayClicked, this, &MainWindow::scrollToDay);
    connect(m_filterBar, &EntryFilterBar::closeRequested, this, [this] {
        m_filterBar->hide();
        m_view->setFocus();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_filterBar->clearFilters();
        m_filterBar->hide();
        m_view->setFocus();
    });
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::editCurrent);
    connect(m_ui->filterButton, &QToolButton::clicked, this, [this] {
        if (m_filterBar->isVisible()) {
            m_filterBar->clearFilters();
            m_filterBar->hide();
        } else {
            showFilter();
        }
    });
}

void MainWindow::createActions()
{
    // The actions are in the form; here their icons and the shortcuts a form cannot say.
    MainWindowChrome::apply(m_ui.get(), this);
    m_helpMenu = MainWindowChrome::addHelpMenu(m_ui.get(), this);
    connect(m_helpMenu->actions().constFirst(), &QAction::triggered, this, [this] { ShortcutsDialog::showFor(this); });
    m_actions = new MainWindowActions(m_ui.get(), this, m_view);
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        if (m_masterData)
            m_masterData->refresh();
        refreshEntries();
    });
    connect(m_exportController->action(), &QAction::triggered, this,
            [this] { m_exportController->chooseFile(m_range.first(), m_range.last()); });
    m_ui->rangeBar->setShortcuts(m_actions->previous->shortcut(), m_actions->next->shortcut(),
                                 m_actions->today->shortcut());
}

void MainWindow::setApplicationActions(const QList<QAction*>& actions)
{
    m_ui->fileMenu->clear();
    m_ui->fileMenu->addAction(m_exportController->action());
    m_ui->fileMenu->addSeparator();
    for (QAction* action : actions) {
        if (action)
            m_ui->fileMenu->addAction(action);
        else
            m_ui->fileMenu->addSeparator();
    }
}

void MainWindow::retranslate()
{
    // Ends with the application's name, so that the platform does not append it a second time.
    setWindowTitle(m_demo ? tr("Demo — clockodo-desktop") : tr("clockodo-desktop"));
    m_reportDock->retranslate();
    m_status->retranslate();

    m_ui->filterButton->setToolTip(
        tr("Filter the entries (%1)").arg(m_actions->filter->shortcut().toString(QKeySequence::NativeText)));
    MainWindowChrome::retranslateHelpMenu(m_helpMenu);
    for (const ShortcutsDialog::Item& item : ShortcutsDialog::collect(this))
        ShortcutsDialog::applyToolTip(item.action);
    updateRangeTexts();
    updateEmptyState();
    updateTotals();
    m_zoneLabel->showZoneOf(m_masterData);
}

// --- wiring -------------------------------------------------------------------------------------------------

void MainWindow::setConnectionText(const QString& email, bool demo)
{
    m_demo = demo;
    m_status->setConnection(email, demo);
    retranslate();
}

void MainWindow::setStopwatchWidget(QWidget* widget)
{
    if (m_stopwatchWidget == widget)
        return;
    if (m_stopwatchWidget) {
        m_ui->stopwatchLayout->removeWidget(m_stopwatchWidget);
        m_stopwatchWidget->hide();
        m_stopwatchWidget->setParent(nullptr);
        m_stopwatchWidget->deleteLater();
    }
    m_stopwatchWidget = widget;
    if (widget) {
        m_ui->stopwatchLayout->addWidget(widget);
        widget->show();
    }
    m_ui->stopwatchContainer->setVisible(widget != nullptr);
}

void MainWindow::setStopwatchSession(StopwatchSession* session)
{
    if (m_clockActions)
        return;
    auto* strip = new StopwatchWidget(session);
    setStopwatchWidget(strip);
    m_clockActions = new ClockActions(session, this);
    menuBar()->insertMenu(m_ui->entriesMenu->menuAction(), m_clockActions->menu());
    addActions(m_clockActions->windowActions());
    m_view->addActions(m_clockActions->rowActions());
    strip->setShortcuts(m_clockActions->startStopAction()->shortcut(), m_clockActions->switchAction()->shortcut());
    updateActions();
}

void MainWindow::setDataSources(ApiClient* api, MasterData* masterData, Clock* clock)
{
    // Once per window: the entry models below are the window's children; masterData stays its owner's.
    if (m_model) {
        qCWarning(lcMainWindow) << "the data sources are set already";
        return;
    }
    m_api = api;
    m_masterData = masterData;
    m_clock = clock ? clock : Clock::system();

    m_model = new EntryTableModel(api, m_clock, this);
    m_model->setMasterData(masterData);
    m_entryDialogs->setSources(m_model, masterData, m_clock);
    m_undo->setSources(api, m_model, masterData ? masterData->account() : nullptr);
    m_exportController->setAccount(masterData ? masterData->account() : nullptr);
    m_proxy = new EntryFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    if (!masterData || !masterData->hasUser()) {
        // Today by the clock given (until the user's zone and week start are known).
        const QTimeZone zone = masterData ? masterData->timeZone() : QTimeZone::systemTimeZone();
        m_range = DateRange::forPeriod(m_range.period(), DateRange::localDate(m_clock->nowUtc(), zone), zone,
                                       m_range.weekstartMonday());
    }
    m_totals = new DayTotalsModel(m_clock, this);
    m_totals->setSourceModel(m_proxy);
    m_totals->setRange(m_range);
    connect(m_model, &EntryTableModel::rowsExpected, m_totals, &DayTotalsModel::reserve);
    m_report = new ReportModel(m_clock, this);
    m_report->setSourceModel(m_proxy);
    m_report->setRange(m_range);
    connect(m_model, &EntryTableModel::loadingChanged, m_report, &ReportModel::setSourceLoading);
    m_reportDock->view()->setModel(m_report);
    if (AccountData* account = masterData ? masterData->account() : nullptr) {
        const auto applyCurrency = [this](const QString& currency) {
            m_model->setCurrency(currency);
            m_report->setCurrency(currency);
        };
        applyCurrency(account->currency());
        connect(account, &AccountData::currencyChanged, this, applyCurrency);
    }
    // The table shows the entries grouped by day, a header row with the day's total above each day.
    m_groups = new DayGroupProxyModel(this);
    m_groups->setDayTotals(m_totals);
    m_groups->setSourceModel(m_proxy);
    m_view->setModel(m_groups);
    m_todayInView = new TodayInView(m_view, m_model, this);
    m_view->sortByColumn(EntryTableModel::DateColumn, Qt::AscendingOrder);
    m_chart->setModel(m_totals);
    m_filterBar->setModels(m_proxy, masterData);

    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(EntryTableModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->fitColumns();

    connectModels();

    if (masterData)
        connectMasterData(masterData);
    updateTicking();
    updateEmptyState();
    updateActions();
}

// The window follows its entry models: loading state, failures, deletions, emptiness, totals, selection.
void MainWindow::connectModels()
{
    connect(m_model, &EntryTableModel::loadingChanged, this, [this](bool loading) {
        m_status->setLoading(loading);
        updateEmptyState();
    });
    connect(m_model, &EntryTableModel::pageLoaded, m_status, &MainWindowStatus::setPage);
    connect(m_model, &EntryTableModel::loadFinished, this, [this] { m_bannerTopics->clear(BannerTopic::Load); });
    connect(m_model, &EntryTableModel::loadFailed, this, [this](const ApiError& error) {
        m_bannerTopics->show(BannerTopic::Load, tr("The entries could not be loaded. %1").arg(error.message()), true);
    });
    connect(m_model, &EntryTableModel::deleteFinished, this,
            [this](const QList<qint64>& deleted, const QList<qint64>& failed, const ApiError& error) {
                m_failedDeletes = failed;
                if (!failed.isEmpty()) {
                    m_bannerTopics->show(
                        BannerTopic::Delete,
                        //: %1 is the reason (a sentence from Clockodo)
                        tr("%n entries could not be deleted. %1", nullptr, int(failed.size())).arg(error.message()),
                        true);
                } else {
                    m_bannerTopics->clear(BannerTopic::Delete);
                }
                if (!deleted.isEmpty()) {
                    statusBar()->showMessage(tr("Deleted %n entries.", nullptr, int(deleted.size())), 5000);
                    emit entriesChanged();
                }
                updateActions();
            });
    for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(m_proxy) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyState);
    }
    connect(m_proxy, &EntryFilterProxyModel::serverFiltersChanged, this, &MainWindow::reload);
    connect(m_proxy, &EntryFilterProxyModel::filtersChanged, this, &MainWindow::updateEmptyState);
    connect(m_totals, &DayTotalsModel::totalsChanged, this, &MainWindow::updateTotals);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    // A change of the filter reaches the view as a layout change, after which QItemSelectionModel drops the rows that
    // went without telling (no selectionChanged, no currentChanged).
    connect(m_groups, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateActions);
}

// Names, the user (time zone, week start) and the banner of the master data.
void MainWindow::connectMasterData(MasterData* masterData)
{
    connect(masterData, &MasterData::timeZoneChanged, this, &MainWindow::applyTimeZone);
    connect(masterData, &MasterData::userChanged, this, &MainWindow::applyUser);
    connect(masterData, &MasterData::loadFailed, this, [this](const ApiError& error) {
        m_bannerTopics->show(BannerTopic::MasterData,
                             tr("Customers, projects and services could not be loaded. %1").arg(error.message()), true);
    });
    connect(masterData, &MasterData::loaded, this, [this] { m_bannerTopics->clear(BannerTopic::MasterData); });
    if (masterData->hasUser())
        applyUser(masterData->user());
    masterData->load();
}

qint64 MainWindow::userId() const
{
    return m_masterData && m_masterData->hasUser() ? m_masterData->user().id : 0;
}

void MainWindow::applyTimeZone()
{
    // Every time shown is in the account's zone; the dates shown stay (applyUser moves to the user's today).
    const QTimeZone zone = m_masterData ? m_masterData->timeZone() : QTimeZone::systemTimeZone();
    if (m_model)
        m_model->setTimeZone(zone);
    if (m_range.timeZone() != zone) {
        m_range = m_range.period() == DateRange::Period::Custom
            ? DateRange::custom(m_range.first(), m_range.last(), zone)
            : DateRange::forPeriod(m_range.period(), m_range.first(), zone, m_range.weekstartMonday());
        if (m_totals)
            m_totals->setRange(m_range);
    }
    m_zoneLabel->showZoneOf(m_masterData);
}

void MainWindow::applyUser(const User& user)
{
    const QTimeZone zone = m_masterData ? m_masterData->timeZone() : DateRange::zoneFromId(user.timezone);
    const bool firstTime = !m_userApplied;
    m_userApplied = true;
    m_model->setTimeZone(zone);
    m_model->setTimeFormat12h(user.timeformat12h);
    const QDate todayInZone = DateRange::localDate(m_clock->nowUtc(), zone);
    if (firstTime) {
        m_range = DateRange::forPeriod(m_range.period(), todayInZone, zone, user.weekstartMonday);
    } else if (m_range.period() == DateRange::Period::Custom) {
        m_range = DateRange::custom(m_range.first(), m_range.last(), zone);
    } else {
        m_range = DateRange::forPeriod(m_range.period(), m_range.first(), zone, user.weekstartMonday);
    }
    m_zoneLabel->showZoneOf(m_masterData);
    reload();
}

// --- range --------------------------------------------------------------------------------------------------

QDate MainWindow::today() const
{
    return DateRange::localDate(m_clock->nowUtc(), m_range.timeZone());
}

void MainWindow::setRange(const DateRange& range)
{
    if (!range.isValid())
        return;
    m_range = range;
    reload();
}

void MainWindow::showPrevious()
{
    setRange(m_range.previous());
}

void MainWindow::showNext()
{
    setRange(m_range.next());
}

void MainWindow::showToday()
{
    setRange(m_range.containing(today()));
}

void MainWindow::setPeriod(DateRange::Period period)
{
    if (period == DateRange::Period::Custom) {
        DateRange custom = DateRange::custom(m_range.first(), m_range.last(), m_range.timeZone());
        setRange(custom);
        m_ui->rangeBar->focusFirstDay();
        return;
    }
    const QDate anchor = m_range.contains(today()) ? today() : m_range.first();
    setRange(DateRange::forPeriod(period, anchor, m_range.timeZone(), m_range.weekstartMonday()));
}

void MainWindow::setDeferLoadingWhileHidden(bool defer)
{
    m_deferWhileHidden = defer;
}

void MainWindow::reload()
{
    updateRangeTexts();
    if (!m_model)
        return;
    if (m_deferWhileHidden && !isVisible()) {
        // Nobody looks: fetch when the window opens (the tray keeps its own, smaller state).
        m_loadPending = true;
        return;
    }
    m_loadPending = false;
    m_totals->setRange(m_range);
    m_report->setRange(m_range);
    if (userId() <= 0) {
        updateEmptyState();
        return;
    }
    EntryQuery query;
    query.since = m_range.sinceUtc();
    query.until = m_range.untilUtc();
    query.usersId = userId();
    query.itemsPerPage = 1000;
    m_proxy->applyServerFilters(&query);
    m_todayInView->arm(m_range.contains(today()) ? today() : QDate());
    m_model->load(query);
    updateEmptyState();
    updateActions();
}

void MainWindow::refreshEntries()
{
    if (!m_model || userId() <= 0)
        return;
    if (m_deferWhileHidden && !isVisible()) {
        m_loadPending = true;
        return;
    }
    if (m_model->hasQuery() && m_model->query().since == m_range.sinceUtc()
        && m_model->query().until == m_range.untilUtc())
        m_model->refresh();
    else
        reload();
}

void MainWindow::updateRangeTexts()
{
    m_actions->previous->setText(RangeBar::previousText(m_range.period()));
    m_actions->next->setText(RangeBar::nextText(m_range.period()));
    m_ui->rangeBar->setRange(m_range, m_range.contains(today()));
}

void MainWindow::updateTotals()
{
    m_status->showTotal(m_range.period(), m_totals ? m_totals->totalSeconds() : 0,
                        m_totals ? m_totals->totalBookedSeconds() : 0);
}

// --- empty state, banner, actions ---------------------------------------------------------------------------

QString MainWindow::emptyText() const
{
    return m_view->emptyText();
}

void MainWindow::updateEmptyState()
{
    QString text;
    if (!m_model) {
        text = tr("Not connected to Clockodo.");
    } else if (m_proxy->rowCount() == 0) {
        if (m_model->isLoading() || userId() <= 0)
            text = tr("Loading entries…");
        else if (m_proxy->hasFilter())
            text = tr("No entries match the filter.");
        else if (m_model->lastError().isError())
            text = tr("The entries could not be loaded.");
        else
            text = m_range.emptyText();
    }
    m_view->setEmptyText(text);
}

void MainWindow::retryBannerTopics(const QList<BannerTopic>& topics)
{
    for (const BannerTopic topic : topics) {
        switch (topic) {
        case BannerTopic::MasterData:
            if (m_masterData)
                m_masterData->refresh();
            break;
        case BannerTopic::Load:
            reload();
            break;
        case BannerTopic::Delete:
            performDelete(m_failedDeletes);
            break;
        case BannerTopic::Export:
            exportCsv();
            break;
        }
    }
}

void MainWindow::updateActions()
{
    const bool ready = m_model && userId() > 0;
    m_actions->update(ready, m_view->currentEntry().has_value(), !m_view->selectedIds().isEmpty(), m_model != nullptr);
    if (m_clockActions)
        m_clockActions->setRowEntry(m_view->currentEntry());
}

void MainWindow::updateTicking()
{
    if (m_model)
        m_model->setFastTicking(isVisible() && !isMinimized());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_loadPending)
        QMetaObject::invokeMethod(this, &MainWindow::refreshEntries, Qt::QueuedConnection);
    updateTicking();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    updateTicking();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (m_model)
            m_model->retranslate();
        if (m_totals)
            m_totals->retranslate();
        m_exportController->retranslate();
        m_undo->retranslate();
        if (m_clockActions)
            m_clockActions->retranslate();
        m_view->fitColumns();
    } else if (event->type() == QEvent::WindowStateChange) {
        updateTicking();
    }
    QMainWindow::changeEvent(event);
}

// --- selection ----------------------------------------------------------------------------------------------

void MainWindow::selectEntry(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_groups->mapFromSource(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
    if (!index.isValid())
        return;
    m_view->selectOnly(index);
}

void MainWindow::scrollToDay(QDate date)
{
    if (!m_groups || !date.isValid())
        return;
    if (m_view->showDay(date)) {
        m_view->setFocus();
        return;
    }
    statusBar()->showMessage(tr("No entries on %1.").arg(QLocale().toString(date, QLocale::LongFormat)), 4000);
}

// --- editing ------------------------------------------------------------------------------------------------

QDate MainWindow::dayForNewEntry() const
{
    if (const auto entry = m_view->currentEntry())
        return DateRange::localDate(entry->timeSince, m_range.timeZone());
    return m_range.contains(today()) ? today() : m_range.first();
}

EntryEditDialog* MainWindow::currentDialog() const
{
    return m_entryDialogs->currentDialog();
}

void MainWindow::newEntry(Entry::Type type)
{
    if (userId() <= 0)
        return;
    m_entryDialogs->openNew(type, dayForNewEntry(), m_range.timeZone());
}

void MainWindow::editCurrent()
{
    const auto entry = m_view->currentEntry();
    if (!entry || !m_masterData)
        return;
    m_entryDialogs->openEdit(*entry);
}

void MainWindow::duplicateCurrent()
{
    const auto entry = m_view->currentEntry();
    if (!entry || !m_masterData)
        return;
    m_entryDialogs->openDuplicate(*entry);
}

void MainWindow::entrySaved(const Entry& entry, bool created)
{
    m_model->upsertEntry(entry);
    selectEntry(entry.id);
    // The answer of POST/PUT has no names or revenue; the list has them (the saved entry's span of it).
    m_model->readBack({ entry });
    statusBar()->showMessage(created ? tr("Entry added.") : tr("Entry saved."), 4000);
    emit entriesChanged();
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.isEmpty() || !m_model)
        return;
    bool more = false;
    QStringList lines = DeleteConfirmation::lines(*m_model, ids, m_range.timeZone(), &more);
    if (more)
        lines.append(tr("… and %n more", nullptr, int(ids.size()) - 5));
    auto* box = new DeleteConfirmation(lines, int(ids.size()), DeleteConfirmation::countRunning(*m_model, ids), this);
    connect(box, &DeleteConfirmation::confirmed, this, [this, ids] { performDelete(ids); });
    m_confirmation = box;
    box->open();
}

void MainWindow::performDelete(const QList<qint64>& ids)
{
    if (ids.isEmpty() || !m_model)
        return;
    statusBar()->showMessage(tr("Deleting %n entries…", nullptr, int(ids.size())));
    m_undo->noteDeleting(ids);
    m_model->deleteEntries(ids);
}

// --- CSV ----------------------------------------------------------------------------------------------------

void MainWindow::exportCsv()
{
    if (!m_proxy)
        return;
    QFileDialog* dialog = EntryCsvFile::askForFile(this, m_range);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportCsvTo);
    dialog->open();
}

void MainWindow::exportCsvTo(const QString& path)
{
    if (!m_groups || path.isEmpty())
        return;
    EntryCsvFile::write(m_groups, path, this, [this, path](bool ok, const QString& error, int rows) {
        if (ok) {
            m_bannerTopics->clear(BannerTopic::Export);
            statusBar()->showMessage(
                tr("Exported %n entries to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)), 6000);
        } else {
            qCWarning(lcMainWindow) << "CSV export failed:" << error;
            m_bannerTopics->show(BannerTopic::Export, tr("The CSV file could not be written: %1").arg(error), true);
        }
        emit csvExported(path, ok);
    });
}

void MainWindow::showFilter()
{
    m_filterBar->show();
    m_filterBar->focusText();
}
