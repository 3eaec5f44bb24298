// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/fileexportsink.h"

#include "core/export/csvfield.h"
#include "core/export/exportrow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

FileExportSink::CsvStyle FileExportSink::CsvStyle::forLocale(const QLocale& locale)
{
    CsvStyle style;
    if (locale.decimalPoint() == QLatin1String(",")) {
        style.separator = QLatin1Char(';');
        style.decimalMark = QLatin1Char(',');
    }
    return style;
}

FileExportSink::FileExportSink(const QString& path, Format format)
    : FileExportSink(path, format, CsvStyle())
{ }

FileExportSink::FileExportSink(const QString& path, Format format, CsvStyle style)
    : m_path(path)
    , m_format(format)
    , m_style(style)
{ }

FileExportSink::~FileExportSink()
{
    FileExportSink::rollback(); // this class's own: no virtual dispatch during destruction
}

bool FileExportSink::put(const QByteArray& bytes, QString* error)
{
    if (m_file->write(bytes) == bytes.size())
        return true;
    *error = tr("The file %1 could not be written: %2").arg(m_path, m_file->errorString());
    return false;
}

bool FileExportSink::begin(const ExportContext& context, QString* error)
{
    m_zone = context.zone;
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = tr("The file %1 could not be written: %2").arg(m_path, m_file->errorString());
        return false;
    }
    if (m_format == Format::JsonLines)
        return true;
    QStringList header;
    for (const ExportRow::Column& c : ExportRow::columns())
        header.append(c.name);
    return put(QByteArrayLiteral("\xEF\xBB\xBF") + CsvField::line(header, m_style.separator).toUtf8(), error);
}

QStringList FileExportSink::csvFields(const Entry& entry, const QTimeZone& zone, const CsvStyle& style)
{
    const QList<ExportRow::Column>& columns = ExportRow::columns();
    const QList<QVariant> values = ExportRow::values(entry, zone);
    QStringList fields;
    fields.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        QString field;
        if (v.isNull())
            field = QString();
        else if (columns.at(i).type == QMetaType::Double)
            field = QString::number(v.toDouble(), 'f', 2).replace(QLatin1Char('.'), style.decimalMark);
        else if (columns.at(i).type == QMetaType::Bool)
            field = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        else if (columns.at(i).name.startsWith(QLatin1String("time_")))
            field = QDateTime::fromString(v.toString(), Qt::ISODate)
                        .toTimeZone(zone)
                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        else
            field = v.toString();
        fields.append(field);
    }
    return fields;
}

bool FileExportSink::write(const QList<Entry>& page, QString* error)
{
    QByteArray bytes;
    if (m_format == Format::Csv) {
        for (const Entry& entry : page)
            bytes += CsvField::line(csvFields(entry, m_zone, m_style), m_style.separator).toUtf8();
        return put(bytes, error);
    }
    const QList<ExportRow::Column>& columns = ExportRow::columns();
    for (const Entry& entry : page) {
        const QList<QVariant> values = ExportRow::values(entry, m_zone);
        QJsonObject object;
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values.at(i);
            object.insert(columns.at(i).name, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
        }
        bytes += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }
    return put(bytes, error);
}

bool FileExportSink::commit(int, QString* error)
{
    if (!m_file->commit()) {
        *error = tr("The file %1 could not be written: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

void FileExportSink::rollback()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
}
