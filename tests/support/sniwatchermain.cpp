// SPDX-License-Identifier: GPL-3.0-or-later
// clockodo-sni-watcher: a StatusNotifierWatcher on the session bus until it is terminated (tst_statusnotifier).
// Prints "ready" once it owns the name.
#include "support/statusnotifierwatcher.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    StatusNotifierWatcher watcher(QDBusConnection::sessionBus());
    if (!watcher.isValid()) {
        std::fprintf(stderr, "could not own org.kde.StatusNotifierWatcher\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
