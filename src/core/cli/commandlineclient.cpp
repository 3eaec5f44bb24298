// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandlineclient.h"

#include "api/apiclient.h"
#include "core/session/credentialstore.h"
#include "core/session/settings.h"
#include "core/tracking/stopwatchsession.h"

CommandLineClient::CommandLineClient(Settings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(new ApiClient(this))
{
    // A command answers now or fails: one retry at most for reads, and no long waits.
    RetryPolicy policy;
    policy.maxRetries = 1;
    policy.maxRetryAfterSeconds = 10;
    m_api->setRetryPolicy(policy);
}

void CommandLineClient::run(const CommandRunner::Command& command)
{
    m_command = command;
    authenticate();
}

void CommandLineClient::runExport(const ExportCommand::Options& options)
{
    m_export = options;
    // An export may page for a while: wait out rate limits as the app does.
    m_api->setRetryPolicy(RetryPolicy());
    authenticate();
}

void CommandLineClient::authenticate()
{
    // A refused CLOCKODO_API_URL must not send the environment's credentials to the stored address instead.
    const QString refusedUrl = Settings::environmentBaseUrlRefusal();
    if (!refusedUrl.isEmpty()) {
        finish(CommandRunner::UsageError, refusedUrl);
        return;
    }
    if (!m_api->setBaseUrl(m_settings->effectiveBaseUrl())) {
        finish(CommandRunner::ApiFailure, tr("The Clockodo address is not allowed."));
        return;
    }
    m_api->setContactEmail(m_settings->contactEmail());

    const QString email = m_settings->effectiveAccountEmail();
    const QString environmentKey = Settings::environmentApiKey();
    if (!email.isEmpty() && !environmentKey.isEmpty()) {
        runWithKey(email, environmentKey);
        return;
    }
    if (email.isEmpty()) {
        finish(CommandRunner::NotLoggedIn, tr("Not signed in to Clockodo. Start clockodo-desktop to sign in."));
        return;
    }
    m_credentials = new CredentialStore(this);
    connect(m_credentials, &CredentialStore::keyRead, this,
            [this](const QString& account, const QString& key) { runWithKey(account, key); });
    connect(m_credentials, &CredentialStore::keyNotFound, this, [this] {
        finish(CommandRunner::NotLoggedIn, tr("No API key is stored. Start clockodo-desktop to sign in."));
    });
    connect(m_credentials, &CredentialStore::failed, this,
            [this](const QString&, CredentialStore::Failure, const QString& message) {
                finish(CommandRunner::NotLoggedIn, tr("The API key could not be read: %1").arg(message));
            });
    m_credentials->readKey(email);
}

void CommandLineClient::runWithKey(const QString& email, const QString& key)
{
    m_api->setCredentials(email, key);
    if (m_export) {
        auto* command = new ExportCommand(m_api, this);
        connect(command, &ExportCommand::finished, this, &CommandLineClient::finish);
        command->run(*m_export);
        return;
    }
    m_session = new StopwatchSession(m_api, nullptr, this);
    auto* runner = new CommandRunner(m_session, this);
    connect(runner, &CommandRunner::finished, this, &CommandLineClient::finish);
    runner->run(m_command);
}

void CommandLineClient::finish(int exitCode, const QString& output)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(exitCode, output);
}
