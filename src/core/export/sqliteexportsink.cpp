// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/sqliteexportsink.h"

#include "core/export/exportrow.h"
#include "core/session/accountdata.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

namespace {

QString sqlType(QMetaType::Type type)
{
    switch (type) {
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return QStringLiteral("INTEGER");
    case QMetaType::Double:
        return QStringLiteral("REAL");
    default:
        return QStringLiteral("TEXT");
    }
}

QString entriesTable()
{
    QStringList columns;
    for (const ExportRow::Column& c : ExportRow::columns()) {
        QString definition = c.name + QLatin1Char(' ') + sqlType(c.type);
        if (c.name == QLatin1String("id"))
            definition += QStringLiteral(" PRIMARY KEY");
        else if (c.notNull)
            definition += QStringLiteral(" NOT NULL");
        if (c.type == QMetaType::Bool)
            definition += QStringLiteral(" CHECK (%1 IN (0, 1))").arg(c.name);
        columns.append(definition);
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS entries (%1)").arg(columns.join(QStringLiteral(", ")));
}

// Hours count time entries only; lump sums are the money of lump-sum values and lump-sum services.
QString totalsView(const QString& name, const QString& key, const QString& label, const QString& join)
{
    return QStringLiteral("CREATE VIEW IF NOT EXISTS %1 AS SELECT %2, %3, "
                          "SUM(CASE WHEN e.type = 1 THEN COALESCE(e.duration, 0) ELSE 0 END) AS seconds, "
                          "SUM(CASE WHEN e.type = 1 THEN COALESCE(e.duration, 0) ELSE 0 END) / 3600.0 AS hours, "
                          "SUM(CASE e.type WHEN 2 THEN COALESCE(e.lumpsum, 0) "
                          "WHEN 3 THEN COALESCE(e.lumpsum_services_amount, 0) * COALESCE(e.lumpsum_services_price, 0) "
                          "ELSE 0 END) AS lump_sums, "
                          "SUM(e.revenue) AS revenue, COUNT(*) AS entries FROM entries e %4 GROUP BY %2 ORDER BY %2")
        .arg(name, key, label, join);
}

} // namespace

SqliteExportSink::SqliteExportSink(const QString& path)
    : m_path(path)
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("clockodo-export-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqliteExportSink::~SqliteExportSink()
{
    SqliteExportSink::rollback(); // this class's own: no virtual dispatch during destruction
}

QStringList SqliteExportSink::schema()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS account (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "users_id INTEGER NOT NULL, email TEXT NOT NULL, time_zone TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS export_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "time_started TEXT NOT NULL, time_finished TEXT NOT NULL, range_from TEXT NOT NULL, "
                       "range_to TEXT NOT NULL, time_since TEXT NOT NULL, time_until TEXT NOT NULL, "
                       "account_email TEXT NOT NULL, users_id INTEGER NOT NULL, app_version TEXT NOT NULL, "
                       "entries INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, role TEXT, "
                       "active INTEGER CHECK (active IN (0, 1)), timezone TEXT, language TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "number TEXT, active INTEGER NOT NULL CHECK (active IN (0, 1)), "
                       "billable_default INTEGER NOT NULL CHECK (billable_default IN (0, 1)), color INTEGER, "
                       "test_data INTEGER NOT NULL CHECK (test_data IN (0, 1)))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS projects (id INTEGER PRIMARY KEY, customers_id INTEGER NOT NULL, "
                       "name TEXT NOT NULL, number TEXT, active INTEGER NOT NULL CHECK (active IN (0, 1)), "
                       "billable_default INTEGER NOT NULL CHECK (billable_default IN (0, 1)), "
                       "completed INTEGER NOT NULL CHECK (completed IN (0, 1)), completed_at TEXT, "
                       "test_data INTEGER NOT NULL CHECK (test_data IN (0, 1)))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS services (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "number TEXT, active INTEGER NOT NULL CHECK (active IN (0, 1)))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS lumpsum_services (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "number TEXT, price REAL NOT NULL, unit TEXT, "
                       "active INTEGER NOT NULL CHECK (active IN (0, 1)))"),
        entriesTable(),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_time_since ON entries (time_since)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS entries_local_date ON entries (local_date)"),
        totalsView(QStringLiteral("hours_per_day"), QStringLiteral("e.local_date"),
                   QStringLiteral("e.local_date AS day"), QString()),
        totalsView(QStringLiteral("hours_per_customer"), QStringLiteral("e.customers_id"),
                   QStringLiteral("COALESCE(c.name, MAX(e.customers_name)) AS customer"),
                   QStringLiteral("LEFT JOIN customers c ON c.id = e.customers_id")),
        totalsView(QStringLiteral("hours_per_project"), QStringLiteral("e.projects_id"),
                   QStringLiteral("COALESCE(p.name, MAX(e.projects_name)) AS project"),
                   QStringLiteral("LEFT JOIN projects p ON p.id = e.projects_id")),
        totalsView(QStringLiteral("hours_per_service"), QStringLiteral("e.services_id"),
                   QStringLiteral("COALESCE(s.name, MAX(e.services_name)) AS service"),
                   QStringLiteral("LEFT JOIN services s ON s.id = e.services_id")),
    };
}

