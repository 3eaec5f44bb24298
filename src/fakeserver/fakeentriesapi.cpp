// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeentriesapi.h"

#include "fakeserver/fakeentrylistwriter.h"
#include "fakeserver/fakejson.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

using Id = FakeMessages::Id;
using Parse = FakeRequest::Parse;
using Entry = FakeStore::Entry;

constexpr qint64 s_maxEntriesPerPage = 1000;

// Entries whose interval intersects [since, until); running ones are open-ended, zero-length ones
// (lump sums) count when they start inside the window.
bool inWindow(const Entry& entry, const QDateTime& since, const QDateTime& until)
{
    if (entry.since >= until)
        return false;
    if (!entry.until.isValid())
        return true;
    if (entry.until <= entry.since)
        return entry.since >= since;
    return entry.until > since;
}

} // namespace

FakeEntriesApi::FakeEntriesApi(FakeStore& store, const FakeTimeSource& time)
    : FakeApi(store, time)
{ }

FakeEntriesApi::Reply FakeEntriesApi::invalidFields(const FakeRequest& request, const QStringList& fields) const
{
    return simpleError(400, text(Id::InvalidFields, request).arg(fields.join(QStringLiteral(", "))), fields);
}

// ---- GET /v2/entries -----------------------------------------------------------------------------------

FakeEntriesApi::Reply FakeEntriesApi::list(const FakeRequest& request) const
{
    ListQuery query;
    const QStringList bad = readListQuery(request, &query);
    if (!bad.isEmpty()) {
        if (bad == QStringList { QStringLiteral("items_per_page") } && query.itemsOutOfRange)
            return simpleError(400, text(Id::NotBetween, request).arg(1).arg(s_maxEntriesPerPage), bad);
        return invalidFields(request, bad);
    }
    if (query.until < query.since)
        return simpleError(400, text(Id::EndBeforeStart, request), { QStringLiteral("time_until") });

    // The bytes of {"paging": …, "entries": [FakeJson::entry(…), …]} without a QJsonObject per entry.
    const QList<const Entry*> matches = listMatches(query);
    const qint64 first = qMin<qint64>((query.page - 1) * query.itemsPerPage, matches.size());
    const qint64 count = qMin<qint64>(query.itemsPerPage, matches.size() - first);
    const QByteArray paging = QJsonDocument(FakeJson::paging(query.itemsPerPage, query.page, matches.size()))
                                  .toJson(QJsonDocument::Compact);
    Reply reply;
    reply.json = FakeEntryListWriter(store(), now(), query.enhanced).listBody(matches.mid(first, count), paging);
    return reply;
}

QStringList FakeEntriesApi::readListQuery(const FakeRequest& request, ListQuery* query) const
{
    QStringList bad;
    if (request.dateTime(QStringLiteral("time_since"), &query->since) != Parse::Ok)
        bad.append(QStringLiteral("time_since"));
    if (request.dateTime(QStringLiteral("time_until"), &query->until) != Parse::Ok)
        bad.append(QStringLiteral("time_until"));
    readListPaging(request, query, &bad);

    if (request.boolean(QStringLiteral("enhanced_list"), &query->enhanced) == Parse::Invalid)
        bad.append(QStringLiteral("enhanced_list"));
    bool calcRevenues = false;
    if (request.boolean(QStringLiteral("calc_also_revenues_for_projects_with_hard_budget"), &calcRevenues)
        == Parse::Invalid)
        bad.append(QStringLiteral("calc_also_revenues_for_projects_with_hard_budget"));
    readListFilters(request, query, &bad);
    return bad;
}

void FakeEntriesApi::readListPaging(const FakeRequest& request, ListQuery* query, QStringList* bad) const
{
    Parse parse = request.integer(QStringLiteral("page"), &query->page);
    if (parse == Parse::Invalid || (parse == Parse::Ok && query->page < 1))
        bad->append(QStringLiteral("page"));
    if (parse != Parse::Ok)
        query->page = 1;
    query->itemsPerPage = s_maxEntriesPerPage;
    parse = request.integer(QStringLiteral("items_per_page"), &query->itemsPerPage);
    query->itemsOutOfRange
        = parse == Parse::Ok && (query->itemsPerPage < 1 || query->itemsPerPage > s_maxEntriesPerPage);
    if (parse == Parse::Invalid || query->itemsOutOfRange)
        bad->append(QStringLiteral("items_per_page"));
    if (parse != Parse::Ok)
        query->itemsPerPage = s_maxEntriesPerPage;
}

