// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/dbusidlesource.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

DBusIdleSource::DBusIdleSource(const QDBusConnection& bus, const Service& service, QObject* parent)
    : IdleSource(parent)
    , m_bus(bus)
    , m_service(service)
{ }

QDBusMessage DBusIdleSource::call(const QString& method) const
{
    return QDBusMessage::createMethodCall(m_service.name, m_service.path, m_service.interface, method);
}

void DBusIdleSource::probe()
{
    readIdle(true);
}

void DBusIdleSource::requestIdleTime()
{
    readIdle(false);
}

void DBusIdleSource::readIdle(bool forProbe)
{
    if (!m_bus.isConnected()) {
        if (forProbe)
            emit probed(false);
        else
            emit idleTimeFailed(QStringLiteral("no session bus"));
        return;
    }
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call(m_service.idleMethod), CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, forProbe] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        const QVariant value = reply.arguments().value(0);
        bool ok = reply.type() == QDBusMessage::ReplyMessage
            && (value.typeId() == QMetaType::UInt || value.typeId() == QMetaType::ULongLong);
        if (forProbe) {
            if (ok && !m_available) {
                m_available = true;
                onAvailable();
            }
            emit probed(ok);
        } else if (!ok) {
            emit idleTimeFailed(reply.type() == QDBusMessage::ErrorMessage ? reply.errorMessage()
                                                                           : QStringLiteral("unexpected answer"));
        } else {
            emit idleTimeRead(qint64(value.toULongLong()) * m_service.msPerUnit);
        }
    });
}
