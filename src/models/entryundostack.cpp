// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entryundostack.h"

#include "core/session/accountdata.h"
#include "models/entrysaveoperation.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUndo, "clockodo.models.undo", QtInfoMsg)

namespace {

// What POST /v2/entries takes of a deleted entry: the task, the times, billable, the text and the amounts. The
// server's own fields (id, insert and change times, clocked marks, revenue, names) are not sent.
Entry recreation(const Entry& deleted)
{
    Entry e;
    e.type = deleted.type;
    e.customersId = deleted.customersId;
    e.projectsId = deleted.projectsId;
    e.subprojectsId = deleted.subprojectsId;
    e.servicesId = deleted.servicesId;
    e.lumpSumServicesId = deleted.lumpSumServicesId;
    e.usersId = deleted.usersId;
    // POST takes billable 0 or 1 (BillableWithoutBilled); a billed entry is marked billed again by a PUT after.
    e.billable = deleted.billable == Entry::Billed ? Entry::IsBillable : deleted.billable;
    e.text = deleted.text;
    e.timeSince = deleted.timeSince;
    e.timeUntil = deleted.timeUntil;
    e.lumpSum = deleted.lumpSum;
    e.lumpSumServicesAmount = deleted.lumpSumServicesAmount;
    return e;
}

} // namespace

EntryUndoStack::EntryUndoStack(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_operation(new EntrySaveOperation(api, this))
{
    qRegisterMetaType<EntryUndoStack::Kind>();
    connect(m_operation, &EntrySaveOperation::succeeded, this, [this](const Entry& saved) {
        if (!m_busy)
            return;
        if (m_current.kind == Kind::Delete) {
            if (!m_markingBilled && m_pending.first().billable == Entry::Billed && saved.billable != Entry::Billed) {
                m_markingBilled = true;
                m_created = saved;
                Entry billed = saved;
                billed.billable = Entry::Billed;
                m_operation->update(saved, billed);
                return;
            }
            m_markingBilled = false;
            rebase(m_pending.first().id, saved);
            m_restored.append(saved);
            m_pending.removeFirst();
            recreateNext();
            return;
        }
        rebase(saved.id, saved);
        setBusy(false);
        emit undone(Kind::Edit, { saved });
    });
    connect(m_operation, &EntrySaveOperation::failed, this, [this](const ApiError& error) {
        if (!m_busy)
            return;
        if (m_current.kind == Kind::Delete) {
            if (m_markingBilled) {
                // Created again, but not marked billed: it is back (not created twice), the message says what is
                // missing.
                m_markingBilled = false;
                m_pending.removeFirst();
                m_restored.append(m_created);
                m_notBilled.append(m_created);
                recreateNext();
                return;
            }
            finishRecreate(error);
            return;
        }
        // Nothing was written (or the same values twice): the step stays for another try.
        push(m_current);
        setBusy(false);
        emit undoFailed(Kind::Edit, tr("The edit could not be undone: %1").arg(error.message()));
    });
    connect(m_operation, &EntrySaveOperation::conflictDetected, this, [this] {
        if (m_markingBilled) {
            // The entry created a moment ago changed already: leave it as it is.
            m_operation->cancel();
            m_markingBilled = false;
            m_restored.append(m_created);
            m_pending.removeFirst();
            recreateNext();
            return;
        }
        m_operation->cancel();
        setBusy(false);
        qCInfo(lcUndo) << "undo refused: entry" << m_current.entries.value(1).id << "changed on the server";
        emit undoFailed(Kind::Edit,
                        tr("Not undone: the entry was changed in Clockodo after your edit, and undoing "
                           "would overwrite that change."));
    });
}

EntryUndoStack::~EntryUndoStack() = default;

void EntryUndoStack::setAccount(AccountData* account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (account)
        connect(account, &AccountData::cleared, this, &EntryUndoStack::clear);
}

bool EntryUndoStack::recordDelete(const QList<Entry>& deleted)
{
    Step step;
    step.kind = Kind::Delete;
    for (const Entry& e : deleted) {
        if (!e.isRunning() && e.id > 0)
            step.entries.append(e);
    }
    if (step.entries.isEmpty() || !m_api)
        return false;
    step.generation = m_api->accountGeneration();
    push(step);
    return true;
}

bool EntryUndoStack::recordEdit(const Entry& before, const Entry& after)
{
    if (!m_api || before.id <= 0 || before.id != after.id || Entry::changes(after, before).isEmpty())
        return false;
    Step step;
    step.kind = Kind::Edit;
    step.entries = { before, after };
    step.generation = m_api->accountGeneration();
    push(step);
    return true;
}

EntryUndoStack::Kind EntryUndoStack::topKind() const
{
    return m_steps.isEmpty() ? Kind::Delete : m_steps.last().kind;
}

int EntryUndoStack::topEntryCount() const
{
    if (m_steps.isEmpty())
        return 0;
    return m_steps.last().kind == Kind::Edit ? 1 : int(m_steps.last().entries.size());
}

void EntryUndoStack::push(const Step& step)
{
    m_steps.append(step);
    while (m_steps.size() > MaxSteps)
        m_steps.removeFirst();
    emit changed();
}

void EntryUndoStack::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    emit changed();
}

