// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

// An absence (GET /v4/absences, AbsenceV4): a day absence or an hour absence (overtime reduction).
class Absence
{
public:
    enum Status
    {
        Enquired = 0,
        Approved = 1,
        Declined = 2,
        ApprovalCancelled = 3,
        Cancelled = 4,
    };
    static constexpr int RegularHoliday = 1;
    static constexpr int OvertimeReduction = 3;

    qint64 id = 0;
    qint64 usersId = 0;
    QDate dateSince;
    QDate dateUntil;
    std::optional<int> type; // absent without the right to see it
    int status = Enquired;
    double countDays = 0;

    // Approved or asked for: the user is planned to be away.
    bool isPlanned() const { return status == Approved || status == Enquired; }
    bool covers(const QDate& date) const { return date >= dateSince && date <= dateUntil; }

    static std::optional<Absence> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const Absence&, const Absence&) = default;
};

Q_DECLARE_METATYPE(Absence)
Q_DECLARE_METATYPE(QList<Absence>)
