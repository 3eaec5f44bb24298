// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/fileexportsink.h"

#include <QDialog>

class QComboBox;

// The compact question after a CSV file was chosen: which separator and decimal mark (German and French
// spreadsheets expect ';' and ',', English ones ',' and '.'). Preset from the UI locale (CsvStyle::forLocale).
class CsvOptionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CsvOptionsDialog(const FileExportSink::CsvStyle& style, QWidget* parent = nullptr);

    FileExportSink::CsvStyle style() const;
    void setStyle(const FileExportSink::CsvStyle& style);

    QComboBox* separatorBox() const { return m_separator; }
    QComboBox* decimalMarkBox() const { return m_decimalMark; }

private:
    QComboBox* m_separator = nullptr;
    QComboBox* m_decimalMark = nullptr;
};
