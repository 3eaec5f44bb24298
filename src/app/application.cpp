// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "api/apiclient.h"
#include "app/worktimewiring.h"
#include "core/activity/activitymonitor.h"
#include "core/activity/idletracker.h"
#include "core/cli/commandrunner.h"
#include "core/platform/autostart.h"
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include "core/cli/shortcutcommands.h"
#endif
#include "core/platform/singleinstance.h"
#include "core/session/accountcurrencyloader.h"
#include "core/session/accountdata.h"
#include "core/session/accountsession.h"
#include "core/session/credentialstore.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"
#include "core/tracking/demojournal.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlineuploader.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/dialogs/idlequestiondialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/dialogs/signindialog.h"
#include "gui/dialogs/waitinguploaddialog.h"
#include "gui/mainwindow/exportcontroller.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/stopwatchwidget.h"
#include "gui/mainwindow/windowplacement.h"
#include "gui/tray/traycontroller.h"
#include "models/masterdata.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>

Q_LOGGING_CATEGORY(lcApp, "clockodo.app", QtInfoMsg)

Application::Application(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    if (!options.configDir.isEmpty())
        Settings::setConfigDirectory(options.configDir);
    m_settings = new Settings(this);
    m_language = new LanguageManager(this);
    m_api = new ApiClient(this);
    m_accountData = new AccountData(m_api, this);
    new AccountCurrencyLoader(m_accountData); // owned by the account data
    m_masterData = new MasterData(m_accountData, this);
    m_credentials = new CredentialStore(this);
    m_account = new AccountSession(m_api, m_settings, m_credentials, this);
    m_autostart = Autostart::create();
    connect(m_language, &LanguageManager::languageChanged, m_api, &ApiClient::setLanguage);
    connect(m_settings, &Settings::changed, this, &Application::applySetting);
    applyLanguage();
}

Application::~Application()
{
    delete m_signIn;
    delete m_settingsDialog;
    delete m_mainWindow;
}

void Application::applyLanguage()
{
    m_language->setLanguage(m_settings->language());
    m_api->setLanguage(m_language->apiLanguage());
}

void Application::applySetting(const QString& key)
{
    // Contact e-mail and API URL are applied by AccountSession; poll interval, seconds and tooltip by the stopwatch
    // and the tray, which watch Settings themselves.
    if (key == Settings::Key::Language)
        applyLanguage();
}

bool Application::startDemoServer()
{
    if (m_demoServer)
        return true;
    m_demoServer = new FakeClockodoServer(this);
    if (!m_demoServer->listen()) {
        delete m_demoServer;
        m_demoServer = nullptr;
        QMessageBox::critical(nullptr, tr("clockodo-desktop"), tr("The demo server could not be started."));
        return false;
    }
    m_demoServer->seedDemoData();
    qCInfo(lcApp) << "demo server on" << m_demoServer->baseUrl().toString();
    return true;
}

void Application::startDemo()
{
    if (startDemoServer())
        m_account->startDemo(m_demoServer->baseUrl(), m_demoServer->email(), m_demoServer->apiKey());
}

bool Application::start()
{
    startStopwatch();

    connect(m_account, &AccountSession::needSignIn, this,
            [this](const QString& email, AccountSession::Reason reason) { showSignIn(email, int(reason)); });
    connect(m_account, &AccountSession::keychainProblem, this, [this](const QString& message) {
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Keychain unavailable"), message, QMessageBox::Ok, m_mainWindow);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_account, &AccountSession::stateChanged, this, [this] {
        if (m_account->isSignedIn())
            startWorking();
    });
    connect(m_account, &AccountSession::signedIn, this, &Application::onSignedIn);
    connect(m_account, &AccountSession::signedInAgain, this, [this] {
        // Whatever failed with the 401 is read again; open dialogs kept their input.
        m_session->refresh();
        m_masterData->refresh();
        if (m_mainWindow)
            m_mainWindow->refreshEntries();
    });
    connect(m_account, &AccountSession::signedOut, this, &Application::onSignedOut);
    connect(m_account, &AccountSession::userCheckFailed, m_accountData, &AccountData::userUnavailable);

    bool firstRun = false;
    if (m_options.demo) {
        startDemo();
    } else if (m_settings->effectiveAccountEmail().isEmpty()) {
        // First run without an account: the demo runs at once (everything can be tried), and the sign-in dialog
        // offers to connect a real account on top of it.
        startDemo();
        firstRun = true;
    } else {
        m_account->start();
    }

    if (!m_tray->isTrayAvailable()) {
        // No tray (e.g. stock GNOME): the window is the app; say once how to get a tray.
        MainWindow* window = mainWindow();
        if (m_options.autostart)
            window->showMinimized();
        else
            window->show();
        m_tray->explainMissingTrayOnce(window);
    } else if (!m_options.autostart) {
        mainWindow()->show();
    }
    if (firstRun) // over the window, which is its parent when it exists
        showSignIn(QString(), int(AccountSession::Reason::FirstRun));
    return true;
}

