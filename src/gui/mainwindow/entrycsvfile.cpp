// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrycsvfile.h"

#include "core/export/fileexportsink.h"
#include "gui/widgets/savefiledialog.h"
#include "models/csvwriter.h"
#include "models/daterange.h"
#include "models/daygroupproxymodel.h"
#include "models/entrytablemodel.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLocale>

QFileDialog* EntryCsvFile::askForFile(QWidget* parent, const DateRange& range)
{
    QFileDialog* dialog
        = SaveFileDialog::create(parent, QCoreApplication::translate("MainWindow", "Export entries as CSV"),
                                 QCoreApplication::translate("MainWindow", "CSV files (*.csv)"), QStringLiteral("csv"),
                                 QStringLiteral("clockodo-%1_%2.csv")
                                     .arg(range.first().toString(Qt::ISODate), range.last().toString(Qt::ISODate)));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
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
    // The view's rows in the view's order, without its day headers.
    const auto* groups = qobject_cast<const DayGroupProxyModel*>(model);
    writer.addModel(model, fields, [groups](int row) { return !groups || !groups->isDayHeader(row); });
    const int rows = writer.rowCount() - 1;
    writer.saveInBackground(path, context, [done, rows](bool ok, const QString& error) { done(ok, error, rows); });
}
