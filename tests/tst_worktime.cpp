// SPDX-License-Identifier: GPL-3.0-or-later
// The work-time picture and the reminders: parsing of the user report and the absences, the fake's endpoints (403
// included), the picture's numbers against the fake (running clock, DST day), the reminder rules on a ManualClock,
// the line's text in en/de/fr, and the requests an idle hour costs.
#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "core/session/languagemanager.h"
#include "core/tracking/stopwatch.h"
#include "core/worktime/reminderscheduler.h"
#include "core/worktime/worktimepicture.h"
#include "core/worktime/worktimeservice.h"
#include "core/worktime/worktimetext.h"
#include "fakeserver/fakeworktimeapi.h"
#include "support/apiwaits.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

const QTimeZone Berlin("Europe/Berlin");

QDateTime berlin(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Berlin).toUTC();
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* ReportJson = R"({"users_id":42,"users_name":"E","users_number":null,"users_email":"e@x","sum_target":57600,
 "sum_hours":30000,"sum_reduction_used":0,"sum_reduction_planned":0,"overtime_carryover":3600,"overtime_reduced":0,
 "diff":-1200,"holidays_quota":30,"holidays_carry":2.5,"sum_absence":{"regular_holidays":4,"sick_self":1},
 "surcharges":{},"workdays":2,"month_details":[{"nr":3,"week_details":[{"nr":12,"day_details":[
  {"date":"2026-03-16","weekday":1,"nonbusiness":false,"count_absence":{"regular_holidays":0},"target":28800,
   "target_raw":28800,"surcharges":{},"hours":30600,"diff":1800},
  {"date":"2026-03-17","weekday":2,"nonbusiness":true,"count_absence":{"regular_holidays":0},"target":0,
   "target_raw":28800,"surcharges":{},"hours":null,"diff":0}]}]}]})";

} // namespace

class TestWorkTime : public QObject, private FakeServerFixture
{
    Q_OBJECT
private slots:
    void cleanup();
    void parsesUserReport();
    void reportsWhereTheReportIsWrong();
    void parsesAbsences();
    void fakeServesTheReport();
    void fakeValidatesParameters();
    void fakeAnswers403WithoutTheRight();
    void serviceHidesThePictureOn403();
    void pictureAgainstTheFake();
    void pictureOnTheDstDay();
    void weekAcrossNewYear();
    void userWithoutTargetHours();
    void anotherAccountClearsThePicture();
    void stopWithinAMinuteIsFetchedAtTheNextTick();
    void clockOfAnotherDeviceShowsAtOnce();
    void remindsOncePerInterval();
    void noReminderOnDaysOffOrQuietHours();
    void runningClockReminders();
    void serviceRemindsOnWorkdaysOnly();
    void lineInThreeLanguages();
    void idleHourCostsFewRequests();

private:
    // Server at now, the user (id, Berlin) known to an AccountData, a Stopwatch read once and a service on clock.
    void setUpAccount(const QDateTime& now);
    void waitReady();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<Stopwatch> m_stopwatch;
    std::unique_ptr<WorkTimeService> m_service;
    Catalog m_catalog;
};

void TestWorkTime::cleanup()
{
    m_service.reset();
    m_stopwatch.reset();
    m_account.reset();
    m_clock.reset();
    stopFakeServer();
}

void TestWorkTime::setUpAccount(const QDateTime& now)
{
    QVERIFY(startFakeServer(now));
    m_catalog = seedCatalog();
    m_clock = std::make_unique<ManualClock>(now);
    m_account = std::make_unique<AccountData>(m_api.get());
    m_stopwatch = std::make_unique<Stopwatch>(m_api.get(), m_account.get(), m_clock.get());
    m_service = std::make_unique<WorkTimeService>(m_account.get(), m_stopwatch.get(), m_clock.get());
    m_service->setTicking(false);
    m_service->setRemindersEnabled(false);
}

void TestWorkTime::waitReady()
{
    User user;
    user.id = m_server->currentUserId();
    user.name = QStringLiteral("Erika");
    user.timezone = QStringLiteral("Europe/Berlin");
    QSignalSpy synced(m_stopwatch.get(), &Stopwatch::synced);
    m_stopwatch->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000);
    m_account->setUser(user);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->state() != WorkTimeService::State::Loading
                                 && m_service->state() != WorkTimeService::State::Unknown,
                             20000);
}

