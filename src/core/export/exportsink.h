// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

class AccountData;

// What an export run knows before the first entry arrives: the account (user, master data, time zone), the range
// (inclusive days in the account's zone and the UTC window [since, until) sent to the API), the app version.
struct ExportContext
{
    const AccountData* account = nullptr;
    QTimeZone zone;
    QDate from;
    QDate to;
    QDateTime since; // from's midnight in zone, UTC
    QDateTime until; // the midnight after to in zone, UTC
    QDateTime startedAt; // UTC
    QString appVersion;
};

// Where an export goes: a SQLite database, a CSV or a JSON-lines file. EntryExporter calls begin() once, write()
// for every page as it arrives, then commit() after the last page, or rollback() when the run fails or is canceled:
// a sink leaves its target as it was before begin() unless commit() succeeds. Each call returns false and sets
// *error (a translated sentence) when it fails; the run then ends with rollback().
class ExportSink
{
public:
    virtual ~ExportSink() = default;
    virtual bool begin(const ExportContext& context, QString* error) = 0;
    virtual bool write(const QList<Entry>& page, QString* error) = 0;
    virtual bool commit(int rows, QString* error) = 0;
    virtual void rollback() = 0;
};
