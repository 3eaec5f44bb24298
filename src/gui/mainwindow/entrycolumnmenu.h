// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QHeaderView;
class QMenu;
class QPoint;
class Settings;

// The context menu of the entry table's header: one check box per column that may be hidden (all but the date and
// the description), so that rarely used ones (revenue, billable) give their room to the others. The choice is
// remembered in Settings by column name.
class EntryColumnMenu : public QObject
{
    Q_OBJECT
public:
    explicit EntryColumnMenu(QHeaderView* header);

    // Hides the columns settings names, and remembers every later change there.
    void setSettings(Settings* settings);
    // Hides the chosen columns again (after the header got a model).
    void apply();
    // The menu as it would open now (checked: shown). Owned by the caller.
    QMenu* createMenu(QWidget* parent);
    void setColumnHidden(int column, bool hidden);
    bool isColumnHidden(int column) const;
    static bool canHide(int column);

signals:
    // A column was shown or hidden.
    void columnsChanged();

private:
    void openMenu(const QPoint& pos);
    static QString nameOf(int column);

    QHeaderView* m_header = nullptr;
    QPointer<Settings> m_settings;
    QStringList m_hidden; // by name, in column order
};