void TestWorkTime::parsesUserReport()
{
    QString error;
    const auto report = UserReport::fromJson(parse(ReportJson), QStringLiteral("userreport"), &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->usersId, 42);
    QCOMPARE(report->sumTarget, std::optional<double>(57600));
    QCOMPARE(report->overtimeCarryover, 3600.0);
    QCOMPARE(report->holidaysCarry, 2.5);
    QCOMPARE(report->regularHolidays, 4.0);
    QCOMPARE(report->days.size(), 2);
    QCOMPARE(report->days.at(0).date, QDate(2026, 3, 16));
    QCOMPARE(report->days.at(0).hours, 30600.0);
    QCOMPARE(report->days.at(1).hours, 0.0); // null: nothing worked
    QVERIFY(report->days.at(1).nonbusiness);
}

void TestWorkTime::reportsWhereTheReportIsWrong()
{
    QByteArray broken(ReportJson);
    broken.replace(R"("hours":null)", R"("hours":"lots")");
    QString error;
    QVERIFY(!UserReport::fromJson(QJsonDocument::fromJson(broken).object(), QStringLiteral("userreport"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("userreport.month_details[0].week_details[0].day_details[1].hours")),
             qPrintable(error));
    broken = ReportJson;
    broken.replace(R"("sum_hours":30000)", R"("sum_hours":null)");
    QVERIFY(!UserReport::fromJson(QJsonDocument::fromJson(broken).object(), QStringLiteral("userreport"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("userreport.sum_hours")), qPrintable(error));
}

void TestWorkTime::parsesAbsences()
{
    QString error;
    const auto a = Absence::fromJson(parse(R"({"id":3,"users_id":42,"date_since":"2026-04-06","date_until":"2026-04-10",
        "status":1,"type":1,"public_note":null,"count_days":5,"count_hours":null})"),
                                     QStringLiteral("data[0]"), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->dateUntil, QDate(2026, 4, 10));
    QCOMPARE(a->type, std::optional<int>(1));
    QVERIFY(a->isPlanned());
    // Without the right to see the type it is simply unknown.
    const auto other = Absence::fromJson(parse(R"({"id":4,"users_id":7,"date_since":"2026-04-06",
        "date_until":"2026-04-06","status":0,"public_note":null,"count_days":1})"),
                                         QStringLiteral("data[1]"), &error);
    QVERIFY(other && !other->type);
    QVERIFY(!Absence::fromJson(parse(R"({"id":5,"users_id":42,"date_since":"2026-04-06","date_until":"2026-04-01",
        "status":1,"public_note":null,"count_days":1})"),
                               QStringLiteral("data[2]"), &error));
    QCOMPARE(error, QStringLiteral("data[2].date_until: before date_since"));
}

void TestWorkTime::fakeServesTheReport()
{
    QVERIFY(startFakeServer(berlin(QDate(2026, 3, 18), QTime(11, 0))));
    const Catalog c = seedCatalog();
    m_server->workTime().data().targetSince = QDate(2026, 3, 16);
    m_server->addTimeEntry(c.bakery, 0, c.consulting, berlin(QDate(2026, 3, 16), QTime(9, 0)),
                           berlin(QDate(2026, 3, 16), QTime(17, 30)), QStringLiteral("Ofen"), 1);
    ApiReply* reply = m_api->userReport(m_server->currentUserId(), 2026);
    UserReport report;
    connect(reply, &ApiReply::finished, this, [&] { report = reply->valueAs<UserReport>(); });
    QVERIFY(waitFor(reply));
    QCOMPARE(report.days.size(), 365);
    QCOMPARE(report.day(QDate(2026, 3, 16))->hours, 8.5 * 3600);
    QCOMPARE(report.day(QDate(2026, 3, 16))->target, std::optional<double>(8 * 3600));
    QCOMPARE(report.day(QDate(2026, 3, 14))->target, std::optional<double>(0)); // Saturday
    QCOMPARE(report.day(QDate(2026, 3, 13))->target, std::optional<double>(0)); // before the target hours
    QCOMPARE(loggedRequests("GET", QStringLiteral("/api/userreports/")).constLast().queryValue(QStringLiteral("type")),
             QStringLiteral("3"));
}

