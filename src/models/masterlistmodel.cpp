// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/masterlistmodel.h"

#include <QCollator>

#include <algorithm>

MasterListModel::MasterListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int MasterListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant MasterListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const Item& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return item.name;
    case Qt::ToolTipRole:
        return item.number.isEmpty() ? item.name : item.name + QStringLiteral(" (") + item.number + QLatin1Char(')');
    case IdRole:
        return item.id;
    case NumberRole:
        return item.number;
    case ActiveRole:
        return item.active;
    case SelectableRole:
        return item.selectable;
    case CustomerIdRole:
        return item.customersId;
    case ServiceAssignmentsRole:
        return QVariant::fromValue(item.serviceAssignments);
    case BillableDefaultRole:
        return item.billableDefault;
    case ColorRole:
        return item.color;
    case UnitRole:
        return item.unit;
    case PriceRole:
        return item.price;
    default:
        return {};
    }
}

QHash<int, QByteArray> MasterListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(NumberRole, "number");
    names.insert(ActiveRole, "active");
    names.insert(SelectableRole, "selectable");
    names.insert(CustomerIdRole, "customersId");
    names.insert(ServiceAssignmentsRole, "serviceAssignments");
    names.insert(BillableDefaultRole, "billableDefault");
    names.insert(ColorRole, "color");
    names.insert(UnitRole, "unit");
    names.insert(PriceRole, "price");
    return names;
}

int MasterListModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

QString MasterListModel::nameOf(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_items.at(row).name;
}

const MasterListModel::Item* MasterListModel::item(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items.at(row);
}

qint64 MasterListModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

void MasterListModel::setItems(QList<Item> items)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(items.begin(), items.end(), [&collator](const Item& a, const Item& b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });

    const bool sameIds = items.size() == m_items.size()
        && std::equal(items.cbegin(), items.cend(), m_items.cbegin(),
                      [](const Item& a, const Item& b) { return a.id == b.id; });
    if (sameIds) {
        m_items = std::move(items);
        if (!m_items.isEmpty())
            emit dataChanged(index(0), index(int(m_items.size()) - 1));
        return;
    }
    beginResetModel();
    m_items = std::move(items);
    m_rowById.clear();
    m_rowById.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rowById.insert(m_items.at(row).id, row);
    endResetModel();
}
