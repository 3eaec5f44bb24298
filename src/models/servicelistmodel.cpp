// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servicelistmodel.h"

ServiceListModel::ServiceListModel(QObject* parent)
    : MasterListModel(parent)
{ }

void ServiceListModel::setServices(const QList<Service>& services)
{
    QList<Item> items;
    m_objects.clear();
    for (const Service& s : services) {
        m_objects.insert(s.id, s);
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

std::optional<Service> ServiceListModel::service(qint64 id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.cend() ? std::nullopt : std::optional<Service>(*it);
}
