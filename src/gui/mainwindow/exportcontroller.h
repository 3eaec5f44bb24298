// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/fileexportsink.h"

#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>

class AccountData;
class CsvOptionsDialog;
class EntryExporter;
class QAction;
class QFileDialog;
class QMessageBox;
class QProgressDialog;
class QWidget;
class Settings;

// File > Export… of the window: asks for a file (the format follows its type: .sqlite, .csv, .json; the folder is
// the one used last, else the user's Documents), for a CSV file also for the separator and decimal mark (preset from
// the UI locale), then runs an EntryExporter over the account for the window's range with a progress dialog that can
// cancel, and says how it went in a message box. All dialogs are opened, never exec()'d.
class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Unknown,
        Sqlite,
        Csv,
        JsonLines
    };

    // window: the parent of the dialogs.
    explicit ExportController(QWidget* window);
    ~ExportController() override;

    static Format formatFor(const QString& path);

    QAction* action() const { return m_action; }
    void setAccount(AccountData* account);
    // Where the last used folder is remembered; without settings it is remembered for this run only.
    void setSettings(Settings* settings);
    // The folder the file dialog opens in.
    QString directory() const;

    // Opens the file dialog for the days first..last (in the account's time zone).
    void chooseFile(QDate first, QDate last);
    // Runs the export to path (CSV with style), showing progress; exportFinished() tells the result.
    void exportTo(const QString& path, QDate first, QDate last,
                  const FileExportSink::CsvStyle& style = FileExportSink::CsvStyle::forLocale(QLocale()));
    bool isRunning() const;

    // The open dialogs (for tests and automation), or null.
    QFileDialog* fileDialog() const;
    CsvOptionsDialog* csvOptionsDialog() const;
    QProgressDialog* progressDialog() const;
    QMessageBox* resultBox() const;

    void retranslate();

signals:
    // message: the translated sentence shown (empty when canceled).
    void exportFinished(const QString& path, bool ok, const QString& message);

private:
    void onFileChosen(const QString& path, QDate first, QDate last);
    void onProgress(int done, int total);
    void onFinished(const QString& path, bool ok);
    void showResult(bool ok, const QString& text);

    QWidget* m_window = nullptr;
    QAction* m_action = nullptr;
    QPointer<AccountData> m_account;
    QPointer<Settings> m_settings;
    QString m_directory;
    EntryExporter* m_exporter = nullptr;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<CsvOptionsDialog> m_csvDialog;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_resultBox;
};
