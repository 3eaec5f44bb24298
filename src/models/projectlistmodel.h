// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/project.h"
#include "models/masterlistmodel.h"

#include <QHash>
#include <QList>

#include <optional>

// Every project of the account (active, inactive, completed), sorted by name: the shared source of all project
// pickers, which narrow it by customer with a PickerFilterProxyModel.
class ProjectListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit ProjectListModel(QObject* parent = nullptr);

    void setProjects(const QList<Project>& projects);
    QList<Project> projects() const { return m_objects.values(); }
    std::optional<Project> project(qint64 id) const;

private:
    QHash<qint64, Project> m_objects;
};
