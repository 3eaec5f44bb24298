// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class AccountData;
class ApiClient;
class Clock;
class FavouriteTasks;
class OfflineClock;
class TaskCatalog;
class RecentTasks;
class Settings;
class Stopwatch;

// The stopwatch with what it needs around it, shared by the tray, the main window's clock strip and the command
// line: the Stopwatch itself, the master data (names, colours, pickers; a view over the account's AccountData) and the
// recent tasks (one-click starts, today's total), the pinned tasks. Keeps them in step: a finished or changed entry
// reloads the recent tasks, a changed poll interval reaches the stopwatch.
class StopwatchSession : public QObject
{
    Q_OBJECT
public:
    // Recent tasks are read again when older than this on refresh().
    static constexpr int RecentMaxAgeMs = 5 * 60 * 1000;

    // account: the account's data shared with the rest of the app; without one, the session keeps its own.
    explicit StopwatchSession(ApiClient* api, Clock* clock = nullptr, QObject* parent = nullptr,
                              AccountData* account = nullptr);
    ~StopwatchSession() override;

    ApiClient* api() const { return m_api; }
    Clock* clock() const { return m_clock; }
    AccountData* account() const { return m_account; }
    Stopwatch* stopwatch() const { return m_stopwatch; }
    TaskCatalog* catalog() const { return m_catalog; }
    RecentTasks* recentTasks() const { return m_recent; }
    // The tasks the user pinned, per account (kept in the settings given to setSettings()).
    FavouriteTasks* favourites() const { return m_favourites; }
    // The stopwatch's local clock; without a journal (OfflineClock::setJournal()) there is no offline mode.
    OfflineClock* offlineClock() const { return m_offline; }

    // The poll interval (and later changes of it) from the settings; the pinned tasks are kept there.
    void setSettings(Settings* settings);

    // Today's total in seconds: finished entries plus the running clock.
    qint64 todaySeconds() const;

public slots:
    // First reads: the clock, the master data, the recent tasks; then polling (when `poll`).
    void start(bool poll = true);
    // Menu or window opened: read the clock now, and the rest when it is old.
    void refresh();
    // The window opened: as refresh(), but a read of the clock on its way (at start-up: the first one) is answer
    // enough, no second one follows it.
    void refreshUnlessReading();

signals:
    // Names or recent tasks changed (what the clock shows did not necessarily).
    void dataChanged();

private:
    // The names when missing, the recent tasks when old.
    void refreshRest();
    ApiClient* m_api = nullptr;
    Clock* m_clock = nullptr;
    AccountData* m_account = nullptr;
    Stopwatch* m_stopwatch = nullptr;
    TaskCatalog* m_catalog = nullptr;
    RecentTasks* m_recent = nullptr;
    FavouriteTasks* m_favourites = nullptr;
    OfflineClock* m_offline = nullptr;
    QPointer<Settings> m_settings;
};
