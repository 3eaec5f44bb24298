// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/launchagentautostart.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {
QString label()
{
    return QStringLiteral(CLOCKODO_APP_ID);
}

// The top-level entries of a property list: key -> the string value, or "true"/"false" for booleans. Other value
// types are recorded with an empty string.
QHash<QString, QString> readTopLevel(const QByteArray& plist)
{
    QHash<QString, QString> entries;
    QXmlStreamReader xml(plist);
    int depth = 0;
    QString key;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QStringView name = xml.name();
            // depth 1 is <plist>, depth 2 the top-level <dict>, depth 3 its keys and values.
            if (depth != 3) {
                continue;
            }
            if (name == QLatin1String("key")) {
                key = xml.readElementText();
                --depth;
            } else if (!key.isEmpty()) {
                if (name == QLatin1String("true") || name == QLatin1String("false")) {
                    entries.insert(key, name.toString());
                } else if (name == QLatin1String("string")) {
                    entries.insert(key, xml.readElementText());
                    --depth;
                } else {
                    entries.insert(key, QString());
                }
                key.clear();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return entries;
}
} // namespace

QString LaunchAgentAutostart::directory()
{
    return QDir::homePath() + QLatin1String("/Library/LaunchAgents");
}

QString LaunchAgentAutostart::location() const
{
    return directory() + QLatin1Char('/') + label() + QLatin1String(".plist");
}

QByteArray LaunchAgentAutostart::plistContent() const
{
    QByteArray content;
    QXmlStreamWriter xml(&content);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QLatin1String("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    xml.writeStartElement(QLatin1String("plist"));
    xml.writeAttribute(QLatin1String("version"), QLatin1String("1.0"));
    xml.writeStartElement(QLatin1String("dict"));
    xml.writeTextElement(QLatin1String("key"), QLatin1String("Label"));
    xml.writeTextElement(QLatin1String("string"), label());
    xml.writeTextElement(QLatin1String("key"), QLatin1String("ProgramArguments"));
    xml.writeStartElement(QLatin1String("array"));
    xml.writeTextElement(QLatin1String("string"), executablePath());
    xml.writeTextElement(QLatin1String("string"), argument());
    xml.writeEndElement(); // array
    xml.writeTextElement(QLatin1String("key"), QLatin1String("RunAtLoad"));
    xml.writeEmptyElement(QLatin1String("true"));
    xml.writeTextElement(QLatin1String("key"), QLatin1String("ProcessType"));
    xml.writeTextElement(QLatin1String("string"), QLatin1String("Interactive"));
    xml.writeTextElement(QLatin1String("key"), QLatin1String("LimitLoadToSessionType"));
    xml.writeTextElement(QLatin1String("string"), QLatin1String("Aqua"));
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return content;
}

bool LaunchAgentAutostart::isEnabled() const
{
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QHash<QString, QString> entries = readTopLevel(file.readAll());
    return entries.value(QStringLiteral("Label")) == label()
        && entries.value(QStringLiteral("RunAtLoad")) == QLatin1String("true")
        && entries.value(QStringLiteral("Disabled")) != QLatin1String("true");
}

bool LaunchAgentAutostart::setEnabled(bool on, QString* error)
{
    const QString path = location();
    QFile existing(path);
    const bool exists = existing.open(QIODevice::ReadOnly);
    const QByteArray existingContent = exists ? existing.readAll() : QByteArray();
    existing.close();
    if (exists && readTopLevel(existingContent).value(QStringLiteral("Label")) != label()) {
        return fail(error, tr("%1 belongs to another program and was left unchanged.").arg(path));
    }

    if (!on) {
        if (exists && !QFile::remove(path)) {
            return fail(error, tr("Could not remove the login item %1.").arg(path));
        }
        return true;
    }

    // launchd reads the file at the next login; loading it now with launchctl would start a second instance.
    const QByteArray content = plistContent();
    if (exists && existingContent == content) {
        return true;
    }
    if (!QDir().mkpath(directory())) {
        return fail(error, tr("Could not create the folder %1.").arg(directory()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        return fail(error, tr("Could not write the login item %1: %2").arg(path, file.errorString()));
    }
    return true;
}

// The platform's implementation; CMake compiles exactly one of the three.
std::unique_ptr<Autostart> Autostart::create()
{
    return std::make_unique<LaunchAgentAutostart>();
}
