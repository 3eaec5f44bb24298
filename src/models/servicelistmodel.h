// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/service.h"
#include "models/masterlistmodel.h"

#include <QHash>
#include <QList>

#include <optional>

// Every service of the account (active or not), sorted by name: the shared source of all service pickers.
class ServiceListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit ServiceListModel(QObject* parent = nullptr);

    void setServices(const QList<Service>& services);
    QList<Service> services() const { return m_objects.values(); }
    std::optional<Service> service(qint64 id) const;

private:
    QHash<qint64, Service> m_objects;
};
