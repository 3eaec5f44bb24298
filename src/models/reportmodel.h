// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

class Clock;
class QTimer;
struct ReportNode;

// The report of the shown range: hours, lump sums, revenue (where the entries carry it) and entry counts, grouped
// as a tree by customer > project > service or by day > customer, computed from the rows of an entry model (normally
// the table's filter proxy, so that the report shows what the table shows; no second download). Time is counted
// as DayTotalsModel counts it: within the range, split at the user's midnights for days, a running entry up to now.
// Lump sums and revenue count on the entry's local start day. Recomputed one event-loop turn after the source
// changed; when the groups stay the same only dataChanged() is emitted (a view keeps its expanded rows).
// Sort with a QSortFilterProxyModel on SortRole.
class ReportModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Grouping
    {
        ByCustomer, // customer > project > service
        ByDay // day > customer
    };
    Q_ENUM(Grouping)
    enum Column
    {
        NameColumn,
        HoursColumn,
        LumpSumsColumn,
        RevenueColumn,
        EntriesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole + 1, // name (or date), seconds, amounts, count
        SecondsRole,
        LumpSumsRole, // double
        RevenueRole, // double, or invalid when no entry of the group carries revenue
        EntryCountRole,
        DateRole // the day of a by-day group
    };
    Q_ENUM(Role)
    // One group of the tree (defined in the .cpp).
    using Node = ReportNode;

    explicit ReportModel(Clock* clock = nullptr, QObject* parent = nullptr);
    ~ReportModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows with the roles and columns of EntryTableModel (EntryRole, the name columns' DisplayRole).
    void setSourceModel(QAbstractItemModel* model);
    QAbstractItemModel* sourceModel() const { return m_source; }
    // Without a valid range the whole duration of every entry counts.
    void setRange(const DateRange& range);
    DateRange range() const { return m_range; }
    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    // While inactive (no view shows the report: its dock is closed) a change of the source only marks the report
    // out of date; it is computed once when it becomes active again. Active by default.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // While the source's rows are still arriving (EntryTableModel::loadingChanged), inserted rows are counted in at
    // most once a LoadIntervalMs (not after every page or slice: each computation reads every row); when the load
    // ends, once more at once. A running clock's tick (a change of the duration column alone) is counted in at most
    // once a TickIntervalMs; any other change one event-loop turn later.
    static constexpr int LoadIntervalMs = 1000;
    static constexpr int TickIntervalMs = 60000;
    void setSourceLoading(bool loading);
    void setLoadIntervalMs(int ms);
    bool isSourceLoading() const { return m_sourceLoading; }
    // How often the report was computed (each reads every row of the source).
    int computations() const { return m_computations; }
    // The account's currency (empty: unknown): lump sums and revenue are shown with it (MoneyFormat).
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }

    qint64 totalSeconds() const;
    double totalLumpSums() const;
    // Invalid when no entry carries revenue (the user may not see it).
    QVariant totalRevenue() const;
    int totalEntries() const;
    // "Total: 12.50 h · 8 entries · lump sums 30.00 · revenue 1,200.00" in the UI language.
    QString totalsText() const;

public slots:
    void recompute();
    void retranslate();

signals:
    void totalsChanged();

private:
    void scheduleRecompute();
    void sourceRowsInserted();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void addEntry(Node* root, int sourceRow, const QList<qint64>& boundaries) const;
    Node* nodeOf(const QModelIndex& index) const;
    void emitChanged(Node* node, const QModelIndex& parent);

    Clock* m_clock = nullptr;
    QPointer<QAbstractItemModel> m_source;
    DateRange m_range;
    Grouping m_grouping = ByCustomer;
    QString m_currency;
    std::unique_ptr<Node> m_root;
    QTimer* m_recomputeTimer = nullptr;
    QTimer* m_loadTimer = nullptr; // rows arrived while loading
    QTimer* m_tickTimer = nullptr; // the running entry's duration changed
    int m_computations = 0;
    bool m_sourceLoading = false;
    bool m_active = true;
    bool m_stale = false;
};
