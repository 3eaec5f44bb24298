// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

class Entry;
class EntryTableModel;
class QAbstractItemModel;
class QAbstractProxyModel;

// The entries behind the rows of a flat model that is EntryTableModel or a chain of proxies over it (the filter
// proxy), read without a QVariant per value. The day groups and the day totals read every row's id, date and span
// after each filter change (and each page of a load): at 100,000 rows the data() calls through the filter proxy were
// most of that cost. A model that is not such a chain is read through data() (isDirect() false), with the same
// results.
//
// Made for one pass: the chain is resolved when the reader is made, so make a new one after the models changed. Over
// an EntryFilterProxyModel that knows its rows' source rows (EntryFilterProxyModel::sourceRows()) no row is mapped.
class EntryRowReader
{
public:
    explicit EntryRowReader(const QAbstractItemModel* model);

    bool isDirect() const { return m_table != nullptr; }
    const EntryTableModel* table() const { return m_table; }
    // The table's row behind row of the model, -1 when none (or when not direct).
    int tableRow(int row) const;
    // The entry behind row, nullptr when none (or when not direct).
    const Entry* entry(int row) const;
    // EntryTableModel::IdRole and LocalDateRole of row, direct or through data().
    qint64 id(int row) const;
    QDate localDate(int row) const;

private:
    const QAbstractItemModel* m_model = nullptr;
    QList<const QAbstractProxyModel*> m_proxies; // from the model down to the table
    const EntryTableModel* m_table = nullptr;
    // The table rows of the model's rows when the chain is a filter proxy that knows them (no mapping per row).
    const QList<int>* m_tableRows = nullptr;
};
