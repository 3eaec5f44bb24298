// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

// Typed access to the user's preferences, stored through QSettings. Every default lives in one table
// (defaultValue()); changed(key) is emitted once for every setter call that really changes the effective value.
//
// The API key is never a setting: it lives only in the keychain (CredentialStore). The environment overrides
// CLOCKODO_API_URL, CLOCKODO_API_USER and CLOCKODO_API_KEY are read by the effective*() / environment*() accessors
// and never written to the file.
class Settings : public QObject
{
    Q_OBJECT

public:
    // The keys as they appear in the file and in changed().
    struct Key
    {
        static constexpr QLatin1String AccountEmail { "account/email" };
        static constexpr QLatin1String BaseUrl { "api/baseUrl" };
        static constexpr QLatin1String ContactEmail { "api/contactEmail" };
        static constexpr QLatin1String PollIntervalSeconds { "api/pollIntervalSeconds" };
        static constexpr QLatin1String Language { "ui/language" };
        static constexpr QLatin1String StartAtLogin { "ui/startAtLogin" };
        static constexpr QLatin1String ShowSeconds { "ui/showSeconds" };
        static constexpr QLatin1String TodayTotalInTooltip { "ui/todayTotalInTooltip" };
        static constexpr QLatin1String NotifyOnStart { "ui/notifyOnStart" };
        static constexpr QLatin1String TrayHintShown { "ui/trayHintShown" };
        static constexpr QLatin1String OfflineAccount { "account/offlineAccount" };
        static constexpr QLatin1String WindowGeometry { "window/geometry" };
        static constexpr QLatin1String WindowState { "window/state" };
        static constexpr QLatin1String ReportVisible { "window/reportVisible" };
        static constexpr QLatin1String HiddenEntryColumns { "window/hiddenEntryColumns" };
        static constexpr QLatin1String ExportDirectory { "export/directory" };
        // Per account (accounts/<hash of the account key>/pinnedTasks); changed() names this.
        static constexpr QLatin1String PinnedTasks { "pinnedTasks" };
    };

    static constexpr int MinPollIntervalSeconds = 15;
    static constexpr int MaxPollIntervalSeconds = 3600;

    // The application's settings: <configDirectory()>/clockodo-desktop.conf when a directory was set with
    // setConfigDirectory(), otherwise QSettings(organization "clockodo-desktop", application "clockodo-desktop").
    explicit Settings(QObject* parent = nullptr);
    // Settings in the INI file at filePath (created on the first write). For tests and tools.
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    // Settings over an existing QSettings object, which must outlive this object (not owned).
    explicit Settings(QSettings* settings, QObject* parent = nullptr);
    ~Settings() override;

    // The --config-dir override; call it before constructing Settings. An empty string restores the default.
    static void setConfigDirectory(const QString& directory);
    static QString configDirectory();

    // Where the settings are stored (a file path on Linux and macOS, a registry path on Windows).
    QString fileName() const;
    // Writes pending changes now (QSettings also does so on its own, and when destroyed).
    void sync();

    static QVariant defaultValue(QLatin1String key);
    static QStringList supportedLanguages(); // "" (= follow the system), "en", "de", "fr"

    QString accountEmail() const;
    void setAccountEmail(const QString& email);

    // The stored base URL, without a trailing slash. A broken or unacceptable stored value reads as the default.
    QUrl baseUrl() const;
    // Rejects (returns false, stores nothing) URLs that ApiClient::isAcceptableBaseUrl() refuses.
    bool setBaseUrl(const QUrl& url);

    // Sent in the X-Clockodo-External-Application header together with the application name.
    QString contactEmail() const;
    void setContactEmail(const QString& email);

