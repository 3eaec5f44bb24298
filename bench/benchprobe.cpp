// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchprobe.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

bool BenchProbe::isEnabled()
{
    static const bool s_enabled = qEnvironmentVariableIntValue("CLOCKODO_BENCH_MARKERS") == 1;
    return s_enabled;
}

namespace {

QtMessageHandler s_previousHandler = nullptr;

// The tray's one info line when it first shows a state read from the server (TrayController) becomes a marker;
// every message still reaches the previous handler.
void markingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtInfoMsg && qstrcmp(context.category, "clockodo.gui.tray") == 0
        && message.contains(QLatin1String("the tray shows the clock state")))
        BenchProbe::mark("first-clock-state-shown");
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

void BenchProbe::install()
{
    if (!isEnabled() || !QCoreApplication::instance())
        return;
    mark("main-entered");
    auto* probe = new BenchProbe(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(probe);
    s_previousHandler = qInstallMessageHandler(markingHandler);
}

namespace {
void installBenchProbe()
{
    BenchProbe::install();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installBenchProbe)

void BenchProbe::mark(const char* name)
{
    if (!isEnabled())
        return;
    std::fprintf(stderr, "CLOCKODO_BENCH %s %lld\n", name, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stderr);
}

BenchProbe::BenchProbe(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60000);
    connect(m_timer, &QTimer::timeout, this, &BenchProbe::report);
    m_timer->start();
    const int heapMs = qEnvironmentVariableIntValue("CLOCKODO_BENCH_HEAP_MS");
    if (heapMs > 0) {
        auto* heapTimer = new QTimer(this);
        heapTimer->setInterval(heapMs);
        connect(heapTimer, &QTimer::timeout, this, &BenchProbe::reportHeap);
        heapTimer->start();
    }
}

void BenchProbe::reportHeap()
{
    // Counts the soak benchmark reads: the widgets alive, and (glibc) what malloc has handed out against what it
    // holds. With CLOCKODO_BENCH_TRIM=1 the free memory is given back to
    // the system first, so that RSS shows what is in use rather than what the allocator keeps.
    const auto widgets
        = qobject_cast<QApplication*>(QCoreApplication::instance()) ? QApplication::allWidgets().size() : 0;
#if defined(__GLIBC__)
    if (qEnvironmentVariableIntValue("CLOCKODO_BENCH_TRIM") == 1)
        malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    std::fprintf(stderr, "CLOCKODO_BENCH heap widgets=%lld inuse=%zu free=%zu arena=%zu mmap=%zu\n",
                 static_cast<long long>(widgets), info.uordblks, info.fordblks, info.arena, info.hblkhd);
#else
    std::fprintf(stderr, "CLOCKODO_BENCH heap widgets=%lld\n", static_cast<long long>(widgets));
#endif
    std::fflush(stderr);
}

bool BenchProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched->parent() != this) {
        ++m_events;
        switch (event->type()) {
        case QEvent::Timer:
            ++m_timerEvents;
            ++m_timerReceivers[watched->metaObject()->className()];
            break;
        case QEvent::Paint:
        case QEvent::UpdateRequest:
            ++m_paintEvents;
            ++m_paintReceivers[watched->metaObject()->className()];
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void BenchProbe::report()
{
    const auto list = [](const QHash<QByteArray, int>& counts) {
        QByteArray text;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            text += (text.isEmpty() ? "" : ",") + it.key() + ':' + QByteArray::number(it.value());
        return text.isEmpty() ? QByteArray("-") : text;
    };
    std::fprintf(stderr,
                 "CLOCKODO_BENCH minute timers=%d paints=%d events=%d at=%lld timer-receivers=%s paint-receivers=%s\n",
                 m_timerEvents, m_paintEvents, m_events, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                 list(m_timerReceivers).constData(), list(m_paintReceivers).constData());
    std::fflush(stderr);
    m_timerReceivers.clear();
    m_paintReceivers.clear();
    m_timerEvents = 0;
    m_paintEvents = 0;
    m_events = 0;
}
