// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QList>
#include <QTableView>

#include <optional>

class EntryColumnMenu;
class QLabel;
class QTimer;
class ViewportRepaintHold;

// The main window's entry table: a QTableView over EntryTableModel (through its proxies, grouped by day with
// DayGroupProxyModel; day header rows are never part of the selection) that knows the entry roles. It sizes the columns
// by their content (times and amounts from samples in the current language, names from the rows) and lets the
// description take the rest: when the room is short the names give way, so that no horizontal scrollbar is needed. The
// header's context menu hides rarely used columns (columnMenu()). It says why it is empty in a placeholder over the
// viewport and reads the selection as entry ids. Holds no data of its own.
class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget* parent = nullptr);

    // The placeholder over the empty table; hidden when empty.
    void setEmptyText(const QString& text);
    QString emptyText() const;

    void setModel(QAbstractItemModel* model) override;

    // The widths the columns want (no ResizeToContents: it would measure thousands of rows on every change): times
    // and amounts from samples in the current language and locale, names from the first rows, never narrower than
    // the column's title; then fitted to the viewport. Again after a language change and when the rows change.
    void fitColumns();
    // The width below which the shown columns would need a horizontal scrollbar (each at its minimum).
    int neededWidth() const;
    // Which columns show; remembered once it has settings.
    EntryColumnMenu* columnMenu() const { return m_columnMenu; }

    QList<qint64> selectedIds() const;
    // The current entry when it is selected, else the only selected one.
    std::optional<Entry> currentEntry() const;
    // Makes index the current, only selected row and scrolls to it.
    void selectOnly(const QModelIndex& index, ScrollHint hint = EnsureVisible);
    // Scrolls date's header row to the top and selects the day's first entry; false when no entry starts that day.
    bool showDay(QDate date);
    // True for a day header row (DayGroupProxyModel).
    static bool isDayHeader(const QModelIndex& index);
    // How often the columns were measured; for tests.
    int fits() const { return m_fits; }
    // Holds back repaints while rows pour in (a large load).
    ViewportRepaintHold* repaintHold() const { return m_repaintHold; }

protected:
    bool viewportEvent(QEvent* event) override;
    // QTableView repaints the whole viewport when more than one cell changes (a day's header row after every slice of
    // a load, the marks of many rows): here only the rows' band, and nothing when they are out of view.
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;

private:
    // The names are measured in the first rows only (a week has a few dozen, a month a few hundred).
    static constexpr int MeasuredRows = 500;
    static constexpr int RowsRefitMs = 250;
    void placeEmptyLabel();
    // True when rows inserted at first would land below the last row the viewport shows (it is full): nothing that
    // shows moves.
    bool rowsOutOfView(int first) const;
    // The vertical header counted the rows again: QTableView lays out and repaints the whole viewport, except after
    // rows inserted out of view (a large load in date order: most of its slices), where only the scroll range changes.
    void rowCountChangedBy(int oldCount, int newCount);
    int contentWidth(int column, int cap) const;
    int textWidth(const QString& text) const;
    // Gives the shown columns their widths so that the description (stretching) keeps at least its minimum.
    void fitToViewport();

    QLabel* m_emptyLabel = nullptr;
    EntryColumnMenu* m_columnMenu = nullptr;
    QTimer* m_refit = nullptr; // coalesces the row changes of a load
    ViewportRepaintHold* m_repaintHold = nullptr;
    QTimer* m_geometries = nullptr; // the scroll range after rows inserted out of view, once per turn
    bool m_insertedOutOfView = false; // the rows of the latest insertion
    int m_outOfViewCount = 0; // their number until the vertical header counts them
    QElapsedTimer m_lastFit;
    QList<int> m_wanted; // per column
    QList<int> m_minimum;
    int m_descriptionMinimum = 0;
    int m_fits = 0;
    // Widths of the names already measured, in the font they were measured in: a load refits after each slice of
    // rows, and customers, projects and services repeat.
    mutable QHash<QString, int> m_textWidths;
    mutable QFont m_textWidthsFont;
};
