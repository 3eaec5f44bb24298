// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>

class Clock;

// systemd-logind on the system bus (the bus is injectable: the tests put a fake logind on their private session bus).
// The session (XDG_SESSION_ID, else the one of this process) gives IdleHint/IdleSinceHint and the Lock/Unlock
// signals; the manager PrepareForSleep/PrepareForShutdown, and Inhibit(…, "delay") a file descriptor that holds the
// system back until it is closed.
class LogindIdleSource : public IdleSource
{
    Q_OBJECT
public:
    static constexpr int CallTimeoutMs = 5000;

    explicit LogindIdleSource(const QDBusConnection& bus = QDBusConnection::systemBus(), Clock* clock = nullptr,
                              QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("org.freedesktop.login1"); }
    void probe() override;
    void requestIdleTime() override;
    void takeDelayInhibitor(const QString& what) override;
    void releaseInhibitor() override;
    bool holdsInhibitor() const override { return m_inhibitor.isValid(); }
    bool canInhibit() const override { return true; }

    // The session object found by probe() (empty before).
    QString sessionPath() const { return m_sessionPath; }

private slots:
    void onLock();
    void onUnlock();
    void onPrepareForSleep(bool start);
    void onPrepareForShutdown(bool start);

private:
    void connectSignals();

    QDBusConnection m_bus;
    Clock* m_clock = nullptr;
    QString m_sessionPath;
    QDBusUnixFileDescriptor m_inhibitor;
    quint64 m_inhibitGeneration = 0; // a release makes an Inhibit answer on its way obsolete
};
