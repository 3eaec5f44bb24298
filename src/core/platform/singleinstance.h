// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

// One running instance per user (and settings directory). The first launch takes a lock file and listens on a
// local socket; a later launch finds the lock taken and sends its wish over the socket instead: "activate" (show
// the window) or a command-line verb, whose answer (exit code and text) it gets back.
//
// Messages are single lines of compact JSON: {"command": "activate" | "status" | …, …} one way and
// {"exit_code": n, "output": "…"} the other. Nothing blocks: every step is a signal.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // How long a secondary keeps trying to reach a primary that holds the lock but does not listen yet.
    static constexpr int ConnectTimeoutMs = 3000;
    // How long a secondary waits for the answer to its message (a command may need the server).
    static constexpr int ReplyTimeoutMs = 60000;

    // `key` distinguishes instances: the default derives it from the application id, the user and the settings
    // directory (an instance with --config-dir elsewhere is another instance). Empty: defaultKey().
    explicit SingleInstance(const QString& key = QString(), QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey(const QString& configDirectory = {});
    // The socket (a path in the user's runtime directory on Unix) and the lock file for a key. When that path is
    // too long for a socket address, the socket lives in a short private directory instead (/tmp/<app>-<uid>, 0700).
    static QString socketName(const QString& key);
    static QString lockFileName(const QString& key);

    QString key() const { return m_key; }

    // Primary side: takes the lock and listens. False when another instance holds the lock (or listening failed).
    bool listen();
    bool isPrimary() const;
    // Why the last listen() failed although no other instance holds the lock (a translated sentence), else empty.
    QString errorString() const { return m_errorString; }
    // Answers message requestId (exit code and text for the command line).
    void reply(quint64 requestId, int exitCode, const QString& output);

    // Secondary side: sends one message to the running instance. Ends in replied() or sendFailed().
    void send(const QJsonObject& message);
    // True when no instance holds the lock right now (nothing to send to).
    bool isOtherInstanceRunning() const;

signals:
    // A second launch asked to show the window (answered already).
    void activationRequested();
    // Any other message; answer it with reply(requestId, …).
    void messageReceived(quint64 requestId, const QJsonObject& message);
    // The sender of message requestId went away (gave up waiting, was killed) before it was answered: whatever it
    // asked for must not be done any more.
    void requestAbandoned(quint64 requestId);

    void replied(int exitCode, const QString& output);
    // noInstance: nobody holds the lock, so the caller may do the work itself.
    void sendFailed(bool noInstance, const QString& reason);

private:
    void handleConnection();
    void readMessage(QLocalSocket* socket);
    void tryConnect();
    void failSend(bool noInstance, const QString& reason);

    QString m_key;
    QString m_errorString;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    QHash<quint64, QPointer<QLocalSocket>> m_pending;
    quint64 m_nextRequestId = 1;

    // secondary
    QLocalSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    QByteArray m_outgoing;
    QByteArray m_incoming;
    QDeadlineTimer m_connectDeadline;
    bool m_sendDone = false;
};
