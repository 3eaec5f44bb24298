// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/masterdata/customer.h"
#include "models/masterlistmodel.h"

#include <QHash>
#include <QList>

#include <optional>

// Every customer of the account (active or not), sorted by name: the shared source of all customer pickers.
class CustomerListModel : public MasterListModel
{
    Q_OBJECT
public:
    explicit CustomerListModel(QObject* parent = nullptr);

    void setCustomers(const QList<Customer>& customers);
    QList<Customer> customers() const { return m_objects.values(); }
    std::optional<Customer> customer(qint64 id) const;

private:
    QHash<qint64, Customer> m_objects;
};
