// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/masterdata/customer.h"
#include "api/masterdata/project.h"
#include "api/masterdata/service.h"
#include "api/transport/apierror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ApiClient;
class Clock;

// The customers, projects and services as the stopwatch needs them (core, no models): names for messages, menu and
// tooltip, the customer colour, and the lists of the start dialogs' pickers. Loaded once (and again on demand). Names
// the enhanced entry list carries are remembered as well, so a task can be described before (or without) the lists.
class TaskCatalog : public QObject
{
    Q_OBJECT
public:
    // A reload because of an unknown id happens at most this often.
    static constexpr int MinReloadIntervalMs = 5 * 60 * 1000;

    explicit TaskCatalog(ApiClient* api, Clock* clock = nullptr, QObject* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pending > 0; }

    const QList<Customer>& customers() const { return m_customers; }
    const QList<Project>& projects() const { return m_projects; }
    const QList<Service>& services() const { return m_services; }

    const Customer* customer(qint64 id) const;
    const Project* project(qint64 id) const;
    const Service* service(qint64 id) const;

    QString customerName(qint64 id) const;
    QString projectName(qint64 id) const;
    QString serviceName(qint64 id) const;
    // 1..9 (Clockodo's palette), 0 when unknown.
    int customerColor(qint64 id) const;

    // "Customer · Project · Service" (the project left out when there is none).
    QString taskName(const Entry& entry) const;
    // taskName plus " — description" when the entry has one.
    QString describe(const Entry& entry) const;

    // Remembers the *_name fields of enhanced entries.
    void learnNames(const Entry& entry);
    // Loads the lists when an id of the entry is unknown (rate-limited by MinReloadIntervalMs).
    void ensureKnown(const Entry& entry);
    // Takes lists loaded elsewhere (e.g. by the window's models) instead of fetching them; emits loaded().
    void setLists(const QList<Customer>& customers, const QList<Project>& projects, const QList<Service>& services);
    // Somebody else owns the lists (the models' MasterData) and feeds them with setLists(): load() then asks that
    // loader instead of fetching the same lists a second time.
    void setExternalLoader(std::function<void()> loader) { m_externalLoader = std::move(loader); }

public slots:
    // Fetches customers, projects and services (all of them, active or not) in parallel.
    void load();

signals:
    void loaded();
    void loadFailed(const ApiError& error);

private:
    void partDone(bool ok, const ApiError& error);
    void takeCustomers(const QList<Customer>& customers);
    void takeProjects(const QList<Project>& projects);
    void takeServices(const QList<Service>& services);

    ApiClient* m_api = nullptr;
    Clock* m_clock = nullptr;
    QList<Customer> m_customers;
    QList<Project> m_projects;
    QList<Service> m_services;
    QHash<qint64, int> m_customerIndex;
    QHash<qint64, int> m_projectIndex;
    QHash<qint64, int> m_serviceIndex;
    QHash<qint64, QString> m_customerNames;
    QHash<qint64, QString> m_projectNames;
    QHash<qint64, QString> m_serviceNames;
    int m_pending = 0;
    bool m_loaded = false;
    bool m_partFailed = false;
    qint64 m_lastLoadMs = -1;
    std::function<void()> m_externalLoader;
};
