// SPDX-License-Identifier: GPL-3.0-or-later
// TrayBalloon (issue 16, the start/stop soak): on an XEmbed tray Qt's QSystemTrayIcon::showMessage would show a new
// QBalloonTip for every message, each leaving string keys in QPixmapCache for good; the tray shows its own popup
// instead, one widget with one palette for all messages. On a real X server with a tray host (tests/run-headless.sh:
// Xvfb + trayer, no StatusNotifierItem host); without a tray the tray tests are skipped (under the test command they
// fail) and only the placement rule runs.
#include "core/session/settings.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/tray/trayballoon.h"
#include "gui/tray/traycontroller.h"
#include "support/fakeserverfixture.h"
#include "support/manualclock.h"
#include "support/testenvironment.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

#include <memory>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

int qtBalloons()
{
    int found = 0;
    for (QWidget* w : QApplication::topLevelWidgets())
        found += w->inherits("QBalloonTip") ? 1 : 0;
    return found;
}

QRect availableFor(const QRect& trayGeometry)
{
    QScreen* screen = QGuiApplication::screenAt(trayGeometry.center());
    return (screen ? screen : QGuiApplication::primaryScreen())->availableGeometry();
}

} // namespace

#define REQUIRE_TRAY()                                                                                                 \
    do {                                                                                                               \
        if (!QSystemTrayIcon::isSystemTrayAvailable())                                                                 \
            FAIL_OR_SKIP_MISSING("tests/run-headless.sh starts a tray host, but no system tray is available",          \
                                 "No system tray here (run tests/run-headless.sh for Xvfb with trayer)");              \
        QVERIFY(showTray());                                                                                           \
    } while (false)

class TestTrayBalloon : public QObject, private FakeServerFixture
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StopwatchSession> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TrayController> m_tray;
    qint64 m_customer = 0;
    qint64 m_service = 0;

    bool showTray()
    {
        m_tray->show();
        // Until trayer (top right) has taken the icon in: before, its geometry is that of the unembedded window at 0,0.
        return QTest::qWaitFor([this] { return m_tray->trayIcon()->geometry().x() > 0; }, 10000);
    }

    // A message through the tray (as WorkTimeTray's reminders); the popup, once it is on the screen.
    TrayBalloon* message(const QString& text, int msecs = 10000)
    {
        m_tray->showMessage(QStringLiteral("clockodo-desktop"), text, QSystemTrayIcon::Information, msecs);
        TrayBalloon* balloon = m_tray->balloon();
        if (!balloon || !balloon->isVisible() || !QTest::qWaitForWindowExposed(balloon))
            return nullptr;
        return balloon;
    }

