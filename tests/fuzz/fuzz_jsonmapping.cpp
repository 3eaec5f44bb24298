// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for everything the client reads from Clockodo's answers: one input is one answer body, and it is
// read the way ApiClient reads each kind of answer (the clock, entries, master data, users/me, entry texts, paging)
// and as an error answer in both formats, for the statuses the client tells apart. Whatever parses is used the way
// the app uses it (durations, the PUT body of a change, the POST body of a copy, the message of an error), so the
// arithmetic on parsed values runs under ASan and UBSan too. Entry lists are also read by EntryPageReader, which must
// read them exactly as the usual way does. Built with clang and CLOCKODO_FUZZ; otherwise
// fuzz_jsonmapping_replay runs the corpus (tests/fuzz/corpus) through the same function as a test.
#include "api/clock/clockcorrection.h"
#include "api/clock/clockstate.h"
#include "api/entries/entry.h"
#include "api/entries/entrypagereader.h"
#include "api/entries/entrytext.h"
#include "api/masterdata/customer.h"
#include "api/masterdata/lumpsumservice.h"
#include "api/masterdata/project.h"
#include "api/masterdata/service.h"
#include "api/transport/apierror.h"
#include "api/transport/jsonlist.h"
#include "api/transport/paging.h"
#include "api/users/user.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// Where a parsed entry is used: its duration now and at its own start, a change against an empty entry, a copy.
void useEntry(const Entry& entry)
{
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);
    (void)entry.durationAt(now);
    (void)entry.durationAt(entry.timeSince);
    (void)entry.isRunning();
    (void)Entry::changes(Entry(), entry);
    (void)Entry::changes(entry, Entry());
    (void)entry.toCreateJson();
}

// ApiClient's list answers: an array of objects under `key`, each read with T::fromJson and its path.
template<typename T>
void readList(const QJsonObject& root, QLatin1String key, void (*use)(const T&) = nullptr)
{
    const QJsonArray array = root.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString error;
        const auto item = T::fromJson(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(key).arg(i), &error);
        if (item && use)
            use(*item);
    }
}

// ApiClient's single answers: one object under `key`.
template<typename T>
std::optional<T> readOne(const QJsonObject& root, QLatin1String key)
{
    QString error;
    return T::fromJson(root.value(key).toObject(), QString(key), &error);
}

void readAnswer(const QJsonObject& root)
{
    QString error;
    if (const auto clock = ClockState::fromJson(root, QString(), &error)) {
        if (clock->running)
            useEntry(*clock->running);
        if (clock->stopped)
            useEntry(*clock->stopped);
    }
    error.clear();
    if (const auto corrected = ClockCorrection::Result::fromJson(root, QString(), &error)) {
        (void)corrected;
    }
    readList<Entry>(root, QLatin1String("entries"), useEntry);
    if (const auto entry = readOne<Entry>(root, QLatin1String("entry")))
        useEntry(*entry);
    readList<Customer>(root, QLatin1String("data"));
    readList<Project>(root, QLatin1String("data"));
    readList<Service>(root, QLatin1String("data"));
    readList<LumpSumService>(root, QLatin1String("data"));
    readList<EntryText>(root, QLatin1String("data"));
    (void)readOne<User>(root, QLatin1String("data"));
    error.clear();
    (void)Paging::fromJson(root.value(QLatin1String("paging")).toObject(), QStringLiteral("paging"), &error);
}

void readError(const QByteArray& body)
{
    for (const int status : { 400, 401, 403, 404, 409, 422, 429, 500, 503 }) {
        const ApiError error = ApiError::fromHttp(status, body);
        (void)error.message();
        (void)ApiError::categoryName(error.category);
    }
}

// ApiClient reads entry lists with EntryPageReader where it can (no QJsonDocument): whatever it reads must be what the
// usual way reads (the entries, the paging or its error); anything else is a finding.
void checkEntryPageReader(const QByteArray& body, const QJsonParseError& parseError, const QJsonDocument& document)
{
    QJsonObject root;
    const std::optional<QList<Entry>> fast = EntryPageReader::read(body, &root);
    if (!fast)
        return;
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        std::abort();
    QString error;
    const QVariant usual = JsonList::parse<Entry>(document.object(), QLatin1String("entries"), &error);
    if (!error.isEmpty() || usual.value<QList<Entry>>() != *fast)
        std::abort();
    QString fastPagingError;
    QString usualPagingError;
    const auto fastPaging
        = Paging::fromJson(root.value(QLatin1String("paging")).toObject(), QStringLiteral("paging"), &fastPagingError);
    const auto usualPaging = Paging::fromJson(document.object().value(QLatin1String("paging")).toObject(),
                                              QStringLiteral("paging"), &usualPagingError);
    if (fastPaging != usualPaging || fastPagingError != usualPagingError)
        std::abort();
    for (const Entry& entry : *fast)
        useEntry(entry);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    readError(body);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    // As ApiReply: only an object is an answer.
    if (parseError.error == QJsonParseError::NoError && document.isObject())
        readAnswer(document.object());
    checkEntryPageReader(body, parseError, document);
    return 0;
}
