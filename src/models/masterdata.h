// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/transport/apierror.h"
#include "api/users/user.h"

#include <QObject>
#include <QPointer>

class CustomerListModel;
class LumpSumServiceListModel;
class ProjectListModel;
class ServiceListModel;
class TaskCatalog;

// The account's master data and the signed-in user, loaded once and shared by every picker, table and dialog:
// the current user (/v4/users/me), customers, projects, services and lump-sum services (all of them, active or
// not; pickers narrow them with PickerFilterProxyModel). refresh() fetches everything again on demand.
// With shareWith(), every list load is also handed to the stopwatch's TaskCatalog, so that the app fetches the
// lists once.
class MasterData : public QObject
{
    Q_OBJECT
public:
    explicit MasterData(ApiClient* api, QObject* parent = nullptr);
    ~MasterData() override;

    ApiClient* api() const { return m_api; }
    CustomerListModel* customers() const { return m_customers; }
    ProjectListModel* projects() const { return m_projects; }
    ServiceListModel* services() const { return m_services; }
    LumpSumServiceListModel* lumpSumServices() const { return m_lumpSumServices; }

    bool hasUser() const { return m_user.id > 0; }
    const User& user() const { return m_user; }
    // For callers that fetched /v4/users/me themselves (e.g. at sign-in); emits userChanged when it differs.
    void setUser(const User& user);

    // Hands the customer, project and service lists to catalog after every successful load (and now, if loaded).
    void shareWith(TaskCatalog* catalog);

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_pending > 0; }
    ApiError lastError() const { return m_lastError; }

public slots:
    // Loads everything once; does nothing when loaded or loading.
    void load();
    // Fetches everything again (the lists update in place where possible).
    void refresh();

signals:
    void userChanged(const User& user);
    // All five requests of a load/refresh answered successfully.
    void loaded();
    // A request of a load/refresh failed (emitted once per load; the other lists still update).
    void loadFailed(const ApiError& error);
    void loadingChanged(bool loading);

private:
    void track(ApiReply* reply, void (MasterData::*apply)(ApiReply*));
    void applyUser(ApiReply* reply);
    void applyCustomers(ApiReply* reply);
    void applyProjects(ApiReply* reply);
    void applyServices(ApiReply* reply);
    void applyLumpSumServices(ApiReply* reply);
    void shareLists();

    QPointer<ApiClient> m_api;
    QPointer<TaskCatalog> m_catalog;
    CustomerListModel* m_customers = nullptr;
    ProjectListModel* m_projects = nullptr;
    ServiceListModel* m_services = nullptr;
    LumpSumServiceListModel* m_lumpSumServices = nullptr;
    User m_user;
    ApiError m_lastError;
    int m_pending = 0;
    int m_generation = 0;
    bool m_failedThisLoad = false;
    bool m_loaded = false;
};
