// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/pickerfilterproxymodel.h"

#include "models/masterlistmodel.h"

PickerFilterProxyModel::PickerFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void PickerFilterProxyModel::setCustomerId(std::optional<qint64> customerId)
{
    if (m_customerId == customerId)
        return;
    m_customerId = customerId;
    invalidateFilter();
}

void PickerFilterProxyModel::setAllowedIds(std::optional<QSet<qint64>> ids)
{
    if (m_allowedIds == ids)
        return;
    m_allowedIds = std::move(ids);
    invalidateFilter();
}

void PickerFilterProxyModel::setKeptId(qint64 id)
{
    if (m_keptId == id)
        return;
    m_keptId = id;
    invalidateFilter();
}

int PickerFilterProxyModel::rowOfId(qint64 id) const
{
    const auto* source = qobject_cast<const MasterListModel*>(sourceModel());
    if (!source || id <= 0)
        return -1;
    const int sourceRow = source->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(source->index(sourceRow, 0)).row();
}

qint64 PickerFilterProxyModel::idAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return index(row, 0).data(MasterListModel::IdRole).toLongLong();
}

bool PickerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_customerId && index.data(MasterListModel::CustomerIdRole).toLongLong() != *m_customerId)
        return false;
    const qint64 id = index.data(MasterListModel::IdRole).toLongLong();
    if (m_keptId > 0 && id == m_keptId)
        return true;
    if (!index.data(MasterListModel::SelectableRole).toBool())
        return false;
    if (m_allowedIds && !m_allowedIds->contains(id))
        return false;
    return true;
}