QSqlDatabase SqliteExportSink::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SqliteExportSink::fail(const QSqlQuery& query, QString* error)
{
    *error = tr("The database %1 could not be written: %2").arg(m_path, query.lastError().text());
    return false;
}

bool SqliteExportSink::exec(const QString& statement, QString* error)
{
    QSqlQuery query(database());
    return query.exec(statement) || fail(query, error);
}

bool SqliteExportSink::begin(const ExportContext& context, QString* error)
{
    m_context = context;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            *error = tr("The database %1 could not be opened: %2").arg(m_path, db.lastError().text());
            return false;
        }
    }
    if (!exec(QStringLiteral("PRAGMA busy_timeout = 5000"), error) || !exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_inTransaction = true;
    for (const QString& statement : schema()) {
        if (!exec(statement, error))
            return false;
    }
    if (!checkAccount(error) || !writeMasterData(error))
        return false;
    if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS seen (id INTEGER PRIMARY KEY)"), error)
        || !exec(QStringLiteral("DELETE FROM temp.seen"), error))
        return false;

    QStringList names;
    QStringList placeholders;
    for (const ExportRow::Column& c : ExportRow::columns()) {
        names.append(c.name);
        placeholders.append(QStringLiteral("?"));
    }
    m_insertEntry = std::make_unique<QSqlQuery>(database());
    if (!m_insertEntry->prepare(QStringLiteral("INSERT OR REPLACE INTO entries (%1) VALUES (%2)")
                                    .arg(names.join(QLatin1Char(',')), placeholders.join(QLatin1Char(',')))))
        return fail(*m_insertEntry, error);
    m_insertSeen = std::make_unique<QSqlQuery>(database());
    if (!m_insertSeen->prepare(QStringLiteral("INSERT OR IGNORE INTO temp.seen (id) VALUES (?)")))
        return fail(*m_insertSeen, error);
    return true;
}

bool SqliteExportSink::checkAccount(QString* error)
{
    const User& user = m_context.account->user();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT email FROM account WHERE id = 1")))
        return fail(query, error);
    if (query.next()) {
        const QString owner = query.value(0).toString();
        if (owner.compare(user.email, Qt::CaseInsensitive) != 0) {
            *error = tr("%1 holds the data of %2; it is not exported into for another account (%3). Choose another "
                        "file.")
                         .arg(m_path, owner, user.email);
            return false;
        }
    }
    query.finish();
    if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO account (id, users_id, email, time_zone) "
                                      "VALUES (1, ?, ?, ?)")))
        return fail(query, error);
    query.addBindValue(user.id);
    query.addBindValue(user.email);
    query.addBindValue(QString::fromUtf8(m_context.zone.id()));
    return query.exec() || fail(query, error);
}

