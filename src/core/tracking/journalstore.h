// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/offlinerecord.h"

#include <QList>
#include <QObject>
#include <QString>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

// The disk side of OfflineJournal: owns one QSQLITE connection and lives in the journal's worker thread, so no disk
// I/O ever blocks the GUI thread. Every slot is called through a queued connection and answers with a signal.
// The file: WAL, synchronous=FULL (a COMMIT is on disk when it returns), schema version in PRAGMA user_version with
// one migration step per version, one row per record (table records, keyed by id, with the account's key). The file
// and its -wal and -shm files are readable by the user only (0600). A file SQLite cannot read (not SQLite, damaged)
// is moved aside to "<file>.corrupt-<UTC time>" and a fresh journal starts (movedAside()); a file of a newer schema is
// left alone.
class JournalStore : public QObject
{
    Q_OBJECT
public:
    // The version migrate() brings a file to. A file of a newer version is refused (never changed).
    static constexpr int SchemaVersion = 1;
    // Uploaded and Discarded rows older than this are deleted when an account is opened.
    static constexpr int PruneAfterDays = 30;

    explicit JournalStore(const QString& path, QObject* parent = nullptr);
    ~JournalStore() override;

    // Brings an open database from its user_version to SchemaVersion, one step per version, each in a transaction.
    static bool migrate(QSqlDatabase& db, QString* error);
    // The Qt SQL connection of this store (for tests that check its pragmas in the store's thread).
    QString connectionName() const { return m_connection; }

public slots:
    // Opens the file (once), migrates it, prunes old done rows and loads the account's records that are not done.
    void open(quint64 generation, const QString& accountKey);
    // Inserts or updates the record by id for the account; answers once the COMMIT returned.
    void write(quint64 ticket, const QString& accountKey, const OfflineRecord& record);

signals:
    void opened(quint64 generation, const QString& accountKey, const QList<OfflineRecord>& records,
                const QString& error);
    void written(quint64 ticket, bool ok, const QString& error);
    // The file was not a journal SQLite can read: it is now at `aside` (its -wal and -shm beside it), and a fresh
    // journal took its place.
    void movedAside(const QString& aside);

private:
    bool ensureOpen(QString* error);
    // Opens, checks (quick_check) and migrates the file; corrupt tells whether a failure was the file's content.
    bool openFile(QString* error, bool* corrupt);
    static bool isCorruption(const QSqlError& error);
    // Closes the connection and renames the file (and its -wal, -shm); the new name, empty when that failed.
    QString moveAside();
    // Creates the file with mode 0600 when it does not exist; sets 0600 on it and its -wal and -shm files.
    void restrictFiles() const;
    bool prune(QString* error);
    bool load(const QString& accountKey, QList<OfflineRecord>* records, QString* error);
    static OfflineRecord fromQuery(const QSqlQuery& query);
    QSqlDatabase database() const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
};
