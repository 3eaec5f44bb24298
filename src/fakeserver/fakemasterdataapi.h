// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"

#include <QMap>

// The master data lists and records: GET /v3/customers[/{id}], /v4/projects[/{id}], /v4/services[/{id}]
// and /v4/lumpSumServices[/{id}]. They share paging, filter[active], filter[fulltext], sort and scope;
// errors use the general format.
class FakeMasterDataApi : public FakeApi
{
public:
    FakeMasterDataApi(FakeStore& store, const FakeTimeSource& time);

    Reply customersList(const FakeRequest& request) const;
    Reply customerGet(const FakeRequest& request, qint64 id) const;
    Reply projectsList(const FakeRequest& request) const;
    Reply projectGet(const FakeRequest& request, qint64 id) const;
    Reply servicesList(const FakeRequest& request) const;
    Reply serviceGet(const FakeRequest& request, qint64 id) const;
    Reply lumpSumServicesList(const FakeRequest& request) const;
    Reply lumpSumServiceGet(const FakeRequest& request, qint64 id) const;

private:
    struct Paging
    {
        qint64 page = 1;
        qint64 itemsPerPage = 1000;
    };
    struct MasterFilter
    {
        bool hasActive = false;
        bool active = true;
        QString fulltext;
        QStringList sort;
    };

    // Each appends error items and returns false when a parameter is invalid.
    bool readPaging(const FakeRequest& request, Paging* paging, QJsonArray* errors) const;
    bool readMasterFilter(const FakeRequest& request, MasterFilter* filter, QJsonArray* errors) const;
    bool readSort(const FakeRequest& request, MasterFilter* filter, QJsonArray* errors) const;
    // A list endpoint: extra reads the endpoint's own filters (appending errors) and returns a predicate.
    template<typename Record, typename Extra, typename ToJson>
    Reply masterList(const FakeRequest& request, const QMap<qint64, Record>& records, Extra extra, ToJson toJson) const;
    template<typename Record>
    static void sortRecords(QList<const Record*>* records, const QStringList& sort);
    template<typename Record, typename ToJson>
    Reply masterGet(const FakeRequest& request, const Record* record, ToJson toJson) const;
};
