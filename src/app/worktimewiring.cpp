// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/worktimewiring.h"

#include "core/session/settings.h"
#include "core/tracking/stopwatchsession.h"
#include "core/worktime/reminderoptions.h"
#include "core/worktime/worktimeservice.h"
#include "gui/mainwindow/mainwindow.h"
#include "gui/mainwindow/worktimepanel.h"
#include "gui/tray/donotdisturb.h"
#include "gui/tray/traycontroller.h"
#include "gui/tray/worktimetray.h"

WorkTimeWiring::WorkTimeWiring(AccountData* account, StopwatchSession* session, Settings* settings,
                               TrayController* tray, QObject* parent)
    : QObject(parent)
    , m_service(new WorkTimeService(account, session->stopwatch(), nullptr, this))
    , m_settings(settings)
{
    m_service->setReminderOptions(ReminderOptions::load(*settings));
    connect(settings, &Settings::changed, this, [this](const QString& key) {
        if (ReminderOptions::isReminderKey(key) && m_settings)
            m_service->setReminderOptions(ReminderOptions::load(*m_settings));
    });
    m_tray = new WorkTimeTray(m_service, tray, this);
    auto* doNotDisturb = new DoNotDisturb(this);
    connect(doNotDisturb, &DoNotDisturb::changed, m_service, &WorkTimeService::setDoNotDisturb);
}

WorkTimePanel* WorkTimeWiring::panel() const
{
    return m_panel;
}

void WorkTimeWiring::attach(MainWindow* window)
{
    if (!m_panel && window && window->chart())
        m_panel = WorkTimePanel::placeBeside(window->chart(), m_service);
}
