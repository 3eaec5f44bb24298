// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class AccountData;
class ApiClient;
class EntryExporter;
class ExportSink;
class QCommandLineParser;

// clockodo-desktop --export FILE.sqlite|FILE.csv|FILE.json [--since DATE] [--until DATE]: exports the entries of
// the days since..until (inclusive, in the account's time zone; both absent: this month) and the master data. The
// format follows the file's suffix (.sqlite/.sqlite3/.db, .csv, .json/.jsonl/.ndjson); CSV uses the UI locale's
// separator and decimal mark. Runs in the calling process (never forwarded to a running instance). A progress
// line goes to stderr only when stderr is a terminal. Ends in exactly one finished(exitCode, output) with
// CommandRunner's exit codes.
class ExportCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString path;
        QDate since; // invalid: the month's first day (with until invalid too)
        QDate until;
    };

    // Adds --export, --since, --until.
    static void addOptions(QCommandLineParser* parser);
    static bool isRequested(const QCommandLineParser& parser);
    // The options; on a usage error sets *error.
    static Options parse(const QCommandLineParser& parser, QString* error);
    // The sink for the file's suffix; null for an unknown suffix.
    static std::unique_ptr<ExportSink> sinkFor(const QString& path);

    explicit ExportCommand(ApiClient* api, QObject* parent = nullptr);
    ~ExportCommand() override;

    void run(const Options& options);

signals:
    void finished(int exitCode, const QString& output);

private:
    void showProgress(int done, int total);

    AccountData* m_account = nullptr;
    EntryExporter* m_exporter = nullptr;
    Options m_options;
    bool m_terminal = false;
    bool m_progressShown = false;
};
