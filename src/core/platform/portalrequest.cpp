// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/portalrequest.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QRandomGenerator>

const QString PortalRequest::Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalRequest::Path = QStringLiteral("/org/freedesktop/portal/desktop");

namespace {
const QString s_requestInterface = QStringLiteral("org.freedesktop.portal.Request");
const QString s_response = QStringLiteral("Response");
} // namespace

PortalRequest::PortalRequest(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(Failed, {}, QStringLiteral("no answer from the portal in time")); });
}

void PortalRequest::start(const QString& interface, const QString& method, const QVariantList& arguments,
                          QVariantMap options, int timeoutMs)
{
    // The request path is /org/freedesktop/portal/desktop/request/SENDER/TOKEN, SENDER our unique name without
    // the leading ':' and with '.' as '_'.
    const QString token = QStringLiteral("clockodo%1").arg(QRandomGenerator::global()->generate());
    options.insert(QStringLiteral("handle_token"), token);
    QString sender = m_bus.baseService();
    sender.remove(0, sender.startsWith(QLatin1Char(':')) ? 1 : 0).replace(QLatin1Char('.'), QLatin1Char('_'));
    listen(Path + QStringLiteral("/request/") + sender + QLatin1Char('/') + token);

    QDBusMessage message = QDBusMessage::createMethodCall(Service, Path, interface, method);
    message.setAutoStartService(false); // a portal that is not running stays off
    message.setArguments(QVariantList(arguments) << options);
    m_timeout.start(timeoutMs);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &PortalRequest::onReply);
}

void PortalRequest::listen(const QString& path)
{
    if (!m_path.isEmpty())
        m_bus.disconnect(Service, m_path, s_requestInterface, s_response, this, SLOT(onResponse(uint, QVariantMap)));
    m_path = path;
    m_bus.connect(Service, m_path, s_requestInterface, s_response, this, SLOT(onResponse(uint, QVariantMap)));
}

void PortalRequest::onReply(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
    if (reply.isError()) {
        finish(Failed, {}, reply.error().message());
        return;
    }
    // Portals before version 0.9 chose the path themselves.
    if (reply.value().path() != m_path)
        listen(reply.value().path());
}

void PortalRequest::onResponse(uint response, const QVariantMap& results)
{
    finish(response, results, QString());
}

void PortalRequest::finish(uint response, const QVariantMap& results, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_bus.disconnect(Service, m_path, s_requestInterface, s_response, this, SLOT(onResponse(uint, QVariantMap)));
    emit finished(response, results, error);
    deleteLater();
}
