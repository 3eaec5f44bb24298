// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class ApiClient;
class Clock;
class TaskCatalog;
class RecentTasks;
class Settings;
class Stopwatch;

// The stopwatch with what it needs around it, shared by the tray, the main window's clock strip and the command
// line: the Stopwatch itself, the master data (names, colours, pickers) and the recent tasks (one-click starts,
// today's total). Keeps them in step: a finished or changed entry reloads the recent tasks, a changed poll interval
// reaches the stopwatch.
class StopwatchSession : public QObject
{
    Q_OBJECT
public:
    // Recent tasks are read again when older than this on refresh().
    static constexpr int RecentMaxAgeMs = 5 * 60 * 1000;

    explicit StopwatchSession(ApiClient* api, Clock* clock = nullptr, QObject* parent = nullptr);

    ApiClient* api() const { return m_api; }
    Clock* clock() const { return m_clock; }
    Stopwatch* stopwatch() const { return m_stopwatch; }
    TaskCatalog* catalog() const { return m_catalog; }
    RecentTasks* recentTasks() const { return m_recent; }

    // The poll interval (and later changes of it) from the settings.
    void setSettings(Settings* settings);

    // Today's total in seconds: finished entries plus the running clock.
    qint64 todaySeconds() const;

public slots:
    // First reads: the clock, the master data, the recent tasks; then polling (when `poll`).
    void start(bool poll = true);
    // Menu or window opened: read the clock now, and the rest when it is old.
    void refresh();

signals:
    // Names or recent tasks changed (what the clock shows did not necessarily).
    void dataChanged();

private:
    ApiClient* m_api = nullptr;
    Clock* m_clock = nullptr;
    Stopwatch* m_stopwatch = nullptr;
    TaskCatalog* m_catalog = nullptr;
    RecentTasks* m_recent = nullptr;
    QPointer<Settings> m_settings;
};
