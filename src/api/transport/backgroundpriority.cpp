// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/backgroundpriority.h"

#include <QtGlobal>

#include <cerrno>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

bool BackgroundPriority::lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    static thread_local const bool lowered = [] {
        // PRIO_PROCESS with a thread id sets that thread's nice value only (setpriority(2), "BUGS": Linux threads).
        const id_t thread = id_t(gettid());
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, thread);
        if (errno != 0)
            return false;
        return current >= Nice || setpriority(PRIO_PROCESS, thread, Nice) == 0;
    }();
    return lowered;
#else
    return false;
#endif
}
