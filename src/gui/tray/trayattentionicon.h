// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/tray/trayiconcache.h"
#include "gui/tray/trayiconpainter.h"

#include <QDeadlineTimer>
#include <QIcon>

#include <memory>

// Works around Qt 6.4's StatusNotifierItem showing a stale clock while a message lasts (every SNI panel: Plasma,
// AppIndicator, waybar, swaybar). QDBusTrayIcon::showMessage (qtbase 6.4,
// src/gui/platform/unix/dbustray/qdbustrayicon.cpp) keeps the message's QIcon as the item's attention icon and sets
// Status NeedsAttention for the message's time (10 s), and panels show that icon meanwhile; it tells them about a
// new attention icon (NewAttentionIcon) only when a message starts or ends. TrayController passes the clock itself as
// the information message's icon; a copy of the icon as it was then went stale when the clock passed a minute (or
// went offline) during those 10 s. icon() is drawn in the look set last, also later, and setLook() during a message
// emits Qt's own attention() signal on the item (relayed as NewAttentionIcon), so panels read the icon again. The
// item is found where Qt registers it: at /StatusNotifierItem on its connection of its own,
// "org.kde.StatusNotifierItem-<pid>-<n>" (n counts every QDBusTrayIcon Qt made, the short-lived ones behind
// QSystemTrayIcon::isSystemTrayAvailable() too). Without that item (XEmbed, other platforms) it does nothing more.
class TrayAttentionIcon
{
public:
    explicit TrayAttentionIcon(const TrayIconCache& cache);

    // The icon for QSystemTrayIcon::showMessage: always the look set last.
    QIcon icon() const;
    // A message with icon() shows for msecs.
    void messageShown(int msecs);
    // The tray's look now; while a message shows, panels are told to read the attention icon again.
    void setLook(const TrayIconPainter::Look& look);
    // How often panels were told (tests).
    int updatesSent() const { return m_updatesSent; }

private:
    struct State
    {
        TrayIconCache cache;
        TrayIconPainter::Look look;
    };
    class Engine;

    bool tellPanels();

    std::shared_ptr<State> m_state;
    QDeadlineTimer m_message { 0 };
    int m_updatesSent = 0;
};
