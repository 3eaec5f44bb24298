// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/platform/autostart.h"

#include <QtGlobal>

// Autostart on macOS: a LaunchAgent ~/Library/LaunchAgents/<APP_ID>.plist with Label = APP_ID,
// ProgramArguments = [executable, --autostart] and RunAtLoad = true. It is enabled while the file exists with our
// Label, RunAtLoad true and without Disabled = true. A file at that path with a foreign Label is left alone.
class LaunchAgentAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(LaunchAgentAutostart)

public:
    LaunchAgentAutostart() = default;

    bool isEnabled() const override;
    bool setEnabled(bool on, QString* error = nullptr) override;
    QString location() const override;

    static QString directory();
    // The property list that setEnabled(true) writes.
    QByteArray plistContent() const;
};
