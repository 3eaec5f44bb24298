// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/transport/apierror.h"
#include "core/export/exportsink.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class AccountData;
class ApiReply;

// One export run: makes sure the account's user and master data are loaded (AccountData), then pages
// GET /v2/entries for the range (whole days in the account's time zone) and hands every page to the sink as it
// arrives: only one page is ever held. 429 answers wait for Retry-After and go on (the ApiClient's retry policy).
// Ends in exactly one finished(); on any failure or cancel() the sink rolls back. Progress counts entries against
// the paging's count_items.
class EntryExporter : public QObject
{
    Q_OBJECT
public:
    explicit EntryExporter(AccountData* account, QObject* parent = nullptr);
    ~EntryExporter() override;

    // The export range of the days from..to (inclusive) in zone: [from's midnight, the midnight after to), UTC.
    static QPair<QDateTime, QDateTime> window(QDate from, QDate to, const QTimeZone& zone);
    // The first and last day of the month that contains today in zone (the default range).
    static QPair<QDate, QDate> currentMonth(const QTimeZone& zone);

    bool isRunning() const { return m_sink != nullptr; }
    // Two invalid dates: the current month in the account's zone.
    void start(std::unique_ptr<ExportSink> sink, QDate from, QDate to);
    // Stops the run; finished() follows with wasCanceled().
    void cancel();

    int rows() const { return m_rows; }
    bool wasCanceled() const { return m_error.category == ApiError::Category::Canceled; }
    // The API's error; for a sink's failure Category::Configuration with the sink's sentence as message().
    const ApiError& error() const { return m_error; }
    QString errorMessage() const;

signals:
    // done entries of total (0 while unknown).
    void progress(int done, int total);
    void finished(bool ok);

private:
    void fetchEntries();
    void onPage(const QVariant& items, int total);
    void onEntriesFinished(ApiReply* reply);
    void fail(const ApiError& error, const QString& message = {});

    QPointer<AccountData> m_account;
    std::unique_ptr<ExportSink> m_sink;
    ExportContext m_context;
    QPointer<ApiReply> m_reply;
    QList<QMetaObject::Connection> m_accountWaits;
    ApiError m_error;
    QString m_message;
    int m_rows = 0;
};
