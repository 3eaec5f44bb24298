// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>

// A small xdg-desktop-portal on a test's own session bus: it owns org.freedesktop.portal.Desktop and answers at
// /org/freedesktop/portal/desktop the interfaces listed in `interfaces` (Background: RequestBackground;
// GlobalShortcuts: CreateSession, BindShortcuts; the version property of each) the way the real portal does, with
// the Request/Response pattern: the method returns the request path built from the caller's name and its
// handle_token, and Response(response, results) follows on that object. Every call is kept for the test to read.
// Lives on a connection of its own, so the client under test talks to it over the bus like to the real one.
class DesktopPortalStub : public QDBusVirtualObject
{
    Q_OBJECT
public:
    explicit DesktopPortalStub(const QString& address, const QStringList& interfaces, QObject* parent = nullptr);
    ~DesktopPortalStub() override;

    bool isValid() const { return m_valid; }
    // The response code the next requests get (0 success, 1 cancelled by the user, 2 other).
    void setResponse(uint response) { m_response = response; }
    const QList<QDBusMessage>& calls() const { return m_calls; }
    QList<QDBusMessage> callsOf(const QString& member) const;
    // GlobalShortcuts: the shortcut `id` was pressed (Activated on the last session).
    void activate(const QString& id);
    QString session() const { return m_session; }

    QString introspect(const QString& path) const override;
    bool handleMessage(const QDBusMessage& message, const QDBusConnection& connection) override;

private:
    void respond(const QDBusMessage& message, const QVariantMap& options, const QVariantMap& results);

    QDBusConnection m_bus;
    QStringList m_interfaces;
    QList<QDBusMessage> m_calls;
    QString m_session;
    uint m_response = 0;
    bool m_valid = false;
};
