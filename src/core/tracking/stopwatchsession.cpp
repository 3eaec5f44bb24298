// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/stopwatchsession.h"

#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/clock.h"
#include "core/tracking/favouritetasks.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/taskcatalog.h"

StopwatchSession::StopwatchSession(ApiClient* api, Clock* clock, QObject* parent, AccountData* account)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock ? clock : Clock::system())
    , m_account(account ? account : new AccountData(api, this))
    , m_stopwatch(new Stopwatch(api, m_account, m_clock, this))
    , m_catalog(new TaskCatalog(m_account, m_clock, this))
    , m_recent(new RecentTasks(api, m_account, m_clock, this))
    , m_favourites(new FavouriteTasks(m_account, this))
    , m_offline(new OfflineClock(this))
{
    m_stopwatch->setOfflineClock(m_offline);
    m_stopwatch->setCatalog(m_catalog);
    m_stopwatch->setRecentTasks(m_recent);
    m_recent->setCatalog(m_catalog);
    connect(m_catalog, &TaskCatalog::loaded, this, &StopwatchSession::dataChanged);
    connect(m_recent, &RecentTasks::changed, this, &StopwatchSession::dataChanged);
    connect(m_favourites, &FavouriteTasks::changed, this, &StopwatchSession::dataChanged);
    // Whenever an entry was finished or changed, here or elsewhere, the recent tasks and today's total moved.
    connect(m_stopwatch, &Stopwatch::actionSucceeded, m_recent, &RecentTasks::reload);
    connect(m_stopwatch, &Stopwatch::remoteChange, m_recent, &RecentTasks::reload);
}

StopwatchSession::~StopwatchSession()
{
    // The stopwatch, the catalog and the recent tasks read the account's data: they go before it (an AccountData
    // made here is a child created first, and children are deleted in the order they were created).
    delete m_stopwatch;
    delete m_offline;
    delete m_recent;
    delete m_catalog;
    delete m_favourites;
}

void StopwatchSession::setSettings(Settings* settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    m_favourites->setSettings(settings);
    if (!settings)
        return;
    m_stopwatch->setPollIntervalSeconds(settings->pollIntervalSeconds());
    connect(settings, &Settings::changed, this, [this](const QString& key) {
        if (key == Settings::Key::PollIntervalSeconds && m_settings)
            m_stopwatch->setPollIntervalSeconds(m_settings->pollIntervalSeconds());
    });
}

qint64 StopwatchSession::todaySeconds() const
{
    return m_recent->todaySeconds(m_stopwatch->running(), m_stopwatch->serverNow());
}

void StopwatchSession::start(bool poll)
{
    m_stopwatch->refresh();
    m_catalog->load();
    m_recent->reload();
    m_stopwatch->setPollingEnabled(poll);
}

void StopwatchSession::refreshUnlessReading()
{
    if (!m_stopwatch->isReading())
        m_stopwatch->refresh();
    refreshRest();
}

void StopwatchSession::refresh()
{
    m_stopwatch->refresh();
    refreshRest();
}

void StopwatchSession::refreshRest()
{
    if (!m_catalog->isLoaded() && !m_catalog->isLoading())
        m_catalog->load();
    if (!m_recent->isLoading())
        m_recent->reloadIfOlderThan(RecentMaxAgeMs);
}
