// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/platform/autostart.h"

#include <QtGlobal>

#include <memory>

class FlatpakSandbox;

// Autostart on Linux and other free desktops, following the XDG Autostart specification: a desktop entry named
// <APP_ID>.desktop in $XDG_CONFIG_HOME/autostart (default ~/.config/autostart). The entry is enabled while the file
// exists and is neither Hidden=true nor X-GNOME-Autostart-enabled=false (what GNOME's tools write to switch it off).
class XdgAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(XdgAutostart)

public:
    XdgAutostart() = default;

    bool isEnabled() const override;
    bool setEnabled(bool on, QString* error = nullptr) override;
    QString location() const override;

    // $XDG_CONFIG_HOME/autostart, or $HOME/.config/autostart when XDG_CONFIG_HOME is unset, empty or relative.
    static QString directory();
    // The desktop entry that setEnabled(true) writes. Empty (with *error set) for an executable path that a desktop
    // entry cannot express (control characters).
    QString entryContent(QString* error = nullptr) const;
    // One argument of an Exec line: quoted and escaped per the Desktop Entry Specification, then escaped as a
    // string value of the key file.
    static QString execArgument(const QString& argument);
    // What Autostart::create() gives on the free desktops: PortalAutostart inside Flatpak, else XdgAutostart.
    static std::unique_ptr<Autostart> createFor(const FlatpakSandbox& sandbox);
};
