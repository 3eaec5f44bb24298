// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/traycontextmenu.h"

#include <QApplication>
#include <QCursor>
#include <QLoggingCategory>
#include <QMenu>
#include <QScreen>
#include <QSystemTrayIcon>
#include <QWidget>
#include <QWindow>

Q_DECLARE_LOGGING_CATEGORY(lcTray)

TrayContextMenu::TrayContextMenu(QSystemTrayIcon* tray, QMenu* menu, std::function<void()> noWindow, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
    , m_noWindow(std::move(noWindow))
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    connect(tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Context && m_menu && !m_menu->isVisible())
            popup();
    });
#else
    Q_UNUSED(tray)
#endif
}

bool TrayContextMenu::popup()
{
    if (!m_menu)
        return false;
    QPoint at = QCursor::pos();
    if (QGuiApplication::platformName().startsWith(QLatin1String("wayland"))) {
        QWindow* parent = parentWindow(m_menu);
        if (!parent) {
            qCInfo(lcTray) << "ContextMenu on Wayland without a window to open the menu over: opening the window";
            if (m_noWindow)
                m_noWindow();
            return false;
        }
        m_menu->winId(); // the menu's QWindow, to give it its parent surface
        m_menu->windowHandle()->setTransientParent(parent);
        // The compositor places it; a point inside the parent keeps QtWayland's relative position sane.
        at = parent->geometry().topLeft() + QPoint(parent->width() / 2, 0);
    }
    m_menu->popup(at);
    return true;
}

QWindow* TrayContextMenu::parentWindow(const QMenu* menu)
{
    if (QWindow* focus = QGuiApplication::focusWindow(); focus && focus != menu->windowHandle())
        return focus;
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (window != menu && window->isVisible() && !window->isMinimized() && window->windowHandle()
            && !(window->windowFlags() & Qt::Popup))
            return window->windowHandle();
    }
    return nullptr;
}
