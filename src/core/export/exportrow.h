// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>
#include <QVariant>

// The columns every export writes for one entry (the SQLite table "entries", the CSV header, the JSON keys): the
// API's field names, all three entry types' fields, the enhanced-list names, and local_date (the start's day in the
// account's time zone). Times are ISO 8601 UTC text ("2026-11-03T08:00:00Z", so text order is time order), money
// and quantities REAL, booleans 0/1, absent values null.
class ExportRow
{
public:
    struct Column
    {
        QString name;
        QMetaType::Type type; // LongLong, Double, QString or Bool (stored as 0/1)
        bool notNull = false;
    };

    static const QList<Column>& columns();
    // One value per column, in columns() order; null QVariant for absent values.
    static QList<QVariant> values(const Entry& entry, const QTimeZone& zone);
    // "2026-11-03T08:00:00Z"; null QString for an invalid time.
    static QString utcText(const QDateTime& time);
};
