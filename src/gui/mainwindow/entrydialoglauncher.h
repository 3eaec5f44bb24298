// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

class Clock;
class EntryEditDialog;
class EntryTableModel;
class MasterData;
class QWidget;

// Opens the entry dialog of the main window for a new, an edited or a duplicated entry: window-modal on window,
// deleted on close, knowing the entries of the table (overlap check, place of a duplicate). saved() passes the
// dialog's result on.
class EntryDialogLauncher : public QObject
{
    Q_OBJECT
public:
    explicit EntryDialogLauncher(QWidget* window);

    // The table's entries, the shared master data and the clock (all owned elsewhere).
    void setSources(EntryTableModel* model, MasterData* masterData, Clock* clock);

    // A new entry of type on day (in zone); a time entry starts right after the last finished entry of that day when
    // that ended before now.
    void openNew(Entry::Type type, QDate day, const QTimeZone& zone);
    void openEdit(const Entry& entry);
    void openDuplicate(const Entry& entry);
    // The dialog currently open, nullptr when none.
    EntryEditDialog* currentDialog() const { return m_dialog; }

signals:
    void saved(const Entry& entry, bool created);
    // An edit was saved: before as the server had it right before, after as it answered (for undo).
    void edited(const Entry& before, const Entry& after);

private:
    EntryEditDialog* create();
    void open(EntryEditDialog* dialog);
    QDateTime suggestedStart(QDate day, const QTimeZone& zone) const;

    QWidget* m_window;
    QPointer<EntryTableModel> m_model;
    QPointer<MasterData> m_masterData;
    Clock* m_clock = nullptr;
    QPointer<EntryEditDialog> m_dialog;
};
