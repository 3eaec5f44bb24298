// SPDX-License-Identifier: GPL-3.0-or-later
// One time zone: the account's (users/me, Europe/Berlin on the fake server). With the OS in UTC and in New York, the
// table, the running-clock editor, the stopwatch's messages (tray, command line), "today", the day totals and the CSV
// all show Berlin's wall time, across both of Berlin's DST changes (29 Mar and 25 Oct 2026; New York changes on
// 8 Mar and 1 Nov). The window says which zone it shows while it differs from the OS's.
#include "core/session/accountdata.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/mainwindow/mainwindow.h"
#include "models/daytotalsmodel.h"
#include "models/entrytablemodel.h"
#include "models/masterdata.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"
#include "support/testhelpers.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

class TestAccountTimeZone : public QObject, private FakeServerFixture
{
    Q_OBJECT

private slots:
    void cleanup();

    void accountZoneComesFromTheUser_data();
    void accountZoneComesFromTheUser();
    void tableAndClockEditorShowTheSameWallTime_data();
    void tableAndClockEditorShowTheSameWallTime();
    void lateEntryLandsOnTheAccountsDay_data();
    void lateEntryLandsOnTheAccountsDay();
    void todayBeforeTheUserIsKnownIsTheClocksDay();

private:
    void startAt(const char* osZone, const QDateTime& now);
    void startWindowAndSession();

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AccountData> m_account;
    std::unique_ptr<MasterData> m_master;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    Catalog m_catalog;
};

void TestAccountTimeZone::startAt(const char* osZone, const QDateTime& now)
{
    m_osTimeZone.emplace(osZone);
    QVERIFY(startFakeServer(now));
    m_catalog = seedCatalog();
    m_clock = std::make_unique<ManualClock>(now);
    m_account = std::make_unique<AccountData>(m_api.get());
    m_master = std::make_unique<MasterData>(m_account.get());
}

// The window and the stopwatch over one AccountData, as the application wires them; both read.
void TestAccountTimeZone::startWindowAndSession()
{
    m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get(), nullptr, m_account.get());
    m_window = std::make_unique<MainWindow>();
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    m_session->start(false);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_master->isLoaded() && m_session->stopwatch()->isKnown() && m_session->recentTasks()->isLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->entryModel()->hasQuery() && !m_window->entryModel()->isLoading(), 10000);
}

void TestAccountTimeZone::cleanup()
{
    QList<QPointer<QWidget>> windows;
    for (QWidget* window : QApplication::topLevelWidgets())
        windows.append(window);
    for (const QPointer<QWidget>& window : std::as_const(windows)) {
        if (window && qobject_cast<CorrectClockDialog*>(window.data()))
            delete window.data();
    }
    m_window.reset();
    m_session.reset();
    m_master.reset();
    m_account.reset();
    stopFakeServer();
    m_clock.reset();
    m_osTimeZone.reset();
}

// --- the source -----------------------------------------------------------------------------------------------

void TestAccountTimeZone::accountZoneComesFromTheUser_data()
{
    QTest::addColumn<QByteArray>("os");
    QTest::newRow("os utc") << QByteArray("UTC");
    QTest::newRow("os new york") << QByteArray("America/New_York");
}

