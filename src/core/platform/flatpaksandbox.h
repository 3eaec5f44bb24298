// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Whether we run inside a Flatpak sandbox: /.flatpak-info exists there, and flatpak sets FLATPAK_ID. Inside it,
// files the app writes to ~/.config/autostart stay in the sandbox, so start-at-login goes through the Background
// portal. A value, so that tests (and callers) choose what the app believes: the default constructor reads the
// real system, the other one takes the file and the id to look at.
class FlatpakSandbox
{
public:
    FlatpakSandbox();
    FlatpakSandbox(const QString& infoFile, const QString& flatpakId);

    bool isInside() const;
    // FLATPAK_ID (the application id inside the sandbox), empty outside.
    QString appId() const { return m_appId; }

private:
    QString m_infoFile;
    QString m_appId;
};
