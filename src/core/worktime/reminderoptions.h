// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/worktime/reminderscheduler.h"

class Settings;

// ReminderScheduler::Options in Settings ("reminders/…"), plus the one switch for all of them.
class ReminderOptions
{
public:
    static ReminderScheduler::Options load(const Settings& settings);
    static void save(Settings* settings, const ReminderScheduler::Options& options);
    // Settings::changed(key) concerns the reminders.
    static bool isReminderKey(const QString& key);
};
