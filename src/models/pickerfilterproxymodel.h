// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

// A per-picker view of a shared MasterListModel: only selectable items (active, not completed), optionally only
// one customer's projects, optionally only the allowed services (service_assignments). The item the edited entry
// already uses stays visible even when it is no longer selectable or allowed, so editing an old entry never
// silently changes it.
class PickerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PickerFilterProxyModel(QObject* parent = nullptr);

    // Projects: only those of this customer (nullopt = every customer).
    void setCustomerId(std::optional<qint64> customerId);
    std::optional<qint64> customerId() const { return m_customerId; }
    // Services: only these ids (nullopt = all).
    void setAllowedIds(std::optional<QSet<qint64>> ids);
    // Kept visible regardless of the selectable and allowed rules (0 = none).
    void setKeptId(qint64 id);
    qint64 keptId() const { return m_keptId; }

    // The proxy row of the item with that id, or -1.
    int rowOfId(qint64 id) const;
    qint64 idAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<qint64> m_customerId;
    std::optional<QSet<qint64>> m_allowedIds;
    qint64 m_keptId = 0;
};
