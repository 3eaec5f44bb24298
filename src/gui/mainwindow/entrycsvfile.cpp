// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrycsvfile.h"

#include "core/export/fileexportsink.h"
#include "models/csvwriter.h"
#include "models/daterange.h"
#include "models/entrytablemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QStandardPaths>

QFileDialog* EntryCsvFile::askForFile(QWidget* parent, const DateRange& range)
{
    auto* dialog = new QFileDialog(parent, QCoreApplication::translate("MainWindow", "Export entries as CSV"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(QCoreApplication::translate("MainWindow", "CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    // The documents folder, or home where there is none (never the working directory).
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    dialog->setDirectory(QDir(documents).exists() ? documents : QDir::homePath());
    dialog->selectFile(QStringLiteral("clockodo-%1_%2.csv")
                           .arg(range.first().toString(Qt::ISODate), range.last().toString(Qt::ISODate)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

void EntryCsvFile::write(const QAbstractItemModel* model, const QString& path, QObject* context,
                         const std::function<void(bool ok, const QString& error, int rows)>& done)
{
    // Read the view's rows here (models live in this thread); the file is written in the background.
    // The separator and decimal mark of the UI locale, as File > Export… and --export use them.
    const FileExportSink::CsvStyle style = FileExportSink::CsvStyle::forLocale(QLocale());
    CsvWriter writer(style.separator);
    writer.setDecimalMark(style.decimalMark);
    QList<CsvWriter::Field> fields;
    for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
        const bool number = column == EntryTableModel::RevenueColumn || column == EntryTableModel::AmountColumn;
        fields.append({ column, EntryTableModel::ExportRole, number });
        if (column == EntryTableModel::DurationColumn)
            fields.append({ column, EntryTableModel::DecimalHoursRole, true });
    }
    writer.addModel(model, fields);
    const int rows = writer.rowCount() - 1;
    writer.saveInBackground(path, context, [done, rows](bool ok, const QString& error) { done(ok, error, rows); });
}
