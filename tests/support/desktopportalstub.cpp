// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/desktopportalstub.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QTimer>

namespace {
const QString s_service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString s_path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString s_background = QStringLiteral("org.freedesktop.portal.Background");
const QString s_shortcuts = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString s_connectionName = QStringLiteral("clockodo-test-portal");

// The caller's name as the portal writes it into object paths: without ':' and with '_' for '.'.
QString senderPart(const QString& sender)
{
    return QString(sender).remove(QLatin1Char(':')).replace(QLatin1Char('.'), QLatin1Char('_'));
}
} // namespace

DesktopPortalStub::DesktopPortalStub(const QString& address, const QStringList& interfaces, QObject* parent)
    : QDBusVirtualObject(parent)
    , m_bus(QDBusConnection::connectToBus(address, s_connectionName))
    , m_interfaces(interfaces)
{
    m_valid = m_bus.isConnected() && m_bus.registerVirtualObject(s_path, this) && m_bus.registerService(s_service);
}

DesktopPortalStub::~DesktopPortalStub()
{
    m_bus.unregisterService(s_service);
    m_bus.unregisterObject(s_path);
    QDBusConnection::disconnectFromBus(s_connectionName);
}

QList<QDBusMessage> DesktopPortalStub::callsOf(const QString& member) const
{
    QList<QDBusMessage> found;
    for (const QDBusMessage& call : m_calls) {
        if (call.member() == member)
            found << call;
    }
    return found;
}

QString DesktopPortalStub::introspect(const QString&) const
{
    QString xml;
    for (const QString& interface : m_interfaces)
        xml += QStringLiteral("<interface name=\"%1\"/>").arg(interface);
    return xml;
}

bool DesktopPortalStub::handleMessage(const QDBusMessage& message, const QDBusConnection& connection)
{
    m_calls << message;
    const QVariantList args = message.arguments();
    if (message.interface() == QLatin1String("org.freedesktop.DBus.Properties")
        && message.member() == QLatin1String("Get")) {
        if (!m_interfaces.contains(args.value(0).toString()))
            connection.send(
                message.createErrorReply(QDBusError::UnknownInterface, QStringLiteral("no such interface")));
        else
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(uint(1)))));
        return true;
    }
    if (!m_interfaces.contains(message.interface())) {
        connection.send(message.createErrorReply(QDBusError::UnknownMethod, QStringLiteral("no such interface")));
        return true;
    }
    const QVariantMap options = qdbus_cast<QVariantMap>(args.constLast());
    if (message.member() == QLatin1String("RequestBackground")) {
        respond(message, options,
                { { QStringLiteral("background"), m_response == 0 },
                  { QStringLiteral("autostart"),
                    m_response == 0 && options.value(QStringLiteral("autostart")).toBool() } });
    } else if (message.member() == QLatin1String("CreateSession")) {
        m_session = s_path + QStringLiteral("/session/") + senderPart(message.service()) + QLatin1Char('/')
            + options.value(QStringLiteral("session_handle_token")).toString();
        respond(message, options, { { QStringLiteral("session_handle"), m_session } });
    } else if (message.member() == QLatin1String("BindShortcuts")) {
        respond(message, options, {});
    } else {
        connection.send(message.createErrorReply(QDBusError::UnknownMethod, message.member()));
    }
    return true;
}

void DesktopPortalStub::respond(const QDBusMessage& message, const QVariantMap& options, const QVariantMap& results)
{
    const QString request = s_path + QStringLiteral("/request/") + senderPart(message.service()) + QLatin1Char('/')
        + options.value(QStringLiteral("handle_token")).toString();
    m_bus.send(message.createReply(QVariant::fromValue(QDBusObjectPath(request))));
    // The answer comes later, as the real portal's does (after its dialog).
    const uint response = m_response;
    QTimer::singleShot(0, this, [this, request, response, results] {
        QDBusMessage signal = QDBusMessage::createSignal(request, QStringLiteral("org.freedesktop.portal.Request"),
                                                         QStringLiteral("Response"));
        signal << response << results;
        m_bus.send(signal);
    });
}

void DesktopPortalStub::activate(const QString& id)
{
    QDBusMessage signal = QDBusMessage::createSignal(s_path, s_shortcuts, QStringLiteral("Activated"));
    signal << QVariant::fromValue(QDBusObjectPath(m_session)) << id << qulonglong(0) << QVariantMap();
    m_bus.send(signal);
}