void TestWorkTime::fakeValidatesParameters()
{
    QVERIFY(startFakeServer(berlin(QDate(2026, 3, 18), QTime(11, 0))));
    ApiReply* reply = m_api->userReport(m_server->currentUserId(), 1800);
    ApiError error;
    connect(reply, &ApiReply::finished, this, [&] { error = reply->error(); });
    QVERIFY(waitFor(reply));
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.serverType, QStringLiteral("NotBetween"));
    QVERIFY2(error.serverMessage.contains(QStringLiteral("1910")), qPrintable(error.serverMessage));
    ApiReply* absences = m_api->absences(m_server->currentUserId(), 1999);
    connect(absences, &ApiReply::finished, this, [&] { error = absences->error(); });
    QVERIFY(waitFor(absences));
    QCOMPARE(error.httpStatus, 400);
    // Another user's report: 404 for the owner, who could see it if it existed.
    ApiReply* other = m_api->userReport(m_server->currentUserId() + 1, 2026);
    connect(other, &ApiReply::finished, this, [&] { error = other->error(); });
    QVERIFY(waitFor(other));
    QCOMPARE(error.httpStatus, 404);
}

void TestWorkTime::fakeAnswers403WithoutTheRight()
{
    QVERIFY(startFakeServer(berlin(QDate(2026, 3, 18), QTime(11, 0))));
    m_server->setWorkTimeAllowed(false);
    ApiError error;
    ApiReply* reply = m_api->userReport(m_server->currentUserId(), 2026);
    connect(reply, &ApiReply::finished, this, [&] { error = reply->error(); });
    QVERIFY(waitFor(reply));
    QCOMPARE(error.httpStatus, 403);
    ApiReply* absences = m_api->absences(m_server->currentUserId(), 2026);
    connect(absences, &ApiReply::finished, this, [&] { error = absences->error(); });
    QVERIFY(waitFor(absences));
    QCOMPARE(error.httpStatus, 403);
}

void TestWorkTime::serviceHidesThePictureOn403()
{
    setUpAccount(berlin(QDate(2026, 3, 18), QTime(11, 0)));
    m_server->setWorkTimeAllowed(false);
    waitReady();
    QCOMPARE(m_service->state(), WorkTimeService::State::Forbidden);
    QVERIFY(!m_service->available());
    QVERIFY(m_service->line().isEmpty());
    QVERIFY(!m_service->picture().valid);
}

void TestWorkTime::pictureAgainstTheFake()
{
    const QDate mon(2026, 3, 16);
    setUpAccount(berlin(mon.addDays(2), QTime(11, 0)));
    auto& data = m_server->workTime().data();
    data.targetSince = mon;
    data.holidaysQuota = 30;
    data.absences.append({ 1, QDate(2026, 3, 23), QDate(2026, 3, 24), 1, 1 });
    data.absences.append({ 2, QDate(2026, 1, 5), QDate(2026, 1, 6), 1, 1 });
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(mon, QTime(9, 0)),
                           berlin(mon, QTime(17, 30)), QStringLiteral("a"), 1);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(mon.addDays(1), QTime(9, 0)),
                           berlin(mon.addDays(1), QTime(16, 0)), QStringLiteral("b"), 1);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(mon.addDays(2), QTime(8, 0)),
                           berlin(mon.addDays(2), QTime(10, 0)), QStringLiteral("c"), 1);
    m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("d"),
                               berlin(mon.addDays(2), QTime(10, 30)));
    waitReady();
    QCOMPARE(m_service->state(), WorkTimeService::State::Ready);
    WorkTimePicture p = m_service->picture();
    QVERIFY(p.valid && p.hasTarget);
    QCOMPARE(p.today, mon.addDays(2));
    QCOMPARE(p.todaySeconds, qint64(2.5 * 3600)); // 2 h booked + 30 min running
    QCOMPARE(p.todayTargetSeconds, 8 * 3600);
    QCOMPARE(p.weekSeconds, qint64(18 * 3600));
    QCOMPARE(p.weekTargetSeconds, 40 * 3600);
    QCOMPARE(p.overtimeSeconds, std::optional<qint64>(-1800)); // +0:30 Monday, −1:00 Tuesday
    // 30 days, 2 in January; the two in March are in this year's report too.
    QCOMPARE(p.vacationDaysLeft, std::optional<double>(26));
    QCOMPARE(p.upcoming.size(), 1);
    QCOMPARE(p.upcoming.at(0).dateSince, QDate(2026, 3, 23));
    // Live: twenty minutes later the running clock has added them.
    m_clock->advance(20 * 60);
    QCOMPARE(m_service->picture().todaySeconds, qint64(2.5 * 3600 + 20 * 60));
    QCOMPARE(m_service->line(), QStringLiteral("Today 2:50 of 8:00 h \u00b7 Week 18:20 of 40:00 h"));
}

