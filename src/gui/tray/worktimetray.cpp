// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/worktimetray.h"

#include "core/worktime/worktimeservice.h"
#include "gui/tray/clickablenotification.h"
#include "gui/tray/traycontroller.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

WorkTimeTray::WorkTimeTray(WorkTimeService* service, TrayController* tray, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_tray(tray)
{
    QMenu* menu = tray->menu();
    QAction* first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    m_lineAction = new QAction(menu);
    m_lineAction->setEnabled(false);
    m_separator = new QAction(menu);
    m_separator->setSeparator(true);
    menu->insertAction(first, m_lineAction);
    menu->insertAction(first, m_separator);
    menu->installEventFilter(this);
    connect(service, &WorkTimeService::changed, this, &WorkTimeTray::update);
    connect(service, &WorkTimeService::reminderDue, this, &WorkTimeTray::showReminder);
    connect(tray->trayIcon(), &QSystemTrayIcon::messageClicked, this, &WorkTimeTray::messageClicked);
    // A desktop notification server shows the reminder with a "default" action (Qt's tray messages have none there);
    // without one, the tray's own message.
    m_notification = new ClickableNotification(this);
    connect(m_notification, &ClickableNotification::clicked, this, [this] {
        if (m_notified && m_tray)
            open(*m_notified);
    });
    connect(m_notification, &ClickableNotification::failed, this, [this] {
        if (!m_notified || !m_tray)
            return;
        m_pending = m_notified;
        m_tray->showMessage(m_notifiedTitle, m_notifiedMessage, QSystemTrayIcon::Information, 15000);
    });
    // Another message of the tray replaces ours: a click then means that one.
    connect(tray, &TrayController::noticed, this, [this] { m_pending.reset(); });
    update();
}

void WorkTimeTray::update()
{
    const QString line = m_service ? m_service->line() : QString();
    m_lineAction->setText(line);
    m_lineAction->setVisible(!line.isEmpty());
    m_separator->setVisible(!line.isEmpty());
    if (m_tray) {
        m_tray->setWorkTimeLine(line);
        m_tray->updateNow();
    }
}

void WorkTimeTray::showReminder(ReminderScheduler::Kind kind, const QString& title, const QString& message)
{
    if (!m_tray || !m_tray->trayIcon()->isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    m_pending.reset();
    m_notified = kind;
    m_notifiedTitle = title;
    m_notifiedMessage = message;
    //: the button of a reminder notification: opens the start dialog or the running clock's editor
    m_notification->show(title, message, tr("Open"), 15000);
}

void WorkTimeTray::open(ReminderScheduler::Kind kind)
{
    if (kind == ReminderScheduler::Kind::NoClockRunning)
        m_tray->openStartDialog();
    else
        m_tray->openEditDialog();
}

void WorkTimeTray::messageClicked()
{
    if (!m_pending || !m_tray)
        return;
    const ReminderScheduler::Kind kind = *m_pending;
    m_pending.reset();
    open(kind);
}

bool WorkTimeTray::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    return QObject::eventFilter(watched, event);
}
