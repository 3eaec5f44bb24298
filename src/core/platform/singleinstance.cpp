// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcInstance, "clockodo.core.instance", QtInfoMsg)

namespace {

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("user") : user;
}

QString runtimeDirectory()
{
#ifdef Q_OS_UNIX
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return runtime;
#endif
    return QDir::tempPath();
}

#ifdef Q_OS_UNIX
// The longest path a socket address holds (sun_path, with its terminating NUL).
constexpr qsizetype MaxSocketPathBytes = sizeof(sockaddr_un::sun_path) - 1;

// A short directory of our own for the socket when the runtime directory's path is too long: /tmp/<app>-<uid>,
// created 0700; used only when it is a real directory (no symlink) that belongs to us and nobody else may enter.
QString shortSocketDirectory()
{
    const QString dir = QStringLiteral("/tmp/%1-%2").arg(QStringLiteral(CLOCKODO_APP_ID)).arg(::getuid());
    const QByteArray path = QFile::encodeName(dir);
    if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    struct stat info
    {
    };
    if (::lstat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::getuid()
        || (info.st_mode & 077) != 0)
        return {};
    return dir;
}
#endif

} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent)
    , m_key(key.isEmpty() ? defaultKey() : key)
{ }

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::defaultKey(const QString& configDirectory)
{
    QString key = QStringLiteral(CLOCKODO_APP_ID) + QLatin1Char('-') + userName();
    if (!configDirectory.isEmpty()) {
        const QByteArray hash
            = QCryptographicHash::hash(QDir(configDirectory).absolutePath().toUtf8(), QCryptographicHash::Sha1);
        key += QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(10));
    }
    return key;
}

QString SingleInstance::socketName(const QString& key)
{
#ifdef Q_OS_UNIX
    const QString preferred = QDir(runtimeDirectory()).filePath(key + QStringLiteral(".socket"));
    if (QFile::encodeName(preferred).size() <= MaxSocketPathBytes)
        return preferred;
    const QString dir = shortSocketDirectory();
    if (dir.isEmpty())
        return preferred; // listening fails and says why
    const QByteArray hash = QCryptographicHash::hash(preferred.toUtf8(), QCryptographicHash::Sha1);
    return dir + QLatin1Char('/') + QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral(".socket");
#else
    return key;
#endif
}

QString SingleInstance::lockFileName(const QString& key)
{
    return QDir(runtimeDirectory()).filePath(key + QStringLiteral(".lock"));
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isPrimary())
        return true;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockFileName(m_key));
        m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    }
    m_errorString.clear();
    if (!m_lock->isLocked() && !m_lock->tryLock(0)) {
        qCInfo(lcInstance) << "another instance holds" << m_lock->error();
        if (m_lock->error() != QLockFile::LockFailedError)
            m_errorString = tr("clockodo-desktop cannot create its lock file %1.").arg(lockFileName(m_key));
        return false;
    }
    const QString name = socketName(m_key);
    QLocalServer::removeServer(name); // a socket file left by a crashed instance; we hold the lock
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        qCWarning(lcInstance) << "cannot listen on" << name << m_server->errorString();
        m_errorString = tr("clockodo-desktop cannot open its local socket %1: %2").arg(name, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        m_lock->unlock();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleConnection);
    return true;
}

bool SingleInstance::isOtherInstanceRunning() const
{
    QLockFile probe(lockFileName(m_key));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return true;
}

void SingleInstance::handleConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // A client that never finishes its line is dropped. The timer goes with the socket: a QTimer::singleShot
        // would stay for the whole minute after the answer, one per command (issue 16).
        auto* deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, &QLocalSocket::abort);
        deadline->start(ReplyTimeoutMs);
    }
}

void SingleInstance::readMessage(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > qint64(64) * 1024)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine().trimmed();
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    const quint64 id = m_nextRequestId++;
    m_pending.insert(id, socket);
    connect(socket, &QLocalSocket::disconnected, this, [this, id] {
        if (m_pending.remove(id) > 0) {
            qCInfo(lcInstance) << "the sender of request" << id << "went away before the answer";
            emit requestAbandoned(id);
        }
    });
    if (message.value(QLatin1String("command")).toString() == QLatin1String("activate")) {
        reply(id, 0, QString());
        emit activationRequested();
        return;
    }
    emit messageReceived(id, message);
}

void SingleInstance::reply(quint64 requestId, int exitCode, const QString& output)
{
    const QPointer<QLocalSocket> socket = m_pending.take(requestId);
    if (!socket)
        return;
    const QJsonObject answer { { QLatin1String("exit_code"), exitCode }, { QLatin1String("output"), output } };
    socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    socket->disconnectFromServer();
}

// --- secondary ---

void SingleInstance::send(const QJsonObject& message)
{
    m_outgoing = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    m_incoming.clear();
    m_sendDone = false;
    m_connectDeadline = QDeadlineTimer(ConnectTimeoutMs);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
    }
    tryConnect();
}

void SingleInstance::tryConnect()
{
    delete m_socket;
    m_socket = new QLocalSocket(this);
    QLocalSocket* socket = m_socket;
    connect(socket, &QLocalSocket::connected, this, [this, socket] {
        socket->write(m_outgoing);
        m_timer->disconnect();
        connect(m_timer, &QTimer::timeout, this,
                [this] { failSend(false, tr("The running clockodo-desktop did not answer.")); });
        m_timer->start(ReplyTimeoutMs);
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        m_incoming += socket->readAll();
        const int newline = m_incoming.indexOf('\n');
        if (newline < 0 || m_sendDone)
            return;
        const QJsonObject answer = QJsonDocument::fromJson(m_incoming.left(newline)).object();
        m_sendDone = true;
        m_timer->stop();
        socket->disconnectFromServer();
        emit replied(answer.value(QLatin1String("exit_code")).toInt(1),
                     answer.value(QLatin1String("output")).toString());
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket](QLocalSocket::LocalSocketError error) {
        if (m_sendDone || socket != m_socket)
            return;
        if (socket->state() == QLocalSocket::ConnectedState || error == QLocalSocket::PeerClosedError) {
            if (!m_incoming.contains('\n'))
                failSend(false, tr("The running clockodo-desktop closed the connection."));
            return;
        }
        // Not reachable. Nobody holds the lock: nobody runs. Somebody does: it may still be starting up.
        if (!isOtherInstanceRunning()) {
            failSend(true, tr("clockodo-desktop is not running."));
            return;
        }
        if (m_connectDeadline.hasExpired()) {
            failSend(false, tr("The running clockodo-desktop cannot be reached."));
            return;
        }
        m_timer->disconnect();
        connect(m_timer, &QTimer::timeout, this, &SingleInstance::tryConnect);
        m_timer->start(100);
    });
    socket->connectToServer(socketName(m_key));
}

void SingleInstance::failSend(bool noInstance, const QString& reason)
{
    if (m_sendDone)
        return;
    m_sendDone = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket)
        m_socket->abort();
    emit sendFailed(noInstance, reason);
}
