// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("clockodo-desktop"));
    QApplication::setApplicationName(QStringLiteral("clockodo-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("clockodo-desktop"));
    QApplication::setApplicationVersion(QStringLiteral(CLOCKODO_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CLOCKODO_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Clockodo time tracking in the tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Use a built-in demo server with sample data."));
    const QCommandLineOption autostart(QStringLiteral("autostart"),
                                       QCoreApplication::translate("main", "Started at login: stay in the tray."));
    const QCommandLineOption configDir(QStringLiteral("config-dir"),
                                       QCoreApplication::translate("main", "Read and write settings in <dir>."),
                                       QStringLiteral("dir"));
    parser.addOptions({ demo, autostart, configDir });
    if (!parser.parse(QCoreApplication::arguments())) {
        fputs(qPrintable(parser.errorText() + QLatin1Char('\n')), stderr);
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    Application::Options options;
    options.demo = parser.isSet(demo);
    options.autostart = parser.isSet(autostart);
    options.configDir = parser.value(configDir);
    Application application(options);
    if (!application.start())
        return 1;
    return QApplication::exec();
}
