// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

// The common part of the master-data list models (customers, projects, services, lump-sum services): one row per
// item, sorted by name, with the roles the pickers filter on. Subclasses keep the typed objects.
class MasterListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        ActiveRole,
        // Offered for new entries: active and, for projects, not completed.
        SelectableRole,
        CustomerIdRole, // projects: the customer
        ServiceAssignmentsRole, // QList<qint64>; empty = every service allowed
        BillableDefaultRole,
        ColorRole, // customers: Clockodo colour 1…9
        UnitRole, // lump-sum services
        PriceRole, // lump-sum services
    };
    Q_ENUM(Role)

    struct Item
    {
        qint64 id = 0;
        QString name;
        QString number;
        bool active = true;
        bool selectable = true;
        qint64 customersId = 0;
        QList<qint64> serviceAssignments;
        bool billableDefault = false;
        int color = 0;
        QString unit;
        double price = 0;
    };

    explicit MasterListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of the item with that id, or -1.
    int rowOf(qint64 id) const;
    bool contains(qint64 id) const { return m_rowById.contains(id); }
    // The item's name, or an empty string.
    QString nameOf(qint64 id) const;
    const Item* item(qint64 id) const;
    qint64 idAt(int row) const;

protected:
    // Replaces the items (sorted by name here). When the ids stay the same in the same order, the rows are updated
    // in place (dataChanged), so that open pickers keep their selection; otherwise the model is reset.
    void setItems(QList<Item> items);

private:
    QList<Item> m_items;
    QHash<qint64, int> m_rowById;
};