MainWindow* Application::mainWindow()
{
    // Created on first use: a tray app whose window is never opened keeps no table, chart or pickers in memory and
    // wakes none of their timers.
    if (m_mainWindow)
        return m_mainWindow;
    m_mainWindow = new MainWindow;
    m_mainWindow->setDeferLoadingWhileHidden(true);
    m_mainWindow->exportController()->setSettings(m_settings);
    m_mainWindow->setSettings(m_settings);
    // A remembered geometry stays on the screen's free area (another monitor, a smaller screen, a panel).
    if (!m_settings->windowGeometry().isEmpty())
        WindowPlacement::restore(m_mainWindow, m_settings->windowGeometry());
    connect(qApp, &QCoreApplication::aboutToQuit, m_mainWindow,
            [this] { m_settings->setWindowGeometry(m_mainWindow->saveGeometry()); });
    m_mainWindow->setConnectionText(m_connectedEmail, m_account->isDemo());
    m_mainWindow->setApplicationActions({ m_waitingAction, m_simulateOfflineAction, nullptr, m_tray->settingsAction(),
                                          m_signInAction, nullptr, m_tray->quitAction() });
    // The strip at the top of the window is the same stopwatch; entries changed on either side refresh the other.
    m_mainWindow->setStopwatchSession(m_session);
    if (auto* strip = qobject_cast<StopwatchWidget*>(m_mainWindow->stopwatchWidget()))
        connect(strip, &StopwatchWidget::waitingViewRequested, this, &Application::showWaitingUploads);
    // Uploaded offline periods are entries: the table shows them.
    connect(m_uploader, &OfflineUploader::progress, m_mainWindow, &MainWindow::refreshEntries);
    connect(m_session->stopwatch(), &Stopwatch::actionSucceeded, m_mainWindow, &MainWindow::refreshEntries);
    connect(m_session->stopwatch(), &Stopwatch::remoteChange, m_mainWindow, &MainWindow::refreshEntries);
    connect(m_mainWindow, &MainWindow::entriesChanged, m_session, &StopwatchSession::refresh);
    connect(m_mainWindow, &MainWindow::entriesChanged, m_session->recentTasks(), &RecentTasks::reload);
    m_tray->setMainWindow(m_mainWindow);
    if (m_workTime)
        m_workTime->attach(m_mainWindow);
    if (m_dataSourcesSet)
        m_mainWindow->setDataSources(m_api, m_masterData);
    return m_mainWindow;
}

void Application::startWorking()
{
    // Credentials are in place (maybe not yet confirmed by the server, e.g. when starting offline): the stopwatch
    // starts at once; onSignedIn() follows when Clockodo answers.
    m_tray->setDemo(m_account->isDemo());
    m_simulateOfflineAction->setVisible(m_account->isDemo());
    if (m_journal->accountKey().isEmpty()) {
        // Not confirmed by Clockodo yet (e.g. started offline): the account this e-mail had last time, so that a
        // clock that ran on this computer resumes at once. Nothing is uploaded before the sign-in confirms it.
        openJournal(m_settings->offlineAccountKey(m_account->email()));
    }
    if (!m_dataSourcesSet) {
        m_dataSourcesSet = true;
        // One load of the account's data feeds the window's pickers, the tray's names and the recent tasks alike.
        // Times in the stopwatch's messages follow the user's 12 h / 24 h preference in Clockodo.
        connect(m_accountData, &AccountData::userChanged, m_session->stopwatch(),
                [this](const User& user) { m_session->stopwatch()->setTimeFormat12h(user.timeformat12h); });
        if (m_accountData->hasUser())
            m_session->stopwatch()->setTimeFormat12h(m_accountData->user().timeformat12h);
        // The user comes with the sign-in's own GET /v4/users/me (signedIn: onSignedIn(); now, or as soon as its
        // answer arrives): the account's data do not ask for it a second time.
        if (m_account->hasConfirmedUser())
            m_accountData->setUser(m_account->user());
        else
            m_accountData->expectUser();
        m_accountData->load();
        if (m_mainWindow)
            m_mainWindow->setDataSources(m_api, m_masterData);
    }
    if (!m_sessionStarted) {
        m_sessionStarted = true;
        m_session->start();
    } else {
        m_session->stopwatch()->setPollingEnabled(true);
        m_session->refresh();
    }
}

