// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

#include <QDBusConnection>

class QDBusMessage;

// An idle backend that reads the idle time with one method call on a D-Bus service, asynchronously: probe() makes the
// same call and counts an answer as "available" (then onAvailable() connects the service's signals, once);
// requestIdleTime() reads the answer's first argument as an unsigned number in the service's unit and tells it in
// milliseconds. Serves MutterIdleSource (GetIdletime, ms) and ScreenSaverIdleSource (GetSessionIdleTime, ms as KDE
// answers). logind does not fit: its idle time is a property (IdleSinceHint, a timestamp) of a session path the
// probe has to find first (LogindIdleSource).
class DBusIdleSource : public IdleSource
{
    Q_OBJECT
public:
    static constexpr int CallTimeoutMs = 5000;

    struct Service
    {
        QString name;
        QString path;
        QString interface;
        QString idleMethod;
        qint64 msPerUnit = 1; // 1: the method answers milliseconds; 1000: seconds
    };

    DBusIdleSource(const QDBusConnection& bus, const Service& service, QObject* parent = nullptr);

    QString name() const override { return m_service.name; }
    void probe() override;
    void requestIdleTime() override;

protected:
    // The first successful probe: connect the service's signals here.
    virtual void onAvailable() { }
    // A call of `method` on the service's object and interface.
    QDBusMessage call(const QString& method) const;
    QDBusConnection& bus() { return m_bus; }
    const Service& service() const { return m_service; }

private:
    void readIdle(bool forProbe);

    QDBusConnection m_bus;
    Service m_service;
    bool m_available = false;
};
