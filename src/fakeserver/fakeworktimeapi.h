// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"

#include <QDate>
#include <QList>

// The work-time side of the fake account and its two read endpoints: GET /userreports/{id} (UserReportV1, type 0 … 3;
// hours from the user's finished time entries, split at midnight in the user's zone) and GET /v4/absences. Both answer
// 403 while the user lacks the right to see them (allowed = false). Target hours: `dailyTargetSeconds` on Monday to
// Friday from `targetSince`, none on non-business days and on days of an approved day absence; without target hours
// every target is null.
class FakeWorkTimeApi : public FakeApi
{
public:
    struct Absence
    {
        qint64 id = 0;
        QDate since;
        QDate until;
        int type = 1; // AbsenceType (1 = regular holiday, 4 = sick day, …)
        int status = 1; // AbsenceStatus (0 enquired, 1 approved, …)
    };
    struct Data
    {
        bool allowed = true;
        bool hasTargetHours = true;
        qint64 dailyTargetSeconds = 8 * 3600;
        QDate targetSince; // invalid: from the first day of every year
        double holidaysQuota = 30;
        double holidaysCarry = 0;
        double overtimeCarryoverSeconds = 0;
        QList<QDate> nonbusinessDays;
        QList<Absence> absences;
    };

    FakeWorkTimeApi(FakeStore& store, const FakeTimeSource& time);

    Data& data() { return m_data; }
    const Data& data() const { return m_data; }
    // A plausible year relative to now: German public holidays, a past and an upcoming vacation, a sick day, 30 days
    // of quota and some overtime carried over.
    void seedDemo(const QDateTime& now);

    Reply userReport(const FakeRequest& request, qint64 id) const;
    Reply absences(const FakeRequest& request) const;

private:
    Reply forbidden(const FakeRequest& request) const;
    // Worked seconds per day of `year` in the user's zone.
    QHash<QDate, qint64> hoursByDay(int year) const;
    const Absence* dayAbsence(const QDate& date) const;
    QJsonObject day(const QDate& date, const QHash<QDate, qint64>& hours, const QDate& today) const;

    Data m_data;
};
