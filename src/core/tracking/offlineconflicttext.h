// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/transport/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// What the "Waiting to upload" view says about a conflict of the OfflineUploader: the translated explanation of each
// conflict code (OfflineUploader::Overlap, ...), the details that follow it (which entries overlap, which clock runs
// elsewhere, where the server has a clock end), and which code a refusal of the server is. Times in the account's
// time zone, in the locale's short format with a four-digit year (DateFormats::shortDateTime).
class OfflineConflictText
{
    Q_DECLARE_TR_FUNCTIONS(OfflineConflictText)

public:
    explicit OfflineConflictText(const QTimeZone& zone);

    // The explanation of a conflict code (what OfflineRecord::conflictMessage starts with).
    static QString forCode(const QString& code);
    // The full message: the code's explanation, then the detail when there is one.
    static QString message(const QString& code, const QString& detail);
    // A refusal of the server: Inactive when it named the task's ids, else Rejected.
    static QString refusalCode(const ApiError& error);

    // Overlap: how many entries made elsewhere overlap the period, and the first of them (others not empty).
    QString overlap(const QList<Entry>& others) const;
    // ClockRunningElsewhere: since when, with which text, the other clock runs.
    QString runningElsewhere(const Entry& running) const;
    // StoppedElsewhere: where the server has the clock end, and where the user stopped it.
    QString stoppedElsewhere(const Entry& entry, const QDateTime& wanted) const;
    QString timeText(const QDateTime& utc) const;

private:
    QTimeZone m_zone;
};
