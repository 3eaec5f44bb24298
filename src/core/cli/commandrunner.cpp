// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandrunner.h"

#include "api/transport/apitime.h"
#include "core/cli/terminaltext.h"
#include "core/platform/singleinstance.h"
#include "core/session/accountdata.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace {

QLatin1String kindName(CommandRunner::Command::Kind kind)
{
    switch (kind) {
    case CommandRunner::Command::Kind::Status:
        return QLatin1String("status");
    case CommandRunner::Command::Kind::Start:
        return QLatin1String("start");
    case CommandRunner::Command::Kind::Stop:
        return QLatin1String("stop");
    case CommandRunner::Command::Kind::Toggle:
        return QLatin1String("toggle");
    case CommandRunner::Command::Kind::None:
        break;
    }
    return QLatin1String("");
}

// Calls fn once, on the first of the signals a wait connected; the other connections go with it.
class Waits
{
public:
    void add(const QMetaObject::Connection& connection) { m_connections->append(connection); }
    void clear() const
    {
        for (const QMetaObject::Connection& c : std::as_const(*m_connections))
            QObject::disconnect(c);
        m_connections->clear();
    }

private:
    std::shared_ptr<QList<QMetaObject::Connection>> m_connections = std::make_shared<QList<QMetaObject::Connection>>();
};

} // namespace

QJsonObject CommandRunner::Command::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("command"), kindName(kind));
    o.insert(QLatin1String("json"), json);
    if (recentIndex > 0)
        o.insert(QLatin1String("index"), recentIndex);
    if (customersId > 0)
        o.insert(QLatin1String("customers_id"), customersId);
    if (projectsId > 0)
        o.insert(QLatin1String("projects_id"), projectsId);
    if (servicesId > 0)
        o.insert(QLatin1String("services_id"), servicesId);
    if (!text.isEmpty())
        o.insert(QLatin1String("text"), text);
    return o;
}

CommandRunner::Command CommandRunner::Command::fromJson(const QJsonObject& object)
{
    Command c;
    const QString name = object.value(QLatin1String("command")).toString();
    for (Kind kind : { Kind::Status, Kind::Start, Kind::Stop, Kind::Toggle }) {
        if (name == kindName(kind))
            c.kind = kind;
    }
    c.json = object.value(QLatin1String("json")).toBool();
    c.recentIndex = object.value(QLatin1String("index")).toInt();
    c.customersId = object.value(QLatin1String("customers_id")).toInteger();
    c.projectsId = object.value(QLatin1String("projects_id")).toInteger();
    c.servicesId = object.value(QLatin1String("services_id")).toInteger();
    c.text = object.value(QLatin1String("text")).toString();
    return c;
}

