// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeentrytextsapi.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace {

using Id = FakeMessages::Id;
using Parse = FakeRequest::Parse;
using Entry = FakeStore::Entry;

constexpr qint64 s_defaultEntryTextItems = 10;

} // namespace

FakeEntryTextsApi::FakeEntryTextsApi(FakeStore& store, const FakeTimeSource& time)
    : FakeApi(store, time)
{ }

FakeEntryTextsApi::Reply FakeEntryTextsApi::list(const FakeRequest& request) const
{
    QJsonArray errors;
    TextsQuery query;
    readQuery(request, &query, &errors);
    if (!errors.isEmpty())
        return generalError(400, errors);

    QJsonArray data;
    QSet<qint64> seen;
    const QList<const Entry*> found = matches(query);
    for (const Entry* entry : found) {
        if (data.size() >= query.items)
            break;
        if (seen.contains(entry->textsId))
            continue;
        seen.insert(entry->textsId);
        data.append(QJsonObject {
            { QStringLiteral("id"), entry->textsId },
            { QStringLiteral("label"), entry->text },
            { QStringLiteral("value"), entry->text },
        });
    }
    return dataReply(data);
}

void FakeEntryTextsApi::readQuery(const FakeRequest& request, TextsQuery* query, QJsonArray* errors) const
{
    readMode(request, errors);
    if (request.string(QStringLiteral("term"), &query->term) == Parse::Invalid || query->term.size() > 1000)
        errors->append(outOfRange(request, QStringLiteral("term"), 0, 1000));
    readItems(request, query, errors);
    readFilters(request, query, errors);
}

void FakeEntryTextsApi::readMode(const FakeRequest& request, QJsonArray* errors) const
{
    static const QStringList modes { QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("reports") };
    QString mode;
    switch (request.string(QStringLiteral("mode"), &mode)) {
    case Parse::Missing:
    case Parse::Null:
        errors->append(errorItem(QStringLiteral("Empty"), text(Id::Required, request), QStringLiteral("mode")));
        break;
    case Parse::Invalid:
        errors->append(unexpectedValue(request, QStringLiteral("mode"), modes));
        break;
    case Parse::Ok:
        if (!modes.contains(mode))
            errors->append(unexpectedValue(request, QStringLiteral("mode"), modes));
        break;
    }
}

void FakeEntryTextsApi::readItems(const FakeRequest& request, TextsQuery* query, QJsonArray* errors) const
{
    query->items = s_defaultEntryTextItems;
    const Parse parse = request.integer(QStringLiteral("items"), &query->items);
    if (parse == Parse::Invalid)
        errors->append(unexpectedValue(request, QStringLiteral("items"), { QStringLiteral("integer") }));
    else if (parse == Parse::Ok && (query->items < 1 || query->items > 800))
        errors->append(outOfRange(request, QStringLiteral("items"), 1, 800));
    if (parse != Parse::Ok)
        query->items = s_defaultEntryTextItems;
}

void FakeEntryTextsApi::readFilters(const FakeRequest& request, TextsQuery* query, QJsonArray* errors) const
{
    const QStringList invalidIds
        = query->filter.readIds(request,
                                { QStringLiteral("customers_id"), QStringLiteral("projects_id"),
                                  QStringLiteral("services_id"), QStringLiteral("users_id") });
    for (const QString& key : invalidIds)
        errors->append(unexpectedValue(request, key, { QStringLiteral("integer") }));
    if (!query->filter.readBillable(request)) {
        errors->append(
            unexpectedValue(request, filterKey(QStringLiteral("billable")),
                            { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("12") }));
    }
    const auto readDate = [&](const QString& name, QDate* value) {
        if (request.date(filterKey(name), value) == Parse::Invalid)
            errors->append(unexpectedValue(request, filterKey(name), { QStringLiteral("date") }));
    };
    readDate(QStringLiteral("time_since"), &query->from);
    readDate(QStringLiteral("time_until"), &query->to);
    readDate(QStringLiteral("day"), &query->day);
}

QList<const Entry*> FakeEntryTextsApi::matches(const TextsQuery& query) const
{
    const QTimeZone zone(store().user().timezone.toUtf8());
    const bool owner = isOwner();
    QList<const Entry*> found;
    for (const Entry& entry : store().entries()) {
        if (entry.text.isEmpty() || (!owner && entry.usersId != me()))
            continue;
        if (!query.term.isEmpty() && !entry.text.contains(query.term, Qt::CaseInsensitive))
            continue;
        if (!query.filter.matches(entry))
            continue;
        const QDate date = zone.isValid() ? entry.since.toTimeZone(zone).date() : entry.since.date();
        if ((query.from.isValid() && date < query.from) || (query.to.isValid() && date > query.to)
            || (query.day.isValid() && date != query.day))
            continue;
        found.append(&entry);
    }
    // Most recently used first, each text once (list() skips repeated texts).
    std::sort(found.begin(), found.end(), [](const Entry* a, const Entry* b) {
        return a->since != b->since ? a->since > b->since : a->id > b->id;
    });
    return found;
}
