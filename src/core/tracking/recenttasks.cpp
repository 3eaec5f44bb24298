// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/recenttasks.h"

#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "core/tracking/clock.h"
#include "core/tracking/taskcatalog.h"

#include <QLoggingCategory>

#include <algorithm>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcRecent, "clockodo.core.recent", QtInfoMsg)

RecentTasks::RecentTasks(ApiClient* api, AccountData* account, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_account(account)
    , m_clock(clock ? clock : Clock::system())
{
    connect(m_account, &AccountData::userChanged, this, &RecentTasks::userArrived);
    connect(m_account, &AccountData::loadingChanged, this, [this](bool loading) {
        if (!loading)
            userMissing();
    });
    connect(m_account, &AccountData::cleared, this, &RecentTasks::forget);
    // Today begins at another moment in another zone: today's total changes.
    connect(m_account, &AccountData::timeZoneChanged, this, &RecentTasks::zoneChanged);
}

void RecentTasks::userArrived()
{
    if (!m_waitingForUser || !m_account->hasUser())
        return;
    m_waitingForUser = false;
    m_loading = false;
    reload();
}

void RecentTasks::userMissing()
{
    if (!m_waitingForUser || m_account->hasUser() || m_account->isLoading(AccountData::UserPart))
        return;
    m_waitingForUser = false;
    m_loading = false;
    qCInfo(lcRecent) << "current user not loaded:" << m_account->lastError().message();
    emit loadFailed(m_account->lastError());
}

void RecentTasks::forget()
{
    // Another account: its entries are not ours; an answer on its way is dropped.
    ++m_generation;
    m_waitingForUser = false;
    m_loading = false;
    m_reloadAgain = false;
    m_tasks.clear(); // the entries went with the account's data
    m_todaySpans.clear();
    m_newSpans.clear();
    m_candidates.clear();
    m_windows.clear();
    m_loaded = false;
    m_loadedAtMs = -1;
    emit changed();
}

void RecentTasks::zoneChanged()
{
    if (!m_loaded || !m_account->hasUser())
        return; // (a cleared account forgets the rest)
    // Today's times were read for the day of the old zone: another day needs its own.
    if (startOfDay(m_clock->nowUtc()) != m_loadedDayStart)
        reload();
    emit changed();
}

qint64 RecentTasks::ageMs() const
{
    return m_loadedAtMs < 0 ? -1 : m_clock->monotonicMs() - m_loadedAtMs;
}

void RecentTasks::reloadIfOlderThan(int maxAgeMs)
{
    if (!m_loaded || ageMs() > maxAgeMs)
        reload();
}

void RecentTasks::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_reloadAgain = false;
    if (m_account->hasUser()) {
        fetchEntries();
        return;
    }
    // The account fetches /v4/users/me (once, however many ask); userArrived() or userMissing() continues.
    m_waitingForUser = true;
    m_account->load(AccountData::UserPart);
    userMissing();
}

namespace {

// A window longer than this with more than one page of entries is halved; a shorter one is paged through.
constexpr qint64 MinSplitSeconds = 60;
// The candidates are pruned to the MaxTasks newest when they grow past this many.
constexpr int MaxCandidates = 8 * RecentTasks::MaxTasks;

QString taskKey(const Entry& e)
{
    return QStringLiteral("%1/%2/%3/%4/")
               .arg(e.customersId)
               .arg(e.projectsId.value_or(0))
               .arg(e.subprojectsId.value_or(0))
               .arg(e.servicesId.value_or(0))
        + e.text.simplified();
}

bool newerTask(const Entry& a, const Entry& b)
{
    return a.timeSince != b.timeSince ? a.timeSince > b.timeSince : a.id < b.id;
}

} // namespace

void RecentTasks::fetchEntries()
{
    const QDateTime now = m_clock->nowUtc();
    m_loadDayStart = startOfDay(now);
    m_loadDayEnd = startOfDay(now, 1);
    m_newSpans.clear();
    m_candidates.clear();
    m_windows.clear();
    m_loadRequests = 0;
    m_seenDownTo = m_loadDayEnd;
    fetchWindow({ startOfDay(now, -(DaysBack - 1)), m_loadDayEnd }, Pass::Probe);
}

void RecentTasks::planOlderWindows()
{
    // Each twice as long as the one after it: yesterday, the 2 days before, 4 days, ... (newest last).
    const QDateTime now = m_clock->nowUtc();
    QList<int> offsets { 0 };
    while (offsets.last() > -(DaysBack - 1))
        offsets.append(std::max(-(DaysBack - 1), 2 * offsets.last() - 1));
    m_windows.clear();
    for (qsizetype i = offsets.size() - 1; i > 0; --i)
        m_windows.append({ startOfDay(now, offsets.at(i)), startOfDay(now, offsets.at(i - 1)) });
}

