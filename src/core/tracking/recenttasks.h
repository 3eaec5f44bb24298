// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/transport/apierror.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class AccountData;
class ApiClient;
class Clock;
class TaskCatalog;

// The user's recent work: the distinct customer/project/service/description combinations of the last DaysBack days to
// start again with one click (newest first), and today's total. The user (whose entries; the time zone of "today")
// comes from the account's AccountData, which fetches it when unknown.
// A bounded request set whatever the number of entries: the whole range when it fits one page (GET /v2/entries);
// else today's entries (streamed page by page; only their times are kept), then older windows newest first
// (yesterday, 2 days, 4 days, ... up to DaysBack), only until MaxTasks distinct tasks are certain. A window with more
// than one page is halved (its newer half first) instead of paged through, as the API's order within a window is
// undocumented. Nothing but the tasks and today's times is kept.
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

    // Requests the last load sent (GET /v2/entries, pages included); for tests and benchmarks.
    int lastLoadRequests() const { return m_lastLoadRequests; }

public slots:
    void reload();
    // Reloads when the data is older than maxAgeMs (or not loaded at all).
    void reloadIfOlderThan(int maxAgeMs);

signals:
    void changed();
    void loadFailed(const ApiError& error);

private:
    // A finished time entry of today's window: what today's total needs of it.
    struct Span
    {
        QDateTime since;
        QDateTime until;
        std::optional<qint64> duration;
    };
    struct Window
    {
        QDateTime since;
        QDateTime until;
    };

    void fetchEntries();
    // Probe: the whole range, taken when it fits one page; Today: today's window, every page; Older: a window before
    // today, halved when it holds more than one page.
    enum class Pass
    {
        Probe,
        Today,
        Older
    };
    void fetchWindow(const Window& window, Pass pass);
    void windowDone();
    void takePage(const QList<Entry>& entries, bool today);
    void planOlderWindows();
    void finishLoad();
    bool tasksCertain() const;
    void userArrived();
    void userMissing();
    void forget();
    void zoneChanged();
    ApiClient* m_api = nullptr;
    AccountData* m_account = nullptr;
    Clock* m_clock = nullptr;
    TaskCatalog* m_catalog = nullptr;
    QList<Entry> m_tasks;
    QList<Span> m_todaySpans;
    QDateTime m_loadedDayStart; // the start of the day m_todaySpans were read for
    // The load under way: today's spans, the candidate tasks (newest entry per task key), the windows left (oldest
    // last) and the time down to which every entry was seen.
    QList<Span> m_newSpans;
    QHash<QString, Entry> m_candidates;
    QList<Window> m_windows;
    QDateTime m_seenDownTo;
    QDateTime m_loadDayStart;
    QDateTime m_loadDayEnd;
    int m_loadRequests = 0;
    int m_lastLoadRequests = 0;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_waitingForUser = false;
    int m_generation = 0;
    qint64 m_loadedAtMs = -1;
};
