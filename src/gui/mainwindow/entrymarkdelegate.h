// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

// Draws the marks of the entry table: a warning sign in the date cell of an entry that overlaps another
// (EntryTableModel::OverlapsRole) and a padlock in the billable cell of a billed one (LockedRole). The model's
// tooltips say why.
class EntryMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EntryMarkDelegate(QObject* parent = nullptr);

    // The theme's padlock, or a drawn one.
    static QIcon lockIcon(int size);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
