// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerlistmodel.h"

#include "core/session/accountdata.h"

CustomerListModel::CustomerListModel(AccountData* account, QObject* parent)
    : MasterListModel(parent)
    , m_account(account)
{
    connect(m_account, &AccountData::customersChanged, this, &CustomerListModel::sync);
    sync();
}

void CustomerListModel::sync()
{
    QList<Item> items;
    items.reserve(m_account->customers().size());
    for (const Customer& c : m_account->customers()) {
        Item item;
        item.id = c.id;
        item.name = c.name;
        item.number = c.number;
        item.active = c.active;
        item.selectable = c.active;
        item.serviceAssignments = c.serviceAssignments;
        item.billableDefault = c.billableDefault;
        item.color = c.color;
        items.append(item);
    }
    setItems(items);
}

const QList<Customer>& CustomerListModel::customers() const
{
    return m_account->customers();
}

std::optional<Customer> CustomerListModel::customer(qint64 id) const
{
    const Customer* found = m_account->customer(id);
    return found ? std::optional<Customer>(*found) : std::nullopt;
}