void TestAccountTimeZone::accountZoneComesFromTheUser()
{
    QFETCH(QByteArray, os);
    startAt(os.constData(), utc(2026, 11, 25, 10));
    // The OS zone until users/me is known.
    QCOMPARE(m_account->timeZone().id(), os);
    QVERIFY(!m_account->timeZoneDiffersFromSystem());
    QSignalSpy zoneChanged(m_account.get(), &AccountData::timeZoneChanged);
    QSignalSpy masterZoneChanged(m_master.get(), &MasterData::timeZoneChanged);
    int zoneSignalsAtUserChanged = -1;
    connect(m_account.get(), &AccountData::userChanged, this,
            [&] { zoneSignalsAtUserChanged = int(zoneChanged.size()); });
    QSignalSpy loaded(m_account.get(), &AccountData::loaded);
    m_account->load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(zoneChanged.size(), 1);
    QCOMPARE(zoneChanged.at(0).at(0).value<QTimeZone>().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(masterZoneChanged.size(), 1);
    QCOMPARE(zoneSignalsAtUserChanged, 1); // the zone is known to whoever follows the user
    QCOMPARE(m_master->timeZone().id(), QByteArray("Europe/Berlin"));
    QVERIFY(m_account->timeZoneDiffersFromSystem());
    // The same user again: no change.
    m_account->refresh(AccountData::UserPart);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(zoneChanged.size(), 1);
    // Another account: back to the OS zone until its user is known.
    m_account->clear();
    QCOMPARE(zoneChanged.size(), 2);
    QCOMPARE(zoneChanged.at(1).at(0).value<QTimeZone>().id(), os);
}

// --- the running clock ----------------------------------------------------------------------------------------

void TestAccountTimeZone::tableAndClockEditorShowTheSameWallTime_data()
{
    QTest::addColumn<QByteArray>("os");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<QDate>("berlinDate");
    QTest::addColumn<QString>("berlinTime");
    QTest::addColumn<QString>("berlinTimeShifted"); // 15 minutes earlier
    const auto row = [](const char* name, const char* os, const QDateTime& since, QDate date, const char* time,
                        const char* shifted) {
        QTest::newRow(name) << QByteArray(os) << since << date << QString::fromLatin1(time)
                            << QString::fromLatin1(shifted);
    };
    // The case: 15:32 UTC is 16:32 in Berlin.
    row("winter, os utc", "UTC", utc(2026, 11, 25, 15, 32), QDate(2026, 11, 25), "16:32", "16:17");
    row("winter, os new york", "America/New_York", utc(2026, 11, 25, 15, 32), QDate(2026, 11, 25), "16:32", "16:17");
    // 29 Mar: Berlin skips 02:00-03:00; 01:32 UTC is 03:32 CEST (New York is on EDT since 8 Mar).
    row("spring forward, os utc", "UTC", utc(2026, 3, 29, 1, 32), QDate(2026, 3, 29), "03:32", "03:17");
    row("spring forward, os new york", "America/New_York", utc(2026, 3, 29, 1, 32), QDate(2026, 3, 29), "03:32",
        "03:17");
    // 25 Oct: Berlin runs 02:00-03:00 twice; 00:32 UTC is the first 02:32 (CEST), 01:32 UTC the second (CET).
    // New York still is on EDT until 1 Nov.
    row("fall back first, os utc", "UTC", utc(2026, 10, 25, 0, 32), QDate(2026, 10, 25), "02:32", "02:17");
    row("fall back second, os utc", "UTC", utc(2026, 10, 25, 1, 32), QDate(2026, 10, 25), "02:32", "02:17");
    row("fall back second, os new york", "America/New_York", utc(2026, 10, 25, 1, 32), QDate(2026, 10, 25), "02:32",
        "02:17");
}

void TestAccountTimeZone::tableAndClockEditorShowTheSameWallTime()
{
    QFETCH(QByteArray, os);
    QFETCH(QDateTime, since);
    QFETCH(QDate, berlinDate);
    QFETCH(QString, berlinTime);
    QFETCH(QString, berlinTimeShifted);
    startAt(os.constData(), since.addSecs(40 * 60));
    const qint64 id
        = m_server->remoteStartClock(m_catalog.bakery, m_catalog.consulting, 0, QStringLiteral("Ofen"), since);
    QVERIFY(id > 0);
    startWindowAndSession();
    Stopwatch* stopwatch = m_session->stopwatch();
    QVERIFY(stopwatch->isRunning());

    // The table.
    EntryTableModel* model = m_window->entryModel();
    const int row = model->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, EntryTableModel::StartColumn).data().toString(), berlinTime);
    // The stopwatch's texts (tray notifications, command-line messages).
    QCOMPARE(stopwatch->timeText(since), berlinTime);
    // The running-clock editor: the same wall time, and nothing to save while it is untouched.
    CorrectClockDialog* dialog = CorrectClockDialog::showFor(m_session.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->startEdit()->dateTime().date(), berlinDate);
    QCOMPARE(dialog->startEdit()->dateTime().time().toString(QStringLiteral("HH:mm")), berlinTime);
    QVERIFY(!dialog->saveButton()->isEnabled());
    // 15 minutes earlier is 15 minutes earlier on the server too (also where the wall time repeats).
    dialog->shiftStart(-15);
    QCOMPARE(dialog->startEdit()->dateTime().time().toString(QStringLiteral("HH:mm")), berlinTimeShifted);
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy succeeded(stopwatch, &Stopwatch::actionSucceeded);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), 10000);
    QCOMPARE(entryFrom(m_server->entry(id)).timeSince, since.addSecs(-15 * 60));
    const QString message = succeeded.last().at(1).toString();
    QVERIFY2(message.contains(berlinTimeShifted), qPrintable(message));

    // The window says which zone it shows.
    QLabel* zoneLabel = m_window->timeZoneLabel();
    QVERIFY(!zoneLabel->isHidden());
    QCOMPARE(zoneLabel->text(), QStringLiteral("Times in Europe/Berlin"));
}

// --- days -----------------------------------------------------------------------------------------------------

