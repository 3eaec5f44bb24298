// SPDX-License-Identifier: GPL-3.0-or-later
// The work-time picture and the reminders in the tray (issue 13): the tooltip has one "Today" line (the work-time
// line replaces the day total), a reminder is a real tray message and clicking it opens the start dialog or the
// running clock's editor (on the X11 tray of tests/run-headless.sh: the message is the tray's own popup, TrayBalloon,
// whose click is QSystemTrayIcon::messageClicked), and the desktop's do-not-disturb is read from small stubs of
// org.freedesktop.Notifications and org.freedesktop.portal.Settings on the test's private session bus.
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "core/worktime/worktimeservice.h"
#include "fakeserver/fakeworktimeapi.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/tray/donotdisturb.h"
#include "gui/tray/trayballoon.h"
#include "gui/tray/traycontroller.h"
#include "gui/tray/worktimetray.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/testenvironment.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Wednesday 18 March 2026, 11:00 in Berlin.
const QDate Wednesday(2026, 3, 18);
const QTimeZone Berlin("Europe/Berlin");

QDateTime berlin(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Berlin).toUTC();
}

template<typename T>
T* findTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// The tray's message popup on the X11 tray (in place of Qt's QBalloonTip).
QWidget* balloon()
{
    return findTopLevel<TrayBalloon>();
}

const QString StubBus = QStringLiteral("clockodo-dnd-stubs");

// org.freedesktop.Notifications with the spec's Inhibited property (read through org.freedesktop.DBus.Properties).
class NotificationsStub : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_PROPERTY(bool Inhibited READ inhibited)
public:
    bool inhibit = false;
    bool inhibited() const { return inhibit; }
    void change(bool on)
    {
        inhibit = on;
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.DBus.Properties"),
                                                         QStringLiteral("PropertiesChanged"));
        signal << QStringLiteral("org.freedesktop.Notifications") << QVariantMap { { QStringLiteral("Inhibited"), on } }
               << QStringList();
        QDBusConnection(StubBus).send(signal);
    }
};

// The desktop portal's Settings, holding GNOME's show-banners. Read() answers like xdg-desktop-portal: the value in
// a variant inside the variant.
class PortalSettingsStub : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    bool banners = true;
    int reads = 0;
    void change(bool shown)
    {
        banners = shown;
        emit SettingChanged(QStringLiteral("org.gnome.desktop.notifications"), QStringLiteral("show-banners"),
                            QDBusVariant(shown));
    }
public slots:
    QDBusVariant Read(const QString& nameSpace, const QString& key)
    {
        ++reads;
        if (nameSpace != QLatin1String("org.gnome.desktop.notifications") || key != QLatin1String("show-banners"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(banners)));
    }
signals:
    void SettingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value);
};

} // namespace

class TestWorkTimeTray : public QObject, private FakeServerFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tooltipSaysTodayOnce();
    void tooltipKeepsTheDayTotalWithoutThePicture();
    void clickOnNoClockReminderOpensTheStartDialog();
    void clickOnRunningClockReminderOpensTheEditor();
    void doNotDisturbFromTheNotificationService();
    void doNotDisturbFromGnomeShowBanners();

private:
    // Registers `object` at `path` under `service` on a connection of its own to the test's session bus, so that
    // every call and signal goes through the bus daemon. False without a session bus.
    bool serve(const QString& service, const QString& path, QObject* object);
    void unserve();
    void waitForPicture();
    // Shows a reminder through the tray like the service does, clicks Qt's message window and returns whether the
    // message reached the screen.
    bool showAndClick(ReminderScheduler::Kind kind);

    Catalog m_catalog;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<TrayController> m_tray;
    std::unique_ptr<WorkTimeService> m_service;
    std::unique_ptr<WorkTimeTray> m_workTimeTray;
};

void TestWorkTimeTray::init()
{
    const QDateTime now = berlin(Wednesday, QTime(11, 0));
    QVERIFY(startFakeServer(now));
    m_catalog = seedCatalog();
    m_server->workTime().data().targetSince = Wednesday.addDays(-2);
    m_server->addTimeEntry(m_catalog.bakery, 0, m_catalog.consulting, berlin(Wednesday, QTime(8, 0)),
                           berlin(Wednesday, QTime(10, 12)), QStringLiteral("a"), 1);
    m_clock = std::make_unique<ManualClock>(now);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
    m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
    m_tray = std::make_unique<TrayController>(m_session.get(), m_settings.get());
    m_service = std::make_unique<WorkTimeService>(m_session->account(), m_session->stopwatch(), m_clock.get());
    m_service->setTicking(false);
    m_service->setRemindersEnabled(false);
    m_workTimeTray = std::make_unique<WorkTimeTray>(m_service.get(), m_tray.get());
    QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
    QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
    m_session->start(false);
    QVERIFY(loaded.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > 0 && m_session->recentTasks()->isLoaded(), 20000);
}

