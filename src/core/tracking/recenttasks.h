// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/transport/apierror.h"

#include <QList>
#include <QObject>

#include <optional>

class AccountData;
class ApiClient;
class Clock;
class TaskCatalog;

// The user's recent work (GET /v2/entries over the last DaysBack days, newest first): the distinct
// customer/project/service/description combinations to start again with one click, and today's total. The user (whose
// entries; the time zone of "today") comes from the account's AccountData, which fetches it when unknown.
class RecentTasks : public QObject
{
    Q_OBJECT
public:
    static constexpr int DaysBack = 14;
    static constexpr int MaxTasks = 10;

    RecentTasks(ApiClient* api, AccountData* account, Clock* clock = nullptr, QObject* parent = nullptr);

    // Names of the enhanced list go there (optional).
    void setCatalog(TaskCatalog* catalog) { m_catalog = catalog; }

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
    // The start of the day that contains `now` (or of the day dayOffset days from it), in the account's time zone
    // (a day with a DST change has 23 or 25 hours), as UTC.
    QDateTime startOfDay(const QDateTime& now, int dayOffset = 0) const;

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
    void userArrived();
    void userMissing();
    void forget();

    ApiClient* m_api = nullptr;
    AccountData* m_account = nullptr;
    Clock* m_clock = nullptr;
    TaskCatalog* m_catalog = nullptr;
    QList<Entry> m_tasks;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_waitingForUser = false;
    int m_generation = 0;
    qint64 m_loadedAtMs = -1;
};
