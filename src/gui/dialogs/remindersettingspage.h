// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/worktime/reminderscheduler.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

class QCheckBox;
class QSpinBox;
class QTimeEdit;
class QToolButton;
class Settings;

// The reminders' options (ReminderOptions in Settings) as a group of the settings dialog: each reminder on or off
// with its number, the working hours and days (the start always counts; end and days only where Clockodo has no
// target hours for the user) and the quiet hours. Every change is stored at once, like the rest of the dialog.
class ReminderSettingsPage : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReminderSettingsPage(Settings* settings, QWidget* parent = nullptr);

    QCheckBox* noClockCheckBox() const { return m_noClock; }
    QSpinBox* intervalSpinBox() const { return m_interval; }
    QCheckBox* quietHoursCheckBox() const { return m_quiet; }
    // What the widgets show, as options.
    ReminderScheduler::Options options() const;

public slots:
    void load();

protected:
    void changeEvent(QEvent* event) override;

private:
    void save();
    void retranslateUi();
    void updateEnabled();

    QPointer<Settings> m_settings;
    QCheckBox* m_noClock = nullptr;
    QSpinBox* m_interval = nullptr;
    QCheckBox* m_longRunning = nullptr;
    QSpinBox* m_hours = nullptr;
    QCheckBox* m_nearCap = nullptr;
    QCheckBox* m_endOfDay = nullptr;
    QTimeEdit* m_workStart = nullptr;
    QTimeEdit* m_workEnd = nullptr;
    QList<QToolButton*> m_days;
    QCheckBox* m_quiet = nullptr;
    QTimeEdit* m_quietStart = nullptr;
    QTimeEdit* m_quietEnd = nullptr;
    QList<QWidget*> m_labels;
    bool m_loading = false;
};
