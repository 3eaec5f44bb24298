// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/logindidlesource.h"

#include "core/tracking/clock.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace {
const QString Service = QStringLiteral("org.freedesktop.login1");
const QString ManagerPath = QStringLiteral("/org/freedesktop/login1");
const QString ManagerInterface = QStringLiteral("org.freedesktop.login1.Manager");
const QString SessionInterface = QStringLiteral("org.freedesktop.login1.Session");
} // namespace

LogindIdleSource::LogindIdleSource(const QDBusConnection& bus, Clock* clock, QObject* parent)
    : IdleSource(parent)
    , m_bus(bus)
    , m_clock(clock ? clock : Clock::system())
{ }

void LogindIdleSource::probe()
{
    if (!m_bus.isConnected()) {
        emit probed(false);
        return;
    }
    const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
    QDBusMessage message;
    if (sessionId.isEmpty()) {
        message
            = QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("GetSessionByPID"));
        message << uint(QCoreApplication::applicationPid());
    } else {
        message = QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("GetSession"));
        message << sessionId;
    }
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            emit probed(false);
            return;
        }
        m_sessionPath = reply.value().path();
        connectSignals();
        emit probed(true);
    });
}

void LogindIdleSource::connectSignals()
{
    m_bus.connect(Service, m_sessionPath, SessionInterface, QStringLiteral("Lock"), this, SLOT(onLock()));
    m_bus.connect(Service, m_sessionPath, SessionInterface, QStringLiteral("Unlock"), this, SLOT(onUnlock()));
    m_bus.connect(Service, ManagerPath, ManagerInterface, QStringLiteral("PrepareForSleep"), this,
                  SLOT(onPrepareForSleep(bool)));
    m_bus.connect(Service, ManagerPath, ManagerInterface, QStringLiteral("PrepareForShutdown"), this,
                  SLOT(onPrepareForShutdown(bool)));
}

void LogindIdleSource::requestIdleTime()
{
    if (m_sessionPath.isEmpty()) {
        emit idleTimeFailed(QStringLiteral("no logind session"));
        return;
    }
    QDBusMessage message = QDBusMessage::createMethodCall(
        Service, m_sessionPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
    message << SessionInterface;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QVariantMap> reply = *watcher;
        if (reply.isError()) {
            emit idleTimeFailed(reply.error().message());
            return;
        }
        const QVariantMap properties = reply.value();
        if (!properties.value(QStringLiteral("IdleHint")).toBool()) {
            emit idleTimeRead(0);
            return;
        }
        // IdleSinceHint: µs since the epoch (CLOCK_REALTIME) when the session became idle.
        const qint64 sinceMs = qint64(properties.value(QStringLiteral("IdleSinceHint")).toULongLong() / 1000);
        emit idleTimeRead(sinceMs > 0 ? qMax<qint64>(0, m_clock->nowUtc().toMSecsSinceEpoch() - sinceMs) : 0);
    });
}

void LogindIdleSource::takeDelayInhibitor(const QString& what)
{
    if (holdsInhibitor() || !m_bus.isConnected()) {
        emit inhibitorChanged(holdsInhibitor());
        return;
    }
    QDBusMessage message
        = QDBusMessage::createMethodCall(Service, ManagerPath, ManagerInterface, QStringLiteral("Inhibit"));
    message << what << QStringLiteral("clockodo-desktop") << tr("Stopping the running clock")
            << QStringLiteral("delay");
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, generation = ++m_inhibitGeneration] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *watcher;
        if (generation != m_inhibitGeneration)
            return; // released meanwhile: the descriptor closes with the reply
        if (!reply.isError() && reply.value().isValid())
            m_inhibitor = reply.value();
        emit inhibitorChanged(holdsInhibitor());
    });
}

void LogindIdleSource::releaseInhibitor()
{
    ++m_inhibitGeneration;
    if (!m_inhibitor.isValid())
        return;
    m_inhibitor = QDBusUnixFileDescriptor(); // closes our copy: logind lets the system go on
    emit inhibitorChanged(false);
}

void LogindIdleSource::onLock()
{
    emit lockChanged(true);
}

void LogindIdleSource::onUnlock()
{
    emit lockChanged(false);
}

void LogindIdleSource::onPrepareForSleep(bool start)
{
    emit sleepPrepared(start);
}

void LogindIdleSource::onPrepareForShutdown(bool start)
{
    emit shutdownPrepared(start);
}
