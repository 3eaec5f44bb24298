// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/exportcontroller.h"

#include "core/export/entryexporter.h"
#include "core/export/sqliteexportsink.h"
#include "core/platform/dateformats.h"
#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "gui/dialogs/csvoptionsdialog.h"
#include "gui/widgets/savefiledialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>

Q_LOGGING_CATEGORY(lcExportController, "clockodo.gui.export", QtInfoMsg)

ExportController::ExportController(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    m_action = new QAction(this);
    m_action->setObjectName(QStringLiteral("exportAction"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exporter = new EntryExporter(nullptr, this);
    connect(m_exporter, &EntryExporter::progress, this, &ExportController::onProgress);
    retranslate();
}

ExportController::~ExportController() = default;

QFileDialog* ExportController::fileDialog() const
{
    return m_fileDialog;
}

CsvOptionsDialog* ExportController::csvOptionsDialog() const
{
    return m_csvDialog;
}

QProgressDialog* ExportController::progressDialog() const
{
    return m_progress;
}

QMessageBox* ExportController::resultBox() const
{
    return m_resultBox;
}

ExportController::Format ExportController::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") || suffix == QLatin1String("db"))
        return Format::Sqlite;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return Format::Unknown;
}

void ExportController::retranslate()
{
    m_action->setText(tr("&Export…"));
    m_action->setToolTip(tr("Export the entries and master data of the shown range as SQLite, CSV or JSON"));
}

void ExportController::setAccount(AccountData* account)
{
    if (m_account == account)
        return;
    Q_ASSERT(!isRunning());
    m_account = account;
    delete m_exporter;
    m_exporter = new EntryExporter(account, this);
    connect(m_exporter, &EntryExporter::progress, this, &ExportController::onProgress);
}

void ExportController::setSettings(Settings* settings)
{
    m_settings = settings;
}

QString ExportController::directory() const
{
    QString directory = m_settings ? m_settings->exportDirectory() : m_directory;
    if (!directory.isEmpty() && QFileInfo(directory).isDir())
        return directory;
    return SaveFileDialog::documentsFolder();
}

bool ExportController::isRunning() const
{
    return m_exporter->isRunning();
}

void ExportController::chooseFile(QDate first, QDate last)
{
    if (isRunning() || m_fileDialog)
        return;
    auto* dialog = new QFileDialog(m_window, tr("Export entries"));
    m_fileDialog = dialog;
    dialog->setObjectName(QStringLiteral("exportRangeFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters { tr("SQLite database (*.sqlite)"), tr("CSV file (*.csv)"), tr("JSON lines (*.json)") };
    const QStringList suffixes { QStringLiteral("sqlite"), QStringLiteral("csv"), QStringLiteral("json") };
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(suffixes.first());
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters, suffixes](const QString& filter) {
        const qsizetype i = filters.indexOf(filter);
        if (i >= 0)
            dialog->setDefaultSuffix(suffixes.at(i));
    });
    dialog->setDirectory(directory());
    dialog->selectFile(
        QStringLiteral("clockodo-%1_%2.sqlite").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, first, last](const QString& path) { onFileChosen(path, first, last); });
    dialog->open();
}

void ExportController::onFileChosen(const QString& path, QDate first, QDate last)
{
    if (path.isEmpty())
        return;
    const QString folder = QFileInfo(path).absolutePath();
    m_directory = folder;
    if (m_settings)
        m_settings->setExportDirectory(folder);
    if (formatFor(path) != Format::Csv) {
        exportTo(path, first, last);
        return;
    }
    auto* options = new CsvOptionsDialog(FileExportSink::CsvStyle::forLocale(QLocale()), m_window);
    m_csvDialog = options;
    options->setAttribute(Qt::WA_DeleteOnClose);
    options->setWindowModality(Qt::WindowModal);
    connect(options, &QDialog::accepted, this,
            [this, options, path, first, last] { exportTo(path, first, last, options->style()); });
    options->open();
}

void ExportController::exportTo(const QString& path, QDate first, QDate last, const FileExportSink::CsvStyle& style)
{
    if (isRunning())
        return;
    std::unique_ptr<ExportSink> sink;
    switch (formatFor(path)) {
    case Format::Sqlite:
        sink = std::make_unique<SqliteExportSink>(path);
        break;
    case Format::Csv:
        sink = std::make_unique<FileExportSink>(path, FileExportSink::Format::Csv, style);
        break;
    case Format::JsonLines:
        sink = std::make_unique<FileExportSink>(path, FileExportSink::Format::JsonLines);
        break;
    case Format::Unknown:
        showResult(false,
                   tr("%1 was not exported: the file type must be .sqlite, .csv or .json.")
                       .arg(QDir::toNativeSeparators(path)));
        emit exportFinished(path, false, m_resultBox ? m_resultBox->text() : QString());
        return;
    }
    // Not modal: a modal progress dialog would spin the event loop inside setValue().
    auto* progress = new QProgressDialog(m_window);
    m_progress = progress;
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export"));
    progress->setLabelText(tr("Exporting the entries of %1 to %2 …")
                               .arg(QLocale().toString(first, DateFormats::shortDate(QLocale())) + QStringLiteral(" – ")
                                        + QLocale().toString(last, DateFormats::shortDate(QLocale())),
                                    QFileInfo(path).fileName()));
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setRange(0, 0);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, m_exporter, &EntryExporter::cancel);
    connect(
        m_exporter, &EntryExporter::finished, this, [this, path](bool ok) { onFinished(path, ok); },
        Qt::SingleShotConnection);
    m_action->setEnabled(false);
    m_exporter->start(std::move(sink), first, last);
}

void ExportController::onProgress(int done, int total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(std::max(total, 0));
    if (total > 0)
        m_progress->setValue(std::min(done, total));
}

void ExportController::onFinished(const QString& path, bool ok)
{
    m_action->setEnabled(true);
    if (m_progress) {
        m_progress->disconnect(m_exporter);
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString file = QDir::toNativeSeparators(path);
    if (ok) {
        const QString text = tr("Exported %n entries to %1.", nullptr, m_exporter->rows()).arg(file);
        showResult(true, text);
        emit exportFinished(path, true, text);
        return;
    }
    if (m_exporter->wasCanceled()) {
        qCInfo(lcExportController) << "export canceled";
        emit exportFinished(path, false, QString());
        return;
    }
    qCWarning(lcExportController) << "export failed:" << m_exporter->errorMessage();
    const QString text
        = tr("The export to %1 failed; the file was left as it was.\n\n%2").arg(file, m_exporter->errorMessage());
    showResult(false, text);
    emit exportFinished(path, false, text);
}

void ExportController::showResult(bool ok, const QString& text)
{
    if (m_resultBox)
        m_resultBox->close();
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_resultBox = box;
    box->open();
}