    // Clamped to MinPollIntervalSeconds..MaxPollIntervalSeconds, on write and on read.
    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);

    // "" means follow the system language. Rejects (returns false) anything not in supportedLanguages().
    QString language() const;
    bool setLanguage(const QString& language);

    bool startAtLogin() const;
    void setStartAtLogin(bool on);

    bool showSeconds() const;
    void setShowSeconds(bool on);

    bool todayTotalInTooltip() const;
    void setTodayTotalInTooltip(bool on);

    // A notification whenever the clock starts a task: started, switched, continued, from the tray, a recent task or
    // the window alike (on by default).
    bool notifyOnStart() const;
    void setNotifyOnStart(bool on);

    // The one-time explanation of how to get a system tray (none was found) has been shown.
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    // The account (AccountData::keyFor()) the offline journal was last opened for under `email`, so that a start
    // without a connection finds its local clock before Clockodo confirms the sign-in; empty when unknown.
    QString offlineAccountKey(const QString& email) const;
    void setOfflineAccountKey(const QString& email, const QString& key);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    // The window's Report dock was open when last shown or hidden (closed by default).
    bool reportVisible() const;
    void setReportVisible(bool visible);

    // The entry table's columns the user hid from its header's menu, by name ("RevenueColumn"); none by default.
    QStringList hiddenEntryColumns() const;
    void setHiddenEntryColumns(const QStringList& columns);

    // The folder of the last File > Export… (empty: none yet; the window then offers the user's Documents).
    QString exportDirectory() const;
    void setExportDirectory(const QString& directory);

    // The tasks the user pinned (FavouriteTasks, as JSON) for the account with this key (AccountData::accountKey());
    // each account has its own, and an empty key has none.
    QByteArray pinnedTasks(const QString& accountKey) const;
    void setPinnedTasks(const QString& accountKey, const QByteArray& json);

    // CLOCKODO_API_URL when it is set and acceptable (an unacceptable one is ignored with a warning), else baseUrl().
    QUrl effectiveBaseUrl() const;
    // CLOCKODO_API_USER when it is set, else accountEmail().
    QString effectiveAccountEmail() const;
    // The acceptable URL in CLOCKODO_API_URL, or an empty QUrl.
    static QUrl environmentBaseUrl();
    // Why CLOCKODO_API_URL cannot be used (a translated sentence), or empty when it is unset or acceptable. The
    // app refuses to run then: credentials from the environment must never go to the stored address instead.
    static QString environmentBaseUrlRefusal();
    // CLOCKODO_API_KEY, or an empty string. Never stored, never logged.
    static QString environmentApiKey();

    // The reminders' options (core/worktime/reminderoptions.h names them), stored as "reminders/<name>"; `fallback`
    // while unset. changed() reports the full key.
    QVariant reminderValue(const QString& name, const QVariant& fallback) const;
    void setReminderValue(const QString& name, const QVariant& value);

signals:
    void changed(const QString& key);

private:
    QVariant value(QLatin1String key) const;
    // Stores value and emits changed(key) if it differs from the effective value; returns whether it did.
    bool store(QLatin1String key, const QVariant& value);

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings* m_settings = nullptr;

    static QString s_configDirectory;

public:
    // --- idle and lock (core/activity): keys and accessors ---
    struct ActivityKey
    {
        static constexpr QLatin1String IdleDetection { "activity/idleDetection" };
        static constexpr QLatin1String IdleMinutes { "activity/idleMinutes" };
        static constexpr QLatin1String StopOnLock { "activity/stopOnLock" };
        static constexpr QLatin1String StopOnSuspend { "activity/stopOnSuspend" };
        static constexpr QLatin1String StopOnShutdown { "activity/stopOnShutdown" };
        // Per account (accounts/<hash>/pendingIdleQuestion); changed() names this.
        static constexpr QLatin1String PendingIdleQuestion { "pendingIdleQuestion" };
    };
    static constexpr int MinIdleMinutes = 1;
    static constexpr int MaxIdleMinutes = 240;

    // Asks what to do with the time after the computer was idle this long with a clock running (on, 10 minutes).
    bool idleDetection() const;
    void setIdleDetection(bool on);
    // Clamped to MinIdleMinutes..MaxIdleMinutes.
    int idleMinutes() const;
    void setIdleMinutes(int minutes);
    // Stop a running clock when the screen locks / the computer suspends / shuts down (all off by default).
    bool stopOnLock() const;
    void setStopOnLock(bool on);
    bool stopOnSuspend() const;
    void setStopOnSuspend(bool on);
    bool stopOnShutdown() const;
    void setStopOnShutdown(bool on);
    // The unanswered idle question of the account (IdleQuestion as JSON; empty: none).
    QByteArray pendingIdleQuestion(const QString& accountKey) const;
    void setPendingIdleQuestion(const QString& accountKey, const QByteArray& json);
};
