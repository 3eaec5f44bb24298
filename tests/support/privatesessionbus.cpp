// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/privatesessionbus.h"

#include <QtGlobal>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/types.h>

PrivateSessionBus::PrivateSessionBus() = default;

PrivateSessionBus::~PrivateSessionBus()
{
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGTERM);
}

bool PrivateSessionBus::start()
{
    // --fork returns once the bus listens; the first line is its address, the second its pid.
    FILE* out = ::popen("dbus-daemon --session --fork --nosyslog --print-address=1 --print-pid=1", "r");
    if (!out)
        return false;
    char line[1024];
    if (std::fgets(line, sizeof line, out))
        m_address = QByteArray(line).trimmed();
    if (std::fgets(line, sizeof line, out))
        m_pid = std::strtol(line, nullptr, 10);
    ::pclose(out);
    if (m_address.isEmpty() || m_pid <= 0)
        return false;
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
    return true;
}