void TestWorkTimeTray::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog*>(w))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_workTimeTray.reset();
    m_service.reset();
    m_tray.reset();
    m_session.reset();
    stopFakeServer();
    m_settings.reset();
    m_dir.reset();
    m_clock.reset();
}

void TestWorkTimeTray::waitForPicture()
{
    User user;
    user.id = m_server->currentUserId();
    user.name = QStringLiteral("Erika");
    user.timezone = QStringLiteral("Europe/Berlin");
    m_session->account()->setUser(user);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->state() == WorkTimeService::State::Ready
                                 || m_service->state() == WorkTimeService::State::Forbidden,
                             20000);
}

void TestWorkTimeTray::tooltipSaysTodayOnce()
{
    waitForPicture();
    QVERIFY(m_settings->todayTotalInTooltip());
    const QString line = QStringLiteral("Today 2:12 of 8:00 h \u00b7 Week 2:12 of 40:00 h");
    QCOMPARE(m_service->line(), line);
    QCOMPARE(m_workTimeTray->lineAction()->text(), line);
    QString tip = m_tray->toolTip();
    QVERIFY2(tip.contains(line), qPrintable(tip));
    QVERIFY2(tip.count(QStringLiteral("Today")) == 1, qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\nNot running\n")), qPrintable(tip));

    // Running: the running line says how long, the work-time line how much today, live.
    QSignalSpy ok(m_session->stopwatch(), &Stopwatch::actionSucceeded);
    ClockStartRequest start;
    start.customersId = m_catalog.bakery;
    start.servicesId = m_catalog.consulting;
    start.text = QStringLiteral("b");
    m_session->stopwatch()->start(start);
    QTRY_VERIFY_WITH_TIMEOUT(ok.count() == 1, 20000);
    m_clock->advance(20 * 60);
    m_service->tick();
    m_tray->updateNow();
    tip = m_tray->toolTip();
    QVERIFY2(tip.count(QStringLiteral("Today")) == 1, qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Running for 0:20 h\n")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Today 2:32 of 8:00 h \u00b7 Week 2:32 of 40:00 h")), qPrintable(tip));
    QCOMPARE(m_tray->trayIcon()->toolTip(), tip);
}

void TestWorkTimeTray::tooltipKeepsTheDayTotalWithoutThePicture()
{
    waitForPicture();
    QVERIFY(m_workTimeTray->lineAction()->isVisible());
    // The right taken away: the next fetch (an hour later) answers 403 and the line goes.
    m_server->setWorkTimeAllowed(false);
    m_clock->advance(61 * 60);
    m_server->setNow(m_clock->nowUtc());
    m_service->tick();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->state(), WorkTimeService::State::Forbidden, 20000);
    QVERIFY(!m_workTimeTray->lineAction()->isVisible());
    const QString tip = m_tray->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("\nNot running · Today 2:12 h")), qPrintable(tip));
    QVERIFY2(tip.count(QStringLiteral("Today")) == 1, qPrintable(tip));
}

bool TestWorkTimeTray::showAndClick(ReminderScheduler::Kind kind)
{
    m_tray->show();
    if (!QTest::qWaitFor([this] { return !m_tray->trayIcon()->geometry().isEmpty(); }, 10000))
        return false;
    emit m_service->reminderDue(kind, QStringLiteral("Reminder"), QStringLiteral("The clock is not running."));
    if (!QTest::qWaitFor([] { return balloon() != nullptr; }, 10000))
        return false;
    QWidget* message = balloon();
    QTest::mouseClick(message, Qt::LeftButton, {}, message->rect().center());
    return true;
}