private slots:
    void init()
    {
        QVERIFY(startFakeServer(T0));
        const Catalog catalog = seedCatalog(3, 7);
        m_customer = catalog.bakery;
        m_service = catalog.consulting;
        m_clock = std::make_unique<ManualClock>(T0);
        m_session = std::make_unique<StopwatchSession>(m_api.get(), m_clock.get());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.conf")));
        m_tray = std::make_unique<TrayController>(m_session.get(), m_settings.get());
        QSignalSpy loaded(m_session->catalog(), &TaskCatalog::loaded);
        QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
        m_session->start(false);
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
    }

    void cleanup()
    {
        m_tray.reset();
        m_session.reset();
        stopFakeServer();
        m_settings.reset();
        m_dir.reset();
        m_clock.reset();
    }

    void notifyShowsTheTraysOwnPopup()
    {
        REQUIRE_TRAY();
        QVERIFY(TrayBalloon::replacesQtBalloon(m_tray->trayIcon())); // trayer: XEmbed, no StatusNotifierItem host
        QCOMPARE(m_tray->balloon(), nullptr); // made for the first message
        // A clock started elsewhere: TrayController::notify.
        QSignalSpy noticed(m_tray.get(), &TrayController::noticed);
        QSignalSpy synced(m_session->stopwatch(), &Stopwatch::synced);
        m_server->remoteStartClock(m_customer, m_service);
        m_session->stopwatch()->poll();
        QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 20000);
        QCOMPARE(noticed.count(), 1);
        TrayBalloon* balloon = m_tray->balloon();
        QVERIFY(balloon);
        QVERIFY(balloon->isVisible());
        QCOMPARE(balloon->message(), noticed.at(0).at(0).toString());
        QCOMPARE(balloon->title(), QStringLiteral("clockodo-desktop"));
        QVERIFY(QTest::qWaitForWindowExposed(balloon));
        QCOMPARE(qtBalloons(), 0);
    }

    void messagesReuseOneWidgetWithOnePalette()
    {
        REQUIRE_TRAY();
        TrayBalloon* first = message(QStringLiteral("Clock started: message 0"));
        QVERIFY(first);
        first->repaint();
        const qint64 paletteKey = first->palette().cacheKey();
        const qsizetype topLevels = QApplication::topLevelWidgets().size();
        for (int i = 1; i < 20; ++i) {
            const QString text = QStringLiteral("Clock started: message %1").arg(i);
            TrayBalloon* balloon = message(text);
            QCOMPARE(balloon, first); // a new message while one shows replaces its text
            QCOMPARE(balloon->message(), text);
            balloon->repaint();
            QCOMPARE(balloon->palette().cacheKey(), paletteKey);
            if (i % 5 == 0)
                balloon->hide(); // a message after the last one went
        }
        QCOMPARE(QApplication::topLevelWidgets().size(), topLevels);
        QCOMPARE(qtBalloons(), 0);
        // Also the reminders' fallback (WorkTimeTray) goes there.
        m_tray->showMessage(QStringLiteral("Reminder"), QStringLiteral("The clock is not running."),
                            QSystemTrayIcon::Information, 15000);
        QCOMPARE(m_tray->balloon(), first);
        QCOMPARE(first->title(), QStringLiteral("Reminder"));
        QCOMPARE(qtBalloons(), 0);
    }

    void popupIsBesideTheIconOnTheScreen()
    {
        REQUIRE_TRAY();
        TrayBalloon* balloon
            = message(QStringLiteral("A message long enough to be wrapped over more than one line: "
                                     "Clock started: Bäckerei Krume — Beratung — Abstimmung Startseite "
                                     "und Angebot für das neue Jahr"));
        QVERIFY(balloon);
        const QRect icon = m_tray->trayIcon()->geometry();
        const QRect available = availableFor(icon);
        QVERIFY2(available.contains(balloon->frameGeometry()),
                 qPrintable(QStringLiteral("%1 outside %2")
                                .arg(QDebug::toString(balloon->frameGeometry()), QDebug::toString(available))));
        QVERIFY(!balloon->frameGeometry().intersects(icon));
        // trayer sits at the top right: the popup right below the icon.
        QVERIFY2(balloon->y() > icon.bottom() && balloon->y() - icon.bottom() < 20,
                 qPrintable(QDebug::toString(balloon->frameGeometry()) + QDebug::toString(icon)));
        QVERIFY(balloon->width() <= std::max(120, available.width() / 3) + 100);
    }

    void placementRule()
    {
        const QRect screen(0, 0, 1280, 800);
        const QSize size(300, 80);
        // Panel at the top right: below the icon, kept inside the screen.
        const QRect top(1250, 4, 24, 24);
        const QRect underTop(0, 32, 1280, 768);
        QPoint at = TrayBalloon::placement(top, size, underTop, screen);
        QCOMPARE(QRect(at, size).intersected(underTop), QRect(at, size));
        QVERIFY(at.y() > top.bottom());
        // Panel at the bottom left: above the icon.
        const QRect bottom(10, 776, 24, 24);
        const QRect overBottom(0, 0, 1280, 770);
        at = TrayBalloon::placement(bottom, size, overBottom, screen);
        QCOMPARE(QRect(at, size).intersected(overBottom), QRect(at, size));
        QVERIFY(QRect(at, size).bottom() < bottom.top());
        QCOMPARE(at.x(), 0);
        // No icon geometry: the corner next to the panel.
        at = TrayBalloon::placement(QRect(), size, underTop, screen);
        QCOMPARE(QRect(at, size).topRight(), QPoint(1275, 36));
        at = TrayBalloon::placement(QRect(), size, overBottom, screen);
        QCOMPARE(QRect(at, size).bottomRight(), QPoint(1275, 765));
    }

    void clickIsTheTrayMessageClick()
    {
        REQUIRE_TRAY();
        TrayBalloon* balloon = message(QStringLiteral("Clock started: click me"));
        QVERIFY(balloon);
        QSignalSpy clicked(m_tray->trayIcon(), &QSystemTrayIcon::messageClicked); // what WorkTimeTray listens to
        auto* text = balloon->findChildren<QLabel*>().constLast();
        QCOMPARE(text->text(), QStringLiteral("Clock started: click me"));
        QTest::mouseClick(balloon, Qt::LeftButton, {}, text->geometry().center());
        QCOMPARE(clicked.count(), 1);
        QVERIFY(!balloon->isVisible());
    }

    void closeButtonHidesWithoutAClick()
    {
        REQUIRE_TRAY();
        TrayBalloon* balloon = message(QStringLiteral("Clock started: close me"));
        QVERIFY(balloon);
        QSignalSpy clicked(m_tray->trayIcon(), &QSystemTrayIcon::messageClicked);
        QVERIFY(balloon->closeButton()->isVisible());
        QCOMPARE(balloon->closeButton()->accessibleName(), QStringLiteral("Close"));
        QTest::mouseClick(balloon->closeButton(), Qt::LeftButton);
        QVERIFY(!balloon->isVisible());
        QCOMPARE(clicked.count(), 0);
    }

    void timeoutHides()
    {
        REQUIRE_TRAY();
        TrayBalloon* balloon = message(QStringLiteral("Clock started: wait"), 10000);
        QVERIFY(balloon);
        QTimer* timer = balloon->timeoutTimer();
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 10000);
        QCOMPARE(timer->parent(), balloon);
        // The timer's end, driven here (no waiting on the wall clock).
        QVERIFY(QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection));
        QVERIFY(!balloon->isVisible());
        QVERIFY(!timer->isActive());
        // A message without timeout stays until closed; a new one with a timeout starts the timer again.
        QVERIFY(message(QStringLiteral("no timeout"), 0));
        QVERIFY(!timer->isActive());
        QVERIFY(message(QStringLiteral("with timeout"), 15000));
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 15000);
    }

    void doesNotTakeTheFocus()
    {
        REQUIRE_TRAY();
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* edit = new QLineEdit(&window);
        layout->addWidget(edit);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        TrayBalloon* balloon = message(QStringLiteral("Clock started: typing goes on"));
        QVERIFY(balloon);
        // Never activated when shown, and window managers are told it takes no input (WM_HINTS).
        QVERIFY(balloon->testAttribute(Qt::WA_ShowWithoutActivating));
        QVERIFY(balloon->windowHandle()->flags().testFlag(Qt::WindowDoesNotAcceptFocus));
        // Any activation the window system would send for the popup comes with its mapping; none does. (Other
        // tests' windows on the same X server may take the focus meanwhile: only the popup must not.)
        QVERIFY(!QTest::qWaitFor(
            [&] {
                return QApplication::activeWindow() == balloon
                    || QGuiApplication::focusWindow() == balloon->windowHandle();
            },
            300));
        QVERIFY(!balloon->isActiveWindow());
        QCOMPARE(window.focusWidget(), edit);
        QVERIFY(balloon->isVisible());
    }
};

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestTrayBalloon test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trayballoon.moc"
