// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of bench_idle.sh: a bare Qt tray icon (one pixmap, set once) that polls GET /v2/clock once a minute,
// as any Clockodo tray client must. Reads CLOCKODO_API_URL, CLOCKODO_API_USER and CLOCKODO_API_KEY.
#include <QApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    app.setQuitOnLastWindowClosed(false);
    QPixmap pixmap(22, 22);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::darkGray);
        painter.drawEllipse(QRectF(3, 3, 16, 16));
    }
    QSystemTrayIcon tray { QIcon(pixmap) };
    tray.show();

    QNetworkAccessManager network;
    QString base = qEnvironmentVariable("CLOCKODO_API_URL");
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const auto poll = [&] {
        QNetworkRequest request(QUrl(base + QStringLiteral("v2/clock")));
        request.setRawHeader("X-ClockodoApiUser", qgetenv("CLOCKODO_API_USER"));
        request.setRawHeader("X-ClockodoApiKey", qgetenv("CLOCKODO_API_KEY"));
        request.setRawHeader("X-Clockodo-External-Application", "trayfloor;bench@example.com");
        request.setTransferTimeout(30000);
        QNetworkReply* reply = network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
    QTimer timer;
    timer.setTimerType(Qt::VeryCoarseTimer);
    QObject::connect(&timer, &QTimer::timeout, poll);
    timer.start(60000);
    poll();
    return app.exec();
}