bool EntryUndoStack::isCurrent(const Step& step) const
{
    return m_api && step.generation == m_api->accountGeneration();
}

void EntryUndoStack::clear()
{
    const bool had = !m_steps.isEmpty() || m_busy;
    m_steps.clear();
    m_pending.clear();
    m_restored.clear();
    m_notBilled.clear();
    m_markingBilled = false;
    if (m_busy) {
        m_operation->cancel();
        m_busy = false;
        emit busyChanged(false);
    }
    if (had)
        emit changed();
}

void EntryUndoStack::undo()
{
    if (m_busy || m_steps.isEmpty())
        return;
    if (!isCurrent(m_steps.last())) {
        // Recorded for other credentials or another address: its ids mean nothing here.
        clear();
        return;
    }
    m_current = m_steps.takeLast();
    setBusy(true);
    if (m_current.kind == Kind::Delete) {
        m_restored.clear();
        m_pending = m_current.entries;
        recreateNext();
    } else {
        undoEdit();
    }
}

void EntryUndoStack::recreateNext()
{
    if (m_pending.isEmpty()) {
        const QList<Entry> restored = m_restored;
        const int notBilled = int(m_notBilled.size());
        m_restored.clear();
        m_notBilled.clear();
        setBusy(false);
        emit undone(Kind::Delete, restored);
        if (notBilled > 0)
            emit undoFailed(Kind::Delete,
                            tr("%n restored entries could not be marked as billed again.", nullptr, notBilled));
        return;
    }
    m_operation->create(recreation(m_pending.first()));
}

void EntryUndoStack::finishRecreate(const ApiError& error)
{
    // The entries not created again stay deleted: they remain a step to undo (created ones are not sent twice).
    const QList<Entry> restored = m_restored;
    const int missing = int(m_pending.size());
    Step rest = m_current;
    rest.entries = m_pending;
    m_pending.clear();
    m_restored.clear();
    m_notBilled.clear();
    push(rest);
    setBusy(false);
    if (!restored.isEmpty())
        emit undone(Kind::Delete, restored);
    //: %1 is the reason (a sentence from Clockodo)
    emit undoFailed(Kind::Delete,
                    tr("%n deleted entries could not be restored: %1", nullptr, missing).arg(error.message()));
}

void EntryUndoStack::rebase(qint64 oldId, const Entry& now)
{
    // Older edits of this entry now refer to it under its new id (created again), and one that ended where undo has
    // just put it back continues from there (the new time_last_change), so undoing it next is no conflict with
    // ourselves.
    for (Step& step : m_steps) {
        if (step.kind != Kind::Edit || step.entries.at(1).id != oldId)
            continue;
        step.entries[0].id = now.id;
        step.entries[1].id = now.id;
        if (Entry::changes(step.entries.at(1), now).isEmpty())
            step.entries[1] = now;
    }
}

void EntryUndoStack::undoEdit()
{
    // From what the edit wrote back to what was there before; the operation reads the entry first and reports a
    // change made since (conflictDetected) instead of writing.
    const Entry before = m_current.entries.at(0);
    const Entry after = m_current.entries.at(1);
    m_operation->update(after, before);
}