void RecentTasks::fetchWindow(const Window& window, Pass pass)
{
    EntryQuery query;
    query.since = window.since;
    query.until = window.until;
    if (m_account->hasUser())
        query.usersId = m_account->user().id;
    ApiReply* reply = m_api->entryPages(query);
    ++m_loadRequests;
    auto split = std::make_shared<bool>(false);
    connect(reply, &ApiReply::pageReceived, this,
            [this, reply, window, pass, split, generation = m_generation](const QVariant& items, const Paging& paging) {
                if (generation != m_generation)
                    return;
                const bool halve = pass == Pass::Older && window.since.secsTo(window.until) > MinSplitSeconds;
                if (paging.currentPage == 1 && paging.hasNextPage() && (pass == Pass::Probe || halve)) {
                    if (pass == Pass::Probe) {
                        planOlderWindows(); // more than a page in all: today in full, then older windows
                    } else {
                        // Too many entries for one page: the newer half first, the older one if still needed.
                        const QDateTime middle = window.since.addSecs(window.since.secsTo(window.until) / 2);
                        m_windows.append({ window.since, middle });
                        m_windows.append({ middle, window.until });
                    }
                    *split = true;
                    reply->abort();
                    return;
                }
                if (paging.currentPage > 1)
                    ++m_loadRequests;
                takePage(items.value<QList<Entry>>(), pass != Pass::Older);
            });
    connect(reply, &ApiReply::finished, this, [this, reply, window, pass, split, generation = m_generation] {
        if (generation != m_generation)
            return; // another account by now
        if (!*split && !reply->isOk()) {
            m_loading = false;
            qCInfo(lcRecent) << "recent entries not loaded:" << reply->error().message();
            emit loadFailed(reply->error());
            if (m_reloadAgain)
                reload();
            return;
        }
        if (*split && pass == Pass::Probe) {
            fetchWindow({ m_loadDayStart, m_loadDayEnd }, Pass::Today);
            return;
        }
        if (!*split)
            m_seenDownTo = window.since; // every entry from here on is known
        windowDone();
    });
}

void RecentTasks::windowDone()
{
    if (tasksCertain() || m_windows.isEmpty())
        finishLoad();
    else
        fetchWindow(m_windows.takeLast(), Pass::Older);
}

bool RecentTasks::tasksCertain() const
{
    // A task newer than the seen border is where it belongs: no entry not yet read can be newer.
    int certain = 0;
    for (const Entry& e : m_candidates)
        certain += e.timeSince >= m_seenDownTo ? 1 : 0;
    return certain >= MaxTasks;
}

void RecentTasks::takePage(const QList<Entry>& entries, bool today)
{
    for (const Entry& e : entries) {
        if (m_catalog)
            m_catalog->learnNames(e);
        if (e.type != Entry::Type::Time || e.isRunning() || !e.servicesId)
            continue;
        if (today && e.timeSince < m_loadDayEnd && e.timeUntil > m_loadDayStart)
            m_newSpans.append({ e.timeSince, e.timeUntil, e.duration });
        const QString key = taskKey(e);
        auto it = m_candidates.find(key);
        if (it == m_candidates.end())
            m_candidates.insert(key, e);
        else if (newerTask(e, *it))
            *it = e;
    }
    if (m_candidates.size() <= MaxCandidates)
        return;
    // Only the MaxTasks newest can still win: a pruned task that comes again comes with its newest entry or loses.
    QList<Entry> kept = m_candidates.values();
    std::sort(kept.begin(), kept.end(), newerTask);
    kept.resize(MaxTasks);
    m_candidates.clear();
    for (const Entry& e : std::as_const(kept))
        m_candidates.insert(taskKey(e), e);
}

void RecentTasks::finishLoad()
{
    m_loading = false;
    m_tasks = m_candidates.values();
    std::sort(m_tasks.begin(), m_tasks.end(), newerTask);
    if (m_tasks.size() > MaxTasks)
        m_tasks.resize(MaxTasks);
    m_candidates.clear();
    m_todaySpans = std::exchange(m_newSpans, {});
    m_loadedDayStart = m_loadDayStart;
    m_lastLoadRequests = m_loadRequests;
    m_account->setRecentEntries(m_tasks);
    m_loaded = true;
    m_loadedAtMs = m_clock->monotonicMs();
    qCDebug(lcRecent) << "recent tasks:" << m_tasks.size() << "from" << m_loadRequests << "requests";
    emit changed();
    if (m_reloadAgain)
        reload();
}

bool RecentTasks::sameTask(const Entry& a, const Entry& b)
{
    return a.customersId == b.customersId && a.projectsId.value_or(0) == b.projectsId.value_or(0)
        && a.subprojectsId.value_or(0) == b.subprojectsId.value_or(0)
        && a.servicesId.value_or(0) == b.servicesId.value_or(0) && a.text.simplified() == b.text.simplified();
}

QDateTime RecentTasks::startOfDay(const QDateTime& now, int dayOffset) const
{
    // Days in the account's zone: a day with a DST change has 23 or 25 hours.
    const QTimeZone z = m_account->timeZone();
    return now.toTimeZone(z).date().addDays(dayOffset).startOfDay(z).toUTC();
}

qint64 RecentTasks::todayFinishedSeconds() const
{
    const QDateTime now = m_clock->nowUtc();
    const QDateTime dayStart = startOfDay(now);
    const QDateTime dayEnd = startOfDay(now, 1);
    qint64 total = 0;
    for (const Span& e : m_todaySpans) {
        if (e.since >= dayEnd || !e.until.isValid() || e.until <= dayStart)
            continue;
        const QDateTime from = std::max(e.since, dayStart);
        const QDateTime to = std::min(e.until, dayEnd);
        // The server's duration wins for entries that lie inside the day (it may differ after corrections).
        if (from == e.since && to == e.until && e.duration)
            total += *e.duration;
        else
            total += std::max<qint64>(0, from.secsTo(to));
    }
    return total;
}

qint64 RecentTasks::todaySeconds(const std::optional<Entry>& running, const QDateTime& now) const
{
    qint64 total = todayFinishedSeconds();
    if (running && running->timeSince.isValid()) {
        const QDateTime from = std::max(running->timeSince, startOfDay(now));
        total += std::max<qint64>(0, from.secsTo(now));
    }
    return total;
}
