// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worktime/reminderoptions.h"

#include "core/session/settings.h"

namespace {

QTime timeValue(const Settings& settings, const QString& name, const QTime& fallback)
{
    const QTime t = QTime::fromString(settings.reminderValue(name, QString()).toString(), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

} // namespace

ReminderScheduler::Options ReminderOptions::load(const Settings& s)
{
    const ReminderScheduler::Options d;
    ReminderScheduler::Options o;
    o.noClock = s.reminderValue(QStringLiteral("noClock"), d.noClock).toBool();
    o.noClockIntervalMinutes
        = qBound(5, s.reminderValue(QStringLiteral("noClockIntervalMinutes"), d.noClockIntervalMinutes).toInt(), 480);
    o.longRunning = s.reminderValue(QStringLiteral("longRunning"), d.longRunning).toBool();
    o.longRunningHours = qBound(1, s.reminderValue(QStringLiteral("longRunningHours"), d.longRunningHours).toInt(), 23);
    o.nearCap = s.reminderValue(QStringLiteral("nearCap"), d.nearCap).toBool();
    o.endOfDay = s.reminderValue(QStringLiteral("endOfDay"), d.endOfDay).toBool();
    o.workStart = timeValue(s, QStringLiteral("workStart"), d.workStart);
    o.workEnd = timeValue(s, QStringLiteral("workEnd"), d.workEnd);
    o.quietHours = s.reminderValue(QStringLiteral("quietHours"), d.quietHours).toBool();
    o.quietStart = timeValue(s, QStringLiteral("quietStart"), d.quietStart);
    o.quietEnd = timeValue(s, QStringLiteral("quietEnd"), d.quietEnd);
    const QVariant days = s.reminderValue(QStringLiteral("workDays"), QVariant());
    if (days.isValid()) {
        o.workDays.clear();
        for (const QString& day : days.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int n = day.toInt();
            if (n >= 1 && n <= 7)
                o.workDays.append(n);
        }
    }
    return o;
}

void ReminderOptions::save(Settings* s, const ReminderScheduler::Options& o)
{
    const QString hm = QStringLiteral("HH:mm");
    s->setReminderValue(QStringLiteral("noClock"), o.noClock);
    s->setReminderValue(QStringLiteral("noClockIntervalMinutes"), o.noClockIntervalMinutes);
    s->setReminderValue(QStringLiteral("longRunning"), o.longRunning);
    s->setReminderValue(QStringLiteral("longRunningHours"), o.longRunningHours);
    s->setReminderValue(QStringLiteral("nearCap"), o.nearCap);
    s->setReminderValue(QStringLiteral("endOfDay"), o.endOfDay);
    s->setReminderValue(QStringLiteral("workStart"), o.workStart.toString(hm));
    s->setReminderValue(QStringLiteral("workEnd"), o.workEnd.toString(hm));
    s->setReminderValue(QStringLiteral("quietHours"), o.quietHours);
    s->setReminderValue(QStringLiteral("quietStart"), o.quietStart.toString(hm));
    s->setReminderValue(QStringLiteral("quietEnd"), o.quietEnd.toString(hm));
    QStringList days;
    for (int day : o.workDays)
        days.append(QString::number(day));
    s->setReminderValue(QStringLiteral("workDays"), days.join(QLatin1Char(',')));
}

bool ReminderOptions::isReminderKey(const QString& key)
{
    return key.startsWith(QLatin1String("reminders/"));
}
