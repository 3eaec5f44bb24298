// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>

class QDBusPendingCallWatcher;

// One call of an xdg-desktop-portal method that answers through a Request object
// (https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.Request.html): the method returns
// the request's object path at once, the result arrives later as its Response(u response, a{sv} results) signal,
// often after the user answered a dialog. The Response is subscribed to before the call (the path follows from our
// bus name and the handle_token we pass), so it cannot be missed. Asynchronous; finished() comes exactly once,
// after the answer, an error or the timeout. The object deletes itself after finished().
class PortalRequest : public QObject
{
    Q_OBJECT
public:
    static const QString Service; // org.freedesktop.portal.Desktop
    static const QString Path; // /org/freedesktop/portal/desktop

    // The portal's Response codes; Failed also stands for a D-Bus error and for the timeout.
    enum Response : uint
    {
        Success = 0,
        Cancelled = 1,
        Failed = 2,
    };

    explicit PortalRequest(const QDBusConnection& bus, QObject* parent = nullptr);

    // Calls interface.method(arguments..., options) on the portal; options gain the handle_token.
    void start(const QString& interface, const QString& method, const QVariantList& arguments, QVariantMap options,
               int timeoutMs);

signals:
    // error: a D-Bus error's text or the timeout (untranslated, for logs), empty for a Response.
    void finished(uint response, const QVariantMap& results, const QString& error);

private slots:
    void onResponse(uint response, const QVariantMap& results);

private:
    void onReply(QDBusPendingCallWatcher* watcher);
    void listen(const QString& path);
    void finish(uint response, const QVariantMap& results, const QString& error);

    QDBusConnection m_bus;
    QString m_path;
    QTimer m_timeout;
    bool m_done = false;
};
