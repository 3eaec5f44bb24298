// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// What to start the clock on (POST /v2/clock). Customer and service are required by the API.
class ClockStartRequest
{
public:
    qint64 customersId = 0;
    qint64 servicesId = 0;
    std::optional<qint64> projectsId;
    std::optional<qint64> subprojectsId;
    std::optional<int> billable; // unset: the project's or customer's default
    QString text;
    QDateTime timeSince; // invalid: now

    bool isValid() const { return customersId > 0 && servicesId > 0; }
    // The request that starts `task` (an entry) again.
    static ClockStartRequest forTask(const Entry& task);
    QJsonObject toJson() const;
    friend bool operator==(const ClockStartRequest&, const ClockStartRequest&) = default;
};
