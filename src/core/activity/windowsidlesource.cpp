// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/windowsidlesource.h"

#include <QTimer>

#include <windows.h>

WindowsIdleSource::WindowsIdleSource(QObject* parent)
    : IdleSource(parent)
{ }

void WindowsIdleSource::probe()
{
    QTimer::singleShot(0, this, [this] { emit probed(true); });
}

void WindowsIdleSource::requestIdleTime()
{
    // A local call that returns at once; answered from the event loop like every backend.
    QTimer::singleShot(0, this, [this] {
        LASTINPUTINFO info;
        info.cbSize = sizeof(info);
        if (!GetLastInputInfo(&info)) {
            emit idleTimeFailed(QStringLiteral("GetLastInputInfo failed"));
            return;
        }
        // Both are 32-bit tick counts: the unsigned difference is right across the 49.7-day wrap.
        const DWORD idle = GetTickCount() - info.dwTime;
        emit idleTimeRead(qint64(idle));
    });
}
