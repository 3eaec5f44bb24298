// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/entryexporter.h"

#include "api/apiclient.h"
#include "core/session/accountdata.h"

EntryExporter::EntryExporter(AccountData* account, QObject* parent)
    : QObject(parent)
    , m_account(account)
{ }

EntryExporter::~EntryExporter()
{
    if (m_reply)
        m_reply->disconnect(this);
    if (m_reply)
        m_reply->abort();
    if (m_sink)
        m_sink->rollback();
}

QPair<QDateTime, QDateTime> EntryExporter::window(QDate from, QDate to, const QTimeZone& zone)
{
    return { from.startOfDay(zone).toUTC(), to.addDays(1).startOfDay(zone).toUTC() };
}

QPair<QDate, QDate> EntryExporter::currentMonth(const QTimeZone& zone)
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate first(today.year(), today.month(), 1);
    return { first, first.addMonths(1).addDays(-1) };
}

QString EntryExporter::errorMessage() const
{
    if (!m_message.isEmpty())
        return m_message;
    return m_error.isError() ? m_error.message() : QString();
}

void EntryExporter::start(std::unique_ptr<ExportSink> sink, QDate from, QDate to)
{
    Q_ASSERT(!isRunning());
    m_sink = std::move(sink);
    m_error = {};
    m_message.clear();
    m_rows = 0;
    m_context = {};
    m_context.account = m_account;
    m_context.from = from;
    m_context.to = to;
    m_context.startedAt = QDateTime::currentDateTimeUtc();
    m_context.appVersion = QStringLiteral(CLOCKODO_VERSION);
    if (!m_account || !m_account->api()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(ApiError::make(ApiError::Category::Auth)); }, Qt::QueuedConnection);
        return;
    }
    if (m_account->isLoaded()) {
        QMetaObject::invokeMethod(this, &EntryExporter::fetchEntries, Qt::QueuedConnection);
        return;
    }
    m_accountWaits.append(connect(m_account, &AccountData::loaded, this, [this] {
        if (m_account->isLoaded())
            fetchEntries();
    }));
    m_accountWaits.append(connect(m_account, &AccountData::loadFailed, this, [this](const ApiError& e) { fail(e); }));
    m_account->load();
}

void EntryExporter::fetchEntries()
{
    for (const QMetaObject::Connection& c : std::as_const(m_accountWaits))
        disconnect(c);
    m_accountWaits.clear();
    if (!m_sink)
        return;
    m_context.zone = m_account->timeZone();
    if (!m_context.from.isValid() && !m_context.to.isValid())
        std::tie(m_context.from, m_context.to) = currentMonth(m_context.zone);
    const auto [since, until] = window(m_context.from, m_context.to, m_context.zone);
    m_context.since = since;
    m_context.until = until;
    QString message;
    if (!m_context.from.isValid() || !m_context.to.isValid() || m_context.to < m_context.from) {
        fail(ApiError::make(ApiError::Category::Configuration), tr("The export range is empty."));
        return;
    }
    if (!m_sink->begin(m_context, &message)) {
        fail(ApiError::make(ApiError::Category::Configuration, message), message);
        return;
    }
    EntryQuery query;
    query.since = since;
    query.until = until;
    query.enhancedList = true;
    m_reply = m_account->api()->entryPages(query);
    ApiReply* reply = m_reply;
    connect(reply, &ApiReply::pageReceived, this,
            [this](const QVariant& items, const Paging& paging) { onPage(items, paging.countItems); });
    connect(reply, &ApiReply::finished, this, [this, reply] { onEntriesFinished(reply); });
}

void EntryExporter::onPage(const QVariant& items, int total)
{
    if (!m_sink)
        return;
    const QList<Entry> page = items.value<QList<Entry>>();
    QString message;
    if (!m_sink->write(page, &message)) {
        fail(ApiError::make(ApiError::Category::Configuration, message), message);
        return;
    }
    m_rows += int(page.size());
    emit progress(m_rows, total);
}

void EntryExporter::onEntriesFinished(ApiReply* reply)
{
    if (!m_sink)
        return;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QString message;
    if (!m_sink->commit(m_rows, &message)) {
        fail(ApiError::make(ApiError::Category::Configuration, message), message);
        return;
    }
    m_sink.reset();
    emit finished(true);
}

void EntryExporter::cancel()
{
    if (isRunning())
        fail(ApiError::make(ApiError::Category::Canceled), tr("The export was canceled."));
}

void EntryExporter::fail(const ApiError& error, const QString& message)
{
    if (!m_sink)
        return;
    for (const QMetaObject::Connection& c : std::as_const(m_accountWaits))
        disconnect(c);
    m_accountWaits.clear();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_error = error;
    m_message = message;
    std::unique_ptr<ExportSink> sink = std::move(m_sink);
    sink->rollback();
    emit finished(false);
}
