// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>

class QTimer;

// Measuring aid for bench/: when CLOCKODO_BENCH_MARKERS=1, prints markers to stderr
// ("CLOCKODO_BENCH <name> <ms since the epoch>") and, once a minute, how many timer and paint events the
// application handled in that minute (its own reporting timer not counted) and which classes received them.
// Does nothing otherwise.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    static bool isEnabled();
    // Installs the probe on the application when enabled.
    static void installIfRequested();
    // Prints "CLOCKODO_BENCH <name> <epoch ms>" when enabled.
    static void mark(const char* name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit BenchProbe(QObject* parent = nullptr);
    void report();

    QTimer* m_timer = nullptr;
    QHash<QByteArray, int> m_timerReceivers; // class name → timer events this minute
    QHash<QByteArray, int> m_paintReceivers;
    int m_timerEvents = 0;
    int m_paintEvents = 0;
    int m_events = 0;
};
