// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// A desktop notification the user can click (issue 13: "clicking a reminder opens the start dialog or the running
// clock's editor"). Qt 6.4's D-Bus tray, used whenever a StatusNotifierItem host runs (Plasma, GNOME with
// AppIndicator, waybar, ...), sends QSystemTrayIcon messages through org.freedesktop.Notifications but offers the
// "default" action only for Critical ones (QDBusTrayIcon::showMessage in qtbase's
// src/gui/platform/unix/dbustray/qdbustrayicon.cpp): a server that follows the specification then has nothing to
// invoke when the user clicks an Information message, and the click reaches no one. This sends Notify itself, with
// the "default" action, and reports the click of its own notification only (matched by id). Without a notification
// server, or where Qt has no D-Bus, `failed` tells the caller to use the tray's message instead.
class ClickableNotification : public QObject
{
    Q_OBJECT
public:
    explicit ClickableNotification(QObject* parent = nullptr);

    // Asynchronous: `shown` or `failed` follows. A notification shown before and not clicked yet is replaced.
    void show(const QString& title, const QString& body, const QString& actionText, int timeoutMs);

signals:
    void shown();
    void failed();
    void clicked();

private slots:
    void actionInvoked(uint id, const QString& actionKey);
    void notificationClosed(uint id, uint reason);

private:
    uint m_id = 0; // the server's id of the notification on screen, 0 when none
    quint64 m_generation = 0;
};
