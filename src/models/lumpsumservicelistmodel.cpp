// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/lumpsumservicelistmodel.h"

#include "core/session/accountdata.h"

LumpSumServiceListModel::LumpSumServiceListModel(AccountData* account, QObject* parent)
    : MasterListModel(parent)
    , m_account(account)
{
    connect(m_account, &AccountData::lumpSumServicesChanged, this, &LumpSumServiceListModel::sync);
    sync();
}

void LumpSumServiceListModel::sync()
{
    QList<Item> items;
    items.reserve(m_account->lumpSumServices().size());
    for (const LumpSumService& s : m_account->lumpSumServices()) {
        Item item;
        item.id = s.id;
        item.name = s.name;
        item.number = s.number;
        item.active = s.active;
        item.selectable = s.active;
        item.unit = s.unit;
        item.price = s.price;
        items.append(item);
    }
    setItems(items);
}

const QList<LumpSumService>& LumpSumServiceListModel::lumpSumServices() const
{
    return m_account->lumpSumServices();
}

std::optional<LumpSumService> LumpSumServiceListModel::lumpSumService(qint64 id) const
{
    const LumpSumService* found = m_account->lumpSumService(id);
    return found ? std::optional<LumpSumService>(*found) : std::nullopt;
}
