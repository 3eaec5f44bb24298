// SPDX-License-Identifier: GPL-3.0-or-later
// ZoneOffsetCache (issue 16): the local dates of entries from one remembered offset between a zone's transitions
// must be exactly QDateTime::toTimeZone()'s, in zones with and without daylight saving, with half-hour and 45-minute
// offsets and transitions, a zone that skipped a whole day, before 1970, at every transition and a millisecond either
// side, in time order and at random.
#include "models/zoneoffsetcache.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

class TestZoneOffsetCache : public QObject
{
    Q_OBJECT

private slots:
    void givesWhatToTimeZoneGives_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char* zone :
             { "Europe/Berlin", "America/Sao_Paulo", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
               "Asia/Kathmandu", "Pacific/Apia", "Pacific/Chatham", "UTC", "UTC+05:30", "UTC-09:00" })
            QTest::newRow(zone) << QByteArray(zone);
    }

    void givesWhatToTimeZoneGives()
    {
        QFETCH(QByteArray, zone);
        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(), zone.constData());
        ZoneOffsetCache cache(tz);
        const auto check = [&](qint64 ms) {
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QDateTime local = utc.toTimeZone(tz);
            QCOMPARE(cache.offsetSeconds(ms), local.offsetFromUtc());
            QCOMPARE(cache.localDate(utc), local.date());
        };
        const qint64 from = QDateTime(QDate(1950, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        // Every transition and the milliseconds around it, in order and backwards.
        QList<qint64> moments;
        for (const QTimeZone::OffsetData& t : tz.transitions(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                                                             QDateTime::fromMSecsSinceEpoch(to, Qt::UTC))) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            moments << at - 3'600'000 << at - 1 << at << at + 1 << at + 3'600'000;
        }
        for (const qint64 ms : std::as_const(moments))
            check(ms);
        for (auto it = moments.crbegin(); it != moments.crend(); ++it)
            check(*it);
        // Every 7 hours and 13 minutes across the years (as rows in time order), then at random.
        for (qint64 ms = from; ms < to; ms += (7 * 60 + 13) * 60'000)
            check(ms);
        QRandomGenerator random(16);
        for (int i = 0; i < 20000; ++i)
            check(from + qint64(random.bounded(quint64(to - from))));
        QVERIFY(!cache.localDate(QDateTime()).isValid());
    }

    void followsANewZone()
    {
        const QDateTime utc(QDate(2026, 11, 29), QTime(23, 30), Qt::UTC);
        ZoneOffsetCache cache(QTimeZone("UTC"));
        QCOMPARE(cache.localDate(utc), QDate(2026, 11, 29));
        cache.setZone(QTimeZone("Europe/Berlin"));
        QCOMPARE(cache.localDate(utc), QDate(2026, 11, 30));
        QCOMPARE(cache.offsetSeconds(utc.toMSecsSinceEpoch()), 3600);
        cache.setZone(QTimeZone("America/New_York"));
        QCOMPARE(cache.localDate(utc), QDate(2026, 11, 29));
    }
};

QTEST_GUILESS_MAIN(TestZoneOffsetCache)
#include "tst_zoneoffsetcache.moc"
