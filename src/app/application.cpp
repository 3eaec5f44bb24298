// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "apiclient.h"
#include "fakeclockodoserver.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"

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
    if (!m_options.autostart)
        m_mainWindow->show();
    else
        m_mainWindow->showMinimized();
    return true;
}
