// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakemasterdataapi.h"

#include "fakeserver/fakejson.h"

#include <QCollator>

#include <algorithm>
#include <limits>

namespace {

using Parse = FakeRequest::Parse;

constexpr qint64 s_maxMasterDataPerPage = 5000;
// Without items_per_page a page has as many items as one of GET /v2/entries.
constexpr qint64 s_defaultItemsPerPage = 1000;

// A list without filters of its own.
template<typename Record>
auto noExtraFilter()
{
    return [](QJsonArray*) {
        return [](const Record&) {
            return true;
        };
    };
}

} // namespace

FakeMasterDataApi::FakeMasterDataApi(FakeStore& store, const FakeTimeSource& time)
    : FakeApi(store, time)
{ }

// ---- shared parameters ---------------------------------------------------------------------------------

bool FakeMasterDataApi::readPaging(const FakeRequest& request, Paging* paging, QJsonArray* errors) const
{
    bool ok = true;
    const auto integer = [&](const QString& key, qint64 minimum, qint64 maximumValue, qint64 fallback) {
        qint64 value = fallback;
        const Parse parse = request.integer(key, &value);
        if (parse == Parse::Invalid) {
            errors->append(unexpectedValue(request, key, { QStringLiteral("integer") }));
            ok = false;
        } else if (parse == Parse::Ok && (value < minimum || value > maximumValue)) {
            errors->append(outOfRange(request, key, minimum, maximumValue));
            ok = false;
        }
        return parse == Parse::Ok ? value : fallback;
    };
    paging->page = integer(QStringLiteral("page"), 1, std::numeric_limits<int>::max(), 1);
    paging->itemsPerPage = integer(QStringLiteral("items_per_page"), 1, s_maxMasterDataPerPage, s_defaultItemsPerPage);
    return ok;
}

bool FakeMasterDataApi::readMasterFilter(const FakeRequest& request, MasterFilter* filter, QJsonArray* errors) const
{
    bool ok = true;
    const QString activeKey = filterKey(QStringLiteral("active"));
    switch (request.boolean(activeKey, &filter->active)) {
    case Parse::Ok:
        filter->hasActive = true;
        break;
    case Parse::Invalid:
        errors->append(unexpectedValue(request, activeKey, { QStringLiteral("true"), QStringLiteral("false") }));
        ok = false;
        break;
    default:
        break;
    }
    request.string(filterKey(QStringLiteral("fulltext")), &filter->fulltext);
    if (!readSort(request, filter, errors))
        ok = false;

    QString scope;
    if (request.string(QStringLiteral("scope"), &scope) == Parse::Ok && scope != QLatin1String("manageAccess")) {
        errors->append(unexpectedValue(request, QStringLiteral("scope"), { QStringLiteral("manageAccess") }));
        ok = false;
    }
    return ok;
}

bool FakeMasterDataApi::readSort(const FakeRequest& request, MasterFilter* filter, QJsonArray* errors) const
{
    static const QStringList sortValues {
        QStringLiteral("id"),    QStringLiteral("-id"),    QStringLiteral("name"),
        QStringLiteral("-name"), QStringLiteral("active"), QStringLiteral("-active"),
    };
    bool ok = true;
    const QStringList sort = request.values(QStringLiteral("sort"));
    for (const QString& item : sort) {
        const QStringList keys = item.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& key : keys) {
            if (!sortValues.contains(key.trimmed())) {
                errors->append(unexpectedValue(request, QStringLiteral("sort"), sortValues));
                ok = false;
            } else {
                filter->sort.append(key.trimmed());
            }
        }
    }
    if (filter->sort.isEmpty())
        filter->sort = QStringList { QStringLiteral("name") };
    return ok;
}

template<typename Record>
void FakeMasterDataApi::sortRecords(QList<const Record*>* records, const QStringList& sort)
{
    QCollator collator { QLocale(QLocale::German, QLocale::Germany) };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(records->begin(), records->end(), [&](const Record* a, const Record* b) {
        for (const QString& key : sort) {
            const bool descending = key.startsWith(QLatin1Char('-'));
            const QString field = descending ? key.mid(1) : key;
            int order = 0;
            if (field == QLatin1String("id"))
                order = a->id < b->id ? -1 : (a->id > b->id ? 1 : 0);
            else if (field == QLatin1String("name"))
                order = collator.compare(a->name, b->name);
            else
                order = int(a->active) - int(b->active);
            if (order != 0)
                return descending ? order > 0 : order < 0;
        }
        return a->id < b->id;
    });
}

