// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/platform/autostart.h"

#include <QtGlobal>

// Autostart on Windows: a value named <APP_ID> under HKCU\Software\Microsoft\Windows\CurrentVersion\Run holding the
// quoted native executable path and --autostart.
//
// Limitation: when the user switches the entry off in the Task Manager, Windows records that under
// Explorer\StartupApproved\Run as binary data that QSettings cannot read reliably, so isEnabled() still reports
// true. Enabling and disabling remove that record, so that our setting takes effect again.
class WindowsAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(WindowsAutostart)

public:
    WindowsAutostart() = default;

    bool isEnabled() const override;
    bool setEnabled(bool on, QString* error = nullptr) override;
    QString location() const override;

    // The command line stored in the Run value.
    QString commandLine() const;
};
