// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/globalshortcutsportal.h"

#include "core/platform/portalrequest.h"

#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcShortcuts, "clockodo.core.shortcuts", QtInfoMsg)

namespace {
const QString s_interface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
constexpr int CallTimeoutMs = 10000;
} // namespace

QDBusArgument& operator<<(QDBusArgument& argument, const PortalShortcut& shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, PortalShortcut& shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

GlobalShortcutsPortal::GlobalShortcutsPortal(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    qDBusRegisterMetaType<PortalShortcut>();
    qDBusRegisterMetaType<QList<PortalShortcut>>();
}

void GlobalShortcutsPortal::bind(const QList<Shortcut>& shortcuts)
{
    m_shortcuts = shortcuts;
    if (!m_bus.isConnected()) {
        giveUp(QStringLiteral("no session bus"));
        return;
    }
    // NameHasOwner: whether a portal runs, without starting one.
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("NameHasOwner"));
    message.setArguments({ PortalRequest::Service });
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<bool> reply = *call;
        if (reply.isError() || !reply.value())
            giveUp(QStringLiteral("no xdg-desktop-portal on the session bus"));
        else
            checkInterface();
    });
}

void GlobalShortcutsPortal::checkInterface()
{
    // Older portals (and desktops without a backend for it) lack the interface: its version property fails.
    QDBusMessage message
        = QDBusMessage::createMethodCall(PortalRequest::Service, PortalRequest::Path,
                                         QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    message.setArguments({ s_interface, QStringLiteral("version") });
    message.setAutoStartService(false);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError())
            giveUp(reply.error().message());
        else
            createSession();
    });
}

void GlobalShortcutsPortal::createSession()
{
    QVariantMap options;
    options.insert(QStringLiteral("session_handle_token"),
                   QStringLiteral("clockodo%1").arg(QRandomGenerator::global()->generate()));
    auto* request = new PortalRequest(m_bus, this);
    connect(request, &PortalRequest::finished, this,
            [this](uint response, const QVariantMap& results, const QString& error) {
                m_session = results.value(QStringLiteral("session_handle")).toString();
                if (response != PortalRequest::Success || m_session.isEmpty())
                    giveUp(QStringLiteral("CreateSession: %1 %2").arg(response).arg(error));
                else
                    bindShortcuts();
            });
    request->start(s_interface, QStringLiteral("CreateSession"), {}, options, TimeoutMs);
}

void GlobalShortcutsPortal::updateShortcuts(const QList<Shortcut>& shortcuts)
{
    m_shortcuts = shortcuts;
    if (m_active)
        sendBind(false);
}

void GlobalShortcutsPortal::bindShortcuts()
{
    // Listen before binding: a key pressed right after the user chose it is not lost.
    m_bus.connect(PortalRequest::Service, PortalRequest::Path, s_interface, QStringLiteral("Activated"), this,
                  SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
    sendBind(true);
}

void GlobalShortcutsPortal::sendBind(bool first)
{
    QList<PortalShortcut> shortcuts;
    for (const Shortcut& shortcut : std::as_const(m_shortcuts)) {
        PortalShortcut bound { shortcut.id, { { QStringLiteral("description"), shortcut.description } } };
        if (!shortcut.preferredTrigger.isEmpty())
            bound.properties.insert(QStringLiteral("preferred_trigger"), shortcut.preferredTrigger);
        shortcuts << bound;
    }
    auto* request = new PortalRequest(m_bus, this);
    connect(request, &PortalRequest::finished, this,
            [this, first](uint response, const QVariantMap&, const QString& error) {
                if (!first) { // a refused update keeps the shortcuts bound before
                    if (response != PortalRequest::Success)
                        qCInfo(lcShortcuts) << "the portal kept the old shortcut descriptions:" << response << error;
                    return;
                }
                if (response != PortalRequest::Success) {
                    giveUp(QStringLiteral("BindShortcuts: %1 %2").arg(response).arg(error));
                    return;
                }
                m_active = true;
                m_lookedFor = true;
                qCInfo(lcShortcuts) << "global shortcuts bound through the portal";
                emit ready(true);
            });
    // parent_window "": no window handle (the app may run in the tray only).
    request->start(s_interface, QStringLiteral("BindShortcuts"),
                   { QVariant::fromValue(QDBusObjectPath(m_session)), QVariant::fromValue(shortcuts), QString() }, {},
                   TimeoutMs);
}

void GlobalShortcutsPortal::onActivated(const QDBusObjectPath& session, const QString& id, qulonglong,
                                        const QVariantMap&)
{
    if (m_active && session.path() == m_session)
        emit activated(id);
}

void GlobalShortcutsPortal::giveUp(const QString& why)
{
    // Quietly: most desktops have no such portal; the command line can be bound instead.
    qCDebug(lcShortcuts) << "no global shortcuts:" << why;
    m_bus.disconnect(PortalRequest::Service, PortalRequest::Path, s_interface, QStringLiteral("Activated"), this,
                     SLOT(onActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
    m_active = false;
    m_lookedFor = true;
    emit ready(false);
}
