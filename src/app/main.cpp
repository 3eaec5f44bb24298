// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "core/cli/commandlineclient.h"
#include "core/cli/commandrunner.h"
#include "core/cli/exportcommand.h"
#include "core/cli/terminaltext.h"
#include "core/platform/singleinstance.h"
#include "core/session/languagemanager.h"
#include "core/session/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

namespace {

// The arguments as Qt would see them, without the ones QGuiApplication / QApplication take for themselves
// (-platform offscreen, -style fusion, …): they are parsed before any application object exists, so that a bad
// argument is a usage error even where no display is (QApplication aborts there).
QStringList argumentsWithoutQtOptions(int argc, char* argv[])
{
    static constexpr std::array withValue { "platform",
                                            "platformpluginpath",
                                            "platformtheme",
                                            "plugin",
                                            "qwindowgeometry",
                                            "geometry",
                                            "qwindowtitle",
                                            "title",
                                            "qwindowicon",
                                            "icon",
                                            "session",
                                            "display",
                                            "style",
                                            "stylesheet",
                                            "name",
                                            "visual" };
    static constexpr std::array flags { "reverse", "widgetcount", "testability", "sync", "nograb", "dograb" };
    const auto among = [](const auto& names, const QByteArray& name) {
        return std::any_of(names.begin(), names.end(), [&name](const char* n) { return name == n; });
    };
    QStringList arguments { argc > 0 ? QString::fromLocal8Bit(argv[0]) : QString() };
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        const QByteArray name = argument.startsWith("--") ? argument.mid(2) : argument.mid(1);
        if (argument.startsWith('-') && !name.isEmpty()) {
            if (name.startsWith("qmljsdebugger=") || name.startsWith("style=") || name.startsWith("stylesheet=")
                || among(flags, name))
                continue;
            if (among(withValue, name) && i + 1 < argc) {
                ++i;
                continue;
            }
        }
        arguments.append(QString::fromLocal8Bit(argument));
    }
    return arguments;
}

// Ends the event loop with exitCode; safe before exec() has started (answers can come synchronously).
void exitLater(int exitCode)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
}

// A usage error: what is wrong, and the usage line.
int usageError(const QCommandLineParser& parser, const QString& message)
{
    const QString usage = parser.helpText().section(QLatin1Char('\n'), 0, 0);
    std::fputs(qPrintable(message + QLatin1Char('\n') + usage + QLatin1Char('\n')), stderr);
    return CommandRunner::UsageError;
}

void print(int exitCode, const QString& output)
{
    if (output.isEmpty())
        return;
    std::FILE* stream = exitCode == 0 ? stdout : stderr;
    // Whatever the answer holds, no control character reaches the terminal (the runner caps the lengths).
    std::fputs(qPrintable(TerminalText::clean(output, -1) + QLatin1Char('\n')), stream);
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

// What a verb run in this process needs: the settings and the client (with its ApiClient and network access).
struct DirectClient
{
    std::unique_ptr<Settings> settings = std::make_unique<Settings>();
    std::unique_ptr<CommandLineClient> client = std::make_unique<CommandLineClient>(settings.get());

    DirectClient()
    {
        QObject::connect(client.get(), &CommandLineClient::finished, [](int exitCode, const QString& output) {
            print(exitCode, output);
            exitLater(exitCode);
        });
    }
    // Once the event loop has ended, while the application still exists: a verb may end with a request still in
    // flight (the recent tasks read after a start). Deleting the client deletes its QNetworkAccessManager, which
    // aborts that request in Qt's HTTP thread and ends the thread. Left to the QCoreApplication's destructor
    // (children go after it), the thread quit with the request's objects alive (LeakSanitizer reports them) and
    // the process exited around a thread that may still have been running.
    ~DirectClient()
    {
        client.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    DirectClient(const DirectClient&) = delete;
    DirectClient& operator=(const DirectClient&) = delete;
};

// A verb: to the running instance; when none runs, directly against the API.
int runCommand(SingleInstance* instance, const CommandRunner::Command& command)
{
    std::unique_ptr<DirectClient> direct;
    const QMetaObject::Connection failed = QObject::connect(
        instance, &SingleInstance::sendFailed, [&command, &direct](bool noInstance, const QString& reason) {
            if (!noInstance) {
                print(CommandRunner::ApiFailure, reason);
                exitLater(CommandRunner::ApiFailure);
                return;
            }
            direct = std::make_unique<DirectClient>();
            direct->client->run(command);
        });
    instance->send(command.toJson());
    const int exitCode = QCoreApplication::exec();
    QObject::disconnect(failed);
    return exitCode;
}

// --export runs in this process, beside a running instance or not.
int runExport(const ExportCommand::Options& options)
{
    const DirectClient direct;
    direct.client->runExport(options);
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
    // Parse before any application object: QApplication needs a display, a usage error does not.
    QCommandLineParser parser;
    const AppOptions appOptions;
    setUpParser(&parser, appOptions);
    const bool parsed = parser.parse(argumentsWithoutQtOptions(argc, argv));
    QString commandError;
    const CommandRunner::Command command
        = parsed ? CommandRunner::parse(parser, &commandError) : CommandRunner::Command();
    QString exportError;
    const ExportCommand::Options exportOptions
        = parsed ? ExportCommand::parse(parser, &exportError) : ExportCommand::Options();
    if (parsed && exportError.isEmpty() && command.isCommand() && ExportCommand::isRequested(parser))
        exportError = QCoreApplication::translate("main", "--export goes alone, without another command.");
    const bool commandLine = !parsed || !commandError.isEmpty() || !exportError.isEmpty() || command.isCommand()
        || (parsed && ExportCommand::isRequested(parser)) || parser.isSet(QStringLiteral("help"))
        || parser.isSet(QStringLiteral("help-all")) || parser.isSet(QStringLiteral("version"));
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv, commandLine);

    if (!parsed)
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!commandError.isEmpty())
        return usageError(parser, commandError);

    if (!exportError.isEmpty())
        return usageError(parser, exportError);
    const QString configDir = parser.value(appOptions.configDir);
    if (parser.isSet(appOptions.configDir))
        Settings::setConfigDirectory(configDir);

    // The answers of command-line verbs speak the user's language too (the GUI switches it at run time itself).
    LanguageManager commandLineLanguage;
    const bool urlRefused = !Settings::environmentBaseUrlRefusal().isEmpty();
    if (command.isCommand() || ExportCommand::isRequested(parser) || urlRefused)
        commandLineLanguage.setLanguage(Settings().language());
    // Credentials from the environment go to the address from the environment or nowhere.
    if (urlRefused) {
        std::fputs(qPrintable(Settings::environmentBaseUrlRefusal() + QLatin1Char('\n')), stderr); // translated now
        return CommandRunner::UsageError;
    }
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
    if (!instance.listen()) {
        if (!instance.errorString().isEmpty()) {
            print(1, instance.errorString()); // not another instance: the real reason we cannot be the first
            return 1;
        }
        return activateRunningInstance(&instance);
    }

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
