// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"
#include "fakeserver/fakeentrybody.h"
#include "fakeserver/fakeentryfilter.h"

// GET and POST /v2/entries, GET, PUT and DELETE /v2/entries/{id}. 400s use the simple error format.
class FakeEntriesApi : public FakeApi
{
public:
    FakeEntriesApi(FakeStore& store, const FakeTimeSource& time);

    Reply list(const FakeRequest& request) const;
    Reply get(const FakeRequest& request, qint64 id) const;
    Reply create(const FakeRequest& request);
    Reply update(const FakeRequest& request, qint64 id);
    Reply remove(const FakeRequest& request, qint64 id);

private:
    struct ListQuery
    {
        QDateTime since;
        QDateTime until;
        qint64 page = 1;
        qint64 itemsPerPage = 0;
        bool itemsOutOfRange = false;
        bool enhanced = false;
        FakeEntryFilter filter;
        bool hasTextFilter = false;
        QString textFilter;
    };

    // GET: the query parameters; returns the invalid ones.
    QStringList readListQuery(const FakeRequest& request, ListQuery* query) const;
    void readListPaging(const FakeRequest& request, ListQuery* query, QStringList* bad) const;
    void readListFilters(const FakeRequest& request, ListQuery* query, QStringList* bad) const;
    // The entries a list query matches, sorted; the last few lists are kept while the store's entries stay the same,
    // so that page k of a range costs O(page), not a scan and sort of all entries.
    QList<const FakeStore::Entry*> listMatches(const ListQuery& query) const;
    QList<const FakeStore::Entry*> scanMatches(const ListQuery& query) const;

    struct CachedList
    {
        QString key;
        quint64 revision = 0;
        QList<const FakeStore::Entry*> matches;
    };
    static constexpr int MaxCachedLists = 4;
    mutable QList<CachedList> m_cachedLists; // most recently used first

    // 400 "invalid fields" naming fields.
    Reply invalidFields(const FakeRequest& request, const QStringList& fields) const;
    // Start, end and the 24 h cap of a changed entry (PUT); false with error when they do not fit.
    bool checkChangedTimes(const FakeRequest& request, const FakeStore::Entry& existing,
                           const FakeEntryBody::Changed& changed, const QDateTime& current, FakeStore::Entry* entry,
                           Reply* error) const;
    // Existence / active / combination checks of the booking; fields names the offending parameters.
    // Only changed references must be active (old: the stored entry of a PUT, nullptr for POST).
    bool checkEntryReferences(const FakeRequest& request, const FakeStore::Entry& entry, const FakeStore::Entry* old,
                              Reply* error) const;
};
