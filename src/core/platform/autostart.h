// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

// Starting the application when the user logs in. The platform's own record is the truth (the XDG autostart file,
// the HKCU Run value, the LaunchAgent plist), so isEnabled() stays right when the user removes the entry elsewhere.
// The entry starts executablePath() with the --autostart argument.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    Autostart() = default;
    Autostart(const Autostart&) = delete;
    Autostart& operator=(const Autostart&) = delete;
    virtual ~Autostart();

    // The implementation for the platform we run on (never null).
    static std::unique_ptr<Autostart> create();

    // The argument the autostart entry passes to the application.
    static QString argument();

    virtual bool isEnabled() const = 0;
    // Creates or removes the entry. Returns false and sets *error (a translated message) when that failed.
    // Enabling an enabled entry rewrites it only when its content would change (e.g. the executable moved).
    virtual bool setEnabled(bool on, QString* error = nullptr) = 0;
    // Where the entry lives (a file path, or a registry path on Windows), for messages and tests.
    virtual QString location() const = 0;

    // The program the entry starts: the override, else $APPIMAGE (Linux AppImage), else the running executable.
    QString executablePath() const;
    void setExecutablePath(const QString& path);

protected:
    static bool fail(QString* error, const QString& message);

private:
    QString m_executablePath;
};
