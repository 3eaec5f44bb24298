// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/journalstore.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Step n brings a file from version n to n + 1.
const QList<QStringList>& migrationSteps()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE records (id TEXT PRIMARY KEY NOT NULL, account TEXT NOT NULL, "
                           "seq INTEGER NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL, "
                           "customers_id INTEGER NOT NULL DEFAULT 0, projects_id INTEGER NOT NULL DEFAULT 0, "
                           "services_id INTEGER NOT NULL DEFAULT 0, billable INTEGER NOT NULL DEFAULT 0, "
                           "text TEXT NOT NULL DEFAULT '', time_since TEXT, time_until TEXT, "
                           "server_entry_id INTEGER NOT NULL DEFAULT 0, "
                           "maybe_on_server INTEGER NOT NULL DEFAULT 0 CHECK (maybe_on_server IN (0, 1)), "
                           "conflict TEXT NOT NULL DEFAULT '', conflict_message TEXT NOT NULL DEFAULT '', "
                           "attempts INTEGER NOT NULL DEFAULT 0, updated TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX records_account ON records (account, state, seq)"),
        },
    };
    return steps;
}

QString sqlError(const QSqlError& error)
{
    return error.text().trimmed();
}

QVariant timeValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType(QMetaType::QString));
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant textValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool execAll(QSqlDatabase& db, const QStringList& statements, QString* error)
{
    QSqlQuery query(db);
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            *error = sqlError(query.lastError());
            return false;
        }
    }
    return true;
}

int pragmaInt(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

JournalStore::JournalStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("clockodo-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

JournalStore::~JournalStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase JournalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool JournalStore::migrate(QSqlDatabase& db, QString* error)
{
    const int version = pragmaInt(db, QStringLiteral("user_version"));
    if (version < 0) {
        *error = tr("The offline journal %1 cannot be read: %2").arg(db.databaseName(), sqlError(db.lastError()));
        return false;
    }
    if (version > SchemaVersion) {
        *error = tr("The offline journal %1 was written by a newer version of this app (schema %2); it is left "
                    "unchanged.")
                     .arg(db.databaseName())
                     .arg(version);
        return false;
    }
    for (int step = version; step < SchemaVersion; ++step) {
        QString stepError;
        if (!db.transaction()) {
            *error = sqlError(db.lastError());
            return false;
        }
        if (!execAll(db, migrationSteps().at(step), &stepError)
            || !execAll(db, { QStringLiteral("PRAGMA user_version = %1").arg(step + 1) }, &stepError)) {
            db.rollback();
            *error = tr("The offline journal could not be upgraded to schema %1: %2").arg(step + 1).arg(stepError);
            return false;
        }
        if (!db.commit()) {
            *error = sqlError(db.lastError());
            return false;
        }
    }
    return true;
}

bool JournalStore::ensureOpen(QString* error)
{
    if (m_open)
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    restrictFiles(); // before SQLite opens it: SQLite gives its -wal and -shm files the mode of the main file
    bool corrupt = false;
    if (!openFile(error, &corrupt)) {
        if (!corrupt)
            return false;
        // Not a journal SQLite can read (another file's bytes, a damaged page): it is neither the end of the app's
        // offline mode nor overwritten. It is kept beside, and a fresh journal starts.
        const QString aside = moveAside();
        if (aside.isEmpty()) {
            *error = tr("The offline journal %1 is damaged and could not be moved aside.").arg(m_path);
            return false;
        }
        restrictFiles();
        error->clear();
        if (!openFile(error, &corrupt))
            return false;
        emit movedAside(aside);
    }
    restrictFiles(); // the -wal and -shm files exist now; an older journal file may have had a wider mode
    m_open = true;
    return true;
}

bool JournalStore::openFile(QString* error, bool* corrupt)
{
    *corrupt = false;
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? database()
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *corrupt = isCorruption(db.lastError());
        *error = tr("The offline journal %1 cannot be opened: %2").arg(m_path, sqlError(db.lastError()));
        return false;
    }
    // WAL keeps readers and the writer apart; FULL syncs the WAL on every COMMIT, so a committed row survives a
    // power cut, not only a crash of the app. quick_check reads every page once (the journal is small).
    QSqlQuery query(db);
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode = WAL"),
                                QStringLiteral("PRAGMA synchronous = FULL"),
                                QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA quick_check") };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma)) {
            *corrupt = isCorruption(query.lastError());
            *error = tr("The offline journal %1 cannot be opened: %2").arg(m_path, sqlError(query.lastError()));
            db.close();
            return false;
        }
        if (pragma.endsWith(QLatin1String("quick_check"))
            && (!query.next() || query.value(0).toString() != QLatin1String("ok"))) {
            *corrupt = true;
            *error = tr("The offline journal %1 is damaged.").arg(m_path);
            db.close();
            return false;
        }
    }
    query.finish();
    if (!migrate(db, error)) {
        *corrupt = isCorruption(db.lastError());
        db.close();
        return false;
    }
    return true;
}

bool JournalStore::isCorruption(const QSqlError& error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), also as extended codes (low byte).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 11 || (code & 0xff) == 26);
}

