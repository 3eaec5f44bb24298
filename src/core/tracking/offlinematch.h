// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/entries/entryquery.h"
#include "api/transport/apierror.h"
#include "core/tracking/offlinerecord.h"

#include <QDateTime>
#include <QList>

#include <optional>

// How OfflineUploader compares an offline record with what the server holds: the entry it uploads, its own entry
// from an earlier attempt (same task, start, end and text to the second), the entries it would overlap, the clock
// it started. Pure functions, no state.
class OfflineMatch
{
public:
    // What the wire carries: whole seconds (ApiTime::format drops the milliseconds).
    static QDateTime wholeSeconds(const QDateTime& time);
    // The record is for the uploader to bring to the server now: a finished period, a period running locally that the
    // server does not know, a stop of a server clock; not while it waits for the user's decision on a conflict
    // (unless forced: "upload anyway") — except a finished period whose clock had run beside another clock.
    static bool isToUpload(const OfflineRecord& record, bool forced);
    // The body of POST /v2/entries for a finished period: clocked_offline, time_clocked_since = its start.
    static Entry entryFor(const OfflineRecord& record);
    // GET /v2/entries of the user in [record start, until) (until invalid: the record's end).
    static EntryQuery spanQuery(const OfflineRecord& record, qint64 usersId, const QDateTime& until = {});
    // The entry an earlier upload of the record created, if entries hold it.
    static std::optional<Entry> findOwn(const OfflineRecord& record, const QList<Entry>& entries);
    // An entry that only reaches this far over one edge of the record's span is no overlap: the seconds between a
    // server clock stopped at the server's time and the local period that followed it (clock skew, latency).
    static constexpr qint64 EdgeToleranceSeconds = 60;
    // The user's time entries that overlap the record's span (a running one counts as open-ended).
    static QList<Entry> overlaps(const OfflineRecord& record, const QList<Entry>& entries, qint64 usersId);
    // How far the server's time of a start or stop may lie from the record's when the request that may have done it
    // went out online and its outcome stayed unknown (OfflineRecord::maybeOnServer: the stopwatch sent it without a
    // time, so the server used its own clock): latency up to the request timeout plus clock skew.
    static constexpr qint64 UnknownOutcomeToleranceSeconds = 5 * 60;
    // The tolerance for the record: UnknownOutcomeToleranceSeconds when maybeOnServer, else 0 (to the second).
    static qint64 toleranceFor(const OfflineRecord& record);
    // The clock entry is the one the record started: same task and start (within toleranceFor()).
    static bool isStartOf(const OfflineRecord& record, const Entry& entry);
    // The clock the record started, among entries: running = only a clock still running (same task and start), else
    // any clocked entry of the same task, start and text (it may have been stopped elsewhere since).
    static std::optional<Entry> findStarted(const OfflineRecord& record, const QList<Entry>& entries, bool running);
    // The server's end of the entry is the record's end (within toleranceFor()).
    static bool isEndOf(const OfflineRecord& record, const Entry& entry);
    // Network, timeout, 5xx, 429, an unreadable answer: try again later.
    static bool isTransient(const ApiError& error);
    // A refusal that names the customer, project or service (inactive, completed, not assigned, gone).
    static bool namesTask(const ApiError& error);
};
