// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

// Works around Qt 6.4's exported tray menu going stale in StatusNotifierItem panels (KDE Plasma, the GNOME
// AppIndicator extension, waybar; found by tst_statusnotifier). When an action of the tray menu changes (text,
// enabled, visible, checked), Qt's QDBusPlatformMenu::syncMenuItem (qtbase 6.4,
// src/gui/platform/unix/dbusmenu/qdbusplatformmenu.cpp) emits propertiesUpdated, which QDBusTrayIcon::updateMenu
// (src/gui/platform/unix/dbustray/qdbustrayicon.cpp) connects to the adaptor's ItemsPropertiesUpdated, but that
// D-Bus signal never reaches the bus, and the layout revision stays at 1: a panel that caches the menu (all of them)
// keeps showing "Start new…" enabled while the clock runs, a stopped clock's "Stop", or the old language. Qt emits
// LayoutUpdated (through QDBusPlatformMenu::emitUpdated, which also raises the revision) only when an item is
// inserted or removed, so after changes this inserts and removes a hidden placeholder action once per event-loop
// turn: panels then read the whole layout again. On the XEmbed tray (a plain QMenu) and elsewhere it is harmless.
class DBusMenuRefresher : public QObject
{
    Q_OBJECT
public:
    // Watches menu and its submenus (present now or added later); parented to menu's owner by the caller.
    explicit DBusMenuRefresher(QMenu* menu, QObject* parent = nullptr);

    // How often the layout was bumped (for tests).
    int bumps() const { return m_bumps; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void watch(QMenu* menu);
    void bump();

    QPointer<QMenu> m_menu;
    QAction* m_placeholder = nullptr;
    bool m_scheduled = false;
    bool m_bumping = false;
    int m_bumps = 0;
};
