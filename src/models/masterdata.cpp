// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/masterdata.h"

#include "core/tracking/taskcatalog.h"
#include "models/customerlistmodel.h"
#include "models/lumpsumservicelistmodel.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMasterData, "clockodo.models.masterdata", QtInfoMsg)

MasterData::MasterData(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_customers(new CustomerListModel(this))
    , m_projects(new ProjectListModel(this))
    , m_services(new ServiceListModel(this))
    , m_lumpSumServices(new LumpSumServiceListModel(this))
{ }

MasterData::~MasterData() = default;

void MasterData::setUser(const User& user)
{
    if (user == m_user)
        return;
    m_user = user;
    emit userChanged(m_user);
}

void MasterData::shareWith(TaskCatalog* catalog)
{
    m_catalog = catalog;
    if (catalog) {
        // The catalog's own reloads (an unknown id on the clock) become ours: one fetch feeds both.
        catalog->setExternalLoader([self = QPointer<MasterData>(this)] {
            if (self && !self->isLoading())
                self->refresh();
        });
    }
    if (m_loaded)
        shareLists();
}

void MasterData::shareLists()
{
    if (m_catalog)
        m_catalog->setLists(m_customers->customers(), m_projects->projects(), m_services->services());
}

void MasterData::load()
{
    if (m_loaded || isLoading())
        return;
    refresh();
}

void MasterData::refresh()
{
    if (!m_api)
        return;
    const bool wasLoading = isLoading();
    ++m_generation;
    m_pending = 0;
    m_failedThisLoad = false;
    track(m_api->currentUser(), &MasterData::applyUser);
    track(m_api->customers(), &MasterData::applyCustomers);
    track(m_api->projects(), &MasterData::applyProjects);
    track(m_api->services(), &MasterData::applyServices);
    track(m_api->lumpSumServices(), &MasterData::applyLumpSumServices);
    if (!wasLoading)
        emit loadingChanged(true);
}

void MasterData::track(ApiReply* reply, void (MasterData::*apply)(ApiReply*))
{
    ++m_pending;
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, apply, generation] {
        if (generation != m_generation)
            return; // superseded by a newer refresh
        if (reply->isOk()) {
            (this->*apply)(reply);
        } else if (!m_failedThisLoad) {
            m_failedThisLoad = true;
            m_lastError = reply->error();
            qCWarning(lcMasterData) << "loading master data failed:" << reply->path() << reply->error().httpStatus
                                    << reply->error().detail;
            emit loadFailed(m_lastError);
        }
        if (--m_pending == 0) {
            if (!m_failedThisLoad) {
                m_loaded = true;
                m_lastError = {};
                shareLists();
                emit loaded();
            }
            emit loadingChanged(false);
        }
    });
}

void MasterData::applyUser(ApiReply* reply)
{
    setUser(reply->valueAs<User>());
}

void MasterData::applyCustomers(ApiReply* reply)
{
    m_customers->setCustomers(reply->valueAs<QList<Customer>>());
}

void MasterData::applyProjects(ApiReply* reply)
{
    m_projects->setProjects(reply->valueAs<QList<Project>>());
}

void MasterData::applyServices(ApiReply* reply)
{
    m_services->setServices(reply->valueAs<QList<Service>>());
}

void MasterData::applyLumpSumServices(ApiReply* reply)
{
    m_lumpSumServices->setLumpSumServices(reply->valueAs<QList<LumpSumService>>());
}
