// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/sqliterows.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QList<QList<QVariant>> sqliteRows(const QString& path, const QString& sql)
{
    static int counter = 0;
    QList<QList<QVariant>> rows;
    const QString name = QStringLiteral("clockodo_test_sqlite_rows_%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QList<QVariant> row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row.append(q.value(i));
                    rows.append(row);
                }
            } else {
                qWarning() << sql << q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}
