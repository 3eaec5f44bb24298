// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_offlinejournal's kill test: writes offline records through OfflineJournal as fast as it
// can until it is killed. Each record n is written as Waiting, then (after its first `written`) again as Uploading
// with attempts 1. Every `written(ok)` is printed at once ("ok <id> <state> <n>", flushed), so the test knows which
// rows the journal promised to be durable when it sends SIGKILL.
// Usage: clockodo-journal-writer <file> <account key>
#include "core/tracking/offlinejournal.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <cstdio>

namespace {

OfflineRecord recordNumber(int n)
{
    OfflineRecord r;
    r.id = OfflineRecord::newId();
    r.state = OfflineRecord::State::Waiting;
    r.customersId = 1000 + n;
    r.projectsId = 2000 + n;
    r.servicesId = 3000 + n;
    r.billable = n % 2;
    r.text = QStringLiteral("record %1 — Zürich").arg(n);
    r.start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc()).addSecs(60LL * n);
    r.end = r.start.addSecs(30);
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: clockodo-journal-writer <file> <account key>\n");
        return 2;
    }
    OfflineJournal journal(args.at(1));
    QHash<quint64, OfflineRecord> inFlight;
    int next = 0;
    auto writeNext = [&] {
        OfflineRecord r = recordNumber(next++);
        inFlight.insert(journal.write(r), r);
    };
    QObject::connect(&journal, &OfflineJournal::written, &app, [&](quint64 ticket, bool ok, const QString& error) {
        OfflineRecord r = inFlight.take(ticket);
        if (!ok) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
            app.exit(1);
            return;
        }
        std::printf("ok %s %s %lld\n", qPrintable(r.id), qPrintable(OfflineRecord::stateName(r.state)),
                    static_cast<long long>(r.customersId - 1000));
        std::fflush(stdout);
        if (r.state == OfflineRecord::State::Waiting) {
            r.state = OfflineRecord::State::Uploading;
            r.attempts = 1;
            inFlight.insert(journal.write(r), r);
        }
        writeNext();
    });
    QObject::connect(&journal, &OfflineJournal::loaded, &app, [&] {
        std::printf("loaded\n");
        std::fflush(stdout);
        // A few writes in flight at any time, so that the kill can hit one in the middle.
        for (int i = 0; i < 3; ++i)
            writeNext();
    });
    journal.open(args.at(2));
    return app.exec();
}
