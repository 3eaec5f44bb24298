// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "models/entryundostack.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class AccountData;
class ApiClient;
class EntryTableModel;
class QAction;
class QMenu;
class QWidget;
class UndoToast;

// Undo in the main window: the Undo action (Ctrl+Z, QKeySequence::Undo), the toast over the table that offers it
// for a few seconds after a delete or an edit, and the EntryUndoStack behind both. Deletes are noted before they are
// sent (noteDeleting) so the entries are known when the model reports them gone; edits come from the entry dialog
// (entryEdited). What undo brings back goes into the table (upsert, then a refresh for the names); restored()
// names the entries.
class EntryUndoController : public QObject
{
    Q_OBJECT
public:
    // The toast floats over toastHost; the Undo action works anywhere in window and heads menu.
    EntryUndoController(QWidget* window, QWidget* toastHost, QMenu* menu);

    // Once: the account's API, the table's model and the account store (whose clear() clears the steps).
    void setSources(ApiClient* api, EntryTableModel* model, AccountData* account);

    QAction* undoAction() const { return m_action; }
    UndoToast* toast() const { return m_toast; }
    EntryUndoStack* stack() const { return m_stack; }

    // The entries with these ids are about to be deleted (read from the model now).
    void noteDeleting(const QList<qint64>& ids);
    // The entry dialog saved an edit: before as the server had it, after as it answered.
    void entryEdited(const Entry& before, const Entry& after);

public slots:
    void undo();
    void retranslate();

signals:
    // Undo brought these entries back (new ids after a delete, the same id after an edit).
    void restored(const QList<qint64>& ids);

private:
    void deleteFinished(const QList<qint64>& deleted);
    void undone(EntryUndoStack::Kind kind, const QList<Entry>& entries);
    void failed(const QString& message);
    // Shows a message that follows the language (text is called again on a language change).
    void show(const std::function<QString()>& text, bool undoable);
    // The action's state and text ("Undo delete (2 entries)").
    void updateAction();

    QAction* m_action = nullptr;
    UndoToast* m_toast = nullptr;
    EntryUndoStack* m_stack = nullptr;
    QPointer<EntryTableModel> m_model;
    QHash<qint64, Entry> m_deleting;
    std::function<QString()> m_text;
};
