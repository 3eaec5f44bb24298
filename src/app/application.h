// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class ApiClient;
class FakeClockodoServer;
class LanguageManager;
class MainWindow;
class Settings;
class SingleInstance;
class StopwatchSession;
class TrayController;

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
        SingleInstance* instance = nullptr; // the primary instance (main.cpp owns it); commands arrive through it
    };

    explicit Application(const Options& options, QObject* parent = nullptr);
    ~Application() override;

    // Returns false when the app cannot start (the message was shown already).
    bool start();

private:
    bool startDemoServer();
    void applyLanguage();
    void startStopwatch(); // tray issue: stopwatch, tray, window close, forwarded commands
    void showMainWindow();
    void toggleMainWindow();

    Options m_options;
    Settings* m_settings = nullptr;
    LanguageManager* m_language = nullptr;
    ApiClient* m_api = nullptr;
    FakeClockodoServer* m_demoServer = nullptr;
    QPointer<MainWindow> m_mainWindow;
    StopwatchSession* m_session = nullptr;
    TrayController* m_tray = nullptr;
    bool m_demo = false;
};