CommandRunner::CommandRunner(StopwatchSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

void CommandRunner::addOptions(QCommandLineParser* parser)
{
    parser->addOptions({
        { QStringLiteral("status"),
          QCoreApplication::translate("CommandRunner", "Print what the clock does (one line) and exit.") },
        { QStringLiteral("json"), QCoreApplication::translate("CommandRunner", "Print the answer as JSON.") },
        { QStringLiteral("start"),
          QCoreApplication::translate("CommandRunner",
                                      "Start the clock: on recent task [N] (1 = newest), or on --customer, "
                                      "--service (and --project, --text).") },
        { QStringLiteral("stop"), QCoreApplication::translate("CommandRunner", "Stop the running clock.") },
        { QStringLiteral("toggle"),
          QCoreApplication::translate("CommandRunner", "Stop the running clock, or continue the last task.") },
        { QStringLiteral("customer"), QCoreApplication::translate("CommandRunner", "Customer id for --start."),
          QStringLiteral("id") },
        { QStringLiteral("project"), QCoreApplication::translate("CommandRunner", "Project id for --start."),
          QStringLiteral("id") },
        { QStringLiteral("service"), QCoreApplication::translate("CommandRunner", "Service id for --start."),
          QStringLiteral("id") },
        { QStringLiteral("text"), QCoreApplication::translate("CommandRunner", "Description for --start."),
          QStringLiteral("text") },
    });
}

CommandRunner::Command CommandRunner::parse(const QCommandLineParser& parser, QString* error)
{
    const auto usage = [error](const QString& message) {
        if (error)
            *error = message;
        return Command();
    };
    Command c;
    int verbs = 0;
    for (Command::Kind kind :
         { Command::Kind::Status, Command::Kind::Start, Command::Kind::Stop, Command::Kind::Toggle }) {
        if (parser.isSet(kindName(kind))) {
            c.kind = kind;
            ++verbs;
        }
    }
    if (verbs > 1)
        return usage(
            QCoreApplication::translate("CommandRunner", "Use only one of --status, --start, --stop and --toggle."));
    c.json = parser.isSet(QStringLiteral("json"));
    QStringList positional = parser.positionalArguments();

    const auto readId = [&parser](const QString& name, qint64* id) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *id = parser.value(name).toLongLong(&ok);
        return ok && *id > 0;
    };
    const bool byIds = parser.isSet(QStringLiteral("customer")) || parser.isSet(QStringLiteral("project"))
        || parser.isSet(QStringLiteral("service")) || parser.isSet(QStringLiteral("text"));
    if (c.kind != Command::Kind::Start) {
        if (byIds)
            return usage(QCoreApplication::translate(
                "CommandRunner", "--customer, --project, --service and --text only go with --start."));
        if (!positional.isEmpty())
            return usage(
                QCoreApplication::translate("CommandRunner", "Unexpected argument: %1").arg(positional.first()));
        if (c.json && c.kind == Command::Kind::None)
            return usage(QCoreApplication::translate("CommandRunner",
                                                     "--json goes with --status, --start, --stop "
                                                     "or --toggle."));
        return c;
    }

    if (!positional.isEmpty()) {
        bool ok = false;
        c.recentIndex = positional.takeFirst().toInt(&ok);
        if (!ok || c.recentIndex < 1)
            return usage(QCoreApplication::translate("CommandRunner",
                                                     "--start takes the number of a recent task "
                                                     "(1 = newest)."));
        if (!positional.isEmpty())
            return usage(
                QCoreApplication::translate("CommandRunner", "Unexpected argument: %1").arg(positional.first()));
        if (byIds)
            return usage(QCoreApplication::translate(
                "CommandRunner", "Start either a recent task by number or a task by --customer and --service."));
        return c;
    }
    if (!readId(QStringLiteral("customer"), &c.customersId) || !readId(QStringLiteral("project"), &c.projectsId)
        || !readId(QStringLiteral("service"), &c.servicesId))
        return usage(QCoreApplication::translate("CommandRunner", "Ids are positive whole numbers."));
    if (c.customersId <= 0 || c.servicesId <= 0)
        return usage(QCoreApplication::translate("CommandRunner",
                                                 "--start needs a recent task number, or "
                                                 "--customer and --service."));
    c.text = parser.value(QStringLiteral("text"));
    return c;
}

int CommandRunner::exitCodeFor(const ApiError& error)
{
    return error.category == ApiError::Category::Auth ? NotLoggedIn : ApiFailure;
}

void CommandRunner::serve(SingleInstance* instance, StopwatchSession* session)
{
    static_assert(DefaultTimeoutMs < SingleInstance::ReplyTimeoutMs, "the answer must come before the caller gives up");
    QPointer<SingleInstance> guard(instance);
    // The commands under way by request; a caller that goes away takes its command with it.
    auto running = std::make_shared<QHash<quint64, QPointer<CommandRunner>>>();
    connect(instance, &SingleInstance::requestAbandoned, session, [running](quint64 requestId) {
        if (const QPointer<CommandRunner> runner = running->take(requestId)) {
            runner->cancel();
            runner->deleteLater();
        }
    });
    connect(instance, &SingleInstance::messageReceived, session,
            [guard, session, running](quint64 requestId, const QJsonObject& message) {
                const Command command = Command::fromJson(message);
                if (!command.isCommand()) {
                    if (guard)
                        guard->reply(requestId, UsageError, tr("Unknown command."));
                    return;
                }
                auto* runner = new CommandRunner(session, session);
                running->insert(requestId, runner);
                connect(runner, &CommandRunner::finished, runner,
                        [guard, requestId, runner, running](int exitCode, const QString& output) {
                            running->remove(requestId);
                            if (guard)
                                guard->reply(requestId, exitCode, output);
                            runner->deleteLater();
                        });
                runner->run(command);
            });
}

