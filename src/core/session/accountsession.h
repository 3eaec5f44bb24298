// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/apierror.h"
#include "api/users/user.h"
#include "core/session/credentialstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <initializer_list>

class ApiClient;
class ApiReply;
class QTimer;
class Settings;

// The account flow without widgets: where the API key comes from (environment → keychain → the user), signing in,
// signing out, and what happens when Clockodo stops accepting the key. It owns nothing of the app; it configures the
// ApiClient, writes the non-secret account settings and keeps the key in the keychain through CredentialStore.
//
// The API key lives only in the ApiClient (memory) and in the keychain. It is never written to Settings, never
// logged, and credentials from the environment (CLOCKODO_API_USER / CLOCKODO_API_KEY / CLOCKODO_API_URL) are never
// stored anywhere.
//
// Life cycle: call start() once. Either the state becomes SignedIn (credentials are in the ApiClient; signedIn(User)
// follows once Clockodo confirmed them) or needSignIn() asks the GUI for the sign-in dialog, which calls signIn().
// A 401 on any request (ApiClient::authenticationFailed) signs the session out without forgetting anything and asks
// again with the e-mail filled in; after the next successful sign-in signedInAgain() tells callers to retry.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        SignedOut, // no usable credentials; the GUI should show the sign-in dialog
        LoadingKey, // reading the key of the known account from the keychain
        SignedIn, // credentials are in the ApiClient
        Demo, // talking to the local demo server
        KeychainUnavailable, // the keychain failed while loading the key: waiting for the user to enter it
    };
    Q_ENUM(State)

    // Why the sign-in dialog is needed (the dialog explains it to the user).
    enum class Reason
    {
        FirstRun, // no account configured yet
        KeyMissing, // the account is known, but the keychain holds no key for it
        KeychainUnavailable, // the keychain could not be read
        KeyRejected, // Clockodo answered 401: the key was revoked or changed
        SignedOut, // the user signed out
        UserRequested, // the user asked to sign in (e.g. from the demo or to switch accounts)
    };
    Q_ENUM(Reason)

    // Where the key in use came from.
    enum class Source
    {
        None,
        Keychain, // read from or written to the keychain (see isKeySessionOnly())
        Environment, // CLOCKODO_API_USER / CLOCKODO_API_KEY
        Demo,
    };
    Q_ENUM(Source)

    static constexpr int DefaultKeychainRetryDelayMs = 10000;

    AccountSession(ApiClient* api, Settings* settings, CredentialStore* store, QObject* parent = nullptr);
    ~AccountSession() override;

    State state() const { return m_state; }
    Source source() const { return m_source; }
    // SignedIn or Demo: the ApiClient has credentials.
    bool isSignedIn() const { return m_state == State::SignedIn || m_state == State::Demo; }
    bool isDemo() const { return m_state == State::Demo; }
    // The account in use, or the one to offer in the sign-in dialog.
    QString email() const { return m_email; }
    // The user as Clockodo last confirmed it (id 0 before that).
    User user() const { return m_user; }
    bool hasConfirmedUser() const { return m_user.id != 0; }
    // A connection test or sign-in is running.
    bool isBusy() const { return !m_probe.isNull(); }
    // The keychain refused the key: it is kept in memory until the app quits and asked for again at the next start.
    bool isKeySessionOnly() const { return m_keySessionOnly; }

    // The single delayed retry of a failed keychain read at start-up (the keyring may come up after the app).
    // A negative value switches the retry off.
    int keychainRetryDelayMs() const { return m_keychainRetryDelayMs; }
    void setKeychainRetryDelayMs(int milliseconds) { m_keychainRetryDelayMs = milliseconds; }

    // Environment → keychain → needSignIn().
    void start();

    // Checks e-mail, key and API URL (empty = the configured one) with GET /v4/users/me; changes nothing.
    // Ends in connectionTested() or connectionTestFailed().
    void testConnection(const QString& email, const QString& apiKey, const QUrl& baseUrl = {});
    // Like testConnection(); on success configures the ApiClient, stores the e-mail (and the URL) in Settings and the
    // key in the keychain, and emits signedIn() (plus signedInAgain() after a rejected key). Ends in signedIn() or
    // signInFailed(); a keychain failure afterwards is reported through keychainProblem() and keeps the key for this
    // session only. Signing in as another account removes the previous account's key from the keychain.
    void signIn(const QString& email, const QString& apiKey, const QUrl& baseUrl = {});
    // Stops a running connection test or sign-in; no signal follows for it.
    void cancel();
    // Forgets the account: clears the ApiClient's credentials, removes the key from the keychain and the e-mail from
    // Settings, then emits signedOut() and needSignIn(email, Reason::SignedOut). Credentials from the environment are
    // only dropped for this run.
    void signOut();
    // Asks for the sign-in dialog (needSignIn(email, Reason::UserRequested)), e.g. to leave the demo.
    void requestSignIn();
    // Uses the local demo server (the app starts it): nothing is read from or written to the keychain or Settings.
    void startDemo(const QUrl& baseUrl, const QString& email, const QString& apiKey);
    // Asks Clockodo for the signed-in user again (signedIn() follows on success).
    void refreshUser();

    // A translated sentence for the sign-in dialog: what went wrong and what to do.
    static QString messageFor(const ApiError& error);

