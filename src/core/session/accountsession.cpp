// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/accountsession.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "core/session/settings.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>

#include <algorithm>

namespace {
Q_LOGGING_CATEGORY(lcAccount, "clockodo.core.account", QtInfoMsg)
} // namespace

AccountSession::AccountSession(ApiClient* api, Settings* settings, CredentialStore* store, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_settings(settings)
    , m_store(store)
{
    Q_ASSERT(api && settings && store);
    connect(m_api, &ApiClient::authenticationFailed, this, &AccountSession::onAuthenticationFailed);
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        // Started offline: confirm the user as soon as Clockodo can be reached again.
        if (reachable && m_state == State::SignedIn && !hasConfirmedUser())
            verifyUser();
    });
    connect(m_settings, &Settings::changed, this, &AccountSession::onSettingChanged);
    connect(m_store, &CredentialStore::keyRead, this, &AccountSession::onKeyRead);
    connect(m_store, &CredentialStore::keyNotFound, this, &AccountSession::onKeyNotFound);
    connect(m_store, &CredentialStore::keyWritten, this, &AccountSession::onKeyWritten);
    connect(m_store, &CredentialStore::keyRemoved, this, &AccountSession::onKeyRemoved);
    connect(m_store, &CredentialStore::failed, this, &AccountSession::onKeychainFailed);
}

AccountSession::~AccountSession()
{
    cancel();
}

void AccountSession::start()
{
    m_api->setContactEmail(m_settings->contactEmail());
    m_api->setBaseUrl(m_settings->effectiveBaseUrl());

    const QString environmentUser = qEnvironmentVariable("CLOCKODO_API_USER").trimmed();
    const QString environmentKey = Settings::environmentApiKey();
    if (!environmentUser.isEmpty() && !environmentKey.isEmpty()) {
        qCInfo(lcAccount) << "Using the credentials from CLOCKODO_API_USER / CLOCKODO_API_KEY";
        applyCredentials(environmentUser, environmentKey, Source::Environment);
        verifyUser();
        return;
    }

    const QString email = m_settings->effectiveAccountEmail();
    m_email = email;
    if (email.isEmpty()) {
        setState(State::SignedOut);
        emit needSignIn(QString(), Reason::FirstRun);
        return;
    }
    setState(State::LoadingKey);
    keychain(KeychainOp::StartupRead, email);
}

void AccountSession::testConnection(const QString& email, const QString& apiKey, const QUrl& baseUrl)
{
    probe(email, apiKey, baseUrl, false);
}

void AccountSession::signIn(const QString& email, const QString& apiKey, const QUrl& baseUrl)
{
    probe(email, apiKey, baseUrl, true);
}

void AccountSession::cancel()
{
    // Deleting the client deletes its replies without finished(): nothing follows.
    delete m_probe.data();
}

void AccountSession::signOut()
{
    cancel();
    if (m_retryTimer)
        m_retryTimer->stop();
    const Source source = m_source;
    const QString email = m_email;
    const QString prefill = source == Source::Demo ? m_settings->accountEmail() : email;

    m_api->clearCredentials();
    ++m_generation;
    m_user = User();
    m_source = Source::None;
    m_rejected = false;
    m_keySessionOnly = false;
    if (source != Source::Environment && source != Source::Demo) {
        // Forget the account: its key, and the e-mail that would make the next start look for it.
        const QString stored = m_settings->accountEmail();
        if (!stored.isEmpty())
            keychain(KeychainOp::Remove, stored);
        if (!email.isEmpty() && email != stored)
            keychain(KeychainOp::Remove, email);
        m_settings->setAccountEmail(QString());
    }
    qCInfo(lcAccount) << "Signed out";
    setState(State::SignedOut);
    emit signedOut();
    emit needSignIn(prefill, Reason::SignedOut);
}

void AccountSession::requestSignIn()
{
    emit needSignIn(m_state == State::Demo ? m_settings->accountEmail() : m_email, Reason::UserRequested);
}

