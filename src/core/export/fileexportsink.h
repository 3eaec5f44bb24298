// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/exportsink.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QLocale;
class QSaveFile;

// Exports into a text file, written through QSaveFile so that a failed or canceled run leaves the previous file
// whole: CSV (UTF-8 with BOM, a header line, the columns of ExportRow with times and dates in the account's time
// zone, the separator and decimal mark chosen) or JSON lines (one object per entry per line, the keys and values of
// ExportRow: UTC times plus local_date).
class FileExportSink : public ExportSink
{
    Q_DECLARE_TR_FUNCTIONS(FileExportSink)
public:
    enum class Format
    {
        Csv,
        JsonLines
    };
    struct CsvStyle
    {
        QChar separator = QLatin1Char(',');
        QChar decimalMark = QLatin1Char('.');
        // German and French spreadsheets expect ';' and ','; English ones ',' and '.'.
        static CsvStyle forLocale(const QLocale& locale);
    };

    FileExportSink(const QString& path, Format format);
    FileExportSink(const QString& path, Format format, CsvStyle style);
    ~FileExportSink() override;

    bool begin(const ExportContext& context, QString* error) override;
    bool write(const QList<Entry>& page, QString* error) override;
    bool commit(int rows, QString* error) override;
    void rollback() override;

    // One entry's CSV fields (without the line end).
    static QStringList csvFields(const Entry& entry, const QTimeZone& zone, const CsvStyle& style);

private:
    bool put(const QByteArray& bytes, QString* error);

    QString m_path;
    Format m_format;
    CsvStyle m_style;
    QTimeZone m_zone;
    std::unique_ptr<QSaveFile> m_file;
};
