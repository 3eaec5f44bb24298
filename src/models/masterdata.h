// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/apierror.h"
#include "api/users/user.h"
#include "core/session/accountdata.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

class CustomerListModel;
class LumpSumServiceListModel;
class ProjectListModel;
class ServiceListModel;

// The item models over the account's AccountData, shared by every picker, table and dialog: customers, projects,
// services and lump-sum services (all of them, active or not; pickers narrow them with PickerFilterProxyModel), plus
// the signed-in user and the loading of it all, passed through from the AccountData. It holds no data of its own;
// whoever owns the AccountData owns this too.
class MasterData : public QObject
{
    Q_OBJECT
public:
    explicit MasterData(AccountData* account, QObject* parent = nullptr);
    ~MasterData() override;

    AccountData* account() const { return m_account; }
    ApiClient* api() const;
    CustomerListModel* customers() const { return m_customers; }
    ProjectListModel* projects() const { return m_projects; }
    ServiceListModel* services() const { return m_services; }
    LumpSumServiceListModel* lumpSumServices() const { return m_lumpSumServices; }

    bool hasUser() const;
    const User& user() const;
    // The account's time zone (AccountData::timeZone(): the user's, the system's until known).
    QTimeZone timeZone() const;

    // Everything (the user and the four lists) answered successfully.
    bool isLoaded() const;
    bool isLoading() const;
    ApiError lastError() const;

public slots:
    // Loads what is not known yet; does nothing for what is loaded or loading.
    void load();
    // Fetches everything again (the lists update in place where possible).
    void refresh();

signals:
    void userChanged(const User& user);
    // timeZone() changed (before the userChanged that brought it).
    void timeZoneChanged(const QTimeZone& zone);
    // Everything is loaded (after a load or refresh that answered successfully).
    void loaded();
    // A request of a load/refresh failed (emitted once per load; the other lists still update).
    void loadFailed(const ApiError& error);
    void loadingChanged(bool loading);

private:
    QPointer<AccountData> m_account;
    CustomerListModel* m_customers = nullptr;
    ProjectListModel* m_projects = nullptr;
    ServiceListModel* m_services = nullptr;
    LumpSumServiceListModel* m_lumpSumServices = nullptr;
};
