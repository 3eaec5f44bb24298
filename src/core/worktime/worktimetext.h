// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/worktime/absence.h"
#include "core/worktime/worktimepicture.h"

#include <QCoreApplication>
#include <QString>

// The translated texts of the work-time picture, shared by the tray and the main window's panel.
class WorkTimeText
{
    Q_DECLARE_TR_FUNCTIONS(WorkTimeText)
public:
    // "6:12" (hours:minutes; hours may exceed 24); with sign "+1:30" / "−0:45".
    static QString hoursMinutes(qint64 seconds, bool withSign = false);
    // "Today 6:12 of 8:00 h · Week 31:40 of 40:00 h", or "Today 6:12 h · Week 31:40 h" without target hours.
    static QString line(const WorkTimePicture& picture);
    static QString today(const WorkTimePicture& picture);
    static QString week(const WorkTimePicture& picture);
    // "Overtime: +12:30 h"
    static QString overtime(qint64 seconds);
    // "Vacation left: 18.5 days"
    static QString vacationLeft(double days);
    // "Vacation · 14 Dec – 18 Dec" (dates in the locale's short form; "(requested)" while not approved).
    static QString absence(const Absence& absence);
    static QString absenceType(std::optional<int> type);
};
