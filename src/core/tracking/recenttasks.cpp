// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/recenttasks.h"

#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "core/tracking/clock.h"
#include "core/tracking/taskcatalog.h"

#include <QLoggingCategory>

#include <algorithm>

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
    connect(m_account, &AccountData::timeZoneChanged, this, [this] {
        if (m_loaded)
            emit changed();
    });
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
    m_loaded = false;
    m_loadedAtMs = -1;
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

void RecentTasks::fetchEntries()
{
    const QDateTime now = m_clock->nowUtc();
    EntryQuery query;
    query.since = startOfDay(now, -(DaysBack - 1));
    query.until = startOfDay(now, 1);
    if (m_account->hasUser())
        query.usersId = m_account->user().id;
    ApiReply* reply = m_api->entries(query);
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_generation] {
        if (generation != m_generation)
            return; // another account by now
        m_loading = false;
        if (!reply->isOk()) {
            qCInfo(lcRecent) << "recent entries not loaded:" << reply->error().message();
            emit loadFailed(reply->error());
        } else {
            takeEntries(reply->valueAs<QList<Entry>>());
        }
        if (m_reloadAgain)
            reload();
    });
}

void RecentTasks::takeEntries(const QList<Entry>& entries)
{
    QList<Entry> finished;
    for (const Entry& e : entries) {
        if (m_catalog)
            m_catalog->learnNames(e);
        if (e.type == Entry::Type::Time && !e.isRunning() && e.servicesId)
            finished.append(e);
    }
    std::stable_sort(finished.begin(), finished.end(),
                     [](const Entry& a, const Entry& b) { return a.timeSince > b.timeSince; });
    m_account->setRecentEntries(finished);
    m_tasks.clear();
    for (const Entry& e : std::as_const(finished)) {
        const bool known
            = std::any_of(m_tasks.cbegin(), m_tasks.cend(), [&e](const Entry& t) { return sameTask(t, e); });
        if (known)
            continue;
        m_tasks.append(e);
        if (m_tasks.size() >= MaxTasks)
            break;
    }
    m_loaded = true;
    m_loadedAtMs = m_clock->monotonicMs();
    emit changed();
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
    for (const Entry& e : m_account->recentEntries()) {
        if (e.timeSince >= dayEnd || !e.timeUntil.isValid() || e.timeUntil <= dayStart)
            continue;
        const QDateTime from = std::max(e.timeSince, dayStart);
        const QDateTime to = std::min(e.timeUntil, dayEnd);
        // The server's duration wins for entries that lie inside the day (it may differ after corrections).
        if (from == e.timeSince && to == e.timeUntil && e.duration)
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