void CommandRunner::run(const Command& command)
{
    m_command = command;
    m_done = false;
    m_actionSent = false;
    if (!m_session) {
        fail(ApiFailure, tr("Not ready."));
        return;
    }
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &CommandRunner::timedOut);
        // Another account signed in (or signed out) while this waited: it was asked of the previous one.
        connect(m_session->account(), &AccountData::cleared, this, [this] {
            fail(ApiFailure, tr("The signed-in account changed before the command was done; nothing was done."));
        });
    }
    m_deadline->start(m_timeoutMs);
    m_clockRead = false;
    if (command.kind == Command::Kind::Status && !command.json) {
        runPlainStatus();
        return;
    }
    ensureNames();
}

void CommandRunner::runPlainStatus()
{
    afterRead([this] {
        if (!m_session->stopwatch()->isRunning() || m_session->catalog()->isLoaded()) {
            succeed(statusLine()); // "stopped" needs no names
            return;
        }
        m_clockRead = true;
        ensureNames(); // then runStatus()
    });
}

void CommandRunner::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
}

void CommandRunner::timedOut()
{
    fail(ApiFailure,
         m_actionSent ? tr("Clockodo did not answer in time; the clock may have changed. Check with --status.")
                      : tr("Clockodo did not answer in time; nothing was done."));
}

void CommandRunner::ensureNames()
{
    TaskCatalog* data = m_session->catalog();
    if (data->isLoaded()) {
        execute();
        return;
    }
    Waits waits;
    waits.add(connect(data, &TaskCatalog::loaded, this, [this, waits] {
        waits.clear();
        execute();
    }));
    waits.add(connect(data, &TaskCatalog::loadFailed, this, [this, waits](const ApiError& error) {
        waits.clear();
        namesFailed(error);
    }));
    if (!data->isLoading())
        data->load();
}

void CommandRunner::namesFailed(const ApiError& error)
{
    if (m_done)
        return;
    if (error.category == ApiError::Category::Auth) {
        failApi(error, error.message());
        return;
    }
    if (m_command.kind == Command::Kind::Start && m_command.recentIndex <= 0 && !m_session->catalog()->isLoaded()) {
        // Ids given on the command line are checked against the account's lists: without them nothing starts.
        failApi(error, tr("The customers and services could not be loaded: %1").arg(error.message()));
        return;
    }
    execute(); // names fall back to ids
}

void CommandRunner::execute()
{
    if (m_done || !m_session)
        return; // answered already (deadline, account change) or the caller went away: never done later
    switch (m_command.kind) {
    case Command::Kind::Status:
        runStatus();
        break;
    case Command::Kind::Start:
        runStart();
        break;
    case Command::Kind::Stop:
        runStop();
        break;
    case Command::Kind::Toggle:
        runToggle();
        break;
    case Command::Kind::None:
        fail(UsageError, tr("No command."));
        break;
    }
}

void CommandRunner::afterRead(const std::function<void()>& next)
{
    Stopwatch* stopwatch = m_session->stopwatch();
    Waits waits;
    waits.add(connect(stopwatch, &Stopwatch::synced, this, [this, waits, next] {
        waits.clear();
        if (!m_done)
            next();
    }));
    waits.add(connect(stopwatch, &Stopwatch::syncFailed, this, [this, waits, next, stopwatch](const ApiError& error) {
        waits.clear();
        if (m_done)
            return;
        // Offline the clock runs on this computer: go on with what the stopwatch knows (the local clock).
        if (stopwatch->canWorkOffline() && OfflineClock::isUnreachable(error))
            next();
        else
            failApi(error, tr("The clock could not be read: %1").arg(error.message()));
    }));
    stopwatch->refresh();
}

