// SPDX-License-Identifier: GPL-3.0-or-later
// BalloonCacheTrimmer (issue 16, the start/stop soak): Qt's own tray balloon (QBalloonTip, XEmbed tray) leaves pixmaps
// in QPixmapCache with every message; once a watched balloon is gone the cache is emptied, so a thousand messages
// leave what one leaves. On a real X server with a tray host (tests/run-headless.sh); without a tray the balloon
// part is skipped and the rest runs offscreen.
#include "gui/tray/ballooncachetrimmer.h"
#include "support/testenvironment.h"

#include <QApplication>
#include <QPixmap>
#include <QPixmapCache>
#include <QSystemTrayIcon>
#include <QTest>

namespace {

const QString CanaryKey = QStringLiteral("tst_ballooncachetrimmer-canary");

QPixmap canary()
{
    QPixmap pixmap(8, 8);
    pixmap.fill(Qt::red);
    return pixmap;
}

bool canaryCached()
{
    QPixmap found;
    return QPixmapCache::find(CanaryKey, &found);
}

} // namespace

class TestBalloonCacheTrimmer : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QPixmapCache::clear();
        QVERIFY(QPixmapCache::insert(CanaryKey, canary()));
    }

    void withoutBalloonNothingIsCleared()
    {
        BalloonCacheTrimmer trimmer;
        trimmer.watchBalloons();
        QCOMPARE(trimmer.watchedBalloons(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(trimmer.trims(), 0);
        QVERIFY(canaryCached());
    }

    void aBalloonGoneClearsTheCacheOnce()
    {
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            FAIL_OR_SKIP_MISSING("tests/run-headless.sh starts a tray host, but no system tray is available",
                                 "No system tray here (run tests/run-headless.sh for Xvfb with trayer)");
        QSystemTrayIcon tray(canary());
        tray.show();
        BalloonCacheTrimmer trimmer;
        tray.showMessage(QStringLiteral("tst_ballooncachetrimmer"), QStringLiteral("first"), QIcon(canary()), 60000);
        trimmer.watchBalloons();
        QCOMPARE(trimmer.watchedBalloons(), 1); // Qt's QBalloonTip on an XEmbed tray
        trimmer.watchBalloons();
        QCOMPARE(trimmer.watchedBalloons(), 1); // watched once
        // The balloon paints (its button panels and close icon go into QPixmapCache) while it is shown.
        QCoreApplication::processEvents();
        QCOMPARE(trimmer.trims(), 0);
        QVERIFY(canaryCached());

        // The next message replaces the balloon: Qt deletes the first one, and the cache goes with it.
        tray.showMessage(QStringLiteral("tst_ballooncachetrimmer"), QStringLiteral("second"), QIcon(canary()), 60000);
        QTRY_COMPARE(trimmer.trims(), 1);
        QVERIFY(!canaryCached());
        QCOMPARE(trimmer.watchedBalloons(), 0);
        trimmer.watchBalloons();
        QCOMPARE(trimmer.watchedBalloons(), 1);

        QVERIFY(QPixmapCache::insert(CanaryKey, canary()));
        tray.hide(); // hides (and deletes) the balloon too
        QTRY_COMPARE(trimmer.trims(), 2);
        QVERIFY(!canaryCached());
        QCOMPARE(trimmer.watchedBalloons(), 0);
    }
};

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestBalloonCacheTrimmer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ballooncachetrimmer.moc"