void TestWorkTime::pictureOnTheDstDay()
{
    // Sunday 29 March 2026: Berlin skips 02:00–03:00. A clock running since Saturday 22:00 has 11 h of that Sunday
    // at noon (not 12).
    const QDate sunday(2026, 3, 29);
    setUpAccount(berlin(sunday, QTime(12, 0)));
    m_server->workTime().data().targetSince = QDate(2026, 3, 23);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(QDate(2026, 3, 23), QTime(9, 0)),
                           berlin(QDate(2026, 3, 23), QTime(17, 0)), QStringLiteral("a"), 1);
    m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("night"),
                               berlin(sunday.addDays(-1), QTime(22, 0)));
    waitReady();
    const WorkTimePicture p = m_service->picture();
    QCOMPARE(p.todaySeconds, 11 * 3600);
    QCOMPARE(p.todayTargetSeconds, 0);
    QVERIFY(p.dayOff);
    QCOMPARE(p.weekSeconds, (8 + 13) * 3600); // Monday's 8 h + 13 h since Saturday 22:00
    QCOMPARE(p.weekTargetSeconds, 40 * 3600);
}

void TestWorkTime::weekAcrossNewYear()
{
    // The week Monday 29 December 2025 – Sunday 4 January 2026 (New Year's Day off): Monday and Tuesday 8 h each,
    // Friday 2 h so far. Its December days are in the 2025 report, its January days in 2026's.
    const QDate monday(2025, 12, 29);
    const QDate friday(2026, 1, 2);
    for (const QDate& today : { friday, monday.addDays(2) }) {
        setUpAccount(berlin(today, QTime(11, 0)));
        auto& data = m_server->workTime().data();
        data.targetSince = QDate(2025, 12, 1);
        data.nonbusinessDays = { QDate(2025, 12, 25), QDate(2025, 12, 26), QDate(2026, 1, 1) };
        for (int day = 0; day < 2; ++day)
            m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(monday.addDays(day), QTime(9, 0)),
                                   berlin(monday.addDays(day), QTime(17, 0)), QStringLiteral("a"), 1);
        if (today == friday)
            m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(friday, QTime(8, 0)),
                                   berlin(friday, QTime(10, 0)), QStringLiteral("b"), 1);
        waitReady();
        QCOMPARE(m_service->state(), WorkTimeService::State::Ready);
        const WorkTimePicture p = m_service->picture();
        QCOMPARE(p.today, today);
        QCOMPARE(p.weekSeconds, qint64((today == friday ? 18 : 16) * 3600));
        // Monday to Wednesday and Friday: four workdays of 8 h.
        QCOMPARE(p.weekTargetSeconds, 32 * 3600);
        QCOMPARE(p.dailyTargets.value(monday), 8 * 3600);
        QCOMPARE(p.dailyTargets.value(friday), 8 * 3600);
        QCOMPARE(p.dailyTargets.value(QDate(2026, 1, 1)), 0);
        QCOMPARE(p.dailyTargets.size(), 7);
        // This year's report, the other year's for the week, and the absences.
        QCOMPARE(m_service->requestCount(), 3);
        QCOMPARE(requestCount(QStringLiteral("/api/userreports/%1").arg(m_server->currentUserId())), 2);
        cleanup();
    }
}

