// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): 10,000 entries in one month, loaded from the fake Clockodo server over loopback with the
// enhanced list (1000 per page, 10 pages). The fake runs in its own thread with its own event loop, so the GUI
// thread only does the client's work: HTTP, JSON parsing, the models and (in the "window" scenario) the whole main
// window with proxy, day totals, chart and table view.
//
// Measured per run, from the call that starts the load:
//   first rows  - until the first rowsInserted of the entry model (goal <= 150 ms)
//   all rows    - until loadFinished, plus the day totals that follow in the next event-loop turn (goal <= 1 s)
//   max stall   - the longest gap between two ticks of a 5 ms QTimer on the GUI thread while loading (goal <= 50 ms)
//
// Usage: bench_entries [runs=7]   (QT_QPA_PLATFORM=offscreen works; a real display adds painting costs)
#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "fakeserver/fakeclockodoserver.h"
#include "gui/mainwindow/mainwindow.h"
#include "models/daytotalsmodel.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int EntryCount = 10000;
const QDate MonthFirst(2026, 1, 1);

struct Run
{
    double firstRowsMs = 0;
    double allRowsMs = 0;
    double maxStallMs = 0;
    int rows = 0;
};

// Records the longest gap between ticks of a 5 ms timer on the calling thread.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        // The gap up to the end counts too.
        m_max = std::max(m_max, m_clock.nsecsElapsed() - m_last);
        return double(m_max) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

// Runs the event loop until done() or timeoutMs, sleeping while nothing happens. (processEvents(flags, maxTime)
// ignores WaitForMoreEvents and would keep a core busy, distorting the figures it measures.) done() can only
// change through an event, so it is checked after each round; the guard timer wakes the loop at the timeout.
void spin(const std::function<bool()>& done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer guard;
    guard.setSingleShot(true);
    guard.start(timeoutMs);
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

// One measured load of query into model; before it, the model is pointed at an empty range so that every run
// starts from zero rows (a different query clears the model).
Run measure(EntryTableModel* model, const std::function<void()>& startLoad, const std::function<void()>& startEmpty)
{
    startEmpty();
    spin([model] { return !model->isLoading(); });
    spin([] { return false; }, 200); // let the view settle

    Run run;
    StallProbe probe;
    QElapsedTimer clock;
    bool first = false;
    bool finished = false;
    auto firstConnection = QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [&] {
        if (!first) {
            first = true;
            run.firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
        }
    });
    auto doneConnection = QObject::connect(model, &EntryTableModel::loadFinished, model, [&] {
        // The day totals recompute one turn later; count them in.
        QTimer::singleShot(0, model, [&] {
            run.allRowsMs = double(clock.nsecsElapsed()) / 1e6;
            finished = true;
        });
    });
    probe.start();
    clock.start();
    startLoad();
    spin([&] { return finished; });
    spin([] { return false; }, 100); // stalls right after the end (repaint) count too
    run.maxStallMs = probe.stop();
    run.rows = model->rowCount();
    QObject::disconnect(firstConnection);
    QObject::disconnect(doneConnection);
    return run;
}

void report(const char* name, QList<Run> runs)
{
    const auto median = [&runs](double Run::*field) {
        QList<double> values;
        for (const Run& r : runs)
            values.append(r.*field);
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const auto worst = [&runs](double Run::*field) {
        double m = 0;
        for (const Run& r : runs)
            m = std::max(m, r.*field);
        return m;
    };
    std::printf("%-8s rows=%d runs=%lld  first rows: median %.1f ms, worst %.1f ms | all rows: median %.1f ms, "
                "worst %.1f ms | max GUI stall: median %.1f ms, worst %.1f ms\n",
                name, runs.first().rows, qlonglong(runs.size()), median(&Run::firstRowsMs), worst(&Run::firstRowsMs),
                median(&Run::allRowsMs), worst(&Run::allRowsMs), median(&Run::maxStallMs), worst(&Run::maxStallMs));
    for (int i = 0; i < runs.size(); ++i)
        std::printf("  run %d: first %.1f ms, all %.1f ms, stall %.1f ms\n", i + 1, runs.at(i).firstRowsMs,
                    runs.at(i).allRowsMs, runs.at(i).maxStallMs);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;

    // The fake server in its own thread.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("fake server"));
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    FakeClockodoServer* server = nullptr;
    QUrl baseUrl;
    QString email;
    QString key;
    qint64 inMonth = 0;
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            server = new FakeClockodoServer;
            server->seedDemoData(1); // user and master data (entries around "now", not in the measured month)
            server->addSyntheticEntries(EntryCount, QDateTime(MonthFirst, QTime(0, 0), QTimeZone::utc()),
                                        QDateTime(MonthFirst.addMonths(1), QTime(0, 0), QTimeZone::utc()), 42);
            server->listen();
            baseUrl = server->baseUrl();
            email = server->email();
            key = server->apiKey();
            for (const QJsonValue& v : server->allEntries()) {
                const QString since = v.toObject().value(QStringLiteral("time_since")).toString();
                inMonth += since.startsWith(QStringLiteral("2026-01")) ? 1 : 0;
            }
        },
        Qt::BlockingQueuedConnection);
    std::printf("fake server in its own thread at %s, %lld entries in January 2026\n", qPrintable(baseUrl.toString()),
                inMonth);

    ApiClient api;
    api.setBaseUrl(baseUrl);
    api.setCredentials(email, key);
    AccountData account(&api);
    MasterData master(&account);
    master.load();
    spin([&master] { return master.isLoaded() && master.hasUser(); });
    const QTimeZone zone = DateRange::zoneFromId(master.user().timezone);
    const DateRange month = DateRange::month(MonthFirst, zone);
    const DateRange emptyMonth = DateRange::month(QDate(2025, 6, 1), zone);

    // 1. The entry model alone (what the GUI thread must do at the least).
    {
        EntryTableModel model(&api);
        model.setTimeZone(zone);
        model.setMasterData(&master);
        const auto query = [&master](const DateRange& range) {
            EntryQuery q;
            q.since = range.sinceUtc();
            q.until = range.untilUtc();
            q.usersId = master.user().id;
            return q;
        };
        QList<Run> results;
        for (int i = 0; i < runs; ++i)
            results.append(measure(
                &model, [&] { model.load(query(month)); }, [&] { model.load(query(emptyMonth)); }));
        report("model", results);
    }

    // 2. The whole main window: proxy (sorted), day totals, chart, table view, shown.
    {
        MainWindow window;
        window.setDataSources(&api, &master);
        window.resize(1280, 800);
        window.show();
        spin([&window] { return window.entryModel()->hasQuery() && !window.entryModel()->isLoading(); });
        QList<Run> results;
        for (int i = 0; i < runs; ++i)
            results.append(measure(
                window.entryModel(), [&] { window.setRange(month); }, [&] { window.setRange(emptyMonth); }));
        report("window", results);
        std::printf("  day totals of the month: %s h\n",
                    qPrintable(QString::number(double(window.dayTotalsModel()->totalSeconds()) / 3600.0, 'f', 1)));
    }

    QMetaObject::invokeMethod(
        &serverContext, [&server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
