// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entryrowreader.h"

#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"

#include <QAbstractProxyModel>

EntryRowReader::EntryRowReader(const QAbstractItemModel* model)
    : m_model(model)
{
    const QAbstractItemModel* current = model;
    while (current) {
        if (const auto* table = qobject_cast<const EntryTableModel*>(current)) {
            m_table = table;
            if (const auto* filter
                = m_proxies.size() == 1 ? qobject_cast<const EntryFilterProxyModel*>(model) : nullptr)
                m_tableRows = filter->sourceRows();
            return;
        }
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(current);
        if (!proxy)
            break;
        m_proxies.append(proxy);
        current = proxy->sourceModel();
    }
    m_proxies.clear(); // not over an EntryTableModel: read through data()
}

int EntryRowReader::tableRow(int row) const
{
    if (!m_table)
        return -1;
    if (m_proxies.isEmpty())
        return row >= 0 && row < m_table->rowCount() ? row : -1;
    if (m_tableRows)
        return row >= 0 && row < m_tableRows->size() ? m_tableRows->at(row) : -1;
    QModelIndex index = m_model->index(row, 0);
    for (const QAbstractProxyModel* proxy : m_proxies)
        index = proxy->mapToSource(index);
    return index.isValid() && index.model() == m_table ? index.row() : -1;
}

const Entry* EntryRowReader::entry(int row) const
{
    const int at = tableRow(row);
    return at < 0 ? nullptr : &m_table->entryAt(at);
}

qint64 EntryRowReader::id(int row) const
{
    if (!m_table)
        return m_model->index(row, 0).data(EntryTableModel::IdRole).toLongLong();
    const int at = tableRow(row);
    return at < 0 ? 0 : m_table->idAt(at);
}

QDate EntryRowReader::localDate(int row) const
{
    if (!m_table)
        return m_model->index(row, 0).data(EntryTableModel::LocalDateRole).toDate();
    const int at = tableRow(row);
    return at < 0 ? QDate() : m_table->localDateAt(at);
}
