// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectlistmodel.h"

ProjectListModel::ProjectListModel(QObject* parent)
    : MasterListModel(parent)
{ }

void ProjectListModel::setProjects(const QList<Project>& projects)
{
    QList<Item> items;
    m_objects.clear();
    for (const Project& p : projects) {
        m_objects.insert(p.id, p);
        Item item;
        item.id = p.id;
        item.name = p.name;
        item.number = p.number;
        item.active = p.active;
        item.selectable = p.isSelectable();
        item.customersId = p.customersId;
        item.serviceAssignments = p.serviceAssignments;
        item.billableDefault = p.billableDefault;
        items.append(item);
    }
    setItems(items);
}

std::optional<Project> ProjectListModel::project(qint64 id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.cend() ? std::nullopt : std::optional<Project>(*it);
}