void TestWorkTime::userWithoutTargetHours()
{
    setUpAccount(berlin(QDate(2026, 3, 18), QTime(11, 0)));
    m_server->workTime().data().hasTargetHours = false;
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(QDate(2026, 3, 18), QTime(8, 0)),
                           berlin(QDate(2026, 3, 18), QTime(10, 12)), QStringLiteral("a"), 1);
    waitReady();
    const WorkTimePicture p = m_service->picture();
    QVERIFY(p.valid && !p.hasTarget);
    QVERIFY(!p.overtimeSeconds && !p.vacationDaysLeft);
    QCOMPARE(m_service->line(), QStringLiteral("Today 2:12 h \u00b7 Week 2:12 h"));
}

void TestWorkTime::anotherAccountClearsThePicture()
{
    setUpAccount(berlin(QDate(2026, 3, 18), QTime(11, 0)));
    waitReady();
    QVERIFY(m_service->available());
    QSignalSpy changed(m_service.get(), &WorkTimeService::changed);
    m_account->clear(); // what AccountData does when it is bound to another account
    QCOMPARE(m_service->state(), WorkTimeService::State::Unknown);
    QVERIFY(!m_service->picture().valid);
    QVERIFY(m_service->line().isEmpty());
    QVERIFY(changed.count() > 0);
}

void TestWorkTime::stopWithinAMinuteIsFetchedAtTheNextTick()
{
    const QDate wed(2026, 3, 18);
    setUpAccount(berlin(wed, QTime(11, 0)));
    m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("a"),
                               berlin(wed, QTime(10, 0)));
    waitReady();
    QCOMPARE(m_service->picture().todaySeconds, 3600);
    // Stopped 20 s after the fetch: the refresh has to wait for the gap, but must not be lost.
    m_clock->advance(20);
    m_server->setNow(m_clock->nowUtc());
    QSignalSpy synced(m_stopwatch.get(), &Stopwatch::actionSucceeded);
    m_stopwatch->stop();
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000);
    QCOMPARE(m_service->requestCount(), 2);
    QCOMPARE(m_service->picture().todaySeconds, 0); // the entry is not in the report yet, the clock stopped
    m_clock->advance(60);
    m_service->tick();
    QTRY_VERIFY_WITH_TIMEOUT(m_service->state() == WorkTimeService::State::Ready, 20000);
    QCOMPARE(m_service->requestCount(), 4);
    QCOMPARE(m_service->picture().todaySeconds, 3620);
}

void TestWorkTime::clockOfAnotherDeviceShowsAtOnce()
{
    // Started and stopped in the web app: the panel and the tray line hear of it with the clock's next read, not a
    // minute later at the service's tick; the stopped clock's entry is fetched (after the gap, not lost).
    const QDate wed(2026, 3, 18);
    setUpAccount(berlin(wed, QTime(11, 0)));
    waitReady();
    QCOMPARE(m_service->picture().todaySeconds, 0);
    QCOMPARE(m_service->requestCount(), 2);
    QSignalSpy changed(m_service.get(), &WorkTimeService::changed);
    QSignalSpy synced(m_stopwatch.get(), &Stopwatch::synced);
    m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("web"),
                               berlin(wed, QTime(10, 0)));
    m_stopwatch->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000);
    QVERIFY(m_stopwatch->isRunning());
    QVERIFY(changed.count() > 0);
    QCOMPARE(m_service->picture().todaySeconds, 3600);
    QCOMPARE(m_service->requestCount(), 2); // a start is not in the report: nothing to fetch

    changed.clear();
    synced.clear();
    m_clock->advance(120);
    m_server->setNow(m_clock->nowUtc());
    m_server->remoteStopClock();
    m_stopwatch->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0, 20000);
    QVERIFY(!m_stopwatch->isRunning());
    QVERIFY(changed.count() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->state() == WorkTimeService::State::Ready && m_service->requestCount() == 4,
                             20000);
    QCOMPARE(m_service->picture().todaySeconds, 3720);
}

