// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Keeps the Clockodo API key in the system keychain (Secret Service, KWallet, Keychain Access, Credential Manager)
// through asynchronous QtKeychain jobs: service = the application id, account = the e-mail address.
//
// Every request ends in exactly one signal: keyRead/keyNotFound, keyWritten, keyRemoved, or failed. A request that
// gets no answer within timeoutMs() fails with Failure::Timeout; a late answer is then ignored. Any failure means
// "the keychain cannot be used right now" and carries a translated message for the user; only keyNotFound means that
// no key is stored. Nothing is ever written to a file (no insecure fallback) and the key is never logged.
//
// Session-only mode keeps keys in this object's memory instead (for a user who wants to go on without a keychain);
// they are forgotten when the mode is switched off or the object is destroyed.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Failure
    {
        Unavailable, // no keychain service, or it failed
        Timeout, // no answer in time (e.g. a locked keyring waiting for a prompt that nobody sees)
        Denied, // locked, or the user refused access
        Other, // anything else (e.g. an entry that could not be deleted)
    };
    Q_ENUM(Failure)

    static constexpr int DefaultTimeoutMs = 10000;

    explicit CredentialStore(QObject* parent = nullptr);
    ~CredentialStore() override;

    // The keychain service name (the application id).
    static QString service();

    int timeoutMs() const;
    void setTimeoutMs(int milliseconds);

    bool isSessionOnly() const;
    void setSessionOnly(bool on);

    void readKey(const QString& email);
    void writeKey(const QString& email, const QString& key);
    void removeKey(const QString& email);

signals:
    void keyRead(const QString& email, const QString& key);
    void keyNotFound(const QString& email);
    void keyWritten(const QString& email);
    void keyRemoved(const QString& email);
    void failed(const QString& email, CredentialStore::Failure kind, const QString& message);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };

    void start(QKeychain::Job* job, Operation operation, const QString& email);
    void finish(QKeychain::Job* job, Operation operation, const QString& email);
    void answerFromSession(Operation operation, const QString& email, const QString& key = QString());
    static QString failureMessage(Failure kind);

    int m_timeoutMs = DefaultTimeoutMs;
    bool m_sessionOnly = false;
    QHash<QString, QString> m_sessionKeys;
};
