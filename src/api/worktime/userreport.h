// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One day of a user report (GET /userreports/{id}?type=3, UserReportDayDetailV1). Seconds as the API sends them.
class UserReportDay
{
public:
    QDate date;
    bool nonbusiness = false;
    std::optional<double> target; // planned seconds; null: no target hours
    double hours = 0; // worked seconds (finished entries)
    double diff = 0;
    double absenceDays = 0; // sum of count_absence (holidays, sick days, …)

    static std::optional<UserReportDay> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const UserReportDay&, const UserReportDay&) = default;
};

// A user's year (UserReportV1): the year's sums and, with type 3, every day. Weeks and months are flattened into
// days (the client sums what it shows itself).
class UserReport
{
public:
    qint64 usersId = 0;
    std::optional<double> sumTarget; // null: the user has no target hours
    double sumHours = 0;
    double diff = 0;
    double overtimeCarryover = 0;
    double overtimeReduced = 0;
    double holidaysQuota = 0;
    double holidaysCarry = 0;
    double regularHolidays = 0; // sum_absence.regular_holidays: vacation days of the year
    QList<UserReportDay> days;

    const UserReportDay* day(const QDate& date) const;
    static std::optional<UserReport> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const UserReport&, const UserReport&) = default;
};

Q_DECLARE_METATYPE(UserReport)
