// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/clickablenotification.h"

#include <QGuiApplication>
#include <QTimer>

#ifdef CLOCKODO_HAVE_DBUS_DND
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace {
#ifdef CLOCKODO_HAVE_DBUS_DND
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString DefaultAction = QStringLiteral("default");
constexpr int CallTimeoutMs = 5000;
#endif
} // namespace

ClickableNotification::ClickableNotification(QObject* parent)
    : QObject(parent)
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Service, QStringLiteral("ActionInvoked"), this, SLOT(actionInvoked(uint, QString)));
    bus.connect(Service, Path, Service, QStringLiteral("NotificationClosed"), this,
                SLOT(notificationClosed(uint, uint)));
#endif
}

void ClickableNotification::show(const QString& title, const QString& body, const QString& actionText, int timeoutMs)
{
    const quint64 generation = ++m_generation;
#ifdef CLOCKODO_HAVE_DBUS_DND
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QString appId = QGuiApplication::desktopFileName();
        if (appId.isEmpty())
            appId = QStringLiteral("clockodo-desktop");
        QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
        call << QGuiApplication::applicationDisplayName() << m_id << appId << title << body
             << QStringList { DefaultAction, actionText } << QVariantMap { { QStringLiteral("desktop-entry"), appId } }
             << timeoutMs;
        auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, CallTimeoutMs), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (generation != m_generation)
                return; // another notification replaced this one meanwhile
            if (reply.isError() || reply.value() == 0) {
                m_id = 0;
                emit failed();
                return;
            }
            m_id = reply.value();
            emit shown();
        });
        return;
    }
#else
    Q_UNUSED(title)
    Q_UNUSED(body)
    Q_UNUSED(actionText)
    Q_UNUSED(timeoutMs)
#endif
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            emit failed();
    });
}

void ClickableNotification::actionInvoked(uint id, const QString& actionKey)
{
    Q_UNUSED(actionKey) // "default" (a click on the body) or our one button: both mean "open"
    if (id == 0 || id != m_id)
        return; // another application's notification, or one of Qt's tray messages
    m_id = 0;
    emit clicked();
}

void ClickableNotification::notificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    if (id != 0 && id == m_id)
        m_id = 0;
}