void TestWorkTime::remindsOncePerInterval()
{
    ManualClock clock(berlin(QDate(2026, 3, 16), QTime(8, 50)));
    ReminderScheduler scheduler;
    ReminderScheduler::Situation s;
    s.zone = Berlin;
    s.todayTargetSeconds = 8 * 3600;
    int fired = 0;
    QList<QTime> at;
    for (int minute = 0; minute < 9 * 60; ++minute) { // 08:50 … 17:49, one check a minute
        s.nowUtc = clock.nowUtc();
        for (const auto& r : scheduler.check(s)) {
            QCOMPARE(r.kind, ReminderScheduler::Kind::NoClockRunning);
            at.append(clock.nowUtc().toTimeZone(Berlin).time());
            ++fired;
        }
        clock.advance(60);
    }
    // 09:00 to 17:00 (8 h target from 09:00), every 30 minutes: 16 times, the first at 09:00, none after 16:30.
    QCOMPARE(fired, 16);
    QCOMPARE(at.constFirst(), QTime(9, 0));
    QCOMPARE(at.constLast(), QTime(16, 30));
}

void TestWorkTime::noReminderOnDaysOffOrQuietHours()
{
    ReminderScheduler scheduler;
    ReminderScheduler::Situation s;
    s.zone = Berlin;
    s.nowUtc = berlin(QDate(2026, 4, 6), QTime(10, 0)); // Easter Monday
    s.todayTargetSeconds = 0;
    s.dayOff = true;
    QVERIFY(scheduler.check(s).isEmpty());
    s.dayOff = false;
    s.todayTargetSeconds = 8 * 3600;
    s.doNotDisturb = true;
    QVERIFY(scheduler.check(s).isEmpty());
    s.doNotDisturb = false;
    ReminderScheduler::Options o;
    o.quietHours = true;
    o.quietStart = QTime(9, 30);
    o.quietEnd = QTime(10, 30);
    scheduler.setOptions(o);
    QVERIFY(scheduler.check(s).isEmpty());
    s.nowUtc = berlin(QDate(2026, 4, 6), QTime(10, 30));
    QCOMPARE(scheduler.check(s).size(), 1);
    // Without target hours the configured days count: Saturday is none.
    s.todayTargetSeconds.reset();
    s.nowUtc = berlin(QDate(2026, 4, 11), QTime(11, 30));
    QVERIFY(scheduler.check(s).isEmpty());
    s.nowUtc = berlin(QDate(2026, 4, 13), QTime(11, 30));
    QCOMPARE(scheduler.check(s).size(), 1);
}

void TestWorkTime::runningClockReminders()
{
    ManualClock clock(berlin(QDate(2026, 3, 16), QTime(8, 0)));
    ReminderScheduler scheduler;
    ReminderScheduler::Options o;
    o.quietHours = true;
    o.quietStart = QTime(22, 0);
    o.quietEnd = QTime(7, 0);
    scheduler.setOptions(o);
    ReminderScheduler::Situation s;
    s.zone = Berlin;
    s.todayTargetSeconds = 8 * 3600;
    s.running = true;
    s.runningEntryId = 77;
    s.runningSince = clock.nowUtc();
    QList<std::pair<ReminderScheduler::Kind, QTime>> fired;
    for (int minute = 0; minute < 24 * 60; ++minute) {
        s.nowUtc = clock.nowUtc();
        s.todayTargetSeconds = s.nowUtc.toTimeZone(Berlin).date().dayOfWeek() <= 5 ? 8 * 3600 : 0;
        for (const auto& r : scheduler.check(s))
            fired.append({ r.kind, clock.nowUtc().toTimeZone(Berlin).time() });
        clock.advance(60);
    }
    using K = ReminderScheduler::Kind;
    QCOMPARE(fired.size(), 3);
    QCOMPARE(fired.at(0), std::make_pair(K::LongRunning, QTime(16, 0))); // after 8 h
    QCOMPARE(fired.at(1), std::make_pair(K::EndOfDay, QTime(17, 0))); // 09:00 + the 8 h target
    QCOMPARE(fired.at(2).first, K::NearCap);
    // 86399 − 1800 s after 08:00 is 07:29:59: the first check at or after it is 07:30.
    QCOMPARE(fired.at(2).second, QTime(7, 30));
}