template<typename Record, typename Extra, typename ToJson>
FakeMasterDataApi::Reply FakeMasterDataApi::masterList(const FakeRequest& request, const QMap<qint64, Record>& records,
                                                       Extra extra, ToJson toJson) const
{
    QJsonArray errors;
    Paging paging;
    MasterFilter filter;
    readPaging(request, &paging, &errors);
    readMasterFilter(request, &filter, &errors);
    const auto predicate = extra(&errors);
    if (!errors.isEmpty())
        return generalError(400, errors);

    QList<const Record*> matches;
    for (const Record& record : records) {
        if (filter.hasActive && record.active != filter.active)
            continue;
        if (!filter.fulltext.isEmpty() && !record.name.contains(filter.fulltext, Qt::CaseInsensitive)
            && !record.number.contains(filter.fulltext, Qt::CaseInsensitive))
            continue;
        if (!predicate(record))
            continue;
        matches.append(&record);
    }
    sortRecords(&matches, filter.sort);

    QJsonArray data;
    const qint64 first = (paging.page - 1) * paging.itemsPerPage;
    for (qint64 i = first; i < matches.size() && i < first + paging.itemsPerPage; ++i)
        data.append(toJson(*matches.at(i)));
    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("paging"), FakeJson::paging(paging.itemsPerPage, paging.page, matches.size()) },
        { QStringLiteral("data"), data },
    };
    return reply;
}

template<typename Record, typename ToJson>
FakeMasterDataApi::Reply FakeMasterDataApi::masterGet(const FakeRequest& request, const Record* record,
                                                      ToJson toJson) const
{
    if (!record)
        return notFound(request);
    return dataReply(toJson(*record));
}

// ---- customers -----------------------------------------------------------------------------------------

FakeMasterDataApi::Reply FakeMasterDataApi::customersList(const FakeRequest& request) const
{
    return masterList(request, store().customers(), noExtraFilter<FakeStore::Customer>(),
                      [this](const FakeStore::Customer& customer) { return FakeJson::customer(store(), customer); });
}

FakeMasterDataApi::Reply FakeMasterDataApi::customerGet(const FakeRequest& request, qint64 id) const
{
    return masterGet(request, store().customer(id),
                     [this](const FakeStore::Customer& customer) { return FakeJson::customer(store(), customer); });
}

// ---- projects ------------------------------------------------------------------------------------------

FakeMasterDataApi::Reply FakeMasterDataApi::projectsList(const FakeRequest& request) const
{
    const auto extra = [&](QJsonArray* errors) {
        qint64 customersId = 0;
        const QString customerKey = filterKey(QStringLiteral("customers_id"));
        const Parse customerParse = request.integer(customerKey, &customersId);
        if (customerParse == Parse::Invalid)
            errors->append(unexpectedValue(request, customerKey, { QStringLiteral("integer") }));
        bool completed = false;
        const QString completedKey = filterKey(QStringLiteral("completed"));
        const Parse completedParse = request.boolean(completedKey, &completed);
        if (completedParse == Parse::Invalid)
            errors->append(unexpectedValue(request, completedKey, { QStringLiteral("true"), QStringLiteral("false") }));
        const bool byCustomer = customerParse == Parse::Ok;
        const bool byCompleted = completedParse == Parse::Ok;
        return [=](const FakeStore::Project& project) {
            return (!byCustomer || project.customersId == customersId)
                && (!byCompleted || project.completed == completed);
        };
    };
    return masterList(request, store().projects(), extra,
                      [this](const FakeStore::Project& project) { return FakeJson::project(store(), project); });
}

FakeMasterDataApi::Reply FakeMasterDataApi::projectGet(const FakeRequest& request, qint64 id) const
{
    return masterGet(request, store().project(id),
                     [this](const FakeStore::Project& project) { return FakeJson::project(store(), project); });
}

// ---- services ------------------------------------------------------------------------------------------

FakeMasterDataApi::Reply FakeMasterDataApi::servicesList(const FakeRequest& request) const
{
    return masterList(request, store().services(), noExtraFilter<FakeStore::Service>(),
                      [this](const FakeStore::Service& service) { return FakeJson::service(store(), service); });
}

FakeMasterDataApi::Reply FakeMasterDataApi::serviceGet(const FakeRequest& request, qint64 id) const
{
    return masterGet(request, store().service(id),
                     [this](const FakeStore::Service& service) { return FakeJson::service(store(), service); });
}

// ---- lump-sum services ---------------------------------------------------------------------------------

FakeMasterDataApi::Reply FakeMasterDataApi::lumpSumServicesList(const FakeRequest& request) const
{
    return masterList(
        request, store().lumpSumServices(), noExtraFilter<FakeStore::LumpSumService>(),
        [this](const FakeStore::LumpSumService& service) { return FakeJson::lumpSumService(store(), service); });
}

FakeMasterDataApi::Reply FakeMasterDataApi::lumpSumServiceGet(const FakeRequest& request, qint64 id) const
{
    return masterGet(request, store().lumpSumService(id), [this](const FakeStore::LumpSumService& service) {
        return FakeJson::lumpSumService(store(), service);
    });
}
