// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/xdgautostart.h"

#include "core/platform/flatpaksandbox.h"
#include "core/platform/portalautostart.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace {
const QLatin1String s_group("[Desktop Entry]");

// The value of key in the [Desktop Entry] group of a desktop file, or a null string.
QString desktopEntryValue(const QString& content, QLatin1String key)
{
    bool inGroup = false;
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == s_group;
            continue;
        }
        if (!inGroup || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && QStringView(line).left(equals).trimmed() == key) {
            return line.mid(equals + 1).trimmed();
        }
    }
    return {};
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}
} // namespace

QString XdgAutostart::directory()
{
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty() || QDir::isRelativePath(configHome)) {
        configHome = QDir::homePath() + QLatin1String("/.config");
    }
    return QDir::cleanPath(configHome + QLatin1String("/autostart"));
}

QString XdgAutostart::location() const
{
    return directory() + QLatin1Char('/') + QLatin1String(CLOCKODO_APP_ID) + QLatin1String(".desktop");
}

bool XdgAutostart::isEnabled() const
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QString content = QString::fromUtf8(file.readAll());
    return desktopEntryValue(content, QLatin1String("Hidden")) != QLatin1String("true")
        && desktopEntryValue(content, QLatin1String("X-GNOME-Autostart-enabled")) != QLatin1String("false");
}

bool XdgAutostart::setEnabled(bool on, QString* error)
{
    const QString path = location();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return fail(error, tr("Could not remove the autostart entry %1.").arg(path));
        }
        return true;
    }

    const QString content = entryContent(error);
    if (content.isEmpty()) {
        return false;
    }
    const QByteArray bytes = content.toUtf8();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes) {
        return true;
    }
    existing.close();

    if (!QDir().mkpath(directory())) {
        return fail(error, tr("Could not create the folder %1.").arg(directory()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(error, tr("Could not write the autostart entry %1: %2").arg(path, file.errorString()));
    }
    return true;
}

QString XdgAutostart::execArgument(const QString& argument)
{
    // Desktop Entry Specification, "The Exec key": arguments containing a reserved character are quoted; inside the
    // quotes '"', '`', '$' and '\' are escaped with a backslash. A literal '%' is written "%%" (field codes).
    static const QString s_reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool needsQuotes = argument.isEmpty()
        || std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return s_reserved.contains(c); });
    QString quoted;
    if (needsQuotes) {
        quoted += QLatin1Char('"');
        for (const QChar c : argument) {
            if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')) {
                quoted += QLatin1Char('\\');
            }
            quoted += c;
        }
        quoted += QLatin1Char('"');
    } else {
        quoted = argument;
    }
    quoted.replace(QLatin1Char('%'), QLatin1String("%%"));
    // The Exec value is a string of the key file, where a backslash itself is written "\\".
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return quoted;
}

QString XdgAutostart::entryContent(QString* error) const
{
    const QString executable = executablePath();
    if (executable.isEmpty() || hasControlCharacter(executable)) {
        fail(error, tr("The program path %1 cannot be used in an autostart entry.").arg(executable));
        return {};
    }
    const QString appId = QLatin1String(CLOCKODO_APP_ID);
    // Name and Comment carry their own translations: the file serves every language the desktop may be using.
    QString content = QLatin1String("[Desktop Entry]\n"
                                    "Type=Application\n"
                                    "Version=1.4\n"
                                    "Name=Clockodo Desktop\n"
                                    "Name[de]=Clockodo Desktop\n"
                                    "Name[fr]=Clockodo Desktop\n"
                                    "GenericName=Time Tracking\n"
                                    "GenericName[de]=Zeiterfassung\n");
    content += QStringLiteral("GenericName[fr]=Suivi du temps\n"
                              "Comment=Start the Clockodo stopwatch in the system tray at login\n"
                              "Comment[de]=Die Clockodo-Stoppuhr bei der Anmeldung im Infobereich starten\n"
                              "Comment[fr]=Démarrer le chronomètre Clockodo dans la zone de notification à la "
                              "connexion\n");
    content += QLatin1String("Exec=") + execArgument(executable) + QLatin1Char(' ') + execArgument(argument())
        + QLatin1Char('\n');
    content += QLatin1String("Icon=") + appId + QLatin1Char('\n');
    content += QLatin1String("Terminal=false\n"
                             "StartupNotify=false\n"
                             "Hidden=false\n"
                             "X-GNOME-Autostart-enabled=true\n"
                             "X-GNOME-Autostart-Delay=5\n"
                             "X-KDE-autostart-after=panel\n"
                             "X-LXQt-Need-Tray=true\n");
    return content;
}

std::unique_ptr<Autostart> XdgAutostart::createFor(const FlatpakSandbox& sandbox)
{
    // Inside Flatpak ~/.config/autostart is the sandbox's own: the Background portal writes the host's entry.
    if (sandbox.isInside())
        return std::make_unique<PortalAutostart>();
    return std::make_unique<XdgAutostart>();
}

// The platform's implementation; CMake compiles exactly one of the three.
std::unique_ptr<Autostart> Autostart::create()
{
    return XdgAutostart::createFor(FlatpakSandbox());
}
