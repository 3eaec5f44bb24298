// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/transport/apierror.h"
#include "api/users/user.h"

#include <QList>
#include <QObject>
#include <QTimeZone>

#include <optional>

class ApiClient;
class Clock;
class TaskCatalog;

// The user's recent work (GET /v2/entries over the last DaysBack days, newest first): the distinct
// customer/project/service/description combinations to start again with one click, and today's total.
class RecentTasks : public QObject
{
    Q_OBJECT
public:
    static constexpr int DaysBack = 14;
    static constexpr int MaxTasks = 10;

    explicit RecentTasks(ApiClient* api, Clock* clock = nullptr, QObject* parent = nullptr);

    // Names of the enhanced list go there (optional).
    void setCatalog(TaskCatalog* catalog) { m_catalog = catalog; }
    // The signed-in user (whose entries to list; the time zone of "today"). Fetched on the first reload when unset.
    void setUser(const User& user);
    // The user comes from outside (the app's master data): reload() waits for setUser() instead of fetching it.
    void setUserFromOutside(bool on) { m_userFromOutside = on; }
    std::optional<User> user() const { return m_user; }

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    // Milliseconds (monotonic) since the last successful load; -1 before.
    qint64 ageMs() const;

    // Up to MaxTasks distinct combinations, newest first (finished time entries only).
    const QList<Entry>& tasks() const { return m_tasks; }
    // Seconds of the finished time entries that lie in today (in the user's time zone). The running entry is not in it.
    qint64 todayFinishedSeconds() const;
    // todayFinishedSeconds() plus the part of `running` that lies in today, measured up to now.
    qint64 todaySeconds(const std::optional<Entry>& running, const QDateTime& now) const;

    // True when both entries are the same task (customer, project, subproject, service, description).
    static bool sameTask(const Entry& a, const Entry& b);
    // The start of the day that contains `now`, in the user's time zone, as UTC.
    QDateTime startOfDay(const QDateTime& now) const;

public slots:
    void reload();
    // Reloads when the data is older than maxAgeMs (or not loaded at all).
    void reloadIfOlderThan(int maxAgeMs);

signals:
    void changed();
    void loadFailed(const ApiError& error);

private:
    void fetchEntries();
    void takeEntries(const QList<Entry>& entries);
    QTimeZone zone() const;

    ApiClient* m_api = nullptr;
    Clock* m_clock = nullptr;
    TaskCatalog* m_catalog = nullptr;
    std::optional<User> m_user;
    QList<Entry> m_tasks;
    QList<Entry> m_entries; // finished time entries of the window, newest first
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_userFromOutside = false;
    bool m_reloadWhenUserKnown = false;
    qint64 m_loadedAtMs = -1;
};
