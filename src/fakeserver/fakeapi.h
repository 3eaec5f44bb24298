// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakemessages.h"
#include "fakeserver/fakereply.h"
#include "fakeserver/fakerequest.h"
#include "fakeserver/fakestore.h"
#include "fakeserver/faketimesource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The Clockodo endpoints of the fake, without any HTTP, split by area the way the API is: FakeUsersApi,
// FakeClockApi, FakeEntriesApi, FakeMasterDataApi and FakeEntryTextsApi. Each handler takes a decoded
// request, checks it, changes the store and returns status + JSON body as the OpenAPI document describes
// them. FakeApi is what the areas share: the reply, both error formats and the checks they all repeat.
//
// Error formats: 400s of /v2/entries* use the simple format {"error":{"code","message","fields"}},
// everything else the general format {"errors":[{"type","message","path","details"}]}.
class FakeApi
{
public:
    using Reply = FakeReply;

    static QJsonObject errorItem(const QString& type, const QString& message, const QString& path = {},
                                 const QJsonValue& details = QJsonValue::Null);
    static Reply generalError(int status, const QJsonArray& errors);
    static Reply generalError(int status, const QString& type, const QString& message, const QString& path = {},
                              const QJsonValue& details = QJsonValue::Null);
    static Reply simpleError(int status, const QString& message, const QStringList& fields = {});
    // True for the paths whose 400 answers use the simple format (/v2/entries and /v2/entries/{id}).
    static bool usesSimpleErrors(const QString& path);
    // 0 (not billable), 1 (billable) or 2 (billed); filters also accept 12 (billable or billed).
    static bool isBillableValue(qint64 value);
    // "filter[name]"
    static QString filterKey(const QString& name);

protected:
    FakeApi(FakeStore& store, const FakeTimeSource& time);
    ~FakeApi() = default;

    // The details objects of the general format.
    static QJsonObject expectedValues(const QStringList& values);
    static QJsonObject notBetween(double minimum, double maximum);
    static QJsonObject fieldsDetails(const QStringList& fields);
    // 200 with {"data": value}.
    static Reply dataReply(const QJsonValue& value);

    FakeStore& store() const { return m_store; }
    QString text(FakeMessages::Id id, const FakeRequest& request) const;
    qint64 me() const { return m_store.user().id; }
    bool isOwner() const { return m_store.user().role == QLatin1String("owner"); }
    QDateTime now() const { return m_time.now(); }
    QJsonValue entryJson(const FakeStore::Entry* entry) const;
    const FakeStore::Entry* visibleEntry(qint64 id) const;
    // Checks an optional users_id parameter; returns false and sets error when it names someone else.
    bool checkUser(const FakeRequest& request, const QString& key, Reply* error) const;

    // General-format error items: "UnexpectedValue" listing the expected values, "NotBetween" a range.
    QJsonObject unexpectedValue(const FakeRequest& request, const QString& key, const QStringList& expected) const;
    QJsonObject outOfRange(const FakeRequest& request, const QString& key, qint64 minimum, qint64 maximum) const;
    // General-format id check; appends an error item and returns false when invalid.
    bool readId(const FakeRequest& request, const QString& key, bool required, qint64* value, QJsonArray* errors) const;
    Reply notFound(const FakeRequest& request, const QString& path = QStringLiteral("id")) const;

private:
    FakeStore& m_store;
    const FakeTimeSource& m_time;
};
