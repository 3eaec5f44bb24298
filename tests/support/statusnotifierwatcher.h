// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

// A real org.kde.StatusNotifierWatcher (what KDE Plasma, the GNOME AppIndicator extension and waybar run) on the
// session bus, served by a program of its own (clockodo-sni-watcher, support/sniwatchermain.cpp): Qt asks the
// watcher with blocking calls from the GUI thread (QGenericUnixTheme's isDBusTrayAvailable reads
// IsStatusNotifierHostRegistered), so a watcher inside the test's process would deadlock against the app there.
// RegisterStatusNotifierHost / RegisterStatusNotifierItem as in the protocol
// (https://www.freedesktop.org/wiki/Specifications/StatusNotifierItem/StatusNotifierWatcher/).
class StatusNotifierWatcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredStatusNotifierItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isStatusNotifierHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)

public:
    // Owns org.kde.StatusNotifierWatcher on bus. isValid() tells whether that worked.
    explicit StatusNotifierWatcher(const QDBusConnection& bus, QObject* parent = nullptr);

    bool isValid() const { return m_valid; }
    QStringList registeredStatusNotifierItems() const;
    bool isStatusNotifierHostRegistered() const;
    int protocolVersion() const { return 0; }

public slots:
    void RegisterStatusNotifierItem(const QString& service);
    void RegisterStatusNotifierHost(const QString& service);

signals:
    void StatusNotifierItemRegistered(const QString& service);
    void StatusNotifierHostRegistered();

private:
    QDBusConnection m_connection;
    QStringList m_items;
    QStringList m_hosts;
    bool m_valid = false;
};
