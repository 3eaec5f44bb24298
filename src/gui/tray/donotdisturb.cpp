// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/donotdisturb.h"

#ifdef CLOCKODO_HAVE_DBUS_DND
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace {
#ifdef CLOCKODO_HAVE_DBUS_DND
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Properties = QStringLiteral("org.freedesktop.DBus.Properties");
constexpr int TimeoutMs = 5000;
#endif
} // namespace

DoNotDisturb::DoNotDisturb(QObject* parent)
    : QObject(parent)
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    QDBusConnection::sessionBus().connect(Service, Path, Properties, QStringLiteral("PropertiesChanged"), this,
                                          SLOT(propertiesChanged(QString, QVariantMap, QStringList)));
    read();
#endif
}

void DoNotDisturb::read()
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    QDBusMessage get = QDBusMessage::createMethodCall(Service, Path, Properties, QStringLiteral("Get"));
    get << Service << QStringLiteral("Inhibited");
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        m_readable = !reply.isError();
        if (m_readable)
            set(reply.value().variant().toBool());
    });
#endif
}

void DoNotDisturb::propertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList&)
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    if (interface != Service || !changed.contains(QStringLiteral("Inhibited")))
        return;
    m_readable = true;
    set(changed.value(QStringLiteral("Inhibited")).toBool());
#else
    Q_UNUSED(interface)
    Q_UNUSED(changed)
#endif
}

void DoNotDisturb::set(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    emit changed(on);
}
