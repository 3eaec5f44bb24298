// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"
#include "fakeserver/fakeentryfilter.h"

#include <QDate>

// GET /v3/entriesTexts: the texts of the user's entries, most recently used first, each once. Errors use
// the general format.
class FakeEntryTextsApi : public FakeApi
{
public:
    FakeEntryTextsApi(FakeStore& store, const FakeTimeSource& time);

    Reply list(const FakeRequest& request) const;

private:
    struct TextsQuery
    {
        QString term;
        qint64 items = 0;
        FakeEntryFilter filter;
        QDate from;
        QDate to;
        QDate day;
    };

    // The query parameters, checked one by one (every invalid one is reported).
    void readQuery(const FakeRequest& request, TextsQuery* query, QJsonArray* errors) const;
    void readMode(const FakeRequest& request, QJsonArray* errors) const;
    void readItems(const FakeRequest& request, TextsQuery* query, QJsonArray* errors) const;
    void readFilters(const FakeRequest& request, TextsQuery* query, QJsonArray* errors) const;
    // The entries with a text that pass the query, most recent first.
    QList<const FakeStore::Entry*> matches(const TextsQuery& query) const;
};
