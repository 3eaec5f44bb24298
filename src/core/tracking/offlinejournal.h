// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/offlinerecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class JournalStore;
class QThread;

// The offline journal: what the user did with the clock while Clockodo could not be reached, durable on disk
// (SQLite through Qt SQL, see JournalStore) until it is uploaded. Lives in the GUI thread; the file is read and
// written by a JournalStore in a worker thread, so nothing here blocks. Every read is served from an in-memory
// mirror that changes at once on write(); `written` tells when the row is durable — the UI confirms an offline action
// only after written(ticket, true). The journal belongs to one account at a time (open(key)); records of another
// account are never loaded, listed or changed.
class OfflineJournal : public QObject
{
    Q_OBJECT
public:
    explicit OfflineJournal(const QString& path = defaultPath(), QObject* parent = nullptr);
    // Waits for the writes already handed to the worker: they all reach the disk.
    ~OfflineJournal() override;

    // QStandardPaths::AppDataLocation + "/offline-journal.sqlite".
    static QString defaultPath();
    QString path() const { return m_path; }

    // AccountData::keyFor(baseUrl, userId). Loads that account's unfinished records in the worker and emits loaded().
    // Another key = another account: the mirror is emptied at once.
    void open(const QString& accountKey);
    // No account (signed out): the mirror is emptied, write() fails.
    void close();
    bool isLoaded() const { return m_loaded; }
    QString accountKey() const { return m_accountKey; }
    // The error of the last open (the file cannot be opened, is of a newer schema, ...); empty when it loaded.
    QString lastError() const { return m_lastError; }

    // This account's records that are not Uploaded/Discarded, oldest first.
    QList<OfflineRecord> records() const { return m_records; }
    std::optional<OfflineRecord> record(const QString& id) const;
    // The Period in state Running, if any.
    std::optional<OfflineRecord> running() const;
    // Records not Running/Uploaded/Discarded.
    int waitingCount() const;
    // Writes handed to the worker whose `written` has not arrived yet.
    int pendingWrites() const { return m_pending.size(); }

    // Inserts or updates the record by id, for the current account; the mirror changes at once (an Uploaded or
    // Discarded record leaves it). Returns a ticket (never 0) that `written` names. Without an account the write
    // fails (written(ticket, false, ...) follows, queued).
    quint64 write(const OfflineRecord& record);

signals:
    void loaded();
    // The row is durable (COMMIT with synchronous=FULL) — or, ok false, it is not, and error says why.
    void written(quint64 ticket, bool ok, const QString& error);
    // The mirror changed.
    void changed();
    // The journal file could not be read (not SQLite, damaged): it was moved aside to `aside` (never overwritten) and
    // a fresh, empty journal started. Emitted once, when that happened; message tells the user (translated).
    void corruptFileMovedAside(const QString& aside, const QString& message);

private:
    void onOpened(quint64 generation, const QString& accountKey, const QList<OfflineRecord>& records,
                  const QString& error);
    void onWritten(quint64 ticket, bool ok, const QString& error);
    void applyToMirror(const OfflineRecord& record);

    QString m_path;
    QThread* m_thread = nullptr;
    JournalStore* m_store = nullptr;
    QString m_accountKey;
    quint64 m_generation = 0;
    quint64 m_nextTicket = 1;
    bool m_loaded = false;
    QString m_lastError;
    QList<OfflineRecord> m_records;
    QSet<QString> m_writtenSinceOpen; // ids written before the load answered: the mirror's copy is newer
    QSet<quint64> m_pending;
    // Per pending write: the record's id and the mirror's copy before it (none: it was new). A write that fails is
    // taken back out of the mirror, so that nothing the disk does not hold shows as recorded.
    struct Before
    {
        QString id;
        std::optional<OfflineRecord> record;
    };
    QHash<quint64, Before> m_before;
};
