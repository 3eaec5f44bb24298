// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/idlebackends.h"

#include <QLoggingCategory>

#if defined(Q_OS_WIN)
#include "core/activity/windowsidlesource.h"
#elif defined(Q_OS_MACOS)
#include "core/activity/macidlesource.h"
#else
#include "core/activity/logindidlesource.h"
#include "core/activity/mutteridlesource.h"
#include "core/activity/screensaveridlesource.h"
#ifdef CLOCKODO_HAVE_XCB_SCREENSAVER
#include "core/activity/x11idlesource.h"
#endif
#endif

Q_LOGGING_CATEGORY(lcIdle, "clockodo.idle")

namespace {
QString s_processActiveName;
bool s_processProbed = false;
} // namespace

IdleBackends::IdleBackends(const QList<IdleSource*>& candidates, QObject* parent)
    : IdleSource(parent)
    , m_candidates(candidates)
{
    for (IdleSource* source : m_candidates) {
        source->setParent(this);
        connect(source, &IdleSource::probed, this, [this, source](bool ok) { onProbed(source, ok); });
        connect(source, &IdleSource::idleTimeRead, this, [this, source](qint64 ms) {
            if (source == m_active)
                emit idleTimeRead(ms);
        });
        connect(source, &IdleSource::idleTimeFailed, this, [this, source](const QString& why) {
            if (source == m_active)
                emit idleTimeFailed(why);
        });
        connect(source, &IdleSource::activityResumed, this, [this, source] {
            if (source == m_active)
                emit activityResumed();
        });
        auto fromAvailable = [this, source] {
            return m_available.contains(source);
        };
        connect(source, &IdleSource::lockChanged, this, [this, fromAvailable](bool locked) {
            if (fromAvailable())
                emit lockChanged(locked);
        });
        connect(source, &IdleSource::sleepPrepared, this, [this, fromAvailable](bool before) {
            if (fromAvailable())
                emit sleepPrepared(before);
        });
        connect(source, &IdleSource::shutdownPrepared, this, [this, fromAvailable](bool before) {
            if (fromAvailable())
                emit shutdownPrepared(before);
        });
        connect(source, &IdleSource::inhibitorChanged, this, [this, source](bool held) {
            if (source == inhibitorSource())
                emit inhibitorChanged(held);
        });
    }
}

QList<IdleSource*> IdleBackends::platformCandidates(Clock* clock)
{
    QList<IdleSource*> list;
#if defined(Q_OS_WIN)
    Q_UNUSED(clock)
    list << new WindowsIdleSource;
#elif defined(Q_OS_MACOS)
    Q_UNUSED(clock)
    list << new MacIdleSource;
#else
    list << new MutterIdleSource << new ScreenSaverIdleSource;
    // The X server knows every input itself; logind's IdleHint only what the desktop tells it (GNOME and KDE do, a
    // bare window manager does not): on X11 the extension goes first. logind stays in the list for the lock, sleep
    // and shutdown signals and the inhibitor, and gives the idle time where nothing else does (Wayland without GNOME
    // or KDE).
#ifdef CLOCKODO_HAVE_XCB_SCREENSAVER
    if (X11IdleSource::isX11Session())
        list << new X11IdleSource;
#endif
    list << new LogindIdleSource(QDBusConnection::systemBus(), clock);
#endif
    return list;
}

QString IdleBackends::name() const
{
    return m_active ? m_active->name() : QString();
}

void IdleBackends::probe()
{
    m_available.clear();
    m_answered.clear();
    m_active = nullptr;
    m_probed = false;
    if (m_candidates.isEmpty()) {
        onProbed(nullptr, false);
        return;
    }
    for (IdleSource* source : m_candidates)
        source->probe();
}

void IdleBackends::onProbed(IdleSource* source, bool available)
{
    if (source && !m_answered.contains(source)) {
        m_answered << source;
        if (available)
            m_available << source;
    }
    if (m_answered.size() < m_candidates.size())
        return;
    for (IdleSource* candidate : m_candidates) {
        if (m_available.contains(candidate)) {
            m_active = candidate;
            break;
        }
    }
    m_probed = true;
    s_processProbed = true;
    s_processActiveName = name();
    qCInfo(lcIdle) << "idle backend:" << (m_active ? name() : QStringLiteral("none found"));
    emit probed(m_active != nullptr);
}

void IdleBackends::requestIdleTime()
{
    if (!m_active) {
        emit idleTimeFailed(QStringLiteral("no idle backend"));
        return;
    }
    m_active->requestIdleTime();
}

void IdleBackends::watchForActivity()
{
    if (m_active)
        m_active->watchForActivity();
}

IdleSource* IdleBackends::inhibitorSource() const
{
    for (IdleSource* source : m_available) {
        if (source->canInhibit())
            return source;
    }
    return nullptr;
}

void IdleBackends::takeDelayInhibitor(const QString& what)
{
    if (IdleSource* source = inhibitorSource())
        source->takeDelayInhibitor(what);
    else
        emit inhibitorChanged(false);
}

void IdleBackends::releaseInhibitor()
{
    if (IdleSource* source = inhibitorSource())
        source->releaseInhibitor();
}

bool IdleBackends::holdsInhibitor() const
{
    IdleSource* source = inhibitorSource();
    return source && source->holdsInhibitor();
}

bool IdleBackends::canInhibit() const
{
    return inhibitorSource() != nullptr;
}

QString IdleBackends::processActiveName()
{
    return s_processActiveName;
}

bool IdleBackends::processProbed()
{
    return s_processProbed;
}
