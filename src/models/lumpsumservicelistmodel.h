// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/lumpsumservice.h"
#include "models/masterlistmodel.h"

#include <QHash>
#include <QList>

#include <optional>

// Every lump-sum service of the account (active or not), sorted by name, with unit and price.
class LumpSumServiceListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit LumpSumServiceListModel(QObject* parent = nullptr);

    void setLumpSumServices(const QList<LumpSumService>& lumpSumServices);
    QList<LumpSumService> lumpSumServices() const { return m_objects.values(); }
    std::optional<LumpSumService> lumpSumService(qint64 id) const;

private:
    QHash<qint64, LumpSumService> m_objects;
};
