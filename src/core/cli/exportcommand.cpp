// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/exportcommand.h"

#include "core/cli/commandrunner.h"
#include "core/export/entryexporter.h"
#include "core/export/fileexportsink.h"
#include "core/export/sqliteexportsink.h"
#include "core/session/accountdata.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

void ExportCommand::addOptions(QCommandLineParser* parser)
{
    parser->addOptions({
        { QStringLiteral("export"),
          QCoreApplication::translate("ExportCommand",
                                      "Export entries and master data to <file> (.sqlite, .csv or .json) and exit."),
          QStringLiteral("file") },
        { QStringLiteral("since"),
          QCoreApplication::translate("ExportCommand",
                                      "With --export: the first day (YYYY-MM-DD, the account's time zone; default: "
                                      "the first of this month)."),
          QStringLiteral("date") },
        { QStringLiteral("until"),
          QCoreApplication::translate("ExportCommand",
                                      "With --export: the last day, included (default: the end of this month)."),
          QStringLiteral("date") },
    });
}

bool ExportCommand::isRequested(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("export"));
}

std::unique_ptr<ExportSink> ExportCommand::sinkFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3") || suffix == QLatin1String("db"))
        return std::make_unique<SqliteExportSink>(path);
    if (suffix == QLatin1String("csv"))
        return std::make_unique<FileExportSink>(path, FileExportSink::Format::Csv,
                                                FileExportSink::CsvStyle::forLocale(QLocale()));
    if (suffix == QLatin1String("json") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return std::make_unique<FileExportSink>(path, FileExportSink::Format::JsonLines);
    return nullptr;
}

ExportCommand::Options ExportCommand::parse(const QCommandLineParser& parser, QString* error)
{
    Options o;
    const auto usage = [error](const QString& message) {
        *error = message;
        return Options();
    };
    const bool dates = parser.isSet(QStringLiteral("since")) || parser.isSet(QStringLiteral("until"));
    if (!isRequested(parser)) {
        if (dates)
            return usage(QCoreApplication::translate("ExportCommand", "--since and --until only go with --export."));
        return o;
    }
    o.path = parser.value(QStringLiteral("export"));
    if (o.path.isEmpty() || !sinkFor(o.path))
        return usage(
            QCoreApplication::translate("ExportCommand", "--export needs a file ending in .sqlite, .csv or .json."));
    for (const QString& name : { QStringLiteral("since"), QStringLiteral("until") }) {
        if (!parser.isSet(name))
            continue;
        const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date.isValid())
            return usage(QCoreApplication::translate("ExportCommand", "--%1 takes a date as YYYY-MM-DD.").arg(name));
        (name == QLatin1String("since") ? o.since : o.until) = date;
    }
    if (o.since.isValid() != o.until.isValid()) {
        // One end given: the other is the same month's other end.
        const QDate anchor = o.since.isValid() ? o.since : o.until;
        if (!o.since.isValid())
            o.since = QDate(anchor.year(), anchor.month(), 1);
        else
            o.until = QDate(anchor.year(), anchor.month(), 1).addMonths(1).addDays(-1);
    }
    if (o.since.isValid() && o.until < o.since)
        return usage(QCoreApplication::translate("ExportCommand", "--until is before --since."));
    return o;
}

ExportCommand::ExportCommand(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_account(new AccountData(api, this))
    , m_exporter(new EntryExporter(m_account, this))
{
#ifdef Q_OS_UNIX
    m_terminal = isatty(fileno(stderr)) != 0;
#endif
    connect(m_exporter, &EntryExporter::progress, this, &ExportCommand::showProgress);
    connect(m_exporter, &EntryExporter::finished, this, [this](bool ok) {
        if (m_progressShown)
            std::fputs("\n", stderr);
        if (ok) {
            emit finished(CommandRunner::Ok,
                          tr("Exported %n entries to %1.", nullptr, m_exporter->rows()).arg(m_options.path));
            return;
        }
        const ApiError& error = m_exporter->error();
        const int code
            = error.category == ApiError::Category::Auth ? CommandRunner::NotLoggedIn : CommandRunner::ApiFailure;
        emit finished(code, tr("Export failed: %1").arg(m_exporter->errorMessage()));
    });
}

ExportCommand::~ExportCommand() = default;

void ExportCommand::run(const Options& options)
{
    m_options = options;
    m_exporter->start(sinkFor(options.path), options.since, options.until);
}

void ExportCommand::showProgress(int done, int total)
{
    if (!m_terminal)
        return;
    const QString line
        = total > 0 ? tr("Exporting: %1 of %2 entries").arg(done).arg(total) : tr("Exporting: %1 entries").arg(done);
    std::fputs(qPrintable(QLatin1Char('\r') + line), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}
