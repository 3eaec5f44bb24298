// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Whether the desktop's do-not-disturb is on, where it can be read: the Inhibited property of
// org.freedesktop.Notifications (notification spec 1.2+, e.g. KDE Plasma, and the notification daemons that follow
// it), read once at start and followed through PropertiesChanged. Where it cannot be read (no such property, GNOME's
// show-banners lives in GSettings, other platforms) it stays off: readable() is false. Asynchronous throughout.
class DoNotDisturb : public QObject
{
    Q_OBJECT
public:
    explicit DoNotDisturb(QObject* parent = nullptr);

    bool isOn() const { return m_on; }
    bool readable() const { return m_readable; }

signals:
    void changed(bool on);

private slots:
    void propertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    void read();
    void set(bool on);

    bool m_on = false;
    bool m_readable = false;
};
