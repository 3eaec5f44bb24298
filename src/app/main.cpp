// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "core/cli/commandlineclient.h"
#include "core/cli/commandrunner.h"
#include "core/cli/exportcommand.h"
#include "core/platform/singleinstance.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// A command-line verb (and --help, --version) runs without a display (e.g. over ssh): it needs no QApplication.
bool wantsCommandLine(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* verb : { "--status", "--start", "--stop", "--toggle", "--export", "--help", "-h", "--help-all",
                                  "--version", "-v" }) {
            if (std::strcmp(argv[i], verb) == 0)
                return true;
        }
    }
    return false;
}

// Ends the event loop with exitCode; safe before exec() has started (answers can come synchronously).
void exitLater(int exitCode)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}

void print(int exitCode, const QString& output)
{
    if (output.isEmpty())
        return;
    std::FILE* stream = exitCode == 0 ? stdout : stderr;
    std::fputs(qPrintable(output + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// The options of the GUI app beside the command-line verbs of CommandRunner.
struct AppOptions
{
    QCommandLineOption demo { QStringLiteral("demo"),
                              QCoreApplication::translate("main", "Use a built-in demo server with sample data.") };
    QCommandLineOption autostart { QStringLiteral("autostart"),
                                   QCoreApplication::translate("main", "Started at login: stay in the tray.") };
    QCommandLineOption configDir { QStringLiteral("config-dir"),
                                   QCoreApplication::translate("main", "Read and write settings in <dir>."),
                                   QStringLiteral("dir") };
};

void setUpParser(QCommandLineParser* parser, const AppOptions& options)
{
    parser->setApplicationDescription(QCoreApplication::translate("main", "Clockodo time tracking in the tray."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions({ options.demo, options.autostart, options.configDir });
    CommandRunner::addOptions(parser);
    ExportCommand::addOptions(parser);
    parser->addPositionalArgument(QStringLiteral("N"),
                                  QCoreApplication::translate("main", "With --start: the recent task to start."),
                                  QStringLiteral("[N]"));
}

// A verb: to the running instance; when none runs, directly against the API.
int runCommand(SingleInstance* instance, const CommandRunner::Command& command)
{
    QObject::connect(instance, &SingleInstance::sendFailed, [&command](bool noInstance, const QString& reason) {
        if (!noInstance) {
            print(CommandRunner::ApiFailure, reason);
            exitLater(CommandRunner::ApiFailure);
            return;
        }
        auto* settings = new Settings(QCoreApplication::instance());
        auto* client = new CommandLineClient(settings, QCoreApplication::instance());
        QObject::connect(client, &CommandLineClient::finished, [](int exitCode, const QString& output) {
            print(exitCode, output);
            exitLater(exitCode);
        });
        client->run(command);
    });
    instance->send(command.toJson());
    return QCoreApplication::exec();
}

// --export runs in this process, beside a running instance or not.
int runExport(const ExportCommand::Options& options)
{
    auto* settings = new Settings(QCoreApplication::instance());
    auto* client = new CommandLineClient(settings, QCoreApplication::instance());
    QObject::connect(client, &CommandLineClient::finished, [](int exitCode, const QString& output) {
        print(exitCode, output);
        exitLater(exitCode);
    });
    client->runExport(options);
    return QCoreApplication::exec();
}

// Already running: show its window and leave.
int activateRunningInstance(SingleInstance* instance)
{
    QObject::connect(instance, &SingleInstance::sendFailed, [](bool, const QString& reason) {
        print(CommandRunner::ApiFailure, reason);
        exitLater(CommandRunner::ApiFailure);
    });
    instance->send(QJsonObject { { QStringLiteral("command"), QStringLiteral("activate") } });
    return QCoreApplication::exec();
}

std::unique_ptr<QCoreApplication> createApplication(int& argc, char* argv[], bool commandLine)
{
    std::unique_ptr<QCoreApplication> app;
    if (commandLine)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("clockodo-desktop"));
    QCoreApplication::setApplicationName(QStringLiteral("clockodo-desktop"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLOCKODO_VERSION));
    if (!commandLine) {
        QApplication::setApplicationDisplayName(QStringLiteral("clockodo-desktop"));
        QGuiApplication::setDesktopFileName(QStringLiteral(CLOCKODO_APP_ID));
    }
    if (commandLine && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("clockodo.*.info=false")); // only the answer on the terminal
    return app;
}

} // namespace

int main(int argc, char* argv[])
{
    const bool commandLine = wantsCommandLine(argc, argv);
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, commandLine);

    QCommandLineParser parser;
    const AppOptions appOptions;
    setUpParser(&parser, appOptions);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fputs(qPrintable(parser.errorText() + QLatin1Char('\n')), stderr);
        return CommandRunner::UsageError;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    QString usageError;
    const CommandRunner::Command command = CommandRunner::parse(parser, &usageError);
    if (!usageError.isEmpty()) {
        std::fputs(qPrintable(usageError + QLatin1Char('\n')), stderr);
        return CommandRunner::UsageError;
    }
    const ExportCommand::Options exportOptions = ExportCommand::parse(parser, &usageError);
    if (usageError.isEmpty() && command.isCommand() && ExportCommand::isRequested(parser))
        usageError = QCoreApplication::translate("main", "--export goes alone, without another command.");
    if (!usageError.isEmpty()) {
        std::fputs(qPrintable(usageError + QLatin1Char('\n')), stderr);
        return CommandRunner::UsageError;
    }
    const QString configDir = parser.value(appOptions.configDir);
    if (parser.isSet(appOptions.configDir))
        Settings::setConfigDirectory(configDir);

    // The answers of command-line verbs speak the user's language too (the GUI switches it at run time itself).
    LanguageManager commandLineLanguage;
    if (command.isCommand() || ExportCommand::isRequested(parser))
        commandLineLanguage.setLanguage(Settings().language());
    if (ExportCommand::isRequested(parser))
        return runExport(exportOptions);

    // One instance per user (and settings directory): a later launch hands its wish to the running one.
    SingleInstance instance(SingleInstance::defaultKey(configDir));
    QObject::connect(&instance, &SingleInstance::replied, [](int exitCode, const QString& output) {
        print(exitCode, output);
        exitLater(exitCode);
    });
    if (command.isCommand())
        return runCommand(&instance, command);
    if (!instance.listen())
        return activateRunningInstance(&instance);

    Application::Options options;
    options.demo = parser.isSet(appOptions.demo);
    options.autostart = parser.isSet(appOptions.autostart);
    options.configDir = configDir;
    options.instance = &instance;
    Application application(options);
    if (!application.start())
        return 1;
    return QCoreApplication::exec();
}
