// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class DateRange;
class QAbstractItemModel;
class QFileDialog;
class QObject;
class QWidget;

// The window's quick CSV export of the entries as shown: the question for the file and the writing. The texts keep
// MainWindow's translation context.
class EntryCsvFile
{
public:
    // Opens the save-file question (window-modal on parent, deleted on close) in the documents folder, with a name
    // after range. The caller connects QFileDialog::fileSelected.
    static QFileDialog* askForFile(QWidget* parent, const DateRange& range);
    // Writes the entry rows of model (EntryTableModel's columns, as sorted and filtered; a DayGroupProxyModel's day
    // headers left out) to path in the background, in the
    // separator and decimal mark of the UI locale; done(ok, error, rows) arrives in context's thread.
    static void write(const QAbstractItemModel* model, const QString& path, QObject* context,
                      const std::function<void(bool ok, const QString& error, int rows)>& done);
};
