// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class AccountData;
class MainWindow;
class Settings;
class StopwatchSession;
class TrayController;
class WorkTimePanel;
class WorkTimeService;
class WorkTimeTray;

// Puts the work-time picture and the reminders together: the WorkTimeService over the account and the stopwatch, its
// reminder options from Settings (and again whenever they change), the tray's line and notifications, and the main
// window's panel beside the chart once the window exists.
class WorkTimeWiring : public QObject
{
    Q_OBJECT
public:
    WorkTimeWiring(AccountData* account, StopwatchSession* session, Settings* settings, TrayController* tray,
                   QObject* parent = nullptr);

    WorkTimeService* service() const { return m_service; }
    WorkTimeTray* tray() const { return m_tray; }
    WorkTimePanel* panel() const;
    // Places the panel beside the window's chart (once).
    void attach(MainWindow* window);

private:
    WorkTimeService* m_service = nullptr;
    WorkTimeTray* m_tray = nullptr;
    QPointer<WorkTimePanel> m_panel;
    QPointer<Settings> m_settings;
};
