// SPDX-License-Identifier: GPL-3.0-or-later
// clockodo-fakeserver: the fake Clockodo API as a stand-alone process for manual tests and the demo mode.

#include "fakeserver/fakeclockodoserver.h"
#include "fakeserver/unixsignalnotifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clockodo-fakeserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOCKODO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("clockodo-fakeserver", "Fake Clockodo API server on 127.0.0.1 with demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("clockodo-fakeserver", "TCP port (default: any free port)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("clockodo-fakeserver", "Seed of the demo data."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("clockodo-fakeserver", "Accepted login e-mail address."),
        QStringLiteral("E-MAIL"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QCoreApplication::translate("clockodo-fakeserver", "Accepted API key."),
                                       QStringLiteral("KEY"));
    parser.addOptions({ portOption, seedOption, userOption, keyOption });
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << QCoreApplication::translate("clockodo-fakeserver", "Invalid port: %1").arg(parser.value(portOption))
            << Qt::endl;
        return 2;
    }
    const uint seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        err << QCoreApplication::translate("clockodo-fakeserver", "Invalid seed: %1").arg(parser.value(seedOption))
            << Qt::endl;
        return 2;
    }

    // SIGTERM/SIGINT end the event loop; the handler itself only writes to a socketpair.
    UnixSignalNotifier signalNotifier;
    if (!signalNotifier.watch({ SIGTERM, SIGINT })) {
        err << QCoreApplication::translate("clockodo-fakeserver", "Cannot install the signal handlers.") << Qt::endl;
        return 1;
    }
    QObject::connect(&signalNotifier, &UnixSignalNotifier::signalReceived, &app, [](int) { QCoreApplication::quit(); });

    FakeClockodoServer server;
    if (parser.isSet(userOption) || parser.isSet(keyOption)) {
        server.setCredentials(parser.isSet(userOption) ? parser.value(userOption) : server.email(),
                              parser.isSet(keyOption) ? parser.value(keyOption) : server.apiKey());
    }
    server.seedDemoData(seed);
    if (!server.listen(quint16(port))) {
        err << QCoreApplication::translate("clockodo-fakeserver", "Cannot listen on 127.0.0.1:%1.").arg(port)
            << Qt::endl;
        return 1;
    }

    // Machine-readable start-up lines (KEY=value, shell-friendly); the base URL comes first.
    QTextStream out(stdout);
    out << "CLOCKODO_BASE_URL=" << server.baseUrl().toString() << '\n'
        << "CLOCKODO_USER=" << server.email() << '\n'
        << "CLOCKODO_API_KEY=" << server.apiKey() << '\n';
    out.flush();
    std::fflush(stdout);

    return app.exec();
}
