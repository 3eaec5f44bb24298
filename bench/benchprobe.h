// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>

class QTimer;

// Measuring aid of bench/, linked only into clockodo-desktop-bench (the app's main.cpp with this file beside it;
// production code knows nothing of it). It installs itself when the QCoreApplication is constructed (a
// Q_COREAPP_STARTUP_FUNCTION) and, when CLOCKODO_BENCH_MARKERS=1, prints markers to stderr
// ("CLOCKODO_BENCH <name> <ms since the epoch>"): main-entered at start-up, first-clock-state-shown when the tray
// logs that it shows the clock state, and once a minute how many timer and paint events the application handled in
// that minute (its own reporting timers not counted) and which classes received them. On SIGUSR1 (Unix) it prints
// "CLOCKODO_BENCH heap …": the widgets alive and glibc's mallinfo2 (in use, free, arena, mmap), for the soak.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    static bool isEnabled();
    static void install();
    static void mark(const char* name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit BenchProbe(QObject* parent = nullptr);
    void report();
    void reportHeap();

    QTimer* m_timer = nullptr;
    QHash<QByteArray, int> m_timerReceivers; // class name → timer events this minute
    QHash<QByteArray, int> m_paintReceivers;
    int m_timerEvents = 0;
    int m_paintEvents = 0;
    int m_events = 0;
    double m_lastEventCpuMs = 0;
    int m_lastEventType = 0;
    QByteArray m_lastEventReceiver;
};