void CommandRunner::awaitAction(const QString& prefix)
{
    Stopwatch* stopwatch = m_session->stopwatch();
    Waits waits;
    waits.add(connect(stopwatch, &Stopwatch::actionSucceeded, this,
                      [this, waits, prefix](Stopwatch::Action, const QString& message) {
                          waits.clear();
                          succeed(prefix.isEmpty() ? message : prefix + QLatin1Char(' ') + message);
                      }));
    waits.add(connect(stopwatch, &Stopwatch::actionFailed, this,
                      [this, waits](Stopwatch::Action, const ApiError& error, const QString& message) {
                          waits.clear();
                          failApi(error, message);
                      }));
}

void CommandRunner::runStatus()
{
    if (m_clockRead && !m_command.json) {
        succeed(statusLine());
        return;
    }
    afterRead([this] {
        if (!m_session->recentTasks()->isLoaded() && m_command.json) {
            // The JSON answer lists the recent tasks (the numbers --start takes).
            Waits waits;
            const auto done = [this, waits] {
                waits.clear();
                succeed(statusLine());
            };
            waits.add(connect(m_session->recentTasks(), &RecentTasks::changed, this, done));
            waits.add(connect(m_session->recentTasks(), &RecentTasks::loadFailed, this, done));
            m_session->recentTasks()->reload();
            return;
        }
        succeed(statusLine());
    });
}

void CommandRunner::runStop()
{
    afterRead([this] {
        Stopwatch* stopwatch = m_session->stopwatch();
        if (!stopwatch->isRunning()) {
            succeed(tr("No clock is running."));
            return;
        }
        awaitAction();
        m_actionSent = true;
        stopwatch->stop();
    });
}

void CommandRunner::runStart()
{
    Stopwatch* stopwatch = m_session->stopwatch();
    if (m_command.recentIndex <= 0) {
        ClockStartRequest request;
        request.customersId = m_command.customersId;
        request.servicesId = m_command.servicesId;
        if (m_command.projectsId > 0)
            request.projectsId = m_command.projectsId;
        request.text = m_command.text;
        awaitAction();
        m_actionSent = true;
        stopwatch->start(request);
        return;
    }
    RecentTasks* recent = m_session->recentTasks();
    Waits waits;
    waits.add(connect(recent, &RecentTasks::changed, this, [this, waits, recent, stopwatch] {
        waits.clear();
        if (m_done)
            return;
        const int index = m_command.recentIndex;
        if (index > recent->tasks().size()) {
            fail(UsageError, tr("There is no recent task %1 (there are %2).").arg(index).arg(recent->tasks().size()));
            return;
        }
        awaitAction();
        m_actionSent = true;
        stopwatch->startTask(recent->tasks().at(index - 1));
    }));
    waits.add(connect(recent, &RecentTasks::loadFailed, this, [this, waits](const ApiError& error) {
        waits.clear();
        failApi(error, tr("The recent tasks could not be read: %1").arg(error.message()));
    }));
    recent->reload();
}

void CommandRunner::runToggle()
{
    afterRead([this] {
        Stopwatch* stopwatch = m_session->stopwatch();
        if (stopwatch->isRunning()) {
            awaitAction();
            m_actionSent = true;
            stopwatch->stop();
            return;
        }
        if (stopwatch->lastTask()) {
            awaitAction();
            m_actionSent = true;
            stopwatch->continueLast();
            return;
        }
        RecentTasks* recent = m_session->recentTasks();
        Waits waits;
        waits.add(connect(recent, &RecentTasks::changed, this, [this, waits, stopwatch] {
            waits.clear();
            if (m_done)
                return;
            awaitAction();
            m_actionSent = true;
            stopwatch->continueLast(); // fails with a message when there is nothing to continue
        }));
        waits.add(connect(recent, &RecentTasks::loadFailed, this, [this, waits](const ApiError& error) {
            waits.clear();
            failApi(error, tr("The recent tasks could not be read: %1").arg(error.message()));
        }));
        recent->reload();
    });
}

