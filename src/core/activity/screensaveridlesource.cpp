// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/screensaveridlesource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {
const QString Service = QStringLiteral("org.freedesktop.ScreenSaver");
const QString Path = QStringLiteral("/org/freedesktop/ScreenSaver");
const QString Interface = QStringLiteral("org.freedesktop.ScreenSaver");
} // namespace

ScreenSaverIdleSource::ScreenSaverIdleSource(const QDBusConnection& bus, QObject* parent)
    : IdleSource(parent)
    , m_bus(bus)
{ }

void ScreenSaverIdleSource::probe()
{
    readIdle(true);
}

void ScreenSaverIdleSource::requestIdleTime()
{
    readIdle(false);
}

void ScreenSaverIdleSource::readIdle(bool forProbe)
{
    if (!m_bus.isConnected()) {
        if (forProbe)
            emit probed(false);
        else
            emit idleTimeFailed(QStringLiteral("no session bus"));
        return;
    }
    const QDBusMessage message
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetSessionIdleTime"));
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, forProbe] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (forProbe) {
            if (!reply.isError() && !m_connected) {
                m_connected = m_bus.connect(Service, Path, Interface, QStringLiteral("ActiveChanged"), this,
                                            SLOT(onActiveChanged(bool)));
                readActive();
            }
            emit probed(!reply.isError());
        } else if (reply.isError()) {
            emit idleTimeFailed(reply.error().message());
        } else {
            emit idleTimeRead(qint64(reply.value()));
        }
    });
}

void ScreenSaverIdleSource::readActive()
{
    const QDBusMessage message = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetActive"));
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
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
