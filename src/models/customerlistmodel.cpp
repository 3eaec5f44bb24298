// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerlistmodel.h"

CustomerListModel::CustomerListModel(QObject* parent)
    : MasterListModel(parent)
{ }

void CustomerListModel::setCustomers(const QList<Customer>& customers)
{
    QList<Item> items;
    m_objects.clear();
    for (const Customer& c : customers) {
        m_objects.insert(c.id, c);
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

std::optional<Customer> CustomerListModel::customer(qint64 id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.cend() ? std::nullopt : std::optional<Customer>(*it);
}
