// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakestore.h"

#include <QJsonObject>
#include <QJsonValue>

// Wire format of the fake server: the JSON objects of the OpenAPI schemas EntryV2Time /
// EntryV2LumpsumValue / EntryV2LumpsumService, CustomerV3, ProjectV4, ServiceV4, LumpSumServiceV4,
// UserV3 and the paging object, with every property the schema marks as required.
class FakeJson
{
public:
    // "yyyy-MM-ddTHH:mm:ssZ" in UTC.
    static QString timestamp(const QDateTime& dateTime);
    // The same as a JSON string literal, quotes included, appended to out.
    static void appendTimestamp(QByteArray* out, const QDateTime& dateTime);
    static QJsonValue timestampOrNull(const QDateTime& dateTime);
    static QJsonValue dateOrNull(const QDate& date);
    static QJsonValue idOrNull(qint64 id);
    static QJsonValue stringOrNull(const QString& text);

    // enhanced adds the *_name fields (and, for owners, hourly_rate / revenue) of the enhanced list.
    static QJsonObject entry(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now,
                             bool enhanced);
    static QJsonValue entryOrNull(const FakeStore& store, const FakeStore::Entry* entry, const QDateTime& now);
    static QJsonObject customer(const FakeStore& store, const FakeStore::Customer& customer);
    static QJsonObject project(const FakeStore& store, const FakeStore::Project& project);
    static QJsonObject service(const FakeStore& store, const FakeStore::Service& service);
    static QJsonObject lumpSumService(const FakeStore& store, const FakeStore::LumpSumService& service);
    static QJsonObject user(const FakeStore::User& user);
    // GET /v2/aggregates/users/me: {"user": UserV1, "company": CompanyV1, "worktime_regulation": null}.
    static QJsonObject aggregatesUsersMe(const FakeStore& store);
    // count_pages is at least 1, also for an empty list.
    static QJsonObject paging(qint64 itemsPerPage, qint64 currentPage, qint64 countItems);
    // Revenue of an entry (0 unless billable or billed), rounded to cents.
    static double revenue(const FakeStore& store, const FakeStore::Entry& entry, const QDateTime& now);
};
