// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/macidlesource.h"

#include <QTimer>

#include <ApplicationServices/ApplicationServices.h>

MacIdleSource::MacIdleSource(QObject* parent)
    : IdleSource(parent)
{ }

void MacIdleSource::probe()
{
    QTimer::singleShot(0, this, [this] { emit probed(true); });
}

void MacIdleSource::requestIdleTime()
{
    QTimer::singleShot(0, this, [this] {
        const CFTimeInterval seconds
            = CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType);
        emit idleTimeRead(qint64(seconds * 1000.0));
    });
}
