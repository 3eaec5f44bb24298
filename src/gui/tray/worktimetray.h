// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/worktime/reminderscheduler.h"

#include <QObject>
#include <QPointer>

class ClickableNotification;
class QAction;
class TrayController;
class WorkTimeService;

// The work-time picture in the tray and the reminders as its notifications: a line at the top of the tray menu and in
// the tooltip ("Today 6:12 of 8:00 h · Week 31:40 of 40:00 h"; hidden while there is none, e.g. after a 403), and
// each due reminder as a desktop notification with an action (ClickableNotification), or the tray's message where no
// notification server runs. Clicking it opens the start dialog ("no clock running") or the
// running clock's editor (the others).
class WorkTimeTray : public QObject
{
    Q_OBJECT
public:
    WorkTimeTray(WorkTimeService* service, TrayController* tray, QObject* parent = nullptr);

    QAction* lineAction() const { return m_lineAction; }
    // The last reminder shown and not yet clicked or replaced by another message.
    std::optional<ReminderScheduler::Kind> pendingReminder() const { return m_pending; }

public slots:
    void update();
    void showReminder(ReminderScheduler::Kind kind, const QString& title, const QString& message);
    // The user clicked the tray's message.
    void messageClicked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<WorkTimeService> m_service;
    QPointer<TrayController> m_tray;
    QAction* m_lineAction = nullptr;
    QAction* m_separator = nullptr;
    void open(ReminderScheduler::Kind kind);

    std::optional<ReminderScheduler::Kind> m_pending; // shown as the tray's message
    ClickableNotification* m_notification = nullptr;
    std::optional<ReminderScheduler::Kind> m_notified; // the last reminder sent, and its texts
    QString m_notifiedTitle;
    QString m_notifiedMessage;
};
