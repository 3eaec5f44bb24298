// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/screensaveridlesource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

ScreenSaverIdleSource::ScreenSaverIdleSource(const QDBusConnection& bus, QObject* parent)
    : DBusIdleSource(bus,
                     { QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                       QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("GetSessionIdleTime"), 1 },
                     parent)
{ }

void ScreenSaverIdleSource::onAvailable()
{
    bus().connect(service().name, service().path, service().interface, QStringLiteral("ActiveChanged"), this,
                  SLOT(onActiveChanged(bool)));
    readActive();
}

void ScreenSaverIdleSource::readActive()
{
    auto* watcher
        = new QDBusPendingCallWatcher(bus().asyncCall(call(QStringLiteral("GetActive")), CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<bool> reply = *watcher;
        if (!reply.isError())
            onActiveChanged(reply.value());
    });
}

void ScreenSaverIdleSource::onActiveChanged(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit lockChanged(active);
}