signals:
    void stateChanged(AccountSession::State state);
    // Show the sign-in dialog, with prefillEmail in the e-mail field.
    void needSignIn(const QString& prefillEmail, AccountSession::Reason reason);
    // The keychain cannot be used; message is translated and says what it means for the user.
    void keychainProblem(const QString& message);
    // Clockodo confirmed the credentials (after start(), signIn(), startDemo() or refreshUser()).
    void signedIn(const User& user);
    // The check of the credentials (GET /v4/users/me) failed without signing out (offline, server trouble), or
    // was answered with 401 (authenticationFailed handles that).
    void userCheckFailed(const ApiError& error);
    // A sign-in succeeded after the key had been rejected: retry what failed with 401.
    void signedInAgain();
    void signedOut();
    void signInFailed(const ApiError& error, const QString& message);
    void connectionTested(const User& user);
    void connectionTestFailed(const ApiError& error, const QString& message);
    // The key is in the keychain now / was removed from it.
    void keyStored(const QString& email);
    void keyForgotten(const QString& email);

private:
    enum class KeychainOp
    {
        StartupRead,
        RetryRead,
        Store,
        Remove
    };
    struct Pending
    {
        KeychainOp op;
        QString email;
    };

    void setState(State state);
    void applyCredentials(const QString& email, const QString& apiKey, Source source);
    void verifyUser();
    void probe(const QString& email, const QString& apiKey, const QUrl& baseUrl, bool commit);
    void finishProbe(ApiReply* reply, const QString& email, const QString& apiKey, const QUrl& baseUrl, bool commit);
    void commitSignIn(const QString& email, const QString& apiKey, const QUrl& baseUrl, const User& user);
    void failProbe(const ApiError& error, bool commit);
    void onAuthenticationFailed();
    void onSettingChanged(const QString& key);

    void keychain(KeychainOp op, const QString& email, const QString& apiKey = QString());
    // Takes the oldest pending request for email that one of ops can answer.
    bool takePending(const QString& email, std::initializer_list<KeychainOp> ops, KeychainOp* op);
    void onKeyRead(const QString& email, const QString& apiKey);
    void onKeyNotFound(const QString& email);
    void keyMissing(const QString& email);
    void onKeyWritten(const QString& email);
    void onKeyRemoved(const QString& email);
    void onKeychainFailed(const QString& email, CredentialStore::Failure kind, const QString& message);

    ApiClient* m_api = nullptr;
    Settings* m_settings = nullptr;
    CredentialStore* m_store = nullptr;

    State m_state = State::SignedOut;
    Source m_source = Source::None;
    QString m_email;
    User m_user;
    bool m_keySessionOnly = false;
    bool m_rejected = false; // a 401 signed us out; the next sign-in emits signedInAgain()
    bool m_verifying = false;
    quint64 m_generation = 0; // counts credential changes, so that late answers for old ones are ignored
    int m_keychainRetryDelayMs = DefaultKeychainRetryDelayMs;
    QPointer<ApiClient> m_probe; // the short-lived client of a connection test or sign-in
    QPointer<QTimer> m_retryTimer;
    QList<Pending> m_pending;
};