void TestAccountTimeZone::lateEntryLandsOnTheAccountsDay_data()
{
    QTest::addColumn<QByteArray>("os");
    QTest::addColumn<QDate>("berlinDay");
    QTest::addColumn<QDateTime>("entrySince"); // 23:30 in Berlin
    QTest::addColumn<QDateTime>("now"); // 23:50 in Berlin, the same day
    QTest::addColumn<int>("dayHours"); // the day's length in Berlin
    // A plain day: 23:30 CET is 22:30 UTC and 17:30 in New York.
    QTest::newRow("plain, os utc") << QByteArray("UTC") << QDate(2026, 11, 25) << utc(2026, 11, 25, 22, 30)
                                   << utc(2026, 11, 25, 22, 50) << 24;
    QTest::newRow("plain, os new york") << QByteArray("America/New_York") << QDate(2026, 11, 25)
                                        << utc(2026, 11, 25, 22, 30) << utc(2026, 11, 25, 22, 50) << 24;
    // 29 Mar has 23 hours in Berlin: 23:30 CEST is 21:30 UTC.
    QTest::newRow("spring forward, os utc")
        << QByteArray("UTC") << QDate(2026, 3, 29) << utc(2026, 3, 29, 21, 30) << utc(2026, 3, 29, 21, 50) << 23;
    QTest::newRow("spring forward, os new york") << QByteArray("America/New_York") << QDate(2026, 3, 29)
                                                 << utc(2026, 3, 29, 21, 30) << utc(2026, 3, 29, 21, 50) << 23;
    // 25 Oct has 25 hours: 23:30 CET is 22:30 UTC, 24:30 hours after the day began.
    QTest::newRow("fall back, os utc") << QByteArray("UTC") << QDate(2026, 10, 25) << utc(2026, 10, 25, 22, 30)
                                       << utc(2026, 10, 25, 22, 50) << 25;
    QTest::newRow("fall back, os new york") << QByteArray("America/New_York") << QDate(2026, 10, 25)
                                            << utc(2026, 10, 25, 22, 30) << utc(2026, 10, 25, 22, 50) << 25;
}

void TestAccountTimeZone::lateEntryLandsOnTheAccountsDay()
{
    QFETCH(QByteArray, os);
    QFETCH(QDate, berlinDay);
    QFETCH(QDateTime, entrySince);
    QFETCH(QDateTime, now);
    QFETCH(int, dayHours);
    startAt(os.constData(), now);
    // 23:30-23:40 and, to see the day's first hour too, 00:10-00:20 (Berlin).
    const QDateTime dayStart = berlinDay.startOfDay(QTimeZone("Europe/Berlin")).toUTC();
    QCOMPARE(dayStart.secsTo(berlinDay.addDays(1).startOfDay(QTimeZone("Europe/Berlin"))), dayHours * 3600);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, entrySince, entrySince.addSecs(600),
                           QStringLiteral("spät"), 1);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, dayStart.addSecs(600), dayStart.addSecs(1200),
                           QStringLiteral("früh"), 1);
    startWindowAndSession();

    // "Today" and the range are Berlin's.
    QVERIFY(m_window->range().contains(berlinDay));
    QCOMPARE(m_window->dayTotalsModel()->today(), berlinDay);
    // Both entries count for Berlin's day, in the day totals and in today's total (tray tooltip, --status).
    m_window->dayTotalsModel()->recompute();
    QCOMPARE(m_window->dayTotalsModel()->seconds(berlinDay), qint64(1200));
    QCOMPARE(m_window->dayTotalsModel()->seconds(berlinDay.addDays(1)), qint64(0));
    QCOMPARE(m_session->todaySeconds(), qint64(1200));

    // The CSV: Berlin's dates and wall times.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QSignalSpy exported(m_window.get(), &MainWindow::csvExported);
    m_window->exportCsvTo(path);
    QVERIFY(exported.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QString day = berlinDay.toString(Qt::ISODate);
    QVERIFY2(csv.contains(QStringLiteral("%1,%1 23:30,%1 23:40,0:10,").arg(day)), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("%1,%1 00:10,%1 00:20,0:10,").arg(day)), qPrintable(csv));
}

void TestAccountTimeZone::todayBeforeTheUserIsKnownIsTheClocksDay()
{
    // 00:15 on Thursday 26 Nov in Berlin is Wednesday 23:15 in UTC: until users/me answers, "today" is the OS
    // zone's day by the app's clock (not the machine's date); then Berlin's.
    startAt("UTC", utc(2026, 11, 25, 23, 15));
    FakeClockodoServer::Fault slowUser;
    slowUser.kind = FakeClockodoServer::Fault::Kind::Delay;
    slowUser.delayMs = 300;
    slowUser.method = "GET";
    slowUser.pathPrefix = QStringLiteral("/api/v4/users/me");
    m_server->injectFault(slowUser);
    m_window = std::make_unique<MainWindow>();
    m_window->setDataSources(m_api.get(), m_master.get(), m_clock.get());
    QVERIFY(!m_master->hasUser());
    QVERIFY(m_window->range().contains(QDate(2026, 11, 25)));
    QVERIFY(m_window->timeZoneLabel()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(m_master->hasUser(), 10000);
    QVERIFY(m_window->range().contains(QDate(2026, 11, 26)));
    QCOMPARE(m_window->range().timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(m_window->entryModel()->timeZone().id(), QByteArray("Europe/Berlin"));
    QVERIFY(!m_window->timeZoneLabel()->isHidden());
}

QTEST_MAIN(TestAccountTimeZone)
#include "tst_accounttimezone.moc"
