// SPDX-License-Identifier: GPL-3.0-or-later
// Day, week and month ranges in the Clockodo user's time zone: DST weeks, entries crossing midnight, a user zone
// that differs from the operating system's zone, Sunday week starts.
#include "models/daterange.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QTest>

#include <ctime>
#include <optional>

namespace {

const QTimeZone berlin("Europe/Berlin");

} // namespace

class TestDateRange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void osZoneDiffersFromUserZone();
    void dayBoundaries();
    void weekStartsMondayOrSunday_data();
    void weekStartsMondayOrSunday();
    void weekWithDstEndIs169Hours();
    void weekWithDstStartIs167Hours();
    void dstDayBoundaries();
    void month();
    void nextAndPrevious();
    void customRange();
    void containing();
    void secondsPerDaySplitsAtMidnight();
    void secondsPerDayAcrossDstNight();
    void secondsPerDayClipsToRange();
    void localDateInUserZone();
    void zoneFromId();
    void titles();

private:
    std::optional<ScopedOsTimeZone> m_osTimeZone;
};

void TestDateRange::initTestCase()
{
    // The OS zone is New York, the Clockodo user's zone is Berlin: every computation must use the latter.
    m_osTimeZone.emplace("America/New_York");
    QVERIFY(berlin.isValid());
}

void TestDateRange::cleanupTestCase()
{
    m_osTimeZone.reset();
}

void TestDateRange::osZoneDiffersFromUserZone()
{
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
    // 23:30 UTC on 10 Mar 2026 is already the 11th in Berlin, still the 10th in New York.
    const QDateTime moment = utc(2026, 3, 10, 23, 30);
    QCOMPARE(DateRange::localDate(moment, berlin), QDate(2026, 3, 11));
    QCOMPARE(DateRange::localDate(moment, QTimeZone::systemTimeZone()), QDate(2026, 3, 10));
    const DateRange day = DateRange::day(QDate(2026, 3, 11), berlin);
    QCOMPARE(day.sinceUtc(), utc(2026, 3, 10, 23));
    QCOMPARE(day.untilUtc(), utc(2026, 3, 11, 23));
}

void TestDateRange::dayBoundaries()
{
    const DateRange r = DateRange::day(QDate(2026, 7, 1), berlin);
    QCOMPARE(r.period(), DateRange::Period::Day);
    QCOMPARE(r.dayCount(), 1);
    QCOMPARE(r.sinceUtc(), utc(2026, 6, 30, 22)); // CEST = UTC+2
    QCOMPARE(r.untilUtc(), utc(2026, 7, 1, 22));
    QCOMPARE(r.sinceUtc().timeSpec(), Qt::UTC);
    QCOMPARE(r.lengthSeconds(), 86400);
}

void TestDateRange::weekStartsMondayOrSunday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("monday");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    // 26 Nov 2026 is a Thursday.
    QTest::newRow("monday") << QDate(2026, 11, 26) << true << QDate(2026, 11, 23) << QDate(2026, 11, 29);
    QTest::newRow("sunday") << QDate(2026, 11, 26) << false << QDate(2026, 11, 22) << QDate(2026, 11, 28);
    QTest::newRow("on a monday") << QDate(2026, 11, 23) << true << QDate(2026, 11, 23) << QDate(2026, 11, 29);
    QTest::newRow("on a sunday, monday start")
        << QDate(2026, 11, 29) << true << QDate(2026, 11, 23) << QDate(2026, 11, 29);
    QTest::newRow("on a sunday, sunday start")
        << QDate(2026, 11, 29) << false << QDate(2026, 11, 29) << QDate(2026, 12, 5);
    QTest::newRow("across the year") << QDate(2027, 1, 1) << true << QDate(2026, 12, 28) << QDate(2027, 1, 3);
}

void TestDateRange::weekStartsMondayOrSunday()
{
    QFETCH(QDate, date);
    QFETCH(bool, monday);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateRange r = DateRange::week(date, berlin, monday);
    QCOMPARE(r.first(), first);
    QCOMPARE(r.last(), last);
    QCOMPARE(r.dayCount(), 7);
    QCOMPARE(r.weekstartMonday(), monday);
}

void TestDateRange::weekWithDstEndIs169Hours()
{
    // Clocks go back on Sunday 25 Oct 2026 at 03:00 CEST -> 02:00 CET.
    const DateRange r = DateRange::week(QDate(2026, 10, 21), berlin, true);
    QCOMPARE(r.first(), QDate(2026, 10, 19));
    QCOMPARE(r.last(), QDate(2026, 10, 25));
    QCOMPARE(r.sinceUtc(), utc(2026, 10, 18, 22)); // Monday 00:00 CEST
    QCOMPARE(r.untilUtc(), utc(2026, 10, 25, 23)); // next Monday 00:00 CET
    QCOMPARE(r.lengthSeconds(), 169 * 3600);
    const QList<qint64> b = r.dayBoundariesMSecs();
    QCOMPARE(b.size(), 8);
    QCOMPARE((b.at(7) - b.at(6)) / 1000, 25 * 3600); // the Sunday has 25 hours
    for (int i = 0; i < 6; ++i)
        QCOMPARE((b.at(i + 1) - b.at(i)) / 1000, 24 * 3600);
    // The next week is an ordinary one again, in CET.
    const DateRange next = r.next();
    QCOMPARE(next.first(), QDate(2026, 10, 26));
    QCOMPARE(next.sinceUtc(), utc(2026, 10, 25, 23));
    QCOMPARE(next.lengthSeconds(), 168 * 3600);
    QCOMPARE(next.previous(), r);
}