void FakeEntriesApi::readListFilters(const FakeRequest& request, ListQuery* query, QStringList* bad) const
{
    static const QStringList idFilterNames {
        QStringLiteral("users_id"),       QStringLiteral("customers_id"), QStringLiteral("projects_id"),
        QStringLiteral("subprojects_id"), QStringLiteral("services_id"),  QStringLiteral("lumpsum_services_id"),
        QStringLiteral("texts_id"),
    };
    bad->append(query->filter.readIds(request, idFilterNames));
    if (!query->filter.readBillable(request))
        bad->append(filterKey(QStringLiteral("billable")));
    query->hasTextFilter = request.string(filterKey(QStringLiteral("text")), &query->textFilter) == Parse::Ok;
    QString budgetType;
    if (request.string(filterKey(QStringLiteral("budget_type")), &budgetType) == Parse::Ok) {
        static const QStringList budgetTypes {
            QStringLiteral("rep_filter_budget_strict"),
            QStringLiteral("rep_filter_budget_strict_completed"),
            QStringLiteral("rep_filter_budget_strict_incomplete"),
            QStringLiteral("rep_filter_budget_soft"),
            QStringLiteral("rep_filter_budget_soft_completed"),
            QStringLiteral("rep_filter_budget_soft_incomplete"),
            QStringLiteral("rep_filter_budget_without"),
            QStringLiteral("rep_filter_budget_without_strict"),
        };
        if (!budgetTypes.contains(budgetType))
            bad->append(filterKey(QStringLiteral("budget_type")));
    }
}

QList<const Entry*> FakeEntriesApi::listMatches(const ListQuery& query) const
{
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|")
                            .arg(isOwner() ? 0 : me())
                            .arg(query.since.toMSecsSinceEpoch())
                            .arg(query.until.toMSecsSinceEpoch())
                            .arg(query.filter.key())
                            .arg(query.hasTextFilter ? 1 : 0)
        + query.textFilter;
    const quint64 revision = store().entriesRevision();
    for (qsizetype i = 0; i < m_cachedLists.size(); ++i) {
        if (m_cachedLists.at(i).key == key && m_cachedLists.at(i).revision == revision) {
            m_cachedLists.move(i, 0);
            return m_cachedLists.first().matches;
        }
    }
    m_cachedLists.prepend({ key, revision, scanMatches(query) });
    if (m_cachedLists.size() > MaxCachedLists)
        m_cachedLists.removeLast();
    return m_cachedLists.first().matches;
}

QList<const Entry*> FakeEntriesApi::scanMatches(const ListQuery& query) const
{
    const bool owner = isOwner();
    QList<const Entry*> matches;
    for (const Entry& entry : store().entries()) {
        if (!owner && entry.usersId != me())
            continue;
        if (!inWindow(entry, query.since, query.until))
            continue;
        if (!query.filter.matches(entry))
            continue;
        if (query.hasTextFilter && entry.text != query.textFilter)
            continue;
        matches.append(&entry);
    }
    std::sort(matches.begin(), matches.end(), [](const Entry* a, const Entry* b) {
        return a->since != b->since ? a->since < b->since : a->id < b->id;
    });
    return matches;
}

// ---- GET /v2/entries/{id} ------------------------------------------------------------------------------

FakeEntriesApi::Reply FakeEntriesApi::get(const FakeRequest& request, qint64 id) const
{
    const Entry* entry = visibleEntry(id);
    if (!entry)
        return notFound(request);
    Reply reply;
    reply.body.insert(QStringLiteral("entry"), entryJson(entry));
    return reply;
}

