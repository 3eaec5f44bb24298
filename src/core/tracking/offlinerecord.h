// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One record of the offline journal (OfflineJournal): what the user did with the clock while Clockodo could not be
// reached, kept on disk until it is on the server. A value type; the journal and the uploader copy it freely.
struct OfflineRecord
{
    enum class Kind
    {
        Period, // a local clock period: uploaded as an entry, or started on the server while still running
        ServerStop, // the clock that ran on the server (serverEntryId) was stopped locally at `end`
    };
    enum class State
    {
        Running,
        Waiting,
        Uploading,
        Uploaded,
        Conflict,
        Discarded,
    };

    QString id; // client-generated (QUuid), never reused
    Kind kind = Kind::Period;
    State state = State::Waiting;
    qint64 customersId = 0, projectsId = 0, servicesId = 0; // 0 = none
    int billable = 0;
    QString text;
    QDateTime start, end; // UTC; end invalid while Running
    qint64 serverEntryId = 0; // ServerStop: the entry to stop; Period: the server entry once uploaded/adopted
    bool maybeOnServer = false; // the start/stop request may have reached the server (outcome unknown)
    QString conflict; // machine code of the last conflict, "" when none
    QString conflictMessage; // what the server said / a translated explanation, for the Waiting view
    int attempts = 0; // upload attempts so far

    // A fresh id (a QUuid without braces).
    static QString newId();
    // Running, Uploaded and Discarded records wait for nothing; every other state waits for an upload or a decision.
    bool isWaiting() const;
    // Uploaded and Discarded records are done: the journal no longer lists them.
    bool isDone() const;

    // Stable names for the file and for logs ("period", "waiting", ...); fromName() of an unknown name gives the
    // fallback.
    static QString kindName(Kind kind);
    static QString stateName(State state);
    static Kind kindFromName(const QString& name, Kind fallback = Kind::Period);
    static State stateFromName(const QString& name, State fallback = State::Waiting);

    friend bool operator==(const OfflineRecord& a, const OfflineRecord& b);
    friend bool operator!=(const OfflineRecord& a, const OfflineRecord& b) { return !(a == b); }
};

Q_DECLARE_METATYPE(OfflineRecord)
