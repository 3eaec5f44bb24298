// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/autostart.h"

#include <QCoreApplication>

Autostart::~Autostart() = default;

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
    QString appImage = qEnvironmentVariable("APPIMAGE");
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
