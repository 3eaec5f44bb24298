// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/lumpsumservice.h"
#include "models/masterlistmodel.h"

#include <QList>

#include <optional>

class AccountData;

// Every lump-sum service of the account (active or not), sorted by name, with unit and price.
// An adapter over the account's AccountData: it reads the list from there and follows its changes.
class LumpSumServiceListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit LumpSumServiceListModel(AccountData* account, QObject* parent = nullptr);

    const QList<LumpSumService>& lumpSumServices() const;
    std::optional<LumpSumService> lumpSumService(qint64 id) const;

private:
    void sync();

    AccountData* m_account = nullptr;
};