// ---- POST /v2/entries ----------------------------------------------------------------------------------

FakeEntriesApi::Reply FakeEntriesApi::create(const FakeRequest& request)
{
    Entry entry;
    entry.usersId = me();
    FakeEntryBody body(request);
    const FakeEntryBody::Created created = body.readNew(&entry);
    if (!body.badFields().isEmpty())
        return invalidFields(request, body.badFields());
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    if (!checkEntryReferences(request, entry, nullptr, &error))
        return error;
    if (entry.type == FakeStore::TimeEntry) {
        if (entry.until <= entry.since)
            return simpleError(400, text(Id::EndBeforeStart, request), { QStringLiteral("time_until") });
        if (entry.since.secsTo(entry.until) > FakeStore::MaxDurationSeconds)
            return simpleError(400, text(Id::TooLong, request), { QStringLiteral("time_until") });
    } else {
        entry.until = entry.since;
    }

    const QDateTime current = now();
    if (entry.type == FakeStore::TimeEntry) {
        if (!created.hasRate)
            entry.hourlyRate = store().customer(entry.customersId)->hourlyRate;
        entry.clocked = created.offline;
        entry.clockedOffline = created.offline;
        entry.clockedSince
            = created.offline ? (created.clockedSince.isValid() ? created.clockedSince : entry.since) : QDateTime();
    }
    entry.text = created.text;
    entry.inserted = current;
    entry.lastChange = current;
    entry.lastChangeWorkTime = current;
    const qint64 id = store().addEntry(entry);

    Reply reply;
    reply.body.insert(QStringLiteral("entry"), entryJson(store().entry(id)));
    return reply;
}

// ---- PUT /v2/entries/{id} ------------------------------------------------------------------------------

FakeEntriesApi::Reply FakeEntriesApi::update(const FakeRequest& request, qint64 id)
{
    if (!visibleEntry(id))
        return notFound(request);
    Entry* existing = store().entry(id);
    Entry entry = *existing;
    FakeEntryBody body(request);
    const FakeEntryBody::Changed changed = body.readChanges(existing->isRunning(), &entry);
    if (!body.badFields().isEmpty())
        return invalidFields(request, body.badFields());
    Reply error;
    if (!checkUser(request, QStringLiteral("users_id"), &error))
        return error;
    const QDateTime current = now();
    if (!checkChangedTimes(request, *existing, changed, current, &entry, &error))
        return error;
    // Billed entries. The contract says only this much: POST takes billable 0/1 (BillableWithoutBilled), PUT the
    // Billable enum, whose 12 ("billable or billed") is a filter value and refused here (isBillableValue). It does
    // not say whether a running entry may be billed; strict where it is unsure: billed means invoiced, and a running
    // clock has no final duration to invoice, so an entry that is (or stays) running cannot become billed. The
    // contract names no other limit (who may edit a billed entry, which fields), so the fake accepts edits of
    // billed entries; the client locks them itself until the user unlocks them.
    if (entry.billable == 2 && existing->billable != 2 && entry.isRunning())
        return invalidFields(request, { QStringLiteral("billable") });
    if (!checkEntryReferences(request, entry, existing, &error))
        return error;

    const bool wasRunning = existing->isRunning();
    const bool workTimeChanged = existing->since != entry.since || existing->until != entry.until;
    *existing = entry;
    store().setText(*existing, changed.text);
    if (wasRunning && !existing->isRunning())
        store().stopEntry(*existing, existing->until, current);
    existing->lastChange = current;
    if (workTimeChanged)
        existing->lastChangeWorkTime = current;

    Reply reply;
    reply.body = QJsonObject {
        { QStringLiteral("entry"), entryJson(existing) },
        { QStringLiteral("running"), entryJson(store().runningEntry(me())) },
    };
    return reply;
}

