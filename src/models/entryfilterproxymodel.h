// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

class EntryQuery;

// Sorting and filtering of an EntryTableModel for the view: by customer, project, service (or lump-sum service),
// billable state and free text (customer, project, service and description; case and accents ignored, TextFolding). The
// filters the API supports are also written into the next query (applyServerFilters) so that the server sends less; the
// local filter then only repeats them, and the free text stays local because the server's filter[text] only looks at
// descriptions. Columns sort by EntryTableModel::SortRole; ties keep the server's order. In the window this model only
// filters (its rows in the source's order): DayGroupProxyModel orders the rows within their days itself.
class EntryFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // filter[billable]: 0 not billable, 1 billable, 2 billed, 12 billable or billed.
    static constexpr int BillableOrBilled = 12;

    explicit EntryFilterProxyModel(QObject* parent = nullptr);

    void setCustomerId(std::optional<qint64> id);
    std::optional<qint64> customerId() const { return m_customerId; }
    void setProjectId(std::optional<qint64> id);
    std::optional<qint64> projectId() const { return m_projectId; }
    void setServiceId(std::optional<qint64> id);
    std::optional<qint64> serviceId() const { return m_serviceId; }
    void setBillable(std::optional<int> billable);
    std::optional<int> billable() const { return m_billable; }
    void setText(const QString& text);
    QString text() const { return m_text; }
    void clearFilters();

    bool hasFilter() const;
    // True when a filter that goes to the server is set.
    bool hasServerFilter() const;
    // Writes customer, project, service and billable into the query.
    void applyServerFilters(EntryQuery* query) const;

    // Reads the sort key of every row once and orders the rows by (key, row) in a flat array first, so that the
    // comparisons of QSortFilterProxyModel's own sort (1.7 million at 100,000 rows) compare two ints: the same order
    // as comparing the keys (texts as QString does, by UTF-16 code unit; numbers by value), ties in source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A server-side filter changed: the entries should be loaded again with applyServerFilters().
    void serverFiltersChanged();
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changed(bool server);
    // m_sortRanks (or m_sortKeys) of every source row for that column.
    void rankRows(int column);

    std::optional<qint64> m_customerId;
    std::optional<qint64> m_projectId;
    std::optional<qint64> m_serviceId;
    std::optional<int> m_billable;
    QString m_text;
    QStringList m_words;
    // Within sort() and changed() only, by source row: each row's place in the (key, row) order, or, for keys without a
    // plain order (mixed types, NaN), the keys themselves.
    QList<int> m_sortRanks;
    QList<QVariant> m_sortKeys;
};