void Application::onSignedIn(const User& user)
{
    const bool demo = m_account->isDemo();
    if (!demo && m_demoServer) {
        // Signed in to a real account from the demo: the demo server is no longer needed.
        m_demoServer->deleteLater();
        m_demoServer = nullptr;
    }
    m_connectedEmail = user.email.isEmpty() ? m_account->email() : user.email;
    if (m_mainWindow)
        m_mainWindow->setConnectionText(m_connectedEmail, demo);
    m_tray->setDemo(demo);
    m_simulateOfflineAction->setVisible(demo);
    if (!demo && m_simulateOfflineAction->isChecked())
        m_simulateOfflineAction->setChecked(false);
    // The account is its API address and its user: the demo's user 1 is not user 1 of another server. The demo's key is
    // fixed (its server has a new port every run).
    const QString key = demo ? DemoJournal::accountKey(user.id) : AccountData::keyFor(m_api->baseUrl(), user.id);
    openJournal(key);
    if (demo)
        DemoJournal::startFresh(m_journal); // a new demo, like its data: nothing of an earlier demo waits
    else if (!key.isEmpty() && !m_account->email().isEmpty())
        m_settings->setOfflineAccountKey(m_account->email(), key);
    if (m_accountData->bindAccount(key)) {
        // Another account: everything known belonged to the old one (bindAccount() cleared it). The window follows
        // the new user (userChanged), the recent tasks and the clock start over, and no dialog keeps the old
        // account's pickers.
        closeAccountDialogs();
        m_accountData->setUser(user);
        m_accountData->load();
        m_session->refresh();
    } else {
        // The answer of the sign-in is /v4/users/me: the account's data need not fetch it again.
        m_accountData->setUser(user);
    }
}

void Application::onSignedOut()
{
    // Nothing of the account stays: not its names, tasks, totals or clock, not its dialogs.
    m_accountData->bindAccount(QString());
    openJournal(QString());
    closeAccountDialogs();
    m_connectedEmail.clear();
    if (m_mainWindow)
        m_mainWindow->setConnectionText(QString(), false);
    m_session->stopwatch()->setPollingEnabled(false);
}

void Application::openJournal(const QString& key)
{
    if (m_journal->accountKey() == key && (m_journal->isLoaded() || key.isEmpty()))
        return;
    qCInfo(lcApp) << "offline journal for" << (key.isEmpty() ? QStringLiteral("no account") : key);
    if (key.isEmpty())
        m_journal->close();
    else
        m_journal->open(key);
}

void Application::showWaitingUploads()
{
    WaitingUploadDialog::showFor(m_session, m_uploader, m_mainWindow);
}

void Application::simulateOffline(bool offline)
{
    if (!m_demoServer)
        return;
    qCInfo(lcApp) << "demo: simulate offline" << offline;
    if (offline) {
        // Every connection to the demo server is closed without an answer, as when the network is gone.
        FakeClockodoServer::Fault fault;
        fault.kind = FakeClockodoServer::Fault::Kind::Drop;
        fault.attempts = 0; // until cleared
        m_demoServer->injectFault(fault);
        m_session->refresh();
    } else {
        m_demoServer->clearFaults();
        m_session->refresh();
        m_uploader->retryNow();
    }
}

void Application::closeAccountDialogs()
{
    // The entry, quick-start and clock-correction dialogs hold the previous account's pickers, entry and ids.
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (qobject_cast<EntryEditDialog*>(window) || qobject_cast<QuickStartDialog*>(window)
            || qobject_cast<CorrectClockDialog*>(window)) {
            qCInfo(lcApp) << "closing" << window->metaObject()->className() << "of the previous account";
            static_cast<QDialog*>(window)->reject();
        }
    }
}

