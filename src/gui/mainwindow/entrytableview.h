// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QList>
#include <QTableView>

#include <optional>

class QLabel;

// The main window's entry table: a QTableView over EntryTableModel (through its proxies, grouped by day with
// DayGroupProxyModel) that knows the entry roles. It sizes the columns from samples in the current language, says
// why it is empty in a placeholder over the viewport, and reads the selection as entry ids (day header rows are
// never part of it). Holds no data of its own.
class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget* parent = nullptr);

    // The placeholder over the empty table; hidden when empty.
    void setEmptyText(const QString& text);
    QString emptyText() const;

    // Fixed widths (no ResizeToContents: it would measure thousands of rows on every change) from samples in the
    // current language and locale, never narrower than the column's title. Again after a language change.
    void fitColumns();

    QList<qint64> selectedIds() const;
    // The current entry when it is selected, else the only selected one.
    std::optional<Entry> currentEntry() const;
    // Makes index the current, only selected row and scrolls to it.
    void selectOnly(const QModelIndex& index, ScrollHint hint = EnsureVisible);
    // Scrolls date's header row to the top and selects the day's first entry; false when no entry starts that day.
    bool showDay(QDate date);
    // True for a day header row (DayGroupProxyModel).
    static bool isDayHeader(const QModelIndex& index);

protected:
    bool viewportEvent(QEvent* event) override;

private:
    void placeEmptyLabel();

    QLabel* m_emptyLabel = nullptr;
};
