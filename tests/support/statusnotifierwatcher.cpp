// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/statusnotifierwatcher.h"

StatusNotifierWatcher::StatusNotifierWatcher(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_connection(bus)
{
    m_valid = m_connection.isConnected()
        && m_connection.registerObject(QStringLiteral("/StatusNotifierWatcher"), this,
                                       QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
                                           | QDBusConnection::ExportAllProperties)
        && m_connection.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"));
}

QStringList StatusNotifierWatcher::registeredStatusNotifierItems() const
{
    return m_items;
}

bool StatusNotifierWatcher::isStatusNotifierHostRegistered() const
{
    return !m_hosts.isEmpty();
}

void StatusNotifierWatcher::RegisterStatusNotifierItem(const QString& service)
{
    if (!m_items.contains(service))
        m_items << service;
    emit StatusNotifierItemRegistered(service);
}

void StatusNotifierWatcher::RegisterStatusNotifierHost(const QString& service)
{
    if (!m_hosts.contains(service))
        m_hosts << service;
    emit StatusNotifierHostRegistered();
}
