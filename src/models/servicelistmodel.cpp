// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servicelistmodel.h"

#include "core/session/accountdata.h"

ServiceListModel::ServiceListModel(AccountData* account, QObject* parent)
    : MasterListModel(parent)
    , m_account(account)
{
    connect(m_account, &AccountData::servicesChanged, this, &ServiceListModel::sync);
    sync();
}

void ServiceListModel::sync()
{
    QList<Item> items;
    items.reserve(m_account->services().size());
    for (const Service& s : m_account->services()) {
        Item item;
        item.id = s.id;
        item.name = s.name;
        item.number = s.number;
        item.active = s.active;
        item.selectable = s.active;
        items.append(item);
    }
    setItems(items);
}

const QList<Service>& ServiceListModel::services() const
{
    return m_account->services();
}

std::optional<Service> ServiceListModel::service(qint64 id) const
{
    const Service* found = m_account->service(id);
    return found ? std::optional<Service>(*found) : std::nullopt;
}
