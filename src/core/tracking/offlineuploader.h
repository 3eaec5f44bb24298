// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clock/clockstate.h"
#include "api/entries/entry.h"
#include "api/transport/apierror.h"
#include "core/tracking/offlinerecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class AccountData;
class ApiClient;
class ApiReply;
class Clock;
class OfflineConflictText;
class OfflineJournal;
class ProbeSchedule;

// Brings the offline journal to Clockodo. While the journal holds something to upload (a finished period, a period
// still running locally that the server does not know, the stop of a clock that ran on the server), it probes
// Clockodo (GET /v2/clock) with a back-off capped at MaxProbeDelayMs, and once the server answers it uploads the
// records in journal order:
// - a finished Period: POST /v2/entries with clocked_offline and time_clocked_since = its start, after a look at the
//   account's entries of its span (an overlap with entries made elsewhere is a conflict the user decides on);
// - a Running Period: POST /v2/clock with time_since = its original start (the API starts a clock retroactively);
//   the record becomes Uploaded and runningAdopted() hands the server's clock to the stopwatch;
// - a ServerStop: DELETE /v2/clock/{id}?time_until = the local stop; stopped elsewhere meanwhile → the server's end
//   is kept and a conflict is reported when it differs.
// Exactly once: before a write is sent the record is durably marked (Uploading / maybeOnServer); when its outcome is
// unknown, or a marked record is found later (after a crash), the client looks for its own entry on the server
// first and adopts it. Conflicts (another clock running, an inactive customer/project/service, the 24 h cap, an
// overlap, ...) stay in the journal with a code and a translated message until the user decides: uploadAnyway(),
// replace() (edit) or discard(). Everything stops at once when the account changes (AccountData cleared, other
// credentials); a 401 stops uploading until the credentials change.
class OfflineUploader : public QObject
{
    Q_OBJECT
public:
    // The first probe after something started waiting (or after the server answered); each failure doubles the delay
    // up to MaxProbeDelayMs: while records wait, Clockodo is asked at least once a minute.
    static constexpr int FirstProbeDelayMs = 5 * 1000;
    static constexpr int MaxProbeDelayMs = 60 * 1000;

    // Conflict codes (OfflineRecord::conflict).
    static const QString ClockRunningElsewhere; // another clock runs on the server
    static const QString Overlap; // the period overlaps entries made elsewhere
    static const QString Inactive; // the server refused the customer, project or service (inactive, completed, ...)
    static const QString TooLong; // longer than an entry may be (23:59:59 h)
    static const QString TooShort; // shorter than a second
    static const QString StoppedElsewhere; // the server clock was stopped elsewhere at another time
    static const QString EntryDeleted; // the entry to stop no longer exists
    static const QString Rejected; // any other refusal of the server (its message tells)

    // All four must outlive the uploader; clock nullptr = Clock::system().
    OfflineUploader(ApiClient* api, AccountData* account, OfflineJournal* journal, Clock* clock = nullptr,
                    QObject* parent = nullptr);
    ~OfflineUploader() override;

    // Records wait and Clockodo has not answered since they began to (or since the last failure).
    bool isProbing() const { return m_probing; }
    // A probe or an upload is under way.
    bool isBusy() const { return m_busy; }
    // A 401 stopped uploading; it resumes when the credentials change.
    bool isSignedOut() const;
    // When the last probe was sent (the injected clock's UTC time; invalid before the first).
    QDateTime lastProbe() const { return m_lastProbe; }
    int probeCount() const { return m_probeCount; }
    // The journal's records that wait for an upload or a decision (OfflineJournal::waitingCount()).
    int waitingCount() const;
    // Something in the journal is to be uploaded (conflicts wait for the user, not for the server).
    bool hasWork() const;
    // Milliseconds until the next probe by the injected clock; -1 when none is scheduled.
    int nextProbeDelayMs() const;
    // The id of the record being uploaded (empty when none).
    QString currentRecordId() const { return m_currentId; }
    // The translated explanation of a conflict code (what conflictMessage starts with).
    static QString conflictText(const QString& code);

public slots:
    // Probes now (and uploads when the server answers); the delay starts again from FirstProbeDelayMs.
    void retryNow();
    // The timer's slot and the tests' seam: probes when the injected clock says the scheduled probe is due.
    void checkTimer();
    // Stops what is under way and schedules nothing (another account; the app quits). evaluate() starts again.
    void stop();
    // Looks at the journal again: schedules a probe when something is to be uploaded, else none.
    void evaluate();

public:
    // The user's decisions in the Waiting view; false when the record is unknown, being uploaded or not in a state the
    // decision applies to. uploadAnyway: once without the check that caused the conflict (overlap, a clock running
    // elsewhere, a different stop elsewhere, ...). replace: the edited task, text or times (id and kind are kept);
    // the record waits again. discard: the record is never uploaded (the UI asks first).
    bool uploadAnyway(const QString& id);
    bool replace(const QString& id, const OfflineRecord& edited);
    bool discard(const QString& id);

signals:
    void probingChanged(bool probing);
    // A record reached the server (uploaded or adopted) — record is its final state (Uploaded).
    void progress(const OfflineRecord& record);
    // A pass ended with nothing left to upload (conflicts may remain).
    void finished();
    // A record is in conflict (record.conflict, record.conflictMessage).
    void conflict(const OfflineRecord& record);
    // A period running locally is now the server's clock (entry): the stopwatch takes it as the truth. When the
    // server's entry has an end, it was stopped elsewhere meanwhile.
    void runningAdopted(const Entry& entry);
    // The server answered 401: nothing is uploaded until the credentials change.
    void signedOut(const ApiError& error);

private:
    using Step = std::function<void()>;
    using Change = std::function<void(OfflineRecord&)>;
    using Handler = std::function<void(ApiReply*)>;

