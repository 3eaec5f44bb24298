// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): File > Export… / --export into a fresh SQLite file, for 10,000 and 100,000 entries spread
// over one year (2025), from the fake Clockodo server over loopback. The fake runs in its own thread with its own
// event loop; the export (EntryExporter + SqliteExportSink, page by page in one transaction) runs on the main thread
// as in the app. Each size runs in its own process (this program starts itself again with the size as argument), so
// that the peak RSS of one does not carry into the other.
//
// Printed per size:
//   wall       - from EntryExporter::start() to finished(true): account data, all pages, the commit
//   pages      - the time of the first and of the last tenth of the pages (a growing figure means paging that is
//                slower the further it goes, e.g. a quadratic fake)
//   SQLite     - the time spent in the sink's write() per page (the rest of a page's time is the API: the fake's
//                answer, the transfer, JSON parsing)
//   peak RSS   - getrusage(RUSAGE_SELF).ru_maxrss at the end; "before" is the same figure after seeding the fake and
//                before the export started (the fake holds every entry in this process too)
//
// Usage: bench_export            (both sizes, each in a child process)
//        bench_export COUNT      (one size in this process)
#include "api/apiclient.h"
#include "core/export/entryexporter.h"
#include "core/export/sqliteexportsink.h"
#include "core/session/accountdata.h"
#include "fakeserver/fakeclockodoserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

const QDate YearFirst(2025, 1, 1);
const QDate YearLast(2025, 12, 31);

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void spin(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    while (!done() && timer.elapsed() < timeoutMs)
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
}

// Forwards to the SQLite sink and adds up the time spent in it (the rest of the wall time is the API: the fake's
// answer, the transfer, JSON parsing).
class TimedSink : public ExportSink
{
public:
    explicit TimedSink(const QString& path)
        : m_sink(path)
    { }
    bool begin(const ExportContext& context, QString* error) override
    {
        return timed([&] { return m_sink.begin(context, error); });
    }
    bool write(const QList<Entry>& page, QString* error) override
    {
        QElapsedTimer t;
        t.start();
        const bool ok = m_sink.write(page, error);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        writeMs.append(ms);
        totalMs += ms;
        return ok;
    }
    bool commit(int rows, QString* error) override { return m_sink.commit(rows, error); }
    void rollback() override { m_sink.rollback(); }

    QList<double> writeMs;
    double totalMs = 0;

private:
    bool timed(const std::function<bool()>& call)
    {
        QElapsedTimer t;
        t.start();
        const bool ok = call();
        totalMs += double(t.nsecsElapsed()) / 1e6;
        return ok;
    }
    SqliteExportSink m_sink;
};

int runOne(int count)
{
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("fake server"));
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    FakeClockodoServer* server = nullptr;
    QUrl baseUrl;
    QString email;
    QString key;
    QElapsedTimer seeding;
    seeding.start();
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            server = new FakeClockodoServer;
            server->seedDemoData(1); // user and master data; its own entries lie around "now", outside 2025
            server->addSyntheticEntries(count, QDateTime(YearFirst, QTime(0, 0), QTimeZone::utc()),
                                        QDateTime(YearLast.addDays(1), QTime(0, 0), QTimeZone::utc()), 42);
            server->listen();
            baseUrl = server->baseUrl();
            email = server->email();
            key = server->apiKey();
        },
        Qt::BlockingQueuedConnection);
    const double seedMs = double(seeding.nsecsElapsed()) / 1e6;
    const double rssBefore = peakRssMiB();

    ApiClient api;
    api.setBaseUrl(baseUrl);
    api.setCredentials(email, key);
    AccountData account(&api);
    EntryExporter exporter(&account);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.sqlite"));

    QList<double> pageMs;
    QElapsedTimer clock;
    bool finished = false;
    bool ok = false;
    QObject::connect(&exporter, &EntryExporter::progress, &exporter,
                     [&](int, int) { pageMs.append(double(clock.nsecsElapsed()) / 1e6); });
    QObject::connect(&exporter, &EntryExporter::finished, &exporter, [&](bool success) {
        ok = success;
        finished = true;
    });
    clock.start();
    auto timedSink = std::make_unique<TimedSink>(path);
    TimedSink* sink = timedSink.get(); // alive until finished(): the exporter drops it after commit or rollback
    double sinkMs = 0;
    QList<double> writeMs;
    QObject::connect(&exporter, &EntryExporter::progress, &exporter, [&](int, int) {
        sinkMs = sink->totalMs;
        writeMs = sink->writeMs;
    });
    exporter.start(std::move(timedSink), YearFirst, YearLast);
    spin([&] { return finished; });
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    if (!ok) {
        std::printf("%d entries: export FAILED after %.0f ms: %s\n", count, wallMs,
                    qPrintable(exporter.errorMessage()));
        return 1;
    }
    // Per-page times from the progress timestamps; the first tenth and the last tenth of the pages.
    QList<double> pages;
    for (qsizetype i = 0; i < pageMs.size(); ++i)
        pages.append(pageMs.at(i) - (i == 0 ? 0.0 : pageMs.at(i - 1)));
    const qsizetype tenth = std::max<qsizetype>(1, pages.size() / 10);
    double head = 0;
    double tail = 0;
    for (qsizetype i = 0; i < tenth && i < pages.size(); ++i) {
        head += pages.at(i);
        tail += pages.at(pages.size() - 1 - i);
    }
    double writeHead = 0;
    double writeTail = 0;
    for (qsizetype i = 0; i < tenth && i < writeMs.size(); ++i) {
        writeHead += writeMs.at(i);
        writeTail += writeMs.at(writeMs.size() - 1 - i);
    }
    std::printf("%6d entries: rows=%d pages=%lld wall %.0f ms (%.0f entries/s) | pages: first tenth %.1f ms/page, "
                "last tenth %.1f ms/page, of which SQLite writes %.1f / %.1f ms/page; SQLite in all %.0f ms "
                "(without the commit) | peak RSS %.1f MiB (before the export %.1f MiB) | file %.1f MiB | "
                "seeding the fake %.0f ms\n",
                count, exporter.rows(), qlonglong(pages.size()), wallMs, exporter.rows() / (wallMs / 1000.0),
                head / double(tenth), tail / double(tenth), writeHead / double(tenth), writeTail / double(tenth),
                sinkMs, peakRssMiB(), rssBefore, double(QFileInfo(path).size()) / (1024.0 * 1024.0), seedMs);
    std::printf("        after the last page (removing vanished entries, the commit): %.0f ms\n",
                pageMs.isEmpty() ? 0.0 : wallMs - pageMs.last());
    std::fflush(stdout);

    QMetaObject::invokeMethod(
        &serverContext, [&server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1)
        return runOne(std::max(1, QByteArray(argv[1]).toInt()));
    int status = 0;
    for (int count : { 10000, 100000 }) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), { QString::number(count) });
        child.waitForFinished(-1);
        status |= child.exitCode();
    }
    return status;
}
