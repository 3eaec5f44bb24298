// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clock/clockstartrequest.h"
#include "api/clock/clockstate.h"
#include "api/entries/entry.h"
#include "api/transport/apierror.h"
#include "core/tracking/offlinerecord.h"
#include "core/tracking/stopwatch.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class OfflineJournal;

// The stopwatch's local clock while Clockodo cannot be reached: it turns Start, Switch, Continue and Stop into records
// of the OfflineJournal (a Period per local clock period, a ServerStop for a clock that ran on the server) and tells
// when they are durable (recorded()). The running local period is shown as a clock entry with id 0 (runningEntry());
// reads of the server's clock are adjusted for what still waits in the journal (overlay()). Nothing here talks to
// the server: the OfflineUploader uploads the records.
class OfflineClock : public QObject
{
    Q_OBJECT
public:
    // The id of runningEntry(): no server entry has it.
    static constexpr qint64 LocalEntryId = 0;

    explicit OfflineClock(QObject* parent = nullptr);

    // The account's journal (null: no offline mode).
    void setJournal(OfflineJournal* journal);
    OfflineJournal* journal() const;
    // A journal is open and loaded for the signed-in account: actions can be recorded.
    bool isAvailable() const;
    // Clockodo could not be reached (network, timeout, 5xx, an unreadable answer, 429 with a Retry-After over a
    // minute): the clock may run locally. 401, 403, 400, 404 are answers and never are.
    static bool isUnreachable(const ApiError& error);

    // The local period that runs, as a clock entry (id LocalEntryId), if any.
    std::optional<Entry> runningEntry() const;
    static bool isLocal(const Entry& entry) { return entry.id == LocalEntryId; }
    // Records that wait for an upload or a decision (the running period not counted).
    int waitingCount() const;
    // Records listed in the journal, the running period included.
    int recordCount() const;
    // A read of the server's clock as the user sees it while records wait: the local period runs instead of the
    // server's clock, and a server clock stopped locally (ServerStop not yet uploaded) no longer runs. Returns true
    // when the difference to `shown` comes from an upload (a local period became the server's clock), not from
    // another device.
    bool overlay(ClockState& state, const std::optional<Entry>& shown) const;

    // Records a start at `at` (UTC): the local period that runs (if any) ends at `at`; a clock running on the server
    // (serverRunning) gets a ServerStop at `at`; a new Running period starts. maybeOnServer: the start request may
    // have reached the server. False when nothing can be recorded (no journal); else recorded() follows.
    bool recordStart(const ClockStartRequest& request, const QDateTime& at, const std::optional<Entry>& serverRunning,
                     bool maybeOnServer);
    // Ends the local period at `at`, or writes a ServerStop for serverRunning. False when there is nothing to record.
    bool recordStop(const QDateTime& at, const std::optional<Entry>& serverRunning, bool maybeOnServer);
    // The running local period's task or description changed (it keeps its start).
    bool recordEdit(const Entry& changed);

    // --- the stopwatch's side (Stopwatch calls these while its action is under way) ---
    // The stopwatch whose actions go here offline (Stopwatch::setOfflineClock() calls it).
    void attach(Stopwatch* stopwatch);
    // Records `action` (a start when `start` is set, else a stop) at `at`; the stopwatch confirms it once the records
    // are durable (actionSucceeded), or says plainly that nothing was recorded (actionFailed).
    void act(Stopwatch::Action action, const std::optional<ClockStartRequest>& start, const QDateTime& at,
             bool maybeOnServer);
    // The running local period's task or description changed.
    void actEdit(const Entry& changed);
    // The uploader made the local period the server's clock (OfflineUploader::runningAdopted): the stopwatch shows
    // that entry without calling it a change from another device, and reads the clock again.
    void adopt(const Entry& entry);

signals:
    // The records of the last record*() call are durable (ok) — or not, and error says why.
    void recorded(bool ok, const QString& error);
    // What the journal holds changed (loaded, written, uploaded).
    void changed();

private:
    struct Pending
    {
        Stopwatch::Action action = Stopwatch::Action::Start;
        std::optional<Entry> before; // what ran
        QDateTime at;
        quint64 epoch = 0; // the stopwatch's account epoch
        bool maybeOnServer = false;
    };
    // The local period that runs (end not set, not uploaded or discarded), if any.
    std::optional<OfflineRecord> localRunning() const;
    void finish(bool ok, const QString& error);
    void follow();
    QString confirmation(const Pending& pending) const;
    int billableDefault(const ClockStartRequest& request) const;

    void write(const OfflineRecord& record);
    void onWritten(quint64 ticket, bool ok, const QString& error);
    static OfflineRecord serverStop(const Entry& running, const QDateTime& at, bool maybeOnServer);

    QPointer<OfflineJournal> m_journal;
    QPointer<Stopwatch> m_stopwatch;
    std::optional<Pending> m_pending;
    int m_lastWaiting = 0;
    QSet<quint64> m_tickets; // writes of the last record*() not yet durable
    bool m_failed = false;
    QString m_error;
};
