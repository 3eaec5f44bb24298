// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/credentialstore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "clockodo.core.keychain")

CredentialStore::Failure failureFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::Failure::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On the libsecret path of QtKeychain 0.13 a missing or broken Secret Service comes back as OtherError.
        return CredentialStore::Failure::Unavailable;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return CredentialStore::Failure::Other;
}
} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{ }

// Running jobs are not children of this object (see start()); their finished() connections end with it.
CredentialStore::~CredentialStore() = default;

QString CredentialStore::service()
{
    return QStringLiteral(CLOCKODO_APP_ID);
}

int CredentialStore::timeoutMs() const
{
    return m_timeoutMs;
}

void CredentialStore::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

bool CredentialStore::isSessionOnly() const
{
    return m_sessionOnly;
}

void CredentialStore::setSessionOnly(bool on)
{
    m_sessionOnly = on;
    if (!on) {
        m_sessionKeys.clear();
    }
}

void CredentialStore::readKey(const QString& email)
{
    if (m_sessionOnly) {
        answerFromSession(Operation::Read, email);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(email);
    start(job, Operation::Read, email);
}

void CredentialStore::writeKey(const QString& email, const QString& key)
{
    if (m_sessionOnly) {
        answerFromSession(Operation::Write, email, key);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(email);
    job->setTextData(key);
    start(job, Operation::Write, email);
}

void CredentialStore::removeKey(const QString& email)
{
    if (m_sessionOnly) {
        answerFromSession(Operation::Remove, email);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setKey(email);
    start(job, Operation::Remove, email);
}

void CredentialStore::start(QKeychain::Job* job, Operation operation, const QString& email)
{
    // The job has no parent and deletes itself once it has finished, even after our timeout: QtKeychain cannot cancel
    // a running request, and its libsecret backend would call back into a deleted job.
    job->setAutoDelete(true);

    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    auto finishedConnection = std::make_shared<QMetaObject::Connection>();
    *finishedConnection
        = connect(job, &QKeychain::Job::finished, this, [this, timer, operation, email](QKeychain::Job* finishedJob) {
              delete timer;
              finish(finishedJob, operation, email);
          });
    connect(timer, &QTimer::timeout, this, [this, timer, finishedConnection, email] {
        disconnect(*finishedConnection);
        timer->deleteLater();
        qCWarning(lcKeychain) << "The keychain did not answer within" << timer->interval() << "ms";
        emit failed(email, Failure::Timeout, failureMessage(Failure::Timeout));
    });
    timer->start(m_timeoutMs);
    job->start();
}

void CredentialStore::finish(QKeychain::Job* job, Operation operation, const QString& email)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        switch (operation) {
        case Operation::Read:
            emit keyRead(email, static_cast<QKeychain::ReadPasswordJob*>(job)->textData());
            return;
        case Operation::Write:
            emit keyWritten(email);
            return;
        case Operation::Remove:
            emit keyRemoved(email);
            return;
        }
    }
    if (error == QKeychain::EntryNotFound && operation == Operation::Read) {
        emit keyNotFound(email);
        return;
    }
    if (error == QKeychain::EntryNotFound && operation == Operation::Remove) {
        emit keyRemoved(email); // nothing was stored: the goal is reached
        return;
    }
    const Failure kind = failureFor(error);
    // errorString() comes from the backend (D-Bus, libsecret); it never contains the secret.
    qCWarning(lcKeychain) << "Keychain request failed:" << kind << "- error" << error << job->errorString();
    emit failed(email, kind, failureMessage(kind));
}

void CredentialStore::answerFromSession(Operation operation, const QString& email, const QString& key)
{
    // Answer asynchronously, like the keychain does, so that callers see the same order of events in both modes.
    switch (operation) {
    case Operation::Read:
        if (m_sessionKeys.contains(email)) {
            const QString stored = m_sessionKeys.value(email);
            QMetaObject::invokeMethod(
                this, [this, email, stored] { emit keyRead(email, stored); }, Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, email] { emit keyNotFound(email); }, Qt::QueuedConnection);
        }
        return;
    case Operation::Write:
        m_sessionKeys.insert(email, key);
        QMetaObject::invokeMethod(
            this, [this, email] { emit keyWritten(email); }, Qt::QueuedConnection);
        return;
    case Operation::Remove:
        m_sessionKeys.remove(email);
        QMetaObject::invokeMethod(
            this, [this, email] { emit keyRemoved(email); }, Qt::QueuedConnection);
        return;
    }
}

QString CredentialStore::failureMessage(Failure kind)
{
    switch (kind) {
    case Failure::Unavailable:
        return tr("The system keychain is not available, so the API key cannot be stored securely. Make sure that a "
                  "keyring service (such as GNOME Keyring or KWallet) is installed and running.");
    case Failure::Timeout:
        return tr("The system keychain did not answer in time. It may be locked and waiting for its password.");
    case Failure::Denied:
        return tr("Access to the system keychain was denied. Unlock the keyring and try again.");
    case Failure::Other:
        break;
    }
    return tr("The system keychain could not complete the request.");
}
