// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/dbusmenurefresher.h"

#include <QAction>
#include <QActionEvent>
#include <QMenu>
#include <QTimer>

DBusMenuRefresher::DBusMenuRefresher(QMenu* menu, QObject* parent)
    : QObject(parent)
    , m_menu(menu)
    , m_placeholder(new QAction(this))
{
    m_placeholder->setVisible(false);
    watch(menu);
}

void DBusMenuRefresher::watch(QMenu* menu)
{
    menu->installEventFilter(this);
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->menu())
            watch(action->menu());
    }
}

bool DBusMenuRefresher::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (!m_bumping && (type == QEvent::ActionChanged || type == QEvent::ActionAdded || type == QEvent::ActionRemoved)) {
        if (type == QEvent::ActionAdded) {
            QAction* added = static_cast<QActionEvent*>(event)->action();
            if (added && added->menu())
                watch(added->menu());
        }
        if (!m_scheduled) {
            m_scheduled = true;
            QTimer::singleShot(0, this, &DBusMenuRefresher::bump);
        }
    }
    return QObject::eventFilter(watched, event);
}

void DBusMenuRefresher::bump()
{
    m_scheduled = false;
    if (!m_menu)
        return;
    m_bumping = true;
    m_menu->addAction(m_placeholder); // QDBusPlatformMenu::insertMenuItem → emitUpdated → LayoutUpdated
    m_menu->removeAction(m_placeholder);
    m_bumping = false;
    ++m_bumps;
}
