// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/apierror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

class QCommandLineParser;
class QTimer;
class SingleInstance;
class StopwatchSession;

// The command-line verbs (--status, --start, --stop, --toggle), run against a StopwatchSession: the running
// instance's own (the command arrived over SingleInstance) or a short-lived one (CommandLineClient).
// run() ends in exactly one finished(exitCode, output), within timeoutMs(). A command either completes while its
// caller waits or is dropped for good: at the deadline, on cancel() (the caller went away) and when the account
// changes it ends, and nothing it waited for is done later.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode
    {
        Ok = 0,
        ApiFailure = 1,
        UsageError = 2,
        NotLoggedIn = 3,
    };

    struct Command
    {
        enum class Kind
        {
            None, // a normal launch
            Status,
            Start,
            Stop,
            Toggle,
        };
        Kind kind = Kind::None;
        bool json = false;
        int recentIndex = 0; // --start N (1-based); 0 = by ids
        qint64 customersId = 0;
        qint64 projectsId = 0;
        qint64 servicesId = 0;
        QString text;

        bool isCommand() const { return kind != Kind::None; }
        QJsonObject toJson() const;
        static Command fromJson(const QJsonObject& object);
    };

    // The answer is due before the caller gives up waiting (SingleInstance::ReplyTimeoutMs).
    static constexpr int DefaultTimeoutMs = 50000;

    explicit CommandRunner(StopwatchSession* session, QObject* parent = nullptr);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    // Adds --status, --json, --start, --stop, --toggle, --customer, --project, --service, --text.
    static void addOptions(QCommandLineParser* parser);
    // The command the parsed arguments ask for; on a usage error returns Kind::None and sets *error.
    static Command parse(const QCommandLineParser& parser, QString* error);
    static int exitCodeFor(const ApiError& error);

    // Answers the commands a second launch forwards to this (running) instance.
    static void serve(SingleInstance* instance, StopwatchSession* session);

    void run(const Command& command);
    // The caller went away: the command ends without an answer, and nothing of it is done any more.
    void cancel();
    bool isDone() const { return m_done; }

signals:
    void finished(int exitCode, const QString& output);

private:
    void ensureNames();
    void namesFailed(const ApiError& error);
    void timedOut();
    void execute();
    void runStatus();
    // --status as text: the clock first; the account's lists only when a running task needs its names.
    void runPlainStatus();
    void runStart();
    void runStop();
    void runToggle();
    void afterRead(const std::function<void()>& next);
    void awaitAction(const QString& prefix = {});
    void succeed(const QString& message);
    void fail(int exitCode, const QString& message);
    void failApi(const ApiError& error, const QString& message);
    QString statusLine() const;
    QJsonObject statusJson() const;

    QPointer<StopwatchSession> m_session;
    Command m_command;
    QTimer* m_deadline = nullptr;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_done = false;
    bool m_actionSent = false; // a start or stop went out: its outcome is the server's
    bool m_clockRead = false; // runPlainStatus() read the clock already
};
