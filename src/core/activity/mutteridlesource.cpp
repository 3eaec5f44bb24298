// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/mutteridlesource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

MutterIdleSource::MutterIdleSource(const QDBusConnection& bus, QObject* parent)
    : DBusIdleSource(bus,
                     { QStringLiteral("org.gnome.Mutter.IdleMonitor"),
                       QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"),
                       QStringLiteral("org.gnome.Mutter.IdleMonitor"), QStringLiteral("GetIdletime"), 1 },
                     parent)
{ }

void MutterIdleSource::onAvailable()
{
    bus().connect(service().name, service().path, service().interface, QStringLiteral("WatchFired"), this,
                  SLOT(onWatchFired(uint)));
}

void MutterIdleSource::watchForActivity()
{
    if (!bus().isConnected() || m_watch != 0)
        return;
    auto* watcher
        = new QDBusPendingCallWatcher(bus().asyncCall(call(QStringLiteral("AddUserActiveWatch")), CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (!reply.isError())
            m_watch = reply.value();
    });
}

void MutterIdleSource::onWatchFired(uint id)
{
    // A user-active watch fires once and is gone.
    if (id == 0 || id != m_watch)
        return;
    m_watch = 0;
    emit activityResumed();
}
