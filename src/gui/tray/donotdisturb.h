// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDBusVariant;

// Whether the desktop's do-not-disturb is on, where it can be read, from two sources on the session bus:
// - the Inhibited property of org.freedesktop.Notifications (notification spec 1.2+, e.g. KDE Plasma and the
//   notification daemons that follow it), read at start and followed through PropertiesChanged;
// - GNOME's "show-banners" (org.gnome.desktop.notifications) through the desktop portal's Settings interface
//   (org.freedesktop.portal.Settings Read, followed through SettingChanged): no GSettings dependency, and it works
//   inside Flatpak too. Banners off is GNOME's do-not-disturb.
// On when either says so. Where neither can be read (no such property, no portal, other platforms) it stays off:
// readable() is false. Asynchronous throughout.
class DoNotDisturb : public QObject
{
    Q_OBJECT
public:
    explicit DoNotDisturb(QObject* parent = nullptr);

    bool isOn() const { return m_inhibited || m_bannersOff; }
    bool readable() const { return m_readable; }

signals:
    void changed(bool on);

private slots:
    void propertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);
    void settingChanged(const QString& nameSpace, const QString& key, const QDBusVariant& value);

private:
    void read();
    void readBanners();
    // Sets one of the two sources and tells a change of the whole.
    void set(bool* source, bool on);

    bool m_inhibited = false;
    bool m_bannersOff = false;
    bool m_readable = false;
};