void Application::showSignIn(const QString& email, int reason)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_account, m_settings, m_mainWindow);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &QDialog::finished, this, [this](int result) {
            if (result == SignInDialog::DemoRequested)
                startDemo();
        });
    }
    m_signIn->prepare(email, static_cast<AccountSession::Reason>(reason));
    if (m_options.autostart && reason != int(AccountSession::Reason::KeyRejected))
        m_signIn->setAttribute(Qt::WA_ShowWithoutActivating);
    m_signIn->show();
    m_signIn->raise();
    if (!m_options.autostart)
        m_signIn->activateWindow();
}

void Application::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_account, m_settings, m_autostart.get(), m_mainWindow);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

// --- the stopwatch, the tray and the commands of a second launch ---

void Application::startStopwatch()
{
    m_session = new StopwatchSession(m_api, nullptr, this, m_accountData);
    m_session->setSettings(m_settings);
    // The offline journal next to the settings when they have a directory of their own (--config-dir, tests), else
    // in the app's data directory; opened per account (openJournal()).
    const QString configDir = Settings::configDirectory();
    m_journal
        = new OfflineJournal(configDir.isEmpty() ? OfflineJournal::defaultPath()
                                                 : QDir(configDir).filePath(QStringLiteral("offline-journal.sqlite")),
                             this);
    m_session->offlineClock()->setJournal(m_journal);
    connect(m_journal, &OfflineJournal::corruptFileMovedAside, this, [](const QString& aside, const QString& message) {
        qCWarning(lcApp) << "offline journal unreadable, moved aside to" << aside;
        auto* box = new QMessageBox(QMessageBox::Warning, QStringLiteral("clockodo-desktop"), message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show(); // not modal: the app goes on with the fresh journal
    });
    m_uploader = new OfflineUploader(m_api, m_accountData, m_journal, nullptr, this);
    connect(m_uploader, &OfflineUploader::runningAdopted, m_session->offlineClock(), &OfflineClock::adopt);
    connect(m_uploader, &OfflineUploader::finished, m_session, &StopwatchSession::refresh);
    IdleQuestionDialog::follow((new ActivityMonitor(m_session, m_settings, nullptr, this))->idleTracker(), m_session);
    m_tray = new TrayController(m_session, m_settings, this);
    m_workTime = new WorkTimeWiring(m_accountData, m_session, m_settings, m_tray, this);
    m_workTime->attach(m_mainWindow);
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_tray, &TrayController::toggleWindowRequested, this, &Application::toggleMainWindow);
    connect(m_tray, &TrayController::openWindowRequested, this, &Application::showMainWindow);
    connect(m_tray, &TrayController::settingsRequested, this, &Application::showSettings);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_tray, &TrayController::trayAvailabilityChanged, this, [this](bool available) {
        if (available && m_mainWindow && m_mainWindow->isMinimized())
            m_mainWindow->hide(); // a tray host started after us: live in the tray
    });
    m_signInAction = new QAction(this);
    connect(m_signInAction, &QAction::triggered, m_account, &AccountSession::requestSignIn);
    m_waitingAction = new QAction(this);
    connect(m_waitingAction, &QAction::triggered, this, &Application::showWaitingUploads);
    connect(m_tray, &TrayController::waitingViewRequested, this, &Application::showWaitingUploads);
    m_simulateOfflineAction = new QAction(this);
    m_simulateOfflineAction->setCheckable(true);
    m_simulateOfflineAction->setVisible(false);
    connect(m_simulateOfflineAction, &QAction::toggled, this, &Application::simulateOffline);
    const auto retranslateActions = [this] {
        m_signInAction->setText(tr("Sign in…"));
        m_waitingAction->setText(tr("Waiting to upload…"));
        m_simulateOfflineAction->setText(tr("Simulate offline (demo)"));
    };
    retranslateActions();
    connect(m_language, &LanguageManager::languageChanged, this, retranslateActions);
    if (m_options.instance) {
        CommandRunner::serve(m_options.instance, m_session);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        new ShortcutCommands(m_session, QDBusConnection::sessionBus(), this); // GlobalShortcuts portal (issue 17)
#endif
        connect(m_options.instance, &SingleInstance::activationRequested, this, &Application::showMainWindow);
    }
    m_tray->show();
}

void Application::showMainWindow()
{
    MainWindow* window = mainWindow();
    if (window->isMinimized())
        window->showNormal();
    window->show();
    window->raise();
    window->activateWindow();
}

void Application::toggleMainWindow()
{
    if (m_mainWindow && m_mainWindow->isVisible() && !m_mainWindow->isMinimized())
        m_mainWindow->hide();
    else
        showMainWindow();
}
