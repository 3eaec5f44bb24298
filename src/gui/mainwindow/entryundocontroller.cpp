// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entryundocontroller.h"

#include "core/session/accountdata.h"
#include "gui/mainwindow/undotoast.h"
#include "models/entrytablemodel.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

EntryUndoController::EntryUndoController(QWidget* window, QWidget* toastHost, QMenu* menu)
    : QObject(window)
    , m_action(new QAction(window))
    , m_toast(new UndoToast(toastHost))
{
    m_action->setObjectName(QStringLiteral("undoAction"));
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &EntryUndoController::undo);
    connect(m_toast, &UndoToast::undoRequested, this, &EntryUndoController::undo);
    window->addAction(m_action);
    menu->insertAction(menu->actions().value(0), m_action);
    menu->insertSeparator(menu->actions().value(1));
    retranslate();
}

void EntryUndoController::setSources(ApiClient* api, EntryTableModel* model, AccountData* account)
{
    if (m_stack)
        return;
    m_model = model;
    m_stack = new EntryUndoStack(api, this);
    m_stack->setAccount(account);
    connect(m_stack, &EntryUndoStack::changed, this, &EntryUndoController::updateAction);
    connect(m_stack, &EntryUndoStack::undone, this, &EntryUndoController::undone);
    connect(m_stack, &EntryUndoStack::undoFailed, this,
            [this](EntryUndoStack::Kind, const QString& message) { failed(message); });
    if (account) {
        // Another account: nothing of the last one may be offered.
        connect(account, &AccountData::cleared, m_toast, &UndoToast::expire);
    }
    connect(model, &EntryTableModel::deleteFinished, this,
            [this](const QList<qint64>& deleted, const QList<qint64>&, const ApiError&) { deleteFinished(deleted); });
}

void EntryUndoController::noteDeleting(const QList<qint64>& ids)
{
    if (!m_model)
        return;
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_deleting.insert(id, m_model->entryAt(row));
    }
}

void EntryUndoController::deleteFinished(const QList<qint64>& deleted)
{
    QList<Entry> entries;
    for (qint64 id : deleted) {
        if (m_deleting.contains(id))
            entries.append(m_deleting.take(id));
    }
    if (entries.isEmpty() || !m_stack)
        return;
    const int count = int(entries.size());
    const bool recorded = m_stack->recordDelete(entries);
    show([count] { return tr("%n entries deleted.", nullptr, count); }, recorded);
}

void EntryUndoController::entryEdited(const Entry& before, const Entry& after)
{
    if (m_stack && m_stack->recordEdit(before, after))
        show([] { return tr("Entry saved."); }, true);
}

void EntryUndoController::undo()
{
    if (!m_stack || !m_stack->canUndo())
        return;
    m_toast->expire();
    m_stack->undo();
}

void EntryUndoController::undone(EntryUndoStack::Kind kind, const QList<Entry>& entries)
{
    QList<qint64> ids;
    if (m_model) {
        for (const Entry& e : entries) {
            m_model->upsertEntry(e);
            ids.append(e.id);
        }
        // The answers of POST/PUT carry no names or revenue; the list does (the span of the entries back).
        m_model->readBack(entries);
    }
    const int count = int(entries.size());
    if (kind == EntryUndoStack::Kind::Delete)
        show([count] { return tr("%n entries restored (added again as new entries).", nullptr, count); }, false);
    else
        show([] { return tr("Edit undone: the previous values are back."); }, false);
    emit restored(ids);
}

void EntryUndoController::failed(const QString& message)
{
    // The stack's own message (translated when it was made; a server's reason stays as it came).
    show([message] { return message; }, m_stack && m_stack->canUndo());
}

void EntryUndoController::show(const std::function<QString()>& text, bool undoable)
{
    m_text = text;
    m_toast->showMessage(text(), undoable);
}

void EntryUndoController::updateAction()
{
    m_action->setEnabled(m_stack && m_stack->canUndo());
    QString text = tr("Und&o");
    if (m_stack && m_stack->count() > 0) {
        text = m_stack->topKind() == EntryUndoStack::Kind::Delete
            ? tr("Und&o delete (%n entries)", nullptr, m_stack->topEntryCount())
            : tr("Und&o edit");
    }
    m_action->setText(text);
    m_action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                       m_action->shortcut().toString(QKeySequence::NativeText)));
}

void EntryUndoController::retranslate()
{
    updateAction();
    if (m_toast->isVisible() && m_text)
        m_toast->setText(m_text());
}
