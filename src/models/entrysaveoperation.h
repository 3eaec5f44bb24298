// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/entries/entry.h"
#include "api/transport/apierror.h"

#include <QObject>
#include <QPointer>

// Saves one entry the way the edit dialog needs it:
// - create(): POST /v2/entries.
// - update(): sends only the changed fields (Entry::changes). Before the PUT it reads the entry again
//   (GET /v2/entries/{id}); when it changed on the server since it was loaded (time_last_change or any writable
//   field differs), conflictDetected() asks the caller, who continues with overwrite() or gives up with cancel().
// Exactly one of succeeded() / failed() ends every create() or update() (cancel() ends it silently).
class EntrySaveOperation : public QObject
{
    Q_OBJECT
public:
    explicit EntrySaveOperation(ApiClient* api, QObject* parent = nullptr);
    ~EntrySaveOperation() override;

    void create(const Entry& entry);
    void update(const Entry& original, const Entry& edited);
    // After conflictDetected(): send the changes anyway (the user's changes relative to what they loaded).
    void overwrite();
    void cancel();

    bool isBusy() const { return m_busy; }
    bool isWaitingForDecision() const { return m_waitingForDecision; }
    // The server's version found by the conflict check.
    Entry serverEntry() const { return m_serverEntry; }
    // After an update() that sent its changes: the server's version they replaced (read right before the PUT), what
    // undoing the edit writes back. An entry with id 0 otherwise.
    Entry replacedEntry() const { return m_replaced; }

signals:
    void busyChanged(bool busy);
    void succeeded(const Entry& saved);
    void failed(const ApiError& error);
    void conflictDetected(const Entry& serverEntry);

private:
    void setBusy(bool busy);
    void sendUpdate();
    void fail(const ApiError& error);
    // The create's answer was lost (ApiError::outcomeUnknown; it went out once): looks for the entry among those
    // of its minute and reports it as saved when it is there, else the error.
    void confirmCreate(const Entry& wanted, const ApiError& error);
    // The edit was answered 2xx but the answer cannot be read: reads the entry and reports it as saved when the
    // changes are there, else the error.
    void confirmUpdate(const ApiError& error);

    QPointer<ApiClient> m_api;
    QPointer<ApiReply> m_reply;
    Entry m_original;
    Entry m_edited;
    Entry m_serverEntry;
    Entry m_replaced;
    bool m_busy = false;
    bool m_waitingForDecision = false;
};
