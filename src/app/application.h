// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class AccountData;
class AccountSession;
class ApiClient;
class Autostart;
class CredentialStore;
class FakeClockodoServer;
class LanguageManager;
class MainWindow;
class MasterData;
class OfflineJournal;
class OfflineUploader;
class QAction;
class Settings;
class SettingsDialog;
class SignInDialog;
class SingleInstance;
class StopwatchSession;
class TrayController;
class WorkTimeWiring;
class User;

// Wires the layers together for one run of the desktop app: settings, language, account, API client, the demo
// server, the stopwatch with its tray, the main window and the dialogs.
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
    void startDemo();
    void applyLanguage();
    void applySetting(const QString& key);
    void startStopwatch(); // stopwatch, tray, window close, forwarded commands
    MainWindow* mainWindow(); // created on first use
    void showMainWindow();
    void toggleMainWindow();
    void showSignIn(const QString& email, int reason);
    void showSettings();
    void startWorking();
    void onSignedIn(const User& user);
    void onSignedOut();
    void closeAccountDialogs();
    // The offline journal (one per app) for the account `key` ("" = none): another account never sees its records.
    void openJournal(const QString& key);
    void showWaitingUploads();
    void simulateOffline(bool offline); // demo only

    Options m_options;
    Settings* m_settings = nullptr;
    LanguageManager* m_language = nullptr;
    ApiClient* m_api = nullptr;
    CredentialStore* m_credentials = nullptr;
    AccountSession* m_account = nullptr;
    std::unique_ptr<Autostart> m_autostart;
    AccountData* m_accountData = nullptr; // everything of the signed-in account
    MasterData* m_masterData = nullptr; // the item models over m_accountData
    FakeClockodoServer* m_demoServer = nullptr;
    QPointer<MainWindow> m_mainWindow;
    QPointer<SignInDialog> m_signIn;
    QPointer<SettingsDialog> m_settingsDialog;
    QAction* m_signInAction = nullptr;
    StopwatchSession* m_session = nullptr;
    OfflineJournal* m_journal = nullptr;
    OfflineUploader* m_uploader = nullptr;
    QAction* m_waitingAction = nullptr;
    QAction* m_simulateOfflineAction = nullptr; // demo only
    TrayController* m_tray = nullptr;
    WorkTimeWiring* m_workTime = nullptr;
    bool m_sessionStarted = false;
    bool m_dataSourcesSet = false;
    QString m_connectedEmail;
};
