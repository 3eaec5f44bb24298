// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/platform/autostart.h"

#include <QDBusConnection>
#include <QObject>

// Start at login inside Flatpak, through the Background portal
// (https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.Background.html):
// RequestBackground("", {reason, autostart, commandline: [executable, --autostart], dbus-activatable: false}). The
// portal writes the autostart entry outside the sandbox (the desktop may ask the user first) and answers later
// through a Request's Response. The portal cannot be asked whether the entry exists, so what it last granted is
// remembered in a file of our own (stateFile()); isEnabled() reads that. setEnabled() sends the request and
// returns at once; requestFinished() tells how it ended, and a refusal switches isEnabled() back off.
class PortalAutostart : public QObject, public Autostart
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 120000; // the desktop may show a dialog first

    // stateFile: where the granted state is kept (default: autostart-granted in the app's config folder).
    explicit PortalAutostart(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                             const QString& stateFile = QString(), QObject* parent = nullptr);

    bool isEnabled() const override;
    bool setEnabled(bool on, QString* error = nullptr) override;
    QString location() const override;
    QString stateFile() const { return m_stateFile; }
    bool isPending() const { return m_pending; }

signals:
    // ok false: error is a translated message (refused, no portal, no answer).
    void requestFinished(bool on, bool ok, const QString& error);

private:
    void finish(bool on, uint response, const QVariantMap& results, const QString& error);
    bool storeGranted(bool on) const;

    QDBusConnection m_bus;
    QString m_stateFile;
    bool m_pending = false;
};