QString CommandRunner::statusLine() const
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    if (!stopwatch->isRunning())
        //: the clock's state printed by "clockodo-desktop --status"
        return tr("stopped");
    //: "clockodo-desktop --status" while the clock runs: the task, two spaces, the elapsed time "1:23:45"
    // The names come from the server: cleaned and capped, so that the elapsed time always shows.
    return tr("%1  %2", "task, elapsed")
        .arg(TerminalText::clean(stopwatch->describe(*stopwatch->running()), TerminalText::MaxField),
             Stopwatch::formatClock(stopwatch->elapsedSeconds()));
}

QJsonObject CommandRunner::statusJson() const
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const TaskCatalog* data = m_session->catalog();
    const auto taskJson = [data](const Entry& e) {
        QJsonObject o;
        o.insert(QLatin1String("customers_id"), e.customersId);
        o.insert(QLatin1String("customer"), data->customerName(e.customersId));
        if (e.projectsId && *e.projectsId > 0) {
            o.insert(QLatin1String("projects_id"), *e.projectsId);
            o.insert(QLatin1String("project"), data->projectName(*e.projectsId));
        } else {
            o.insert(QLatin1String("projects_id"), QJsonValue::Null);
            o.insert(QLatin1String("project"), QJsonValue::Null);
        }
        o.insert(QLatin1String("services_id"), e.servicesId.value_or(0));
        o.insert(QLatin1String("service"), data->serviceName(e.servicesId.value_or(0)));
        o.insert(QLatin1String("text"), e.text);
        return o;
    };
    QJsonObject o;
    o.insert(QLatin1String("running"), stopwatch->isRunning());
    if (stopwatch->isRunning()) {
        const Entry& e = *stopwatch->running();
        QJsonObject entry = taskJson(e);
        entry.insert(QLatin1String("id"), e.id);
        entry.insert(QLatin1String("billable"), e.billable);
        entry.insert(QLatin1String("time_since"), ApiTime::format(e.timeSince));
        o.insert(QLatin1String("entry"), entry);
        o.insert(QLatin1String("elapsed_seconds"), stopwatch->elapsedSeconds());
    } else {
        o.insert(QLatin1String("entry"), QJsonValue::Null);
        o.insert(QLatin1String("elapsed_seconds"), 0);
    }
    o.insert(QLatin1String("server_time"), ApiTime::format(stopwatch->serverNow()));
    const RecentTasks* recent = m_session->recentTasks();
    if (recent->isLoaded()) {
        o.insert(QLatin1String("today_seconds"), m_session->todaySeconds());
        QJsonArray tasks;
        int index = 0;
        for (const Entry& task : recent->tasks()) {
            QJsonObject t = taskJson(task);
            t.insert(QLatin1String("index"), ++index);
            tasks.append(t);
        }
        o.insert(QLatin1String("recent"), tasks);
    }
    return o;
}

void CommandRunner::succeed(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    // Text for a terminal (JSON escapes control characters itself, and keeps the names as the server sent them).
    if (!m_command.json) {
        emit finished(Ok, TerminalText::clean(message));
        return;
    }
    QJsonObject o = statusJson();
    if (m_command.kind != Command::Kind::Status)
        o.insert(QLatin1String("message"), TerminalText::clean(message));
    emit finished(Ok, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void CommandRunner::fail(int exitCode, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    // The message may be the server's: one line, of a sensible length.
    if (!m_command.json) {
        emit finished(exitCode, TerminalText::clean(message));
        return;
    }
    const QJsonObject o { { QLatin1String("error"), TerminalText::clean(message) },
                          { QLatin1String("exit_code"), exitCode } };
    emit finished(exitCode, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void CommandRunner::failApi(const ApiError& error, const QString& message)
{
    fail(exitCodeFor(error), message);
}
