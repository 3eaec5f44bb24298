// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daytotalsmodel.h"
#include "models/rowsortkeys.h"

#include <QAbstractProxyModel>
#include <QDate>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

class EntryRowReader;

// The entry table grouped by day: above the entries of each day a header row ("Monday, 23 November 2026 — 7:45 h")
// with the day's total from DayTotalsModel (wall-clock time, split at the account's midnights, overlaps counted
// once), as the chart shows it. The source is the sorted, filtered entry proxy (EntryTableModel roles); an entry
// belongs to the day of its start (EntryTableModel::LocalDateRole, the account's time zone).
//
// Days follow each other in date order, ascending, or descending while the table is sorted by date or start time
// descending. This model orders the entries within each day itself (sort()): by the column's
// EntryTableModel::SortRole, ties in the source's order, a descending sort the exact reverse of the ascending one. The
// source is never sorted (it keeps its own order: EntryTableModel's, by start), so that a user's re-sort costs a pass
// over keys read in one go and ranked once, not a QSortFilterProxyModel sort of the whole table (at 100,000 rows
// 1.7 million comparisons) and a mapping of every row. A flat table: one
// header row per day, then the day's entries; header rows are neither selectable nor enabled (keyboard navigation
// skips them) and carry the same values in every column (DayHeaderRole etc.), so that a delegate can draw them
// across the row whatever columns are moved or hidden.
//
// Changes stay precise: inserted source rows become rowsInserted in contiguous blocks (a new day with its header in
// one block), removed ones rowsRemoved (the header goes with the day's last entry), data changes dataChanged of the
// rows concerned only (a running entry's tick touches its row; its header follows DayTotalsModel's change of that
// day); an entry whose sort key changes moves within its day (rowsMoved). Only an entry that moves to another day,
// many key changes at once, a re-sort and a source layout change regroup the rows (layoutChanged), a source reset
// resets. Mapping a row is O(log d) (d days); an inserted or removed block is O(n) (row numbers shift).
class DayGroupProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum Role
    {
        DayHeaderRole = Qt::UserRole + 100, // bool: a day header row (false for entries)
        DayDateRole, // QDate of the day (header and entry rows)
        DayTitleRole, // "Monday, 23 November 2026" (headers)
        DayTotalTextRole, // "7:45 h" (headers; empty when the day lies outside the totals' range)
        DaySecondsRole, // qint64 worked seconds of the day (headers)
        DayIsTodayRole, // bool (headers)
    };
    Q_ENUM(Role)

    explicit DayGroupProxyModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // Where the header rows take their totals and today from (not owned).
    void setDayTotals(DayTotalsModel* totals);
    DayTotalsModel* dayTotals() const { return m_totals; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QModelIndex buddy(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Orders each day's entries by column (-1: the source's order); the days follow a descending sort of the date or
    // start column. The source stays as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_keys.column(); }
    Qt::SortOrder sortOrder() const { return m_keys.order(); }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    bool isDayHeader(int row) const;
    int dayCount() const { return int(m_days.size()); }
    QList<QDate> days() const;
    // The header row of date, or -1 when no entry starts that day.
    int headerRowOf(QDate date) const;
    bool daysDescending() const { return m_descending; }

public slots:
    // After a language change: the header rows again.
    void retranslate();

private:
    struct Day
    {
        QDate date;
        QList<int> rows; // source rows in display order (RowSortKeys::before)
    };

    bool dayBefore(QDate a, QDate b) const { return m_descending ? a > b : a < b; }
    int findDay(QDate date) const; // index in m_days or -1
    int insertionDay(QDate date) const; // where a day of date goes
    int dayOfProxyRow(int row) const;
    int proxyRowOfSource(int sourceRow) const;
    // The dates and keys of every source row, read again.
    void readAll();
    // The date of one source row and its hint (m_rowDates, m_rowHints), through the entry behind it when the reader
    // is direct (tableRow: its row in the table when known already, else -1); returns its table row (-1: none known).
    int readDate(const EntryRowReader& reader, int row, int tableRow = -1);
    // Its date and its key (m_keys) too.
    void readRow(const EntryRowReader& reader, int row, int tableRow = -1);
    // Each row's place within its day (m_rowPos), from position from of day on.
    void place(int day, int from = 0);
    void updateOffsets(int fromDay = 0);
    // The days from m_rowDates, their entries in order (by ranks: one unique number per source row, when given).
    void rebuild(const QList<int>& ranks = {});
    QVariant headerRowData(int day, int column, int role) const;
    void emitHeaderChanged(int day);

    void sourceReset();
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void insertIntoDay(QDate date, QList<int> rows);
    void sourceRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void removeFromDay(int day, const QList<int>& rows);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    // Entries whose day changed (source row, new date) go to their new day: new headers first, then the rows
    // (rowsMoved for a few, one layout change for many), then the headers of days left empty.
    void changeDays(const QList<QPair<int, QDate>>& changes);
    void moveRowsBetweenDays(const QList<QPair<int, QDate>>& changes);
    // Entries whose sort key changed (source row, new key) take their new place within their day.
    void changeKeys(const QList<QPair<int, QVariant>>& changes);
    void removeEmptyDays();
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceRowsMoved(const QModelIndex& parent, int start, int end, const QModelIndex& destination, int row);
    void totalsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    // A layout change of this model around a change of m_rowDates (or of the day order).
    void beginRegroup();
    void endRegroup(bool rebuildDays);

    QPointer<DayTotalsModel> m_totals;
    QList<Day> m_days; // in display order
    QList<int> m_headerRows; // proxy row of each day's header
    QList<QDate> m_rowDates; // per source row: the day it starts on
    RowSortKeys m_keys; // per source row: its key for the sort within days
    QList<int> m_rowPos; // per source row: its place within its day's rows
    // Per source row (alongside m_rowDates): where its entry was when last read, its row in EntryTableModel and its
    // id. A hint, checked by id before use (rows the table inserted or removed since move it): when a filter change
    // begins, the rows' table rows without a mapping through the filter proxy each (at 100,000 rows half of the
    // groups' cost of a filter's result).
    struct RowHint
    {
        int tableRow = -1;
        qint64 id = 0;
    };
    QList<RowHint> m_rowHints;
    // The row of EntryTableModel behind source row: the hint when it holds, else the reader's mapping.
    int tableRowOf(const EntryRowReader& reader, int row, int tableRows) const;
    int m_rowCount = 0;
    bool m_descending = false;

    // Across a layout change: the persistent indexes of this model and what they stood for.
    struct Saved
    {
        QPersistentModelIndex source; // an entry
        QDate header; // or a day header
        int column = 0;
    };
    QModelIndexList m_savedProxy;
    QList<Saved> m_saved;
    // While the source reorders its rows: each row's date, hint and key as before the change (shared copies), found
    // by the row of EntryTableModel behind it (m_keptByTableRow: the row before the change, -1 for none; checked by
    // id).
    QList<QDate> m_keptDates;
    QList<RowHint> m_keptHints;
    RowSortKeys m_keptKeys;
    QList<int> m_keptByTableRow;
    int m_regroupDepth = 0;
};
