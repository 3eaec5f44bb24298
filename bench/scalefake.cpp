// SPDX-License-Identifier: GPL-3.0-or-later
// The fake server of bench_scale.sh, in its own process (so that the app's RSS does not include it): the demo data
// of clockodo-fakeserver plus N synthetic entries of the current user spread over the last 14 days up to now.
// Prints the same start-up lines as clockodo-fakeserver (CLOCKODO_BASE_URL=…, CLOCKODO_USER=…, CLOCKODO_API_KEY=…)
// and CLOCKODO_ENTRIES=<entries in the store>. Ends on any signal (the default action).
// Usage: bench_scalefake <N>
#include "fakeserver/fakeclockodoserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 0;

    QElapsedTimer seeding;
    seeding.start();
    FakeClockodoServer server;
    server.seedDemoData(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (count > 0)
        server.addSyntheticEntries(count, now.addDays(-14), now.addSecs(-60), 42);
    if (!server.listen())
        return 1;
    std::printf("CLOCKODO_BASE_URL=%s\nCLOCKODO_USER=%s\nCLOCKODO_API_KEY=%s\nCLOCKODO_ENTRIES=%lld\n"
                "CLOCKODO_SEED_MS=%lld\n",
                qPrintable(server.baseUrl().toString()), qPrintable(server.email()), qPrintable(server.apiKey()),
                static_cast<long long>(server.allEntries().size()), static_cast<long long>(seeding.elapsed()));
    std::fflush(stdout);
    return app.exec();
}