bool FakeEntriesApi::checkChangedTimes(const FakeRequest& request, const Entry& existing,
                                       const FakeEntryBody::Changed& changed, const QDateTime& current, Entry* entry,
                                       Reply* error) const
{
    const auto fail = [&](Id id, const QString& field) {
        *error = simpleError(400, text(id, request), { field });
        return false;
    };
    if (entry->type != FakeStore::TimeEntry) {
        if (changed.sinceGiven)
            entry->until = entry->since;
        return true;
    }
    // duration is honoured only for finished entries when no time_until is given.
    if (!changed.untilGiven && changed.hasDuration && !existing.isRunning())
        entry->until = entry->since.addSecs(changed.duration);
    const QString field = changed.untilGiven ? QStringLiteral("time_until") : QStringLiteral("time_since");
    if (entry->until.isValid() && entry->until <= entry->since)
        return fail(Id::EndBeforeStart, field);
    if (entry->isRunning() && entry->since > current)
        return fail(Id::TimeInFuture, QStringLiteral("time_since"));
    if (entry->until.isValid() && entry->since.secsTo(entry->until) > FakeStore::MaxDurationSeconds)
        return fail(Id::TooLong, field);
    return true;
}

bool FakeEntriesApi::checkEntryReferences(const FakeRequest& request, const Entry& entry, const Entry* old,
                                          Reply* error) const
{
    const auto fail = [&](Id id, const QStringList& fields) {
        *error = simpleError(400, text(id, request), fields);
        return false;
    };
    const FakeStore::Customer* customer = store().customer(entry.customersId);
    if (!customer)
        return fail(Id::ResourceNotFound, { QStringLiteral("customers_id") });
    const bool customerChanged = !old || old->customersId != entry.customersId;
    if (customerChanged && !customer->active)
        return fail(Id::ResourceInactive, { QStringLiteral("customers_id") });

    const FakeStore::Project* project = nullptr;
    const bool projectChanged = !old || old->projectsId != entry.projectsId;
    if (entry.projectsId > 0) {
        project = store().project(entry.projectsId);
        if (!project)
            return fail(Id::ResourceNotFound, { QStringLiteral("projects_id") });
        if (project->customersId != entry.customersId)
            return fail(Id::ProjectNotOfCustomer, { QStringLiteral("customers_id"), QStringLiteral("projects_id") });
        if (projectChanged && !project->active)
            return fail(Id::ResourceInactive, { QStringLiteral("projects_id") });
        if (projectChanged && project->completed)
            return fail(Id::ProjectCompleted, { QStringLiteral("projects_id") });
    }
    if (entry.subprojectsId > 0)
        return fail(Id::ResourceNotFound, { QStringLiteral("subprojects_id") });

    if (entry.type == FakeStore::LumpSumServiceEntry) {
        const FakeStore::LumpSumService* service = store().lumpSumService(entry.lumpSumServicesId);
        if (!service)
            return fail(Id::ResourceNotFound, { QStringLiteral("lumpsum_services_id") });
        if ((!old || old->lumpSumServicesId != entry.lumpSumServicesId) && !service->active)
            return fail(Id::ResourceInactive, { QStringLiteral("lumpsum_services_id") });
        return true;
    }
    const FakeStore::Service* service = store().service(entry.servicesId);
    if (!service)
        return fail(Id::ResourceNotFound, { QStringLiteral("services_id") });
    const bool serviceChanged = !old || old->servicesId != entry.servicesId;
    if (serviceChanged && !service->active)
        return fail(Id::ResourceInactive, { QStringLiteral("services_id") });
    const QList<qint64>& assignments = project && !project->serviceAssignments.isEmpty() ? project->serviceAssignments
                                                                                         : customer->serviceAssignments;
    if ((serviceChanged || customerChanged || projectChanged) && !assignments.isEmpty()
        && !assignments.contains(entry.servicesId))
        return fail(Id::ServiceNotAssigned, { QStringLiteral("services_id") });
    return true;
}

// ---- DELETE /v2/entries/{id} ---------------------------------------------------------------------------

FakeEntriesApi::Reply FakeEntriesApi::remove(const FakeRequest& request, qint64 id)
{
    if (!visibleEntry(id))
        return notFound(request);
    store().removeEntry(id);
    Reply reply;
    reply.body.insert(QStringLiteral("success"), true);
    return reply;
}
