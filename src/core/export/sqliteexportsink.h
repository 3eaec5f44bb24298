// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportsink.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <memory>

class QSqlDatabase;

// Exports into a SQLite database (Qt SQL, QSQLITE): tables entries, customers, projects, services,
// lumpsum_services, users, account and export_runs, and the views hours_per_day, hours_per_customer,
// hours_per_project and hours_per_service. One run is one transaction: master data and entries are upserted by id,
// entries of the range that the server no longer has are deleted, entries outside the range stay; a failed or
// canceled run rolls back, so the file keeps its previous state. A file belongs to one account (the e-mail in the
// table account): exporting another account into it is refused.
class SqliteExportSink : public ExportSink
{
    Q_DECLARE_TR_FUNCTIONS(SqliteExportSink)
public:
    explicit SqliteExportSink(const QString& path);
    ~SqliteExportSink() override;

    bool begin(const ExportContext& context, QString* error) override;
    bool write(const QList<Entry>& page, QString* error) override;
    bool commit(int rows, QString* error) override;
    void rollback() override;

    // The statements that create the schema (tables and views, "IF NOT EXISTS").
    static QStringList schema();

private:
    QSqlDatabase database() const;
    bool exec(const QString& statement, QString* error);
    bool checkAccount(QString* error);
    bool writeMasterData(QString* error);
    bool fail(const QSqlQuery& query, QString* error);
    void close();

    QString m_path;
    QString m_connection;
    ExportContext m_context;
    std::unique_ptr<QSqlQuery> m_insertEntry;
    std::unique_ptr<QSqlQuery> m_insertSeen;
    bool m_inTransaction = false;
};
