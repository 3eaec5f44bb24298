// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchprobe.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {
int s_heapPipe[2] = { -1, -1 };
}
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
#if defined(Q_OS_UNIX)
    // SIGUSR1 asks for a heap report (bench_idle.sh's soak), through a pipe: nothing but write() in the handler.
    if (::pipe(s_heapPipe) == 0) {
        auto* notifier = new QSocketNotifier(s_heapPipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            if (::read(s_heapPipe[0], &byte, 1) == 1)
                reportHeap();
        });
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto written = ::write(s_heapPipe[1], &byte, 1);
        };
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGUSR1, &action, nullptr);
    }
#endif
}

void BenchProbe::reportHeap()
{
    // Counts the soak benchmark reads: the widgets alive, and (glibc) what malloc has handed out against what it
    // holds. With CLOCKODO_BENCH_TRIM=1 the free memory is given back to the system first (malloc_trim).
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
    // CLOCKODO_BENCH_SLOW_EVENT_MS=x: the GUI thread's CPU from one event to the next is charged to the first; more
    // than x ms is printed with its type and receiver (what made a long event-loop turn).
    static const double slowMs = qEnvironmentVariable("CLOCKODO_BENCH_SLOW_EVENT_MS").toDouble();
    if (slowMs > 0) {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        const double cpuMs = double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
        if (m_lastEventCpuMs > 0 && cpuMs - m_lastEventCpuMs > slowMs) {
            std::fprintf(stderr, "CLOCKODO_BENCH slow-event cpu-ms=%.1f type=%d receiver=%s at=%lld\n",
                         cpuMs - m_lastEventCpuMs, m_lastEventType, m_lastEventReceiver.constData(),
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
        }
        m_lastEventCpuMs = cpuMs;
        m_lastEventType = int(event->type());
        m_lastEventReceiver = watched->inherits("QTimer") && watched->parent()
            ? QByteArray("QTimer<") + watched->parent()->metaObject()->className() + '>'
            : QByteArray(watched->metaObject()->className()) + '/' + watched->objectName().toLatin1();
    }
    if (watched->parent() != this) {
        ++m_events;
        switch (event->type()) {
        case QEvent::Timer:
            ++m_timerEvents;
            // A QTimer is named by what owns it ("QTimer<StopwatchWidget>").
            if (watched->inherits("QTimer") && watched->parent())
                ++m_timerReceivers[QByteArray("QTimer<") + watched->parent()->metaObject()->className() + '>'];
            else
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
