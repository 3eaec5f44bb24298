// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/windowsautostart.h"

#include <QDir>
#include <QSettings>

namespace {
const QString s_runKey = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString s_approvedKey
    = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run");

QString valueName()
{
    return QStringLiteral(CLOCKODO_APP_ID);
}

void forgetTaskManagerState()
{
    QSettings approved(s_approvedKey, QSettings::NativeFormat);
    approved.remove(valueName());
}
} // namespace

QString WindowsAutostart::location() const
{
    return s_runKey + QLatin1Char('\\') + valueName();
}

QString WindowsAutostart::commandLine() const
{
    return QLatin1Char('"') + QDir::toNativeSeparators(executablePath()) + QLatin1String("\" ") + argument();
}

bool WindowsAutostart::isEnabled() const
{
    const QSettings run(s_runKey, QSettings::NativeFormat);
    return !run.value(valueName()).toString().isEmpty();
}

bool WindowsAutostart::setEnabled(bool on, QString* error)
{
    QSettings run(s_runKey, QSettings::NativeFormat);
    if (on) {
        if (run.value(valueName()).toString() != commandLine()) {
            run.setValue(valueName(), commandLine());
        }
    } else {
        run.remove(valueName());
    }
    run.sync();
    forgetTaskManagerState();
    if (run.status() != QSettings::NoError) {
        return fail(error,
                    on ? tr("Could not add the program to the Windows start-up programs.")
                       : tr("Could not remove the program from the Windows start-up programs."));
    }
    return true;
}

// The platform's implementation; CMake compiles exactly one of the three.
std::unique_ptr<Autostart> Autostart::create()
{
    return std::make_unique<WindowsAutostart>();
}