void AccountSession::startDemo(const QUrl& baseUrl, const QString& email, const QString& apiKey)
{
    cancel();
    if (m_retryTimer)
        m_retryTimer->stop();
    m_api->setBaseUrl(baseUrl);
    m_rejected = false;
    m_keySessionOnly = false;
    applyCredentials(email, apiKey, Source::Demo);
    verifyUser();
}

void AccountSession::refreshUser()
{
    if (isSignedIn())
        verifyUser();
}

QString AccountSession::messageFor(const ApiError& error)
{
    switch (error.category) {
    case ApiError::Category::Auth:
        return tr("Clockodo did not accept this e-mail address and API key. Use the e-mail address you sign in to "
                  "Clockodo with, and copy the API key again: it may have been changed or revoked.");
    case ApiError::Category::Network:
        return tr("Clockodo cannot be reached. Check your internet connection and, under Advanced, the API address.");
    case ApiError::Category::Timeout:
        return tr("Clockodo did not answer in time. Check your internet connection and try again.");
    case ApiError::Category::RateLimited:
        return error.retryAfterSeconds > 0
            ? tr("Clockodo has received too many requests. Wait %n second(s) and try again.", nullptr,
                 error.retryAfterSeconds)
            : tr("Clockodo has received too many requests. Wait a minute and try again.");
    case ApiError::Category::Server:
        return tr("Clockodo has a problem right now (server error %1). Try again later.").arg(error.httpStatus);
    case ApiError::Category::Forbidden:
        return tr("Clockodo refused access for this account. Ask your Clockodo administrator whether your account "
                  "may use the API.");
    case ApiError::Category::NotFound:
    case ApiError::Category::BadResponse:
        return tr("The answer did not come from the Clockodo API. Check the API address under Advanced.");
    case ApiError::Category::None:
    case ApiError::Category::Conflict:
    case ApiError::Category::Validation:
    case ApiError::Category::Configuration:
    case ApiError::Category::Canceled:
    case ApiError::Category::Certificate:
    case ApiError::Category::RedirectRefused:
        break;
    }
    return error.message();
}

void AccountSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AccountSession::applyCredentials(const QString& email, const QString& apiKey, Source source)
{
    m_api->setCredentials(email, apiKey);
    ++m_generation;
    m_email = email;
    m_source = source;
    m_user = User();
    setState(source == Source::Demo ? State::Demo : State::SignedIn);
}

void AccountSession::verifyUser()
{
    if (m_verifying)
        return;
    m_verifying = true;
    const quint64 generation = m_generation;
    ApiReply* reply = m_api->currentUser();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        m_verifying = false;
        if (generation != m_generation || !isSignedIn())
            return; // the credentials changed meanwhile
        if (reply->isOk()) {
            m_user = reply->valueAs<User>();
            emit signedIn(m_user);
            return;
        }
        // A 401 has already been handled through ApiClient::authenticationFailed. Anything else (offline, server
        // trouble) keeps the credentials: reachabilityChanged() or refreshUser() tries again.
        qCInfo(lcAccount) << "Could not confirm the user:" << ApiError::categoryName(reply->error().category);
        emit userCheckFailed(reply->error());
    });
}

void AccountSession::probe(const QString& email, const QString& apiKey, const QUrl& baseUrl, bool commit)
{
    cancel();
    const QString trimmedEmail = email.trimmed();
    const QString trimmedKey = apiKey.trimmed();
    const QUrl url = baseUrl.isEmpty() ? m_settings->effectiveBaseUrl() : baseUrl;

    QString refusal;
    if (trimmedEmail.isEmpty())
        refusal = tr("Enter the e-mail address of your Clockodo account.");
    else if (trimmedKey.isEmpty())
        refusal = tr("Enter your Clockodo API key.");
    else if (!ApiClient::isAcceptableBaseUrl(url))
        refusal = tr("The API address must start with https:// (plain http:// only for this computer).");
    if (!refusal.isEmpty()) {
        // Asynchronous like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, refusal, commit] { failProbe(ApiError::make(ApiError::Category::Configuration, refusal), commit); },
            Qt::QueuedConnection);
        return;
    }

    auto* client = new ApiClient(this);
    client->setBaseUrl(url);
    client->setCredentials(trimmedEmail, trimmedKey);
    client->setContactEmail(m_settings->contactEmail());
    client->setLanguage(m_api->language());
    client->setTimeoutMs(m_api->timeoutMs());
    // The user is waiting for an answer: no automatic retries.
    RetryPolicy policy = m_api->retryPolicy();
    policy.maxRetries = 0;
    client->setRetryPolicy(policy);
    m_probe = client;

    ApiReply* reply = client->currentUser();
    connect(reply, &ApiReply::finished, this, [this, reply, trimmedEmail, trimmedKey, url, commit] {
        finishProbe(reply, trimmedEmail, trimmedKey, url, commit);
    });
}

