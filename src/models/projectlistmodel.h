// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/project.h"
#include "models/masterlistmodel.h"

#include <QList>

#include <optional>

class AccountData;

// Every project of the account (active, inactive, completed), sorted by name: the shared source of all project
// pickers, which narrow it by customer with a PickerFilterProxyModel.
// An adapter over the account's AccountData: it reads the list from there and follows its changes.
class ProjectListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit ProjectListModel(AccountData* account, QObject* parent = nullptr);

    const QList<Project>& projects() const;
    std::optional<Project> project(qint64 id) const;

private:
    void sync();

    AccountData* m_account = nullptr;
};
