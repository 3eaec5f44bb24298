// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

// Sets the operating system's time zone (TZ) for a test and restores the previous one when destroyed, so that
// tests can prove that the Clockodo user's zone, not the OS zone, decides days and times.
class ScopedOsTimeZone
{
public:
    explicit ScopedOsTimeZone(const char* zone)
        : m_old(qgetenv("TZ"))
        , m_hadOld(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedOsTimeZone()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedOsTimeZone(const ScopedOsTimeZone&) = delete;
    ScopedOsTimeZone& operator=(const ScopedOsTimeZone&) = delete;

private:
    QByteArray m_old;
    bool m_hadOld = false;
};
