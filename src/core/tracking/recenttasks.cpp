// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/recenttasks.h"

#include "api/apiclient.h"
#include "core/tracking/clock.h"
#include "core/tracking/taskcatalog.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRecent, "clockodo.core.recent", QtInfoMsg)

RecentTasks::RecentTasks(ApiClient* api, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock ? clock : Clock::system())
{ }

void RecentTasks::setUser(const User& user)
{
    m_user = user;
    if (m_reloadWhenUserKnown) {
        m_reloadWhenUserKnown = false;
        reload();
    }
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
    if (!m_user && m_userFromOutside && !m_reloadWhenUserKnown) {
        // Somebody else fetches /v4/users/me already; setUser() continues here. Asked again before that answer
        // came (e.g. it failed while offline), we fetch the user ourselves below.
        m_reloadWhenUserKnown = true;
        return;
    }
    m_reloadWhenUserKnown = false;
    m_loading = true;
    m_reloadAgain = false;
    if (m_user) {
        fetchEntries();
        return;
    }
    ApiReply* reply = m_api->currentUser();
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            m_loading = false;
            qCInfo(lcRecent) << "current user not loaded:" << reply->error().message();
            emit loadFailed(reply->error());
            return;
        }
        m_user = reply->valueAs<User>();
        fetchEntries();
    });
}

void RecentTasks::fetchEntries()
{
    const QDateTime now = m_clock->nowUtc();
    EntryQuery query;
    query.since = startOfDay(now).addDays(-(DaysBack - 1));
    query.until = startOfDay(now).addDays(1);
    if (m_user && m_user->id > 0)
        query.usersId = m_user->id;
    ApiReply* reply = m_api->entries(query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
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
    m_entries.clear();
    for (const Entry& e : entries) {
        if (m_catalog)
            m_catalog->learnNames(e);
        if (e.type == Entry::Type::Time && !e.isRunning() && e.servicesId)
            m_entries.append(e);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.timeSince > b.timeSince; });
    m_tasks.clear();
    for (const Entry& e : std::as_const(m_entries)) {
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

QTimeZone RecentTasks::zone() const
{
    if (m_user && !m_user->timezone.isEmpty()) {
        QTimeZone z(m_user->timezone.toUtf8());
        if (z.isValid())
            return z;
    }
    return QTimeZone::systemTimeZone();
}

QDateTime RecentTasks::startOfDay(const QDateTime& now) const
{
    const QTimeZone z = zone();
    return now.toTimeZone(z).date().startOfDay(z).toUTC();
}

qint64 RecentTasks::todayFinishedSeconds() const
{
    const QDateTime now = m_clock->nowUtc();
    const QDateTime dayStart = startOfDay(now);
    const QDateTime dayEnd = dayStart.addDays(1);
    qint64 total = 0;
    for (const Entry& e : m_entries) {
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
