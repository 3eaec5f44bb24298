// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cli/commandrunner.h"
#include "core/cli/exportcommand.h"

#include <QObject>

#include <optional>

class ApiClient;
class CredentialStore;
class Settings;
class StopwatchSession;

// Runs one command-line verb directly against the API when no instance of the app is running: credentials from
// CLOCKODO_API_URL / CLOCKODO_API_USER / CLOCKODO_API_KEY, else the account in the settings and its key in the
// keychain (no key: exit code 3). Ends in exactly one finished(exitCode, output).
class CommandLineClient : public QObject
{
    Q_OBJECT
public:
    explicit CommandLineClient(Settings* settings, QObject* parent = nullptr);

    void run(const CommandRunner::Command& command);
    // --export: the same credentials, then ExportCommand.
    void runExport(const ExportCommand::Options& options);

signals:
    void finished(int exitCode, const QString& output);

private:
    void authenticate();
    void runWithKey(const QString& email, const QString& key);
    void finish(int exitCode, const QString& output);

    Settings* m_settings = nullptr;
    ApiClient* m_api = nullptr;
    CredentialStore* m_credentials = nullptr;
    StopwatchSession* m_session = nullptr;
    CommandRunner::Command m_command;
    std::optional<ExportCommand::Options> m_export;
    bool m_done = false;
};