void TestWorkTimeTray::clickOnNoClockReminderOpensTheStartDialog()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        FAIL_OR_SKIP_MISSING("tests/run-headless.sh starts a tray host, but no system tray is available",
                             "No system tray here (run tests/run-headless.sh for Xvfb with trayer)");
    QVERIFY(QSystemTrayIcon::supportsMessages());
    QVERIFY(showAndClick(ReminderScheduler::Kind::NoClockRunning));
    QTRY_VERIFY_WITH_TIMEOUT(findTopLevel<QuickStartDialog>() != nullptr, 10000);
    QVERIFY(!findTopLevel<CorrectClockDialog>());
    QVERIFY(!m_workTimeTray->pendingReminder());
}

void TestWorkTimeTray::clickOnRunningClockReminderOpensTheEditor()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        FAIL_OR_SKIP_MISSING("tests/run-headless.sh starts a tray host, but no system tray is available",
                             "No system tray here (run tests/run-headless.sh for Xvfb with trayer)");
    QSignalSpy ok(m_session->stopwatch(), &Stopwatch::actionSucceeded);
    ClockStartRequest start;
    start.customersId = m_catalog.bakery;
    start.servicesId = m_catalog.consulting;
    m_session->stopwatch()->start(start);
    QTRY_VERIFY_WITH_TIMEOUT(ok.count() == 1, 20000);
    QVERIFY(showAndClick(ReminderScheduler::Kind::LongRunning));
    QTRY_VERIFY_WITH_TIMEOUT(findTopLevel<CorrectClockDialog>() != nullptr, 10000);
    QVERIFY(!findTopLevel<QuickStartDialog>());
}

bool TestWorkTimeTray::serve(const QString& service, const QString& path, QObject* object)
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, StubBus);
    if (!bus.isConnected())
        return false;
    return bus.registerObject(path, object, QDBusConnection::ExportAllContents) && bus.registerService(service);
}

void TestWorkTimeTray::unserve()
{
    QDBusConnection bus(StubBus);
    for (const QString& s :
         { QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("org.freedesktop.portal.Desktop") })
        bus.unregisterService(s);
    bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
    bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
    QDBusConnection::disconnectFromBus(StubBus);
}

void TestWorkTimeTray::doNotDisturbFromTheNotificationService()
{
    NotificationsStub notifications;
    if (!serve(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
               &notifications))
        FAIL_OR_SKIP_MISSING("tests/run-headless.sh runs a private session bus, but there is none",
                             "No session bus here (run tests/run-headless.sh)");
    notifications.inhibit = true;
    DoNotDisturb dnd;
    QSignalSpy changed(&dnd, &DoNotDisturb::changed);
    QTRY_VERIFY_WITH_TIMEOUT(dnd.readable(), 10000);
    QVERIFY(dnd.isOn());
    notifications.change(false);
    QTRY_VERIFY_WITH_TIMEOUT(!dnd.isOn(), 10000);
    notifications.change(true);
    QTRY_VERIFY_WITH_TIMEOUT(dnd.isOn(), 10000);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).toBool(), true);
    unserve();
}

void TestWorkTimeTray::doNotDisturbFromGnomeShowBanners()
{
    PortalSettingsStub portal;
    if (!serve(QStringLiteral("org.freedesktop.portal.Desktop"), QStringLiteral("/org/freedesktop/portal/desktop"),
               &portal))
        FAIL_OR_SKIP_MISSING("tests/run-headless.sh runs a private session bus, but there is none",
                             "No session bus here (run tests/run-headless.sh)");
    // No notification service here: the portal alone decides. Banners off at start is do-not-disturb.
    portal.banners = false;
    {
        DoNotDisturb dnd;
        QTRY_VERIFY_WITH_TIMEOUT(dnd.readable(), 10000);
        QVERIFY(dnd.isOn());
        QCOMPARE(portal.reads, 1);
    }
    portal.banners = true;
    DoNotDisturb dnd;
    QSignalSpy changed(&dnd, &DoNotDisturb::changed);
    QTRY_VERIFY_WITH_TIMEOUT(dnd.readable(), 10000);
    QVERIFY(!dnd.isOn());
    portal.change(false);
    QTRY_VERIFY_WITH_TIMEOUT(dnd.isOn(), 10000);
    // Another key of the same portal changes nothing.
    emit portal.SettingChanged(QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("show-banners"),
                               QDBusVariant(true));
    portal.change(false);
    portal.change(true);
    QTRY_VERIFY_WITH_TIMEOUT(!dnd.isOn(), 10000);
    QCOMPARE(changed.count(), 2);
    unserve();
}

QTEST_MAIN(TestWorkTimeTray)
#include "tst_worktimetray.moc"
