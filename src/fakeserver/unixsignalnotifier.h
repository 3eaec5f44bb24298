// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM/SIGINT into a Qt signal with the self-pipe trick: the handler only writes the signal
// number into a socketpair, a QSocketNotifier reads it in the event loop. One instance per process.
class UnixSignalNotifier : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalNotifier(QObject* parent = nullptr);
    ~UnixSignalNotifier() override;

    // Installs the handlers; false when the socketpair or sigaction failed.
    bool watch(const QList<int>& signalNumbers);

signals:
    void signalReceived(int signalNumber);

private:
    void readSignal();
    static void handler(int signalNumber);

    static int s_fds[2];
    QSocketNotifier* m_notifier = nullptr;
};
