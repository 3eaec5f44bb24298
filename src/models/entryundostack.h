// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/entries/entry.h"
#include "api/transport/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class AccountData;
class EntrySaveOperation;

// What the user can take back in the entry views: deleting entries and editing one. Undo is asynchronous and writes
// through EntrySaveOperation like every other save (a create whose answer is lost is looked up, never sent twice;
// an edit reads the entry before it writes):
// - a delete is undone by creating the entries again with the same fields (POST /v2/entries: customer, project,
//   service or lump-sum service, times, billable, text, lump sum / amount; a billed entry is created billable and
//   then marked billed with a PUT, as POST takes no billed entries). Clockodo gives them new ids, and they
//   count as manual entries (the "clocked" mark, the insert time and a fixed hourly rate are not restored). A
//   running clock entry cannot be created again and is not recorded.
// - an edit is undone by writing the previous values of the fields the edit changed (PUT). When the entry changed
//   on the server after the edit (time_last_change or any field differs), undo refuses instead of overwriting.
// Only the newest step is undone at a time (undo()); at most MaxSteps are kept, the oldest go first. The steps
// belong to one account: clear() on AccountData::cleared() (setAccount) and when the ApiClient's account
// generation moved on since a step was recorded.
class EntryUndoStack : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxSteps = 20;

    enum class Kind
    {
        Delete,
        Edit,
    };
    Q_ENUM(Kind)

    explicit EntryUndoStack(ApiClient* api, QObject* parent = nullptr);
    ~EntryUndoStack() override;

    // The account whose clear() clears the steps too (not owned).
    void setAccount(AccountData* account);

    // Entries were deleted (as they were before the delete). Running entries are left out; nothing is recorded when
    // none is left. Returns whether a step was recorded.
    bool recordDelete(const QList<Entry>& deleted);
    // An entry was edited: before as it was on the server right before the edit, after as the server answered it.
    bool recordEdit(const Entry& before, const Entry& after);

    int count() const { return int(m_steps.size()); }
    bool canUndo() const { return !m_steps.isEmpty() && !m_busy; }
    bool isBusy() const { return m_busy; }
    // The newest step's kind and how many entries it concerns (meaningless when count() is 0).
    Kind topKind() const;
    int topEntryCount() const;

public slots:
    // Undoes the newest step; undone() or undoFailed() tells the result. Nothing happens while busy.
    void undo();
    void clear();

signals:
    // The steps or the busy state changed (canUndo(), count()).
    void changed();
    void busyChanged(bool busy);
    // A step was undone: for a delete the entries created again (new ids), for an edit the entry as written back.
    void undone(EntryUndoStack::Kind kind, const QList<Entry>& entries);
    // A step could not be undone; message says why (translated). The step is kept when trying again may help
    // (e.g. no connection), dropped when it cannot (the entry changed on the server since).
    void undoFailed(EntryUndoStack::Kind kind, const QString& message);

private:
    struct Step
    {
        Kind kind = Kind::Delete;
        QList<Entry> entries; // Delete: the deleted entries; Edit: { before, after }
        quint64 generation = 0; // ApiClient::accountGeneration() when recorded
    };

    void push(const Step& step);
    void setBusy(bool busy);
    bool isCurrent(const Step& step) const;
    void recreateNext();
    void finishRecreate(const ApiError& error);
    void undoEdit();
    void rebase(qint64 oldId, const Entry& now);

    QPointer<ApiClient> m_api;
    QPointer<AccountData> m_account;
    QList<Step> m_steps;
    bool m_busy = false;
    // The step being undone, and for a delete the entries created again so far / still to create.
    Step m_current;
    QList<Entry> m_restored;
    QList<Entry> m_pending;
    bool m_markingBilled = false; // m_created (just created) is being marked billed (PUT billable 2)
    Entry m_created;
    QList<Entry> m_notBilled; // created again, but the PUT that marks them billed failed
    EntrySaveOperation* m_operation = nullptr;
};

Q_DECLARE_METATYPE(EntryUndoStack::Kind)
