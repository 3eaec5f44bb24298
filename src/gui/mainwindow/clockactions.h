// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;
class StopwatchSession;

// The clock in the main window's menus and keys, over the shared StopwatchSession: the Clock menu with
// Start…/Stop (Ctrl+T), Switch task… (Ctrl+Shift+T) and Continue last task (Ctrl+Shift+C), and for the entry
// table's row context menu "Continue this task" and "Pin this task" / "Unpin this task" (FavouriteTasks). The row
// actions act on the entry given to setRowEntry() and only on time entries (never on a day header or a lump sum).
// System-wide hotkeys (the xdg-desktop-portal GlobalShortcuts) are not here: the README shows how to bind the CLI.
class ClockActions : public QObject
{
    Q_OBJECT
public:
    // window: the parent of the menu and of the dialogs the actions open.
    ClockActions(StopwatchSession* session, QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* startStopAction() const { return m_startStop; }
    QAction* switchAction() const { return m_switch; }
    QAction* continueAction() const { return m_continue; }
    QAction* continueRowAction() const { return m_continueRow; }
    QAction* pinRowAction() const { return m_pinRow; }
    // The actions with window-wide shortcuts (the Clock menu's).
    QList<QAction*> windowActions() const;
    // For the table's context menu: a separator, Continue this task, Pin this task.
    QList<QAction*> rowActions() const;

    // The table's current entry (nullopt: none, or a row that is no entry).
    void setRowEntry(const std::optional<Entry>& entry);
    void retranslate();

private:
    void update();
    void startOrStop();
    void continueRow();

    StopwatchSession* m_session = nullptr;
    QWidget* m_window = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_startStop = nullptr;
    QAction* m_switch = nullptr;
    QAction* m_continue = nullptr;
    QAction* m_rowSeparator = nullptr;
    QAction* m_continueRow = nullptr;
    QAction* m_pinRow = nullptr;
    std::optional<Entry> m_row;
};