void TestDateRange::weekWithDstStartIs167Hours()
{
    // Clocks go forward on Sunday 29 Mar 2026 at 02:00 CET -> 03:00 CEST.
    const DateRange r = DateRange::week(QDate(2026, 3, 29), berlin, true);
    QCOMPARE(r.first(), QDate(2026, 3, 23));
    QCOMPARE(r.sinceUtc(), utc(2026, 3, 22, 23));
    QCOMPARE(r.untilUtc(), utc(2026, 3, 29, 22));
    QCOMPARE(r.lengthSeconds(), 167 * 3600);
}

void TestDateRange::dstDayBoundaries()
{
    const DateRange fallBack = DateRange::day(QDate(2026, 10, 25), berlin);
    QCOMPARE(fallBack.lengthSeconds(), 25 * 3600);
    const DateRange springForward = DateRange::day(QDate(2026, 3, 29), berlin);
    QCOMPARE(springForward.lengthSeconds(), 23 * 3600);
    // The OS zone (New York) changes on other days (1 Nov 2026): in the user's zone that day is normal.
    QCOMPARE(DateRange::day(QDate(2026, 11, 1), berlin).lengthSeconds(), 24 * 3600);
    QCOMPARE(DateRange::day(QDate(2026, 11, 1), QTimeZone::systemTimeZone()).lengthSeconds(), 25 * 3600);
}

void TestDateRange::month()
{
    const DateRange r = DateRange::month(QDate(2026, 10, 17), berlin);
    QCOMPARE(r.first(), QDate(2026, 10, 1));
    QCOMPARE(r.last(), QDate(2026, 10, 31));
    QCOMPARE(r.dayCount(), 31);
    QCOMPARE(r.lengthSeconds(), (31 * 24 + 1) * 3600);
    const DateRange feb = DateRange::month(QDate(2028, 2, 10), berlin);
    QCOMPARE(feb.dayCount(), 29);
    QCOMPARE(r.next().first(), QDate(2026, 11, 1));
    QCOMPARE(r.previous().last(), QDate(2026, 9, 30));
}

void TestDateRange::nextAndPrevious()
{
    const DateRange day = DateRange::day(QDate(2026, 12, 31), berlin);
    QCOMPARE(day.next().first(), QDate(2027, 1, 1));
    QCOMPARE(day.next().period(), DateRange::Period::Day);
    QCOMPARE(day.previous().first(), QDate(2026, 12, 30));
    const DateRange sundayWeek = DateRange::week(QDate(2026, 11, 26), berlin, false);
    QCOMPARE(sundayWeek.next().first(), QDate(2026, 11, 29));
    QVERIFY(!sundayWeek.next().weekstartMonday());
    QCOMPARE(sundayWeek.shifted(-2).first(), QDate(2026, 11, 8));
    const DateRange jan31 = DateRange::month(QDate(2027, 1, 31), berlin);
    QCOMPARE(jan31.next().first(), QDate(2027, 2, 1));
    QCOMPARE(jan31.next().last(), QDate(2027, 2, 28));
}

void TestDateRange::customRange()
{
    const DateRange r = DateRange::custom(QDate(2026, 11, 10), QDate(2026, 11, 3), berlin);
    QCOMPARE(r.first(), QDate(2026, 11, 3)); // swapped
    QCOMPARE(r.last(), QDate(2026, 11, 10));
    QCOMPARE(r.dayCount(), 8);
    QCOMPARE(r.next().first(), QDate(2026, 11, 11));
    QCOMPARE(r.next().last(), QDate(2026, 11, 18));
    QCOMPARE(r.previous().last(), QDate(2026, 11, 2));
    QCOMPARE(r.previous().dayCount(), 8);
    QVERIFY(r.contains(QDate(2026, 11, 5)));
    QVERIFY(!r.contains(QDate(2026, 11, 11)));
    QCOMPARE(r.dayIndex(QDate(2026, 11, 4)), 1);
    QCOMPARE(r.days().size(), 8);
}

void TestDateRange::containing()
{
    const DateRange week = DateRange::week(QDate(2026, 1, 7), berlin, true);
    QCOMPARE(week.containing(QDate(2026, 5, 20)).first(), QDate(2026, 5, 18));
    const DateRange custom = DateRange::custom(QDate(2026, 1, 1), QDate(2026, 1, 3), berlin);
    QCOMPARE(custom.containing(QDate(2026, 2, 1)).last(), QDate(2026, 2, 3));
}

