// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>

#include <optional>

class EntryQuery;
class QTimer;

// Sorting and filtering of an EntryTableModel for the view: by customer, project, service (or lump-sum service),
// billable state and free text (customer, project, service and description; case and accents ignored, TextFolding). The
// filters the API supports are also written into the next query (applyServerFilters) so that the server sends less; the
// local filter then only repeats them, and the free text stays local because the server's filter[text] only looks at
// descriptions. Columns sort by EntryTableModel::SortRole; ties keep the server's order. In the window this model only
// filters (its rows in the source's order): DayGroupProxyModel orders the rows within their days itself.
//
// A text typed over a large EntryTableModel (more rows than scanRows()) is tested against the rows a slice of
// scanRows() per event-loop turn, and takes effect in one layout change in the turn after every row is tested
// (filtersChanged): at 100,000 rows testing them all took most of a keystroke's turn. A text typed meanwhile starts
// over; rows appended or removed behind the scan need nothing, others start it over, and rows that changed are tested
// again. The filter in effect until then is the previous one (hasFilter() and the rows), while text() is the text
// typed.
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
    // Whether a text is still being tested against the rows (see above).
    bool isScanningText() const { return m_scan.has_value(); }
    int scannedRows() const { return m_scan ? m_scan->next : 0; }
    // Rows tested per turn, and the number of rows above which a text is tested in slices (tests make it small).
    static constexpr int DefaultScanRows = 16384;
    void setScanRows(int rows);
    int scanRows() const { return m_scanRows; }
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
    void setSourceModel(QAbstractItemModel* model) override;

    // The source row of every row, in order, when this model knows them without a mapping each: from its last filter
    // change on while it is not sorted and the rows have not changed since (nullptr otherwise). The day groups and
    // the day totals read every row after a filter change: at 100,000 rows a mapToSource() per row was a third of a
    // cleared filter's turn.
    const QList<int>* sourceRows() const { return m_sourceRowsKnown ? &m_sourceRows : nullptr; }

signals:
    // A server-side filter changed: the entries should be loaded again with applyServerFilters().
    void serverFiltersChanged();
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void changed(bool server);
    // Whether source row passes the filters in effect (m_words tested against the text, or m_scanned).
    bool accepts(int sourceRow, const QModelIndex& sourceParent) const;
    void forgetSourceRows() { m_sourceRowsKnown = false; }
    // m_sortRanks (or m_sortKeys) of every source row for that column.
    void rankRows(int column);
    // The words of m_text in effect, with one layout change.
    void applyWords(const QStringList& words);
    void scanSlice();
    void cancelScan();
    void restartScan();
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);

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

    // A text being tested against the rows of an EntryTableModel, rows [0, next) done.
    struct TextScan
    {
        QStringList words;
        QBitArray matches; // by source row
        int next = 0;
    };
    std::optional<TextScan> m_scan;
    QTimer* m_scanTimer = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_scanRows = DefaultScanRows;
    // Within applyWords() after a scan only: its result for every source row, instead of testing each row again.
    const QBitArray* m_scanned = nullptr;
    // Within changed() only: the result of every source row, tested once before QSortFilterProxyModel asks.
    const QBitArray* m_accepted = nullptr;
    // See sourceRows(): forgotten before any change of the rows reaches a model over this one (the "about to" signals
    // of the source and of this model, connected first).
    QList<int> m_sourceRows;
    bool m_sourceRowsKnown = false;
    // Within changed() only: the rows its layout change brings.
    QList<int> m_nextSourceRows;
    bool m_nextSourceRowsKnown = false;
    bool m_changing = false;
};
