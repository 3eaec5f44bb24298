// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// Runs sql on a fresh QSQLITE connection of the calling thread to path (never another object's connection) and
// returns the rows, every column as a QVariant; a failing statement is logged and gives no rows.
QList<QList<QVariant>> sqliteRows(const QString& path, const QString& sql);