void TestDateRange::secondsPerDaySplitsAtMidnight()
{
    const DateRange r = DateRange::week(QDate(2026, 11, 23), berlin, true); // CET = UTC+1
    const QList<qint64> b = r.dayBoundariesMSecs();
    QList<qint64> perDay(r.dayCount(), 0);
    // Monday 22:00 -> Tuesday 02:30 local.
    DateRange::addSecondsPerDay(b, utc(2026, 11, 23, 21), utc(2026, 11, 24, 1, 30), &perDay);
    QCOMPARE(perDay.at(0), 2 * 3600);
    QCOMPARE(perDay.at(1), 2 * 3600 + 1800);
    // An ordinary entry on Wednesday 09:00-10:15.
    DateRange::addSecondsPerDay(b, utc(2026, 11, 25, 8), utc(2026, 11, 25, 9, 15), &perDay);
    QCOMPARE(perDay.at(2), 4500);
    QCOMPARE(perDay.at(3), 0);
}

void TestDateRange::secondsPerDayAcrossDstNight()
{
    const DateRange r = DateRange::week(QDate(2026, 10, 25), berlin, true);
    const QList<qint64> b = r.dayBoundariesMSecs();
    QList<qint64> perDay(r.dayCount(), 0);
    // Saturday 23:00 CEST to Sunday 04:00 CET: 1 h on Saturday, 5 h on Sunday (the hour 02-03 happens twice).
    DateRange::addSecondsPerDay(b, utc(2026, 10, 24, 21), utc(2026, 10, 25, 3), &perDay);
    QCOMPARE(perDay.at(5), 3600);
    QCOMPARE(perDay.at(6), 5 * 3600);
}

void TestDateRange::secondsPerDayClipsToRange()
{
    const DateRange r = DateRange::day(QDate(2026, 11, 24), berlin);
    const QList<qint64> b = r.dayBoundariesMSecs();
    QList<qint64> perDay(1, 0);
    // Starts the evening before, ends in the morning: only the part on the 24th counts.
    DateRange::addSecondsPerDay(b, utc(2026, 11, 23, 20), utc(2026, 11, 24, 1), &perDay);
    QCOMPARE(perDay.at(0), 2 * 3600);
    // Entirely outside, and an empty interval.
    DateRange::addSecondsPerDay(b, utc(2026, 11, 25, 8), utc(2026, 11, 25, 9), &perDay);
    DateRange::addSecondsPerDay(b, utc(2026, 11, 24, 8), utc(2026, 11, 24, 8), &perDay);
    QCOMPARE(perDay.at(0), 2 * 3600);
}

void TestDateRange::localDateInUserZone()
{
    // 22:30 UTC on 24 Oct (summer time) is 00:30 on the 25th in Berlin, 18:30 on the 24th in New York.
    QCOMPARE(DateRange::localDate(utc(2026, 10, 24, 22, 30), berlin), QDate(2026, 10, 25));
    // 23:30 UTC on 25 Oct (winter time again) is still the 26th at 00:30 in Berlin.
    QCOMPARE(DateRange::localDate(utc(2026, 10, 25, 23, 30), berlin), QDate(2026, 10, 26));
    QCOMPARE(DateRange::localDate(utc(2026, 10, 25, 22, 30), berlin), QDate(2026, 10, 25));
}

void TestDateRange::zoneFromId()
{
    QCOMPARE(DateRange::zoneFromId(QStringLiteral("Europe/Berlin")), berlin);
    QCOMPARE(DateRange::zoneFromId(QStringLiteral("Not/AZone")), QTimeZone::systemTimeZone());
    QCOMPARE(DateRange::zoneFromId(QString()), QTimeZone::systemTimeZone());
}

void TestDateRange::titles()
{
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(DateRange::week(QDate(2026, 11, 25), berlin, true).title(en), QStringLiteral("Week 48, 23–29 Nov 2026"));
    QCOMPARE(DateRange::week(QDate(2026, 12, 30), berlin, true).title(en),
             QStringLiteral("Week 53, 28 Dec 2026 – 3 Jan 2027"));
    QCOMPARE(DateRange::month(QDate(2026, 11, 25), berlin).title(en), QStringLiteral("November 2026"));
    QCOMPARE(DateRange::custom(QDate(2026, 11, 3), QDate(2026, 12, 5), berlin).title(en),
             QStringLiteral("3 Nov – 5 Dec 2026"));
    QVERIFY(DateRange::day(QDate(2026, 11, 23), berlin).title(en).contains(QStringLiteral("Monday")));
    QVERIFY(DateRange::week(QDate(2026, 11, 25), berlin, true).emptyText().contains(QStringLiteral("this week")));
}

QTEST_GUILESS_MAIN(TestDateRange)
#include "tst_daterange.moc"
