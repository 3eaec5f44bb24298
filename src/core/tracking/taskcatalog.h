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

class AccountData;
class Clock;

// The customers, projects and services as the stopwatch needs them (core, no models): a read-only view over the
// account's AccountData with names for messages, menu and tooltip, the customer colour, and the lists of the start
// dialogs' pickers. Names the enhanced entry list carries are remembered as well, so a task can be described before
// (or without) the lists.
class TaskCatalog : public QObject
{
    Q_OBJECT
public:
    // A reload because of an unknown id happens at most this often.
    static constexpr int MinReloadIntervalMs = 5 * 60 * 1000;

    explicit TaskCatalog(AccountData* account, Clock* clock = nullptr, QObject* parent = nullptr);

    AccountData* account() const { return m_account; }
    bool isLoaded() const;
    bool isLoading() const;

    const QList<Customer>& customers() const;
    const QList<Project>& projects() const;
    const QList<Service>& services() const;

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
    // Loads the lists again when an id of the entry is unknown (rate-limited by MinReloadIntervalMs).
    void ensureKnown(const Entry& entry);

public slots:
    // Has the account fetch customers, projects and services (all of them, active or not) unless known or on their
    // way.
    void load();

signals:
    // The customers, projects and services are known (again).
    void loaded();
    // A load ended without all three lists (once per load, after every list's request has ended).
    void loadFailed(const ApiError& error);

private:
    AccountData* m_account = nullptr;
    Clock* m_clock = nullptr;
    QHash<qint64, QString> m_customerNames;
    QHash<qint64, QString> m_projectNames;
    QHash<qint64, QString> m_serviceNames;
    qint64 m_lastLoadMs = -1;
    ApiError m_error; // of the lists' load under way
};
