// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/taskcatalog.h"

#include "core/session/accountdata.h"
#include "core/tracking/clock.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcTaskCatalog, "clockodo.core.catalog", QtInfoMsg)

TaskCatalog::TaskCatalog(AccountData* account, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_clock(clock ? clock : Clock::system())
{
    // loaded() once the three lists are in (again), whatever else the account is still loading.
    const auto changed = [this] {
        if (isLoaded() && !isLoading())
            emit loaded();
    };
    connect(m_account, &AccountData::customersChanged, this, changed);
    connect(m_account, &AccountData::projectsChanged, this, changed);
    connect(m_account, &AccountData::servicesChanged, this, changed);
    connect(m_account, &AccountData::cleared, this, [this] {
        // Another account: the names learned from the old one's entries are not its names.
        m_customerNames.clear();
        m_projectNames.clear();
        m_serviceNames.clear();
        m_lastLoadMs = -1;
        m_error = {};
    });
    // loadFailed() once none of the three lists is on its way any more and one of them failed: whoever waits for
    // the names hears the end of every load, however the account's other parts fare.
    connect(m_account, &AccountData::partFinished, this, [this](AccountData::Part part, const ApiError& error) {
        if (!(AccountData::TaskLists & part))
            return;
        if (error.isError())
            m_error = error;
        if (isLoading() || !m_error.isError())
            return;
        const ApiError failed = std::exchange(m_error, ApiError());
        qCInfo(lcTaskCatalog) << "master data not loaded:" << failed.message();
        emit loadFailed(failed);
    });
}

bool TaskCatalog::isLoaded() const
{
    return m_account->isLoaded(AccountData::TaskLists);
}

bool TaskCatalog::isLoading() const
{
    return m_account->isLoading(AccountData::TaskLists);
}

void TaskCatalog::load()
{
    m_lastLoadMs = m_clock->monotonicMs();
    m_account->load(AccountData::TaskLists);
}

const QList<Customer>& TaskCatalog::customers() const
{
    return m_account->customers();
}

const QList<Project>& TaskCatalog::projects() const
{
    return m_account->projects();
}

const QList<Service>& TaskCatalog::services() const
{
    return m_account->services();
}

const Customer* TaskCatalog::customer(qint64 id) const
{
    return m_account->customer(id);
}

const Project* TaskCatalog::project(qint64 id) const
{
    return m_account->project(id);
}

const Service* TaskCatalog::service(qint64 id) const
{
    return m_account->service(id);
}

QString TaskCatalog::customerName(qint64 id) const
{
    const Customer* known = customer(id);
    const QString name = known ? known->name : m_customerNames.value(id);
    return name.isEmpty() ? tr("Customer %1").arg(id) : name;
}

QString TaskCatalog::projectName(qint64 id) const
{
    const Project* known = project(id);
    const QString name = known ? known->name : m_projectNames.value(id);
    return name.isEmpty() ? tr("Project %1").arg(id) : name;
}

QString TaskCatalog::serviceName(qint64 id) const
{
    const Service* known = service(id);
    const QString name = known ? known->name : m_serviceNames.value(id);
    return name.isEmpty() ? tr("Service %1").arg(id) : name;
}

int TaskCatalog::customerColor(qint64 id) const
{
    const Customer* c = customer(id);
    return c ? c->color : 0;
}

QString TaskCatalog::taskName(const Entry& entry) const
{
    QStringList parts;
    parts << customerName(entry.customersId);
    if (entry.projectsId && *entry.projectsId > 0)
        parts << projectName(*entry.projectsId);
    if (entry.servicesId && *entry.servicesId > 0)
        parts << serviceName(*entry.servicesId);
    return parts.join(QStringLiteral(" · "));
}

QString TaskCatalog::describe(const Entry& entry) const
{
    const QString task = taskName(entry);
    const QString text = entry.text.simplified();
    return text.isEmpty() ? task : tr("%1 — %2", "task — description").arg(task, text);
}

void TaskCatalog::learnNames(const Entry& entry)
{
    if (!entry.customersName.isEmpty())
        m_customerNames.insert(entry.customersId, entry.customersName);
    if (entry.projectsId && !entry.projectsName.isEmpty())
        m_projectNames.insert(*entry.projectsId, entry.projectsName);
    if (entry.servicesId && !entry.servicesName.isEmpty())
        m_serviceNames.insert(*entry.servicesId, entry.servicesName);
}

void TaskCatalog::ensureKnown(const Entry& entry)
{
    learnNames(entry);
    const bool unknown = !customer(entry.customersId)
        || (entry.projectsId && *entry.projectsId > 0 && !project(*entry.projectsId)
            && !m_projectNames.contains(*entry.projectsId))
        || (entry.servicesId && *entry.servicesId > 0 && !service(*entry.servicesId)
            && !m_serviceNames.contains(*entry.servicesId));
    if (!unknown || isLoading())
        return;
    if (m_lastLoadMs >= 0 && m_clock->monotonicMs() - m_lastLoadMs < MinReloadIntervalMs)
        return;
    m_lastLoadMs = m_clock->monotonicMs();
    m_account->refresh(AccountData::TaskLists);
}