QString JournalStore::moveAside()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(m_path, aside))
        return QString();
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm") }) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix))
            QFile::remove(m_path + suffix); // never applied to the fresh journal
    }
    return aside;
}

void JournalStore::restrictFiles() const
{
    // The journal holds the user's work: readable and writable by the user only.
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
    if (!QFileInfo::exists(m_path)) {
        QFile create(m_path);
        if (create.open(QIODevice::WriteOnly | QIODevice::NewOnly, owner))
            create.close();
    }
    for (const QString& file : { m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm") }) {
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, owner);
    }
}

bool JournalStore::prune(QString* error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM records WHERE state IN (?, ?) AND updated < ?"));
    query.addBindValue(OfflineRecord::stateName(OfflineRecord::State::Uploaded));
    query.addBindValue(OfflineRecord::stateName(OfflineRecord::State::Discarded));
    query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-PruneAfterDays).toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        *error = sqlError(query.lastError());
        return false;
    }
    return true;
}

OfflineRecord JournalStore::fromQuery(const QSqlQuery& query)
{
    OfflineRecord r;
    r.id = query.value(0).toString();
    r.kind = OfflineRecord::kindFromName(query.value(1).toString());
    r.state = OfflineRecord::stateFromName(query.value(2).toString());
    r.customersId = query.value(3).toLongLong();
    r.projectsId = query.value(4).toLongLong();
    r.servicesId = query.value(5).toLongLong();
    r.billable = query.value(6).toInt();
    r.text = query.value(7).toString();
    r.start = timeFrom(query.value(8));
    r.end = timeFrom(query.value(9));
    r.serverEntryId = query.value(10).toLongLong();
    r.maybeOnServer = query.value(11).toInt() != 0;
    r.conflict = query.value(12).toString();
    r.conflictMessage = query.value(13).toString();
    r.attempts = query.value(14).toInt();
    return r;
}

bool JournalStore::load(const QString& accountKey, QList<OfflineRecord>* records, QString* error)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, kind, state, customers_id, projects_id, services_id, billable, text, time_since, time_until, "
        "server_entry_id, maybe_on_server, conflict, conflict_message, attempts FROM records "
        "WHERE account = ? AND state NOT IN (?, ?) ORDER BY seq"));
    query.addBindValue(accountKey);
    query.addBindValue(OfflineRecord::stateName(OfflineRecord::State::Uploaded));
    query.addBindValue(OfflineRecord::stateName(OfflineRecord::State::Discarded));
    if (!query.exec()) {
        *error = sqlError(query.lastError());
        return false;
    }
    while (query.next())
        records->append(fromQuery(query));
    return true;
}

void JournalStore::open(quint64 generation, const QString& accountKey)
{
    QString error;
    QList<OfflineRecord> records;
    if (ensureOpen(&error) && prune(&error))
        load(accountKey, &records, &error);
    emit opened(generation, accountKey, records, error);
}

void JournalStore::write(quint64 ticket, const QString& accountKey, const OfflineRecord& record)
{
    QString error;
    if (!ensureOpen(&error)) {
        emit written(ticket, false, error);
        return;
    }
    // One statement is one transaction: the row is on disk (synchronous=FULL) when exec() returns. A row of another
    // account with the same id is never touched.
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO records (id, account, seq, kind, state, customers_id, projects_id, services_id, billable, text, "
        "time_since, time_until, server_entry_id, maybe_on_server, conflict, conflict_message, attempts, updated) "
        "VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM records), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, state = excluded.state, "
        "customers_id = excluded.customers_id, projects_id = excluded.projects_id, "
        "services_id = excluded.services_id, billable = excluded.billable, text = excluded.text, "
        "time_since = excluded.time_since, time_until = excluded.time_until, "
        "server_entry_id = excluded.server_entry_id, maybe_on_server = excluded.maybe_on_server, "
        "conflict = excluded.conflict, conflict_message = excluded.conflict_message, attempts = excluded.attempts, "
        "updated = excluded.updated WHERE records.account = excluded.account"));
    query.addBindValue(record.id);
    query.addBindValue(accountKey);
    query.addBindValue(OfflineRecord::kindName(record.kind));
    query.addBindValue(OfflineRecord::stateName(record.state));
    query.addBindValue(record.customersId);
    query.addBindValue(record.projectsId);
    query.addBindValue(record.servicesId);
    query.addBindValue(record.billable);
    query.addBindValue(textValue(record.text));
    query.addBindValue(timeValue(record.start));
    query.addBindValue(timeValue(record.end));
    query.addBindValue(record.serverEntryId);
    query.addBindValue(record.maybeOnServer ? 1 : 0);
    query.addBindValue(textValue(record.conflict));
    query.addBindValue(textValue(record.conflictMessage));
    query.addBindValue(record.attempts);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        emit written(ticket, false, sqlError(query.lastError()));
        return;
    }
    if (query.numRowsAffected() != 1) {
        emit written(ticket, false, tr("The record %1 belongs to another account.").arg(record.id));
        return;
    }
    emit written(ticket, true, QString());
}
