// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>

// One shortcut as BindShortcuts takes it: (s id, a{sv} {description, preferred_trigger}).
struct PortalShortcut
{
    QString id;
    QVariantMap properties;
};
Q_DECLARE_METATYPE(PortalShortcut)
QDBusArgument& operator<<(QDBusArgument& argument, const PortalShortcut& shortcut);
const QDBusArgument& operator>>(const QDBusArgument& argument, PortalShortcut& shortcut);

// Global shortcuts through xdg-desktop-portal's GlobalShortcuts interface
// (https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.GlobalShortcuts.html), the only
// way to get them on Wayland (KDE Plasma 6, GNOME 48 and later, Hyprland): CreateSession → BindShortcuts (the desktop
// lets the user pick the keys) → Activated(session, id, …) whenever one is pressed. Where the portal or the
// interface is missing nothing happens and nothing is shown: isActive() stays false (the README explains binding
// the command line instead). A portal that is not running is never started for this (no D-Bus activation).
class GlobalShortcutsPortal : public QObject
{
    Q_OBJECT
public:
    struct Shortcut
    {
        QString id;
        QString description; // translated
        QString preferredTrigger; // e.g. "CTRL+ALT+S" (shortcuts spec), may be empty
    };

    static constexpr int TimeoutMs = 120000; // the desktop may ask the user to choose keys first

    explicit GlobalShortcutsPortal(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                                   QObject* parent = nullptr);

    // Looks for the portal and binds the shortcuts; asynchronous.
    void bind(const QList<Shortcut>& shortcuts);
    // New descriptions (after a language switch): bound again on the session when it is active (BindShortcuts once
    // more; the keys the user chose stay with the ids), else kept for the bind still under way.
    void updateShortcuts(const QList<Shortcut>& shortcuts);
    // Shortcuts are bound and Activated is listened to.
    bool isActive() const { return m_active; }
    // The portal (and its GlobalShortcuts interface) has been looked for; it is there when isActive() follows.
    bool isLookedFor() const { return m_lookedFor; }

signals:
    void activated(const QString& id);
    // The lookup ended: available false when there is no portal with GlobalShortcuts (or it refused).
    void ready(bool available);

private slots:
    void onActivated(const QDBusObjectPath& session, const QString& id, qulonglong timestamp,
                     const QVariantMap& options);

private:
    void checkInterface();
    void createSession();
    void bindShortcuts();
    void sendBind(bool first);
    void giveUp(const QString& why);

    QDBusConnection m_bus;
    QList<Shortcut> m_shortcuts;
    QString m_session;
    bool m_active = false;
    bool m_lookedFor = false;
};
