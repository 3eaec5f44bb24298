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
const QString Portal = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString GnomeNotifications = QStringLiteral("org.gnome.desktop.notifications");
const QString ShowBanners = QStringLiteral("show-banners");
constexpr int TimeoutMs = 5000;

// The portal's Read() wraps the value in a second variant (ReadOne() does not): unwrap all.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
#endif
} // namespace

DoNotDisturb::DoNotDisturb(QObject* parent)
    : QObject(parent)
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(Service, Path, Properties, QStringLiteral("PropertiesChanged"), this,
                SLOT(propertiesChanged(QString, QVariantMap, QStringList)));
    bus.connect(Portal, PortalPath, PortalSettings, QStringLiteral("SettingChanged"), this,
                SLOT(settingChanged(QString, QString, QDBusVariant)));
    read();
    readBanners();
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
        if (reply.isError())
            return;
        m_readable = true;
        set(&m_inhibited, reply.value().variant().toBool());
    });
#endif
}

void DoNotDisturb::readBanners()
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    QDBusMessage read = QDBusMessage::createMethodCall(Portal, PortalPath, PortalSettings, QStringLiteral("Read"));
    read << GnomeNotifications << ShowBanners;
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(read, TimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return; // no portal, or not GNOME's key (org.freedesktop.portal.Error.NotFound)
        const QVariant value = unwrap(reply.arguments().constFirst());
        if (value.typeId() != QMetaType::Bool)
            return;
        m_readable = true;
        set(&m_bannersOff, !value.toBool());
    });
#endif
}

void DoNotDisturb::propertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList&)
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    if (interface != Service || !changed.contains(QStringLiteral("Inhibited")))
        return;
    m_readable = true;
    set(&m_inhibited, unwrap(changed.value(QStringLiteral("Inhibited"))).toBool());
#else
    Q_UNUSED(interface)
    Q_UNUSED(changed)
#endif
}

void DoNotDisturb::settingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value)
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    if (nameSpace != GnomeNotifications || key != ShowBanners)
        return;
    const QVariant shown = unwrap(value.variant());
    if (shown.typeId() != QMetaType::Bool)
        return;
    m_readable = true;
    set(&m_bannersOff, !shown.toBool());
#else
    Q_UNUSED(nameSpace)
    Q_UNUSED(key)
    Q_UNUSED(value)
#endif
}

void DoNotDisturb::set(bool* source, bool on)
{
    const bool before = isOn();
    *source = on;
    if (isOn() != before)
        emit changed(isOn());
}