void AccountSession::finishProbe(ApiReply* reply, const QString& email, const QString& apiKey, const QUrl& baseUrl,
                                 bool commit)
{
    if (m_probe)
        m_probe->deleteLater();
    m_probe.clear();
    if (!reply->isOk()) {
        failProbe(reply->error(), commit);
        return;
    }
    const User user = reply->valueAs<User>();
    if (!commit) {
        emit connectionTested(user);
        return;
    }
    commitSignIn(email, apiKey, baseUrl, user);
}

void AccountSession::commitSignIn(const QString& email, const QString& apiKey, const QUrl& baseUrl, const User& user)
{
    const bool again = m_rejected;
    // Switching accounts: the previous account's key must not stay behind in the keychain.
    const QString stored = m_settings->accountEmail();
    if (!stored.isEmpty() && stored != email)
        keychain(KeychainOp::Remove, stored);
    if (m_retryTimer)
        m_retryTimer->stop();

    m_api->setBaseUrl(baseUrl);
    m_api->setCredentials(email, apiKey);
    ++m_generation;
    m_email = email;
    m_source = Source::Keychain;
    m_user = user;
    m_rejected = false;
    m_keySessionOnly = false;
    if (Settings::environmentBaseUrl().isEmpty())
        m_settings->setBaseUrl(baseUrl);
    m_settings->setAccountEmail(email);
    keychain(KeychainOp::Store, email, apiKey);

    qCInfo(lcAccount) << "Signed in";
    setState(State::SignedIn);
    emit signedIn(user);
    if (again)
        emit signedInAgain();
}

void AccountSession::failProbe(const ApiError& error, bool commit)
{
    qCInfo(lcAccount) << (commit ? "Sign-in failed:" : "Connection test failed:")
                      << ApiError::categoryName(error.category) << error.httpStatus;
    const QString message = messageFor(error);
    if (commit)
        emit signInFailed(error, message);
    else
        emit connectionTestFailed(error, message);
}

void AccountSession::onAuthenticationFailed()
{
    if (m_state != State::SignedIn)
        return; // already asking, loading, or the demo
    qCInfo(lcAccount) << "Clockodo rejected the API key; asking to sign in again";
    // Stop sending the rejected key; requests now fail locally until the user has signed in again.
    m_api->clearCredentials();
    ++m_generation;
    m_user = User();
    m_rejected = true;
    setState(State::SignedOut);
    emit needSignIn(m_email, Reason::KeyRejected);
}

void AccountSession::onSettingChanged(const QString& key)
{
    if (key == Settings::Key::ContactEmail) {
        m_api->setContactEmail(m_settings->contactEmail());
    } else if (key == Settings::Key::BaseUrl && m_state != State::Demo) {
        const QUrl url = m_settings->effectiveBaseUrl();
        if (url == m_api->baseUrl())
            return;
        m_api->setBaseUrl(url);
        if (m_state == State::SignedIn) {
            // Another server: confirm the credentials there (a 401 asks for a key).
            ++m_generation;
            m_user = User();
            verifyUser();
        }
    }
}

void AccountSession::keychain(KeychainOp op, const QString& email, const QString& apiKey)
{
    m_pending.append({ op, email });
    switch (op) {
    case KeychainOp::StartupRead:
    case KeychainOp::RetryRead:
        m_store->readKey(email);
        return;
    case KeychainOp::Store:
        m_store->writeKey(email, apiKey);
        return;
    case KeychainOp::Remove:
        m_store->removeKey(email);
        return;
    }
}

