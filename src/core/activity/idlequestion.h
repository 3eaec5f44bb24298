// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

// What the idle question asks about: the clock entry that ran (its id, start and task) and the idle span, from the
// last input (idleStart) to the user's return (idleEnd; invalid while the user is still away). Kept per account in
// the settings (JSON) until it is answered, so that it survives a restart.
struct IdleQuestion
{
    qint64 entryId = 0; // 0: a local period of the offline clock
    QDateTime entrySince;
    qint64 customersId = 0;
    std::optional<qint64> projectsId;
    std::optional<qint64> subprojectsId;
    qint64 servicesId = 0;
    int billable = 0;
    QString text;
    QDateTime idleStart;
    QDateTime idleEnd;

    // The question about `running` idle since `idleStart`.
    static IdleQuestion about(const Entry& running, const QDateTime& idleStart);
    // Whether `running` is still the entry asked about.
    bool concerns(const Entry& running) const;
    bool isComplete() const { return idleEnd.isValid(); }
    qint64 idleSeconds() const { return idleStart.secsTo(idleEnd); }
    // The task of the entry, as an entry without times (for describe() and starts).
    Entry task() const;

    QByteArray toJson() const;
    // nullopt for empty or unreadable JSON.
    static std::optional<IdleQuestion> fromJson(const QByteArray& json);

    friend bool operator==(const IdleQuestion&, const IdleQuestion&) = default;
};
