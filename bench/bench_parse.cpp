// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the parser thread's work for one page of GET /v2/entries (enhanced list, 1000 entries),
// the way ApiReply::parseBody does it: QJsonDocument::fromJson of the body, then JsonList::parse<Entry> of
// "entries" (Entry::fromJson per item). Measured per page, wall time (QElapsedTimer) and CPU time of this thread
// (CLOCK_THREAD_CPUTIME_ID), median and minimum over the runs:
//   document - QJsonDocument::fromJson alone
//   entries  - JsonList::parse<Entry> of the parsed document alone
//   page     - both, what one page costs the parser thread
//   append   - adding the page to the list of all pages, as ApiClient::entries does (100 pages into one list)
// The page comes from the fake server (bench_scalefake's data: the demo data plus 1000 synthetic entries of the last
// 14 days, fetched over loopback like the app does) or from a file saved from a real or fake server.
//
// Usage: bench_parse [runs=30] [page.json|-] [only=document|entries|page|append]  ("-": from the fake server;
// only: run just that measurement, e.g. under perf)
#include "api/entries/entry.h"
#include "api/entries/entrypagereader.h"
#include "api/transport/jsonlist.h"
#include "fakeserver/fakeclockodoserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr int EntryCount = 1000;

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// One page of the enhanced list from an in-process fake server, as the app would receive it.
QByteArray fetchPage()
{
    FakeClockodoServer server;
    server.seedDemoData(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    server.addSyntheticEntries(EntryCount, now.addDays(-14), now.addSecs(-60), 42);
    if (!server.listen())
        return {};
    QUrl url = server.baseUrl();
    url.setPath(url.path() + QStringLiteral("/v2/entries"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("time_since"),
                       now.addDays(-14).date().toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
    query.addQueryItem(QStringLiteral("time_until"),
                       now.addDays(1).date().toString(Qt::ISODate) + QStringLiteral("T00:00:00Z"));
    query.addQueryItem(QStringLiteral("enhanced_list"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("items_per_page"), QString::number(EntryCount));
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("X-ClockodoApiUser", server.email().toUtf8());
    request.setRawHeader("X-ClockodoApiKey", server.apiKey().toUtf8());
    request.setRawHeader("X-Clockodo-External-Application", "bench;a@b.c");
    QNetworkAccessManager nam;
    QNetworkReply* reply = nam.get(request);
    QEventLoop loop; // a benchmark, not the app: waiting here is fine
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}

struct Timing
{
    QList<double> wallMs;
    QList<double> cpuMs;
};

Timing measure(int runs, double perRun, const std::function<void()>& work)
{
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer wall;
        const qint64 cpu = threadCpuNs();
        wall.start();
        work();
        t.wallMs.append(double(wall.nsecsElapsed()) / 1e6 / perRun);
        t.cpuMs.append(double(threadCpuNs() - cpu) / 1e6 / perRun);
    }
    return t;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void print(const char* what, const Timing& t)
{
    std::printf("%-9s wall %7.2f ms (min %7.2f)   cpu %7.2f ms (min %7.2f)   per page\n", what, median(t.wallMs),
                *std::min_element(t.wallMs.cbegin(), t.wallMs.cend()), median(t.cpuMs),
                *std::min_element(t.cpuMs.cbegin(), t.cpuMs.cend()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = std::max(1, argc > 1 ? QByteArray(argv[1]).toInt() : 30);
    QByteArray body;
    const QByteArray only = argc > 3 ? QByteArray(argv[3]) : QByteArray();
    const auto wanted = [&only](const char* what) {
        return only.isEmpty() || only == what;
    };
    if (argc > 2 && QByteArray(argv[2]) != "-") {
        QFile file(QString::fromLocal8Bit(argv[2]));
        if (file.open(QIODevice::ReadOnly))
            body = file.readAll();
    } else {
        body = fetchPage();
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QString error;
    const QList<Entry> entries = JsonList::parse<Entry>(root, QLatin1String("entries"), &error).value<QList<Entry>>();
    if (entries.isEmpty() || !error.isEmpty()) {
        std::fprintf(stderr, "no page of entries (%s)\n", qPrintable(error));
        return 1;
    }
    std::printf("page: %lld bytes, %lld entries, %d runs\n", static_cast<long long>(body.size()),
                static_cast<long long>(entries.size()), runs);

    const Timing document = measure(wanted("document") ? runs : 0, 1, [&] { (void)QJsonDocument::fromJson(body); });
    const Timing list = measure(wanted("entries") ? runs : 0, 1, [&] {
        QString e;
        (void)JsonList::parse<Entry>(root, QLatin1String("entries"), &e);
    });
    const Timing page = measure(wanted("page") ? runs : 0, 1, [&] {
        QString e;
        (void)JsonList::parse<Entry>(QJsonDocument::fromJson(body).object(), QLatin1String("entries"), &e);
    });
    const Timing reader = measure(wanted("reader") ? runs : 0, 1, [&] {
        QJsonObject rest;
        (void)EntryPageReader::read(body, &rest);
    });
    constexpr int Pages = 100;
    const Timing append = measure(wanted("append") ? runs : 0, Pages, [&] {
        QList<Entry> all;
        for (int i = 0; i < Pages; ++i)
            all.append(entries);
    });
    if (wanted("document"))
        print("document", document);
    if (wanted("entries"))
        print("entries", list);
    if (wanted("page"))
        print("page", page);
    if (wanted("reader"))
        print("reader", reader);
    if (wanted("append"))
        print("append", append);
    if (wanted("page"))
        std::printf("page cpu per entry: %.2f us\n", median(page.cpuMs) * 1000 / double(entries.size()));
    if (wanted("reader"))
        std::printf("reader cpu per entry: %.2f us\n", median(reader.cpuMs) * 1000 / double(entries.size()));
    return 0;
}