void TestWorkTime::serviceRemindsOnWorkdaysOnly()
{
    // Good Friday (3 April 2026) is a holiday in the fake, the Thursday before a working day.
    setUpAccount(berlin(QDate(2026, 4, 2), QTime(10, 0)));
    m_server->workTime().data().nonbusinessDays = { QDate(2026, 4, 3) };
    m_server->workTime().data().absences.append({ 9, QDate(2026, 4, 7), QDate(2026, 4, 7), 1, 1 });
    m_service->setRemindersEnabled(true);
    QSignalSpy reminders(m_service.get(), &WorkTimeService::reminderDue);
    waitReady();
    const auto tickDay = [&](const QDate& day) {
        m_clock->advance(m_clock->nowUtc().secsTo(berlin(day, QTime(10, 0))));
        m_server->setNow(m_clock->nowUtc());
        m_service->tick(); // a new day: fetches
        QTRY_VERIFY_WITH_TIMEOUT(m_service->state() == WorkTimeService::State::Ready, 20000);
        m_service->tick();
    };
    m_service->tick();
    QCOMPARE(reminders.count(), 1); // Thursday 10:00
    QCOMPARE(reminders.at(0).at(0).value<ReminderScheduler::Kind>(), ReminderScheduler::Kind::NoClockRunning);
    tickDay(QDate(2026, 4, 3));
    QCOMPARE(reminders.count(), 1); // Good Friday: none
    tickDay(QDate(2026, 4, 7));
    QCOMPARE(reminders.count(), 1); // vacation: none
    tickDay(QDate(2026, 4, 8));
    QCOMPARE(reminders.count(), 2); // Wednesday: again
}

void TestWorkTime::lineInThreeLanguages()
{
    WorkTimePicture p;
    p.valid = true;
    p.hasTarget = true;
    p.todaySeconds = 6 * 3600 + 12 * 60;
    p.todayTargetSeconds = 8 * 3600;
    p.weekSeconds = 31 * 3600 + 40 * 60;
    p.weekTargetSeconds = 40 * 3600;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    QCOMPARE(WorkTimeText::line(p), QStringLiteral("Today 6:12 of 8:00 h \u00b7 Week 31:40 of 40:00 h"));
    language.setLanguage(QStringLiteral("de"));
    QCOMPARE(WorkTimeText::line(p), QStringLiteral("Heute 6:12 von 8:00 h \u00b7 Woche 31:40 von 40:00 h"));
    QCOMPARE(WorkTimeText::overtime(-5400), QStringLiteral("Überstunden: \u22121:30 h"));
    language.setLanguage(QStringLiteral("fr"));
    QCOMPARE(WorkTimeText::line(p),
             QStringLiteral("Aujourd\u2019hui 6:12 sur 8:00 h \u00b7 Semaine 31:40 sur 40:00 h"));
    language.setLanguage(QStringLiteral("en"));
}

void TestWorkTime::idleHourCostsFewRequests()
{
    // A working day left alone: the minute timer ticks (here by hand, on the ManualClock), nobody touches anything.
    setUpAccount(berlin(QDate(2026, 3, 18), QTime(8, 0)));
    waitReady();
    m_server->clearRequestLog();
    const int before = m_service->requestCount();
    const int minutes = 8 * 60;
    for (int minute = 0; minute < minutes; ++minute) {
        m_clock->advance(60);
        m_service->tick();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->state() != WorkTimeService::State::Loading, 20000);
    }
    const int sent = m_service->requestCount() - before;
    const int logged = requestCount(QStringLiteral("/api/userreports/%1").arg(m_server->currentUserId()))
        + requestCount(QStringLiteral("/api/v4/absences"));
    QCOMPARE(logged, sent);
    qInfo("work time, idle: %d requests in %d simulated minutes (%.3f per minute)", sent, minutes,
          double(sent) / minutes);
    QCOMPARE(sent, 16); // one user report and one absence list an hour
    QVERIFY(double(sent) / minutes <= 1.0);
}

QTEST_GUILESS_MAIN(TestWorkTime)
#include "tst_worktime.moc"
