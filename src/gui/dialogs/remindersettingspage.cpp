// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/remindersettingspage.h"

#include "core/session/settings.h"
#include "core/worktime/reminderoptions.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>

namespace {

QHBoxLayout* row(std::initializer_list<QWidget*> widgets)
{
    auto* layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return layout;
}

} // namespace

ReminderSettingsPage::ReminderSettingsPage(Settings* settings, QWidget* parent)
    : QGroupBox(parent)
    , m_settings(settings)
    , m_noClock(new QCheckBox(this))
    , m_interval(new QSpinBox(this))
    , m_longRunning(new QCheckBox(this))
    , m_hours(new QSpinBox(this))
    , m_nearCap(new QCheckBox(this))
    , m_endOfDay(new QCheckBox(this))
    , m_workStart(new QTimeEdit(this))
    , m_workEnd(new QTimeEdit(this))
    , m_quiet(new QCheckBox(this))
    , m_quietStart(new QTimeEdit(this))
    , m_quietEnd(new QTimeEdit(this))
{
    setObjectName(QStringLiteral("reminderSettingsPage"));
    m_interval->setRange(5, 480);
    m_hours->setRange(1, 23);
    for (QTimeEdit* edit : { m_workStart, m_workEnd, m_quietStart, m_quietEnd })
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* days = new QHBoxLayout;
    days->setContentsMargins(0, 0, 0, 0);
    days->setSpacing(2);
    for (int day = 1; day <= 7; ++day) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        m_days.append(button);
        days->addWidget(button);
        connect(button, &QToolButton::toggled, this, &ReminderSettingsPage::save);
    }
    days->addStretch();
    for (int i = 0; i < 4; ++i)
        m_labels.append(new QLabel(this));
    auto* form = new QFormLayout(this);
    form->addRow(row({ m_noClock, m_interval }));
    form->addRow(row({ m_longRunning, m_hours }));
    form->addRow(m_nearCap);
    form->addRow(m_endOfDay);
    form->addRow(m_labels.at(0), row({ m_workStart, m_labels.at(1), m_workEnd }));
    form->addRow(m_labels.at(2), days);
    form->addRow(row({ m_quiet, m_quietStart, m_labels.at(3), m_quietEnd }));
    load();
    for (QCheckBox* box : { m_noClock, m_longRunning, m_nearCap, m_endOfDay, m_quiet })
        connect(box, &QCheckBox::toggled, this, &ReminderSettingsPage::save);
    for (QSpinBox* spin : { m_interval, m_hours })
        connect(spin, &QSpinBox::valueChanged, this, &ReminderSettingsPage::save);
    for (QTimeEdit* edit : { m_workStart, m_workEnd, m_quietStart, m_quietEnd })
        connect(edit, &QTimeEdit::timeChanged, this, &ReminderSettingsPage::save);
    connect(settings, &Settings::changed, this, [this](const QString& key) {
        if (ReminderOptions::isReminderKey(key))
            load();
    });
    retranslateUi();
}

ReminderScheduler::Options ReminderSettingsPage::options() const
{
    ReminderScheduler::Options o;
    o.noClock = m_noClock->isChecked();
    o.noClockIntervalMinutes = m_interval->value();
    o.longRunning = m_longRunning->isChecked();
    o.longRunningHours = m_hours->value();
    o.nearCap = m_nearCap->isChecked();
    o.endOfDay = m_endOfDay->isChecked();
    o.workStart = m_workStart->time();
    o.workEnd = m_workEnd->time();
    o.workDays.clear();
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i)->isChecked())
            o.workDays.append(i + 1);
    }
    o.quietHours = m_quiet->isChecked();
    o.quietStart = m_quietStart->time();
    o.quietEnd = m_quietEnd->time();
    return o;
}

void ReminderSettingsPage::load()
{
    if (!m_settings)
        return;
    m_loading = true;
    const ReminderScheduler::Options o = ReminderOptions::load(*m_settings);
    m_noClock->setChecked(o.noClock);
    m_interval->setValue(o.noClockIntervalMinutes);
    m_longRunning->setChecked(o.longRunning);
    m_hours->setValue(o.longRunningHours);
    m_nearCap->setChecked(o.nearCap);
    m_endOfDay->setChecked(o.endOfDay);
    m_workStart->setTime(o.workStart);
    m_workEnd->setTime(o.workEnd);
    for (int i = 0; i < m_days.size(); ++i)
        m_days.at(i)->setChecked(o.workDays.contains(i + 1));
    m_quiet->setChecked(o.quietHours);
    m_quietStart->setTime(o.quietStart);
    m_quietEnd->setTime(o.quietEnd);
    m_loading = false;
    updateEnabled();
}

void ReminderSettingsPage::save()
{
    updateEnabled();
    if (!m_loading && m_settings)
        ReminderOptions::save(m_settings, options());
}

void ReminderSettingsPage::updateEnabled()
{
    m_interval->setEnabled(m_noClock->isChecked());
    m_hours->setEnabled(m_longRunning->isChecked());
    m_quietStart->setEnabled(m_quiet->isChecked());
    m_quietEnd->setEnabled(m_quiet->isChecked());
}

void ReminderSettingsPage::retranslateUi()
{
    setTitle(tr("Reminders"));
    m_noClock->setText(tr("Remind me when no clock runs in working hours, every"));
    m_interval->setSuffix(tr(" min"));
    m_longRunning->setText(tr("Remind me when a clock has run for"));
    m_hours->setSuffix(tr(" h"));
    m_nearCap->setText(tr("Warn before Clockodo stops a clock at 24 hours"));
    m_endOfDay->setText(tr("Remind me at the end of the working day when a clock runs"));
    static_cast<QLabel*>(m_labels.at(0))->setText(tr("Working hours:"));
    static_cast<QLabel*>(m_labels.at(1))->setText(QStringLiteral("\u2013"));
    static_cast<QLabel*>(m_labels.at(2))->setText(tr("Working days:"));
    static_cast<QLabel*>(m_labels.at(3))->setText(QStringLiteral("\u2013"));
    const QString where = tr("Where Clockodo has target hours for you, they decide the days and the length of the "
                             "working day; the start always comes from here.");
    m_workStart->setToolTip(where);
    m_workEnd->setToolTip(where);
    const QLocale locale;
    for (int i = 0; i < m_days.size(); ++i) {
        m_days.at(i)->setText(locale.dayName(i + 1, QLocale::ShortFormat));
        m_days.at(i)->setToolTip(where);
    }
    m_quiet->setText(tr("Quiet hours:"));
}

void ReminderSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}
