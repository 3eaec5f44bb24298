// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/customer.h"
#include "models/masterlistmodel.h"

#include <QList>

#include <optional>

class AccountData;

// Every customer of the account (active or not), sorted by name: the shared source of all customer pickers.
// An adapter over the account's AccountData: it reads the list from there and follows its changes.
class CustomerListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit CustomerListModel(AccountData* account, QObject* parent = nullptr);

    const QList<Customer>& customers() const;
    std::optional<Customer> customer(qint64 id) const;

private:
    void sync();

    AccountData* m_account = nullptr;
};
