// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// The answer of every /v2/clock call: what runs, what was stopped, and the server's time.
class ClockState
{
public:
    std::optional<Entry> running;
    std::optional<Entry> stopped;
    QDateTime currentTime; // the server's clock, for skew correction
    bool stoppedHasBeenTruncated = false; // start/stop only: `stopped` was cut to the 24 h maximum
    QString additionalMessage; // start/stop only: a hint from the server

    // Parses ClockV2 and ClockStartStopV2 alike.
    static std::optional<ClockState> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const ClockState&, const ClockState&) = default;
};

Q_DECLARE_METATYPE(ClockState)
