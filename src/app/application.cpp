// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "apiclient.h"
#include "commandrunner.h"
#include "fakeclockodoserver.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "recenttasks.h"
#include "settings.h"
#include "singleinstance.h"
#include "stopwatch.h"
#include "stopwatchsession.h"
#include "stopwatchwidget.h"
#include "traycontroller.h"

#include <QApplication>
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
    connect(m_language, &LanguageManager::languageChanged, m_api, &ApiClient::setLanguage);
    connect(m_settings, &Settings::changed, this, [this](const QString& key) {
        if (key == Settings::Key::Language)
            applyLanguage();
    });
    applyLanguage();
}

Application::~Application()
{
    delete m_mainWindow;
}

void Application::applyLanguage()
{
    m_language->setLanguage(m_settings->language());
    m_api->setLanguage(m_language->apiLanguage());
}

bool Application::startDemoServer()
{
    m_demoServer = new FakeClockodoServer(this);
    if (!m_demoServer->listen()) {
        QMessageBox::critical(nullptr, tr("clockodo-desktop"), tr("The demo server could not be started."));
        return false;
    }
    m_demoServer->seedDemoData();
    m_api->setBaseUrl(m_demoServer->baseUrl());
    m_api->setCredentials(m_demoServer->email(), m_demoServer->apiKey());
    qCInfo(lcApp) << "demo mode on" << m_demoServer->baseUrl().toString();
    return true;
}

bool Application::start()
{
    const QString envUser = qEnvironmentVariable("CLOCKODO_API_USER");
    const QString envKey = Settings::environmentApiKey();
    const bool fromEnvironment = !envUser.isEmpty() && !envKey.isEmpty();
    m_demo = m_options.demo || (!fromEnvironment && m_settings->accountEmail().isEmpty());

    if (m_demo) {
        if (!startDemoServer())
            return false;
    } else {
        m_api->setBaseUrl(m_settings->effectiveBaseUrl());
        m_api->setContactEmail(m_settings->contactEmail());
        if (fromEnvironment)
            m_api->setCredentials(envUser, envKey);
    }

    m_mainWindow = new MainWindow;
    m_mainWindow->setConnectionText(m_demo ? m_demoServer->email() : m_settings->effectiveAccountEmail(), m_demo);
    startStopwatch();
    if (!m_tray->isTrayAvailable()) {
        // No tray (e.g. stock GNOME): the window is the app; say once how to get a tray.
        m_mainWindow->show();
        m_tray->explainMissingTrayOnce(m_mainWindow);
    } else if (!m_options.autostart) {
        m_mainWindow->show();
    }
    return true;
}

// --- tray issue: the stopwatch, the tray and the commands of a second launch ---

void Application::startStopwatch()
{
    m_session = new StopwatchSession(m_api, nullptr, this);
    m_session->setSettings(m_settings);
    m_tray = new TrayController(m_session, m_settings, this);
    m_tray->setDemo(m_demo);
    m_tray->setMainWindow(m_mainWindow);
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_tray, &TrayController::toggleWindowRequested, this, &Application::toggleMainWindow);
    connect(m_tray, &TrayController::openWindowRequested, this, &Application::showMainWindow);
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    connect(m_tray, &TrayController::trayAvailabilityChanged, this, [this](bool available) {
        if (available && m_mainWindow && m_mainWindow->isMinimized())
            m_mainWindow->hide(); // a tray host started after us: live in the tray
    });
    // The strip at the top of the window is the same stopwatch; entries changed on either side refresh the other.
    m_mainWindow->setStopwatchWidget(new StopwatchWidget(m_session));
    connect(m_session->stopwatch(), &Stopwatch::actionSucceeded, m_mainWindow, &MainWindow::refreshEntries);
    connect(m_session->stopwatch(), &Stopwatch::remoteChange, m_mainWindow, &MainWindow::refreshEntries);
    connect(m_mainWindow, &MainWindow::entriesChanged, m_session, &StopwatchSession::refresh);
    connect(m_mainWindow, &MainWindow::entriesChanged, m_session->recentTasks(), &RecentTasks::reload);
    if (m_options.instance) {
        CommandRunner::serve(m_options.instance, m_session);
        connect(m_options.instance, &SingleInstance::activationRequested, this, &Application::showMainWindow);
    }
    m_session->start();
    m_tray->show();
}

void Application::showMainWindow()
{
    if (!m_mainWindow)
        return;
    if (m_mainWindow->isMinimized())
        m_mainWindow->showNormal();
    m_mainWindow->show();
    m_mainWindow->raise();
    m_mainWindow->activateWindow();
}

void Application::toggleMainWindow()
{
    if (!m_mainWindow)
        return;
    if (m_mainWindow->isVisible() && !m_mainWindow->isMinimized())
        m_mainWindow->hide();
    else
        showMainWindow();
}
