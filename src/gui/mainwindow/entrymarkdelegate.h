// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Draws the marks of the entry table: a warning sign in the date cell of an entry that overlaps another
// (EntryTableModel::OverlapsRole) and a padlock in the billable cell of a billed one (LockedRole). The model's
// tooltips say why. Day header rows (DayGroupProxyModel) are drawn as one band across the row: the day on the left,
// its total on the right edge of the viewport, whichever columns are moved or hidden (every cell paints its part).
class EntryMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EntryMarkDelegate(QObject* parent = nullptr);

    // The theme's padlock, or a drawn one.
    static QIcon lockIcon(int size);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    static void paintDayHeader(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index);
};
