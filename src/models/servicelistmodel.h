// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/service.h"
#include "models/masterlistmodel.h"

#include <QList>

#include <optional>

class AccountData;

// Every service of the account (active or not), sorted by name: the shared source of all service pickers.
// An adapter over the account's AccountData: it reads the list from there and follows its changes.
class ServiceListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit ServiceListModel(AccountData* account, QObject* parent = nullptr);

    const QList<Service>& services() const;
    std::optional<Service> service(qint64 id) const;

private:
    void sync();

    AccountData* m_account = nullptr;
};
