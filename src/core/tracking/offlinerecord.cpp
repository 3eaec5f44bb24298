// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlinerecord.h"

#include <QUuid>

QString OfflineRecord::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool OfflineRecord::isWaiting() const
{
    return state != State::Running && !isDone();
}

bool OfflineRecord::isDone() const
{
    return state == State::Uploaded || state == State::Discarded;
}

QString OfflineRecord::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Period:
        return QStringLiteral("period");
    case Kind::ServerStop:
        return QStringLiteral("server-stop");
    }
    return QString();
}

QString OfflineRecord::stateName(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Uploaded:
        return QStringLiteral("uploaded");
    case State::Conflict:
        return QStringLiteral("conflict");
    case State::Discarded:
        return QStringLiteral("discarded");
    }
    return QString();
}

OfflineRecord::Kind OfflineRecord::kindFromName(const QString& name, Kind fallback)
{
    for (Kind kind : { Kind::Period, Kind::ServerStop }) {
        if (kindName(kind) == name)
            return kind;
    }
    return fallback;
}

OfflineRecord::State OfflineRecord::stateFromName(const QString& name, State fallback)
{
    for (State state :
         { State::Running, State::Waiting, State::Uploading, State::Uploaded, State::Conflict, State::Discarded }) {
        if (stateName(state) == name)
            return state;
    }
    return fallback;
}

bool operator==(const OfflineRecord& a, const OfflineRecord& b)
{
    return a.id == b.id && a.kind == b.kind && a.state == b.state && a.customersId == b.customersId
        && a.projectsId == b.projectsId && a.servicesId == b.servicesId && a.billable == b.billable && a.text == b.text
        && a.start == b.start && a.end == b.end && a.serverEntryId == b.serverEntryId
        && a.maybeOnServer == b.maybeOnServer && a.conflict == b.conflict && a.conflictMessage == b.conflictMessage
        && a.attempts == b.attempts;
}
