// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/unixsignalnotifier.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

int UnixSignalNotifier::s_fds[2] = { -1, -1 };

UnixSignalNotifier::UnixSignalNotifier(QObject* parent)
    : QObject(parent)
{ }

UnixSignalNotifier::~UnixSignalNotifier()
{
    delete m_notifier;
    for (int& fd : s_fds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool UnixSignalNotifier::watch(const QList<int>& signalNumbers)
{
    if (s_fds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0)
        return false;
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignalNotifier::readSignal);
    }
    struct sigaction action
    {
    };
    action.sa_handler = &UnixSignalNotifier::handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : signalNumbers) {
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return false;
    }
    return true;
}

void UnixSignalNotifier::handler(int signalNumber)
{
    // Only async-signal-safe work here.
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
}

void UnixSignalNotifier::readSignal()
{
    unsigned char byte = 0;
    if (::read(s_fds[1], &byte, 1) == 1)
        emit signalReceived(int(byte));
}
