// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/mutteridlesource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {
const QString Service = QStringLiteral("org.gnome.Mutter.IdleMonitor");
const QString Path = QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core");
const QString Interface = QStringLiteral("org.gnome.Mutter.IdleMonitor");
} // namespace

MutterIdleSource::MutterIdleSource(const QDBusConnection& bus, QObject* parent)
    : IdleSource(parent)
    , m_bus(bus)
{ }

QDBusMessage MutterIdleSource::call(const QString& method) const
{
    return QDBusMessage::createMethodCall(Service, Path, Interface, method);
}

void MutterIdleSource::probe()
{
    readIdle(true);
}

void MutterIdleSource::requestIdleTime()
{
    readIdle(false);
}

void MutterIdleSource::readIdle(bool forProbe)
{
    if (!m_bus.isConnected()) {
        if (forProbe)
            emit probed(false);
        else
            emit idleTimeFailed(QStringLiteral("no session bus"));
        return;
    }
    auto* watcher
        = new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("GetIdletime")), CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, forProbe] {
        watcher->deleteLater();
        const QDBusPendingReply<qulonglong> reply = *watcher;
        if (forProbe) {
            if (!reply.isError() && !m_connected) {
                m_connected = m_bus.connect(Service, Path, Interface, QStringLiteral("WatchFired"), this,
                                            SLOT(onWatchFired(uint)));
            }
            emit probed(!reply.isError());
        } else if (reply.isError()) {
            emit idleTimeFailed(reply.error().message());
        } else {
            emit idleTimeRead(qint64(reply.value()));
        }
    });
}

void MutterIdleSource::watchForActivity()
{
    if (!m_bus.isConnected() || m_watch != 0)
        return;
    auto* watcher
        = new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("AddUserActiveWatch")), CallTimeoutMs), this);
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