    bool ready() const;
    bool needsUpload(const OfflineRecord& record) const;
    bool isLive(quint64 token) const;
    void setProbing(bool probing);
    void probe();
    void next();
    void endPass();
    // Sends the reply's answer to handler unless the pass was stopped or the account changed meanwhile.
    void call(ApiReply* reply, const Handler& handler);
    // The record from the journal; when it is gone, the pass goes on with the next (next()) and nullopt is returned.
    std::optional<OfflineRecord> recordOrNext(const QString& id);
    // Re-reads the record from the journal, changes it, writes it and continues with then once it is durable.
    void update(const QString& id, const Change& change, const Step& then);
    void onWritten(quint64 ticket, bool ok, const QString& error);
    // A transient failure (network, timeout, 5xx, 429) or a 401 ends the pass: true. Anything else: false.
    bool endsPass(const ApiError& error);
    void backOff(const ApiError& error);
    void withClock(const std::function<void(const ClockState&)>& then);

    // Finished periods.
    void uploadPeriod(const OfflineRecord& record);
    void checkSpan(const QString& id, const QList<Entry>& entries);
    void sendPeriod(const QString& id);
    void confirmPeriod(const QString& id, const ApiError& error);
    // Periods running locally.
    void startRunning(const OfflineRecord& record);
    void checkRunningSpan(const QString& id);
    void sendStart(const QString& id);
    void adoptRunning(const QString& id, const Entry& entry);
    // Stops of server clocks.
    void uploadStop(const OfflineRecord& record);
    void sendStop(const QString& id);
    void checkStoppedEntry(const QString& id);
    void correctEnd(const QString& id);

    void markUploaded(const QString& id, qint64 serverEntryId);
    void markConflict(const QString& id, const QString& code, const QString& detail);
    // endsPass(), else refused().
    void fail(const QString& id, const ApiError& error);
    // A refusal of the server: a conflict (Inactive when it named the task's ids, else Rejected).
    void refused(const QString& id, const ApiError& error);
    // The conflict messages in the account's time zone.
    OfflineConflictText texts() const;

    QPointer<ApiClient> m_api;
    QPointer<AccountData> m_account;
    QPointer<OfflineJournal> m_journal;
    Clock* m_clock = nullptr;
    ProbeSchedule* m_schedule = nullptr;
    QPointer<ApiReply> m_reply;

    quint64 m_token = 0; // stop() and every account change end what carries an older token
    quint64 m_passGeneration = 0; // ApiClient::accountGeneration() of the running pass
    QString m_passKey; // the journal's account of the running pass
    bool m_busy = false;
    bool m_probing = false;
    bool m_signedOut = false;
    quint64 m_signedOutGeneration = 0;
    QDateTime m_lastProbe;
    int m_probeCount = 0;
    std::optional<ClockState> m_clockState; // read in this pass and nothing written since
    QString m_currentId;
    QSet<QString> m_forced; // uploadAnyway(): the next attempt skips the check that caused the conflict
    quint64 m_awaitedTicket = 0;
    Step m_afterWrite;
};
