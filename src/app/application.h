// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class ApiClient;
class FakeClockodoServer;
class LanguageManager;
class MainWindow;
class Settings;

// Wires the layers together for one run of the desktop app: settings, language, API client, (demo) server, windows.
class Application : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool demo = false;
        bool autostart = false;
        QString configDir;
    };

    explicit Application(const Options& options, QObject* parent = nullptr);
    ~Application() override;

    // Returns false when the app cannot start (the message was shown already).
    bool start();

private:
    bool startDemoServer();
    void applyLanguage();

    Options m_options;
    Settings* m_settings = nullptr;
    LanguageManager* m_language = nullptr;
    ApiClient* m_api = nullptr;
    FakeClockodoServer* m_demoServer = nullptr;
    QPointer<MainWindow> m_mainWindow;
    bool m_demo = false;
};
