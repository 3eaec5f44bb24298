// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/activitymonitor.h"

#include "core/activity/idlebackends.h"
#include "core/activity/idletracker.h"
#include "core/activity/lockstopper.h"
#include "core/tracking/stopwatchsession.h"

#include <QTimer>

ActivityMonitor::ActivityMonitor(StopwatchSession* session, Settings* settings, IdleSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    if (!m_source) {
        m_source = new IdleBackends(IdleBackends::platformCandidates(session->clock()), this);
        QTimer::singleShot(0, m_source, &IdleSource::probe);
    }
    m_tracker = new IdleTracker(session, settings, m_source, this);
    m_lockStopper = new LockStopper(session, settings, m_source, this);
}
