// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/masterdata.h"

#include "core/session/accountdata.h"
#include "models/customerlistmodel.h"
#include "models/lumpsumservicelistmodel.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"

MasterData::MasterData(AccountData* account, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_customers(new CustomerListModel(account, this))
    , m_projects(new ProjectListModel(account, this))
    , m_services(new ServiceListModel(account, this))
    , m_lumpSumServices(new LumpSumServiceListModel(account, this))
{
    connect(account, &AccountData::timeZoneChanged, this, &MasterData::timeZoneChanged);
    connect(account, &AccountData::userChanged, this, &MasterData::userChanged);
    connect(account, &AccountData::loaded, this, [this] {
        if (isLoaded())
            emit loaded();
    });
    connect(account, &AccountData::loadFailed, this, &MasterData::loadFailed);
    connect(account, &AccountData::loadingChanged, this, &MasterData::loadingChanged);
}

MasterData::~MasterData() = default;

ApiClient* MasterData::api() const
{
    return m_account ? m_account->api() : nullptr;
}

bool MasterData::hasUser() const
{
    return m_account && m_account->hasUser();
}

const User& MasterData::user() const
{
    static const User none;
    return m_account ? m_account->user() : none;
}

QTimeZone MasterData::timeZone() const
{
    return m_account ? m_account->timeZone() : QTimeZone::systemTimeZone();
}

bool MasterData::isLoaded() const
{
    return m_account && m_account->isLoaded();
}

bool MasterData::isLoading() const
{
    return m_account && m_account->isLoading();
}

ApiError MasterData::lastError() const
{
    return m_account ? m_account->lastError() : ApiError();
}

void MasterData::load()
{
    if (m_account)
        m_account->load();
}

void MasterData::refresh()
{
    if (m_account)
        m_account->refresh();
}
