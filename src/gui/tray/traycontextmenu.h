// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMenu;
class QSystemTrayIcon;
class QWindow;

// Works around Qt 6.4's StatusNotifierItem ignoring a host's ContextMenu(x, y) call (found by tst_statusnotifier;
// swaybar 1.7 sends it on every right click, Plasma and the AppIndicator extension for items without a menu):
// QStatusNotifierItemAdaptor::ContextMenu (qtbase 6.4, src/gui/platform/unix/dbustray/qstatusnotifieritemadaptor.cpp)
// only emits QSystemTrayIcon::activated(Context), and QSystemTrayIconPrivate::install_sys_qpa connects nothing that
// would show the menu, so the right click did nothing. On activated(Context) this pops the tray menu up unless it
// already shows (the XEmbed tray, QSystemTrayIconSys::mousePressEvent, pops it up itself before the signal). Qt does
// not pass the host's x, y on: on X11 the menu opens at the pointer, which is on the item the user clicked. On
// Wayland a popup needs a parent surface of the app (xdg_popup; QtWayland refuses a parentless one, "Failed to create
// popup"), and the compositor places it: the menu opens over a visible window of the app, and when there is none,
// noWindow() runs instead (the app opens its window, which has every command of the menu).
// Not on Windows and macOS, where the platform shows the menu itself.
class TrayContextMenu : public QObject
{
    Q_OBJECT
public:
    TrayContextMenu(QSystemTrayIcon* tray, QMenu* menu, std::function<void()> noWindow, QObject* parent = nullptr);

    // Shows the menu as for a host's ContextMenu call; returns whether it popped up (false: noWindow() ran).
    bool popup();

private:
    static QWindow* parentWindow(const QMenu* menu);

    QPointer<QMenu> m_menu;
    std::function<void()> m_noWindow;
};