bool SqliteExportSink::writeMasterData(QString* error)
{
    const AccountData* a = m_context.account;
    QSqlQuery q(database());
    const auto run = [&](const QString& sql, const QList<QVariant>& values) {
        if (!q.prepare(sql))
            return fail(q, error);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() || fail(q, error);
    };
    const User& u = a->user();
    if (!run(QStringLiteral("INSERT OR REPLACE INTO users (id, name, email, role, active, timezone, language) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             { u.id, u.name, u.email, u.role, u.active, u.timezone, u.language }))
        return false;
    for (const Customer& c : a->customers()) {
        if (!run(QStringLiteral("INSERT OR REPLACE INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 { c.id, c.name, c.number, c.active, c.billableDefault, c.color, c.testData }))
            return false;
    }
    for (const Project& p : a->projects()) {
        if (!run(QStringLiteral("INSERT OR REPLACE INTO projects VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 { p.id, p.customersId, p.name, p.number, p.active, p.billableDefault, p.completed,
                   p.completedAt.isValid() ? QVariant(ExportRow::utcText(p.completedAt)) : QVariant(), p.testData }))
            return false;
    }
    for (const Service& s : a->services()) {
        if (!run(QStringLiteral("INSERT OR REPLACE INTO services VALUES (?, ?, ?, ?)"),
                 { s.id, s.name, s.number, s.active }))
            return false;
    }
    for (const LumpSumService& l : a->lumpSumServices()) {
        if (!run(QStringLiteral("INSERT OR REPLACE INTO lumpsum_services VALUES (?, ?, ?, ?, ?, ?)"),
                 { l.id, l.name, l.number, l.price, l.unit, l.active }))
            return false;
    }
    return true;
}

bool SqliteExportSink::write(const QList<Entry>& page, QString* error)
{
    for (const Entry& entry : page) {
        const QList<QVariant> values = ExportRow::values(entry, m_context.zone);
        for (int i = 0; i < values.size(); ++i)
            m_insertEntry->bindValue(i, values.at(i));
        if (!m_insertEntry->exec())
            return fail(*m_insertEntry, error);
        m_insertSeen->bindValue(0, entry.id);
        if (!m_insertSeen->exec())
            return fail(*m_insertSeen, error);
    }
    return true;
}

bool SqliteExportSink::commit(int rows, QString* error)
{
    // The same window as the API's: the interval meets [since, until); a running time entry is open-ended, an
    // entry without length (lump sums) counts at its start.
    QSqlQuery q(database());
    if (!q.prepare(QStringLiteral("DELETE FROM entries WHERE time_since < :until AND (CASE "
                                  "WHEN time_until IS NULL AND type = 1 THEN 1 "
                                  "WHEN time_until IS NULL OR time_until <= time_since THEN time_since >= :since "
                                  "ELSE time_until > :since END) AND id NOT IN (SELECT id FROM temp.seen)")))
        return fail(q, error);
    q.bindValue(QStringLiteral(":until"), ExportRow::utcText(m_context.until));
    q.bindValue(QStringLiteral(":since"), ExportRow::utcText(m_context.since));
    if (!q.exec())
        return fail(q, error);
    if (!q.prepare(QStringLiteral("INSERT INTO export_runs (time_started, time_finished, range_from, range_to, "
                                  "time_since, time_until, account_email, users_id, app_version, entries) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return fail(q, error);
    for (const QVariant& v :
         QList<QVariant> { ExportRow::utcText(m_context.startedAt), ExportRow::utcText(QDateTime::currentDateTimeUtc()),
                           m_context.from.toString(Qt::ISODate), m_context.to.toString(Qt::ISODate),
                           ExportRow::utcText(m_context.since), ExportRow::utcText(m_context.until),
                           m_context.account->user().email, m_context.account->user().id, m_context.appVersion, rows })
        q.addBindValue(v);
    if (!q.exec())
        return fail(q, error);
    q.finish();
    m_insertEntry.reset();
    m_insertSeen.reset();
    if (!exec(QStringLiteral("DROP TABLE IF EXISTS temp.seen"), error) || !exec(QStringLiteral("COMMIT"), error))
        return false;
    m_inTransaction = false;
    close();
    return true;
}

void SqliteExportSink::rollback()
{
    if (m_inTransaction) {
        m_insertEntry.reset();
        m_insertSeen.reset();
        QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
        m_inTransaction = false;
    }
    close();
}

void SqliteExportSink::close()
{
    m_insertEntry.reset();
    m_insertSeen.reset();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}
