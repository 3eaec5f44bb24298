// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <optional>

// A correction of the running clock's start (PUT /v2/clock/{id}) and the server's answer to it.
// `timeSinceBefore` is what the client believes is the current start: the server refuses when it changed.
class ClockCorrection
{
public:
    QDateTime timeSince;
    QDateTime timeSinceBefore;

    QJsonObject toJson() const;

    // ClockDurationV2
    class Result
    {
    public:
        Entry updated;
        std::optional<Entry> running;
        QDateTime currentTime;
        bool overlapping = false;
        QDateTime overlappingFreeTimeSince; // earliest start that would not overlap
        std::optional<qint64> truncatePreviousEntry; // id of the overlapped previous entry

        static std::optional<Result> fromJson(const QJsonObject& object, const QString& path, QString* error);
    };
};

Q_DECLARE_METATYPE(ClockCorrection::Result)
