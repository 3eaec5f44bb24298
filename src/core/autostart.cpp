// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostart.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include "windowsautostart.h"
#elif defined(Q_OS_MACOS)
#include "launchagentautostart.h"
#else
#include "xdgautostart.h"
#endif

Autostart::~Autostart() = default;

std::unique_ptr<Autostart> Autostart::create()
{
#if defined(Q_OS_WIN)
    return std::make_unique<WindowsAutostart>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<LaunchAgentAutostart>();
#else
    return std::make_unique<XdgAutostart>();
#endif
}

QString Autostart::argument()
{
    return QStringLiteral("--autostart");
}

QString Autostart::executablePath() const
{
    if (!m_executablePath.isEmpty()) {
        return m_executablePath;
    }
#if defined(Q_OS_LINUX)
    // Inside an AppImage the running executable lies in a temporary mount that is gone at the next login.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty()) {
        return appImage;
    }
#endif
    return QCoreApplication::applicationFilePath();
}

void Autostart::setExecutablePath(const QString& path)
{
    m_executablePath = path;
}

bool Autostart::fail(QString* error, const QString& message)
{
    if (error) {
        *error = message;
    }
    return false;
}
