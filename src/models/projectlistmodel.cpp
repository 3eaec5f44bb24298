// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/projectlistmodel.h"

#include "core/session/accountdata.h"

ProjectListModel::ProjectListModel(AccountData* account, QObject* parent)
    : MasterListModel(parent)
    , m_account(account)
{
    connect(m_account, &AccountData::projectsChanged, this, &ProjectListModel::sync);
    sync();
}

void ProjectListModel::sync()
{
    QList<Item> items;
    items.reserve(m_account->projects().size());
    for (const Project& p : m_account->projects()) {
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

const QList<Project>& ProjectListModel::projects() const
{
    return m_account->projects();
}

std::optional<Project> ProjectListModel::project(qint64 id) const
{
    const Project* found = m_account->project(id);
    return found ? std::optional<Project>(*found) : std::nullopt;
}
