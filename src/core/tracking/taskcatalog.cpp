// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/taskcatalog.h"

#include "api/apiclient.h"
#include "core/tracking/clock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTaskCatalog, "clockodo.core.catalog", QtInfoMsg)

TaskCatalog::TaskCatalog(ApiClient* api, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock ? clock : Clock::system())
{ }

void TaskCatalog::load()
{
    if (m_externalLoader) {
        m_lastLoadMs = m_clock->monotonicMs();
        m_externalLoader();
        return;
    }
    if (m_pending > 0)
        return;
    m_pending = 3;
    m_partFailed = false;
    m_lastLoadMs = m_clock->monotonicMs();

    ApiReply* customers = m_api->customers();
    connect(customers, &ApiReply::finished, this, [this, customers] {
        if (customers->isOk())
            takeCustomers(customers->valueAs<QList<Customer>>());
        partDone(customers->isOk(), customers->error());
    });
    ApiReply* projects = m_api->projects();
    connect(projects, &ApiReply::finished, this, [this, projects] {
        if (projects->isOk())
            takeProjects(projects->valueAs<QList<Project>>());
        partDone(projects->isOk(), projects->error());
    });
    ApiReply* services = m_api->services();
    connect(services, &ApiReply::finished, this, [this, services] {
        if (services->isOk())
            takeServices(services->valueAs<QList<Service>>());
        partDone(services->isOk(), services->error());
    });
}

void TaskCatalog::takeCustomers(const QList<Customer>& customers)
{
    m_customers = customers;
    m_customerIndex.clear();
    for (int i = 0; i < m_customers.size(); ++i) {
        m_customerIndex.insert(m_customers.at(i).id, i);
        m_customerNames.insert(m_customers.at(i).id, m_customers.at(i).name);
    }
}

void TaskCatalog::takeProjects(const QList<Project>& projects)
{
    m_projects = projects;
    m_projectIndex.clear();
    for (int i = 0; i < m_projects.size(); ++i) {
        m_projectIndex.insert(m_projects.at(i).id, i);
        m_projectNames.insert(m_projects.at(i).id, m_projects.at(i).name);
    }
}

void TaskCatalog::takeServices(const QList<Service>& services)
{
    m_services = services;
    m_serviceIndex.clear();
    for (int i = 0; i < m_services.size(); ++i) {
        m_serviceIndex.insert(m_services.at(i).id, i);
        m_serviceNames.insert(m_services.at(i).id, m_services.at(i).name);
    }
}

void TaskCatalog::setLists(const QList<Customer>& customers, const QList<Project>& projects,
                           const QList<Service>& services)
{
    takeCustomers(customers);
    takeProjects(projects);
    takeServices(services);
    m_loaded = true;
    m_lastLoadMs = m_clock->monotonicMs();
    emit loaded();
}

void TaskCatalog::partDone(bool ok, const ApiError& error)
{
    if (!ok && !m_partFailed) {
        m_partFailed = true;
        qCInfo(lcTaskCatalog) << "master data not loaded:" << error.message();
        emit loadFailed(error);
    }
    if (--m_pending > 0)
        return;
    if (!m_partFailed) {
        m_loaded = true;
        emit loaded();
    }
}

const Customer* TaskCatalog::customer(qint64 id) const
{
    const auto it = m_customerIndex.constFind(id);
    return it == m_customerIndex.constEnd() ? nullptr : &m_customers.at(*it);
}

const Project* TaskCatalog::project(qint64 id) const
{
    const auto it = m_projectIndex.constFind(id);
    return it == m_projectIndex.constEnd() ? nullptr : &m_projects.at(*it);
}

const Service* TaskCatalog::service(qint64 id) const
{
    const auto it = m_serviceIndex.constFind(id);
    return it == m_serviceIndex.constEnd() ? nullptr : &m_services.at(*it);
}

QString TaskCatalog::customerName(qint64 id) const
{
    const QString name = m_customerNames.value(id);
    return name.isEmpty() ? tr("Customer %1").arg(id) : name;
}

QString TaskCatalog::projectName(qint64 id) const
{
    const QString name = m_projectNames.value(id);
    return name.isEmpty() ? tr("Project %1").arg(id) : name;
}

QString TaskCatalog::serviceName(qint64 id) const
{
    const QString name = m_serviceNames.value(id);
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
    const bool unknown = !m_customerNames.contains(entry.customersId)
        || (entry.projectsId && *entry.projectsId > 0 && !m_projectNames.contains(*entry.projectsId))
        || (entry.servicesId && *entry.servicesId > 0 && !m_serviceNames.contains(*entry.servicesId))
        || !customer(entry.customersId);
    if (!unknown || m_pending > 0)
        return;
    if (m_lastLoadMs >= 0 && m_clock->monotonicMs() - m_lastLoadMs < MinReloadIntervalMs)
        return;
    load();
}
