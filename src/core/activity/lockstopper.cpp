// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/lockstopper.h"

#include "core/activity/idlesource.h"
#include "core/session/settings.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcIdle)

LockStopper::LockStopper(StopwatchSession* session, Settings* settings, IdleSource* source, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_source(source)
    , m_release(new QTimer(this))
{
    m_release->setSingleShot(true);
    m_release->setInterval(ReleaseAfterMs);
    connect(m_release, &QTimer::timeout, this, [this] {
        m_stopping = false;
        reconsider();
    });
    connect(m_source, &IdleSource::lockChanged, this, &LockStopper::onLock);
    connect(m_source, &IdleSource::sleepPrepared, this, [this](bool before) {
        onPrepare(before, m_settings && m_settings->stopOnSuspend(), QStringLiteral("suspend"));
    });
    connect(m_source, &IdleSource::shutdownPrepared, this, [this](bool before) {
        onPrepare(before, m_settings && m_settings->stopOnShutdown(), QStringLiteral("shutdown"));
    });
    connect(m_source, &IdleSource::probed, this, &LockStopper::reconsider);
    connect(m_source, &IdleSource::inhibitorChanged, this, [this] {
        m_requested = false;
        reconsider();
    });
    connect(m_session->stopwatch(), &Stopwatch::stateChanged, this, &LockStopper::reconsider);
    auto answered = [this] {
        if (!m_stopping)
            return;
        m_stopping = false;
        m_release->stop();
        reconsider();
    };
    connect(m_session->stopwatch(), &Stopwatch::actionSucceeded, this, answered);
    connect(m_session->stopwatch(), &Stopwatch::actionFailed, this, answered);
    if (m_settings)
        connect(m_settings, &Settings::changed, this, &LockStopper::reconsider);
    reconsider();
}

QString LockStopper::what() const
{
    QStringList what;
    if (m_settings && m_settings->stopOnSuspend())
        what << QStringLiteral("sleep");
    if (m_settings && m_settings->stopOnShutdown())
        what << QStringLiteral("shutdown");
    return what.join(QLatin1Char(':'));
}

bool LockStopper::wantsInhibitor() const
{
    return m_session->stopwatch()->isRunning() && !what().isEmpty() && m_source->canInhibit();
}

void LockStopper::reconsider()
{
    if (m_stopping)
        return; // the stop before sleep holds the inhibitor until it is answered
    const bool wanted = wantsInhibitor();
    if (wanted && !m_source->holdsInhibitor() && !m_requested) {
        m_requested = true;
        m_source->takeDelayInhibitor(what());
    } else if (!wanted && m_source->holdsInhibitor()) {
        m_source->releaseInhibitor();
    }
}

void LockStopper::onLock(bool locked)
{
    if (locked && m_settings && m_settings->stopOnLock() && m_session->stopwatch()->isRunning()) {
        qCInfo(lcIdle) << "screen locked: stopping the clock";
        emit stopRequested(QStringLiteral("lock"));
        m_session->stopwatch()->stop();
    }
}

void LockStopper::onPrepare(bool before, bool enabled, const QString& reason)
{
    if (!before) {
        reconsider(); // woke up, or the shutdown was cancelled: hold the inhibitor again if a clock runs
        return;
    }
    if (!enabled || !m_session->stopwatch()->isRunning()) {
        m_source->releaseInhibitor(); // nothing to wait for
        return;
    }
    stopThenRelease(reason);
}

void LockStopper::stopThenRelease(const QString& reason)
{
    qCInfo(lcIdle) << reason << "ahead: stopping the clock before letting go of the inhibitor";
    m_stopping = true;
    m_release->start();
    emit stopRequested(reason);
    m_session->stopwatch()->stop();
}
