// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/lumpsumservicelistmodel.h"

LumpSumServiceListModel::LumpSumServiceListModel(QObject* parent)
    : MasterListModel(parent)
{ }

void LumpSumServiceListModel::setLumpSumServices(const QList<LumpSumService>& services)
{
    QList<Item> items;
    m_objects.clear();
    for (const LumpSumService& s : services) {
        m_objects.insert(s.id, s);
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

std::optional<LumpSumService> LumpSumServiceListModel::lumpSumService(qint64 id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.cend() ? std::nullopt : std::optional<LumpSumService>(*it);
}
