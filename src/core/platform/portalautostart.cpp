// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/portalautostart.h"

#include "core/platform/portalrequest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcPortalAutostart, "clockodo.core.autostart", QtInfoMsg)

PortalAutostart::PortalAutostart(const QDBusConnection& bus, const QString& stateFile, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_stateFile(stateFile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                          + QStringLiteral("/autostart-granted")
                                      : stateFile)
{ }

bool PortalAutostart::isEnabled() const
{
    return QFile::exists(m_stateFile);
}

QString PortalAutostart::location() const
{
    return QStringLiteral("org.freedesktop.portal.Background");
}

bool PortalAutostart::setEnabled(bool on, QString* error)
{
    if (!m_bus.isConnected())
        return fail(error, tr("The desktop's background portal cannot be reached."));
    QVariantMap options;
    options.insert(QStringLiteral("reason"), tr("Start the Clockodo stopwatch in the system tray at login."));
    options.insert(QStringLiteral("autostart"), on);
    options.insert(QStringLiteral("commandline"), QStringList { executablePath(), argument() });
    options.insert(QStringLiteral("dbus-activatable"), false);
    auto* request = new PortalRequest(m_bus, this);
    connect(request, &PortalRequest::finished, this,
            [this, on](uint response, const QVariantMap& results, const QString& message) {
                finish(on, response, results, message);
            });
    m_pending = true;
    // parent_window "": no window handle is passed (the portal then shows its dialog unparented).
    request->start(QStringLiteral("org.freedesktop.portal.Background"), QStringLiteral("RequestBackground"),
                   { QString() }, options, TimeoutMs);
    // Switching off needs no permission: it is off from now on, whatever the portal answers.
    if (!on)
        storeGranted(false);
    return true;
}

void PortalAutostart::finish(bool on, uint response, const QVariantMap& results, const QString& error)
{
    m_pending = false;
    // results["autostart"]: whether the portal set up (or removed) the entry as asked.
    const bool granted
        = response == PortalRequest::Success && results.value(QStringLiteral("autostart"), on).toBool() == on;
    if (!granted) {
        qCInfo(lcPortalAutostart) << "RequestBackground" << on << "ended with" << response << results << error;
        if (on)
            storeGranted(false);
        emit requestFinished(on, false,
                             response == PortalRequest::Cancelled
                                 ? tr("Starting at login was not allowed.")
                                 : tr("The desktop's background portal did not answer."));
        return;
    }
    if (!storeGranted(on)) {
        emit requestFinished(on, false, tr("Could not write %1.").arg(m_stateFile));
        return;
    }
    emit requestFinished(on, true, QString());
}

bool PortalAutostart::storeGranted(bool on) const
{
    if (!on)
        return !QFile::exists(m_stateFile) || QFile::remove(m_stateFile);
    if (!QDir().mkpath(QFileInfo(m_stateFile).absolutePath()))
        return false;
    QFile file(m_stateFile);
    return file.open(QIODevice::WriteOnly) && file.write("1\n") == 2;
}