bool AccountSession::takePending(const QString& email, std::initializer_list<KeychainOp> ops, KeychainOp* op)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const Pending& pending = m_pending.at(i);
        if (pending.email == email && std::find(ops.begin(), ops.end(), pending.op) != ops.end()) {
            *op = pending.op;
            m_pending.removeAt(i);
            return true;
        }
    }
    return false; // somebody else's request
}

void AccountSession::onKeyRead(const QString& email, const QString& apiKey)
{
    KeychainOp op;
    if (!takePending(email, { KeychainOp::StartupRead, KeychainOp::RetryRead }, &op))
        return;
    if ((m_state != State::LoadingKey && m_state != State::KeychainUnavailable) || email != m_email)
        return; // the user signed in (or out) meanwhile
    if (apiKey.trimmed().isEmpty()) {
        keyMissing(email); // an empty entry is as good as none
        return;
    }
    if (m_retryTimer)
        m_retryTimer->stop();
    if (op == KeychainOp::RetryRead)
        qCInfo(lcAccount) << "The keychain answered on the second try";
    applyCredentials(email, apiKey, Source::Keychain);
    verifyUser();
}

void AccountSession::onKeyNotFound(const QString& email)
{
    KeychainOp op;
    if (takePending(email, { KeychainOp::StartupRead, KeychainOp::RetryRead }, &op) && email == m_email)
        keyMissing(email);
}

void AccountSession::keyMissing(const QString& email)
{
    if (m_state == State::LoadingKey) {
        setState(State::SignedOut);
        emit needSignIn(email, Reason::KeyMissing);
    } else if (m_state == State::KeychainUnavailable) {
        setState(State::SignedOut); // the keychain works now; the sign-in dialog is already open
    }
}

void AccountSession::onKeyWritten(const QString& email)
{
    KeychainOp op;
    if (!takePending(email, { KeychainOp::Store }, &op))
        return;
    if (email == m_email)
        m_keySessionOnly = false;
    emit keyStored(email);
}

void AccountSession::onKeyRemoved(const QString& email)
{
    KeychainOp op;
    if (!takePending(email, { KeychainOp::Remove }, &op))
        return;
    emit keyForgotten(email);
}

void AccountSession::onKeychainFailed(const QString& email, CredentialStore::Failure kind, const QString& message)
{
    KeychainOp op;
    if (!takePending(email, { KeychainOp::StartupRead, KeychainOp::RetryRead, KeychainOp::Store, KeychainOp::Remove },
                     &op))
        return;
    switch (op) {
    case KeychainOp::StartupRead:
        if (m_state != State::LoadingKey || email != m_email)
            return;
        setState(State::KeychainUnavailable);
        emit keychainProblem(message + QLatin1Char(' ')
                             + tr("You can still sign in: the API key is then kept in memory only until you quit "
                                  "clockodo-desktop, and asked for again at the next start."));
        emit needSignIn(email, Reason::KeychainUnavailable);
        if (kind == CredentialStore::Failure::Unavailable && m_keychainRetryDelayMs >= 0) {
            // At login the keyring may come up after us: one more try, while the sign-in dialog is open.
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                connect(m_retryTimer, &QTimer::timeout, this, [this] {
                    if (m_state == State::KeychainUnavailable && !m_email.isEmpty())
                        keychain(KeychainOp::RetryRead, m_email);
                });
            }
            m_retryTimer->start(m_keychainRetryDelayMs);
        }
        return;
    case KeychainOp::RetryRead:
        qCInfo(lcAccount) << "The keychain failed again:" << kind;
        return;
    case KeychainOp::Store:
        if (email != m_email || m_state != State::SignedIn)
            return;
        m_keySessionOnly = true;
        emit keychainProblem(message + QLatin1Char(' ')
                             + tr("You stay signed in: the API key is kept in memory only until you quit "
                                  "clockodo-desktop, and asked for again at the next start."));
        return;
    case KeychainOp::Remove:
        emit keychainProblem(tr("The API key of %1 could not be removed from the system keychain. %2 You can delete "
                                "the entry “%3” with your keyring tool.")
                                 .arg(email, message, CredentialStore::service()));
        return;
    }
}
