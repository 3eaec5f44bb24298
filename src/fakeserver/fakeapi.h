// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakemessages.h"
#include "fakeserver/fakerequest.h"
#include "fakeserver/fakestore.h"
#include "fakeserver/faketimesource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

// The Clockodo endpoints of the fake, without any HTTP: each function takes a decoded request, checks
// it, changes the store and returns status + JSON body as the OpenAPI document describes them.
//
// Error formats: 400s of /v2/entries* use the simple format {"error":{"code","message","fields"}},
// everything else the general format {"errors":[{"type","message","path","details"}]}.
class FakeApi
{
public:
    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    FakeApi(FakeStore& store, const FakeTimeSource& time);

    Reply usersMe(const FakeRequest& request) const;

    Reply clockGet(const FakeRequest& request) const;
    Reply clockStart(const FakeRequest& request);
    Reply clockUpdate(const FakeRequest& request, qint64 id);
    Reply clockStop(const FakeRequest& request, qint64 id);

    Reply entriesList(const FakeRequest& request) const;
    Reply entryGet(const FakeRequest& request, qint64 id) const;
    Reply entryCreate(const FakeRequest& request);
    Reply entryUpdate(const FakeRequest& request, qint64 id);
    Reply entryDelete(const FakeRequest& request, qint64 id);

    Reply customersList(const FakeRequest& request) const;
    Reply customerGet(const FakeRequest& request, qint64 id) const;
    Reply projectsList(const FakeRequest& request) const;
    Reply projectGet(const FakeRequest& request, qint64 id) const;
    Reply servicesList(const FakeRequest& request) const;
    Reply serviceGet(const FakeRequest& request, qint64 id) const;
    Reply lumpSumServicesList(const FakeRequest& request) const;
    Reply lumpSumServiceGet(const FakeRequest& request, qint64 id) const;
    Reply entriesTexts(const FakeRequest& request) const;

    static QJsonObject errorItem(const QString& type, const QString& message, const QString& path = {},
                                 const QJsonValue& details = QJsonValue::Null);
    static Reply generalError(int status, const QJsonArray& errors);
    static Reply generalError(int status, const QString& type, const QString& message, const QString& path = {},
                              const QJsonValue& details = QJsonValue::Null);
    static Reply simpleError(int status, const QString& message, const QStringList& fields = {});
    // True for the paths whose 400 answers use the simple format (/v2/entries and /v2/entries/{id}).
    static bool usesSimpleErrors(const QString& path);

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

    QString text(FakeMessages::Id id, const FakeRequest& request) const;
    qint64 me() const { return m_store.user().id; }
    QDateTime now() const { return m_time.now(); }
    QJsonValue entryJson(const FakeStore::Entry* entry) const;
    const FakeStore::Entry* visibleEntry(qint64 id) const;
    // Checks an optional users_id parameter; returns false and sets error when it names someone else.
    bool checkUser(const FakeRequest& request, const QString& key, Reply* error) const;

    // General-format parameter checks; each appends an error item and returns false when invalid.
    bool readId(const FakeRequest& request, const QString& key, bool required, qint64* value, QJsonArray* errors) const;
    bool readPagingGeneral(const FakeRequest& request, qint64 maximum, Paging* paging, QJsonArray* errors) const;
    bool readMasterFilter(const FakeRequest& request, MasterFilter* filter, QJsonArray* errors) const;
    template<typename Record, typename Extra, typename ToJson>
    Reply masterList(const FakeRequest& request, const QMap<qint64, Record>& records, Extra extra, ToJson toJson) const;

    Reply notFound(const FakeRequest& request, const QString& path = QStringLiteral("id")) const;
    // Existence / active / combination checks of customer, project and service for the clock.
    bool checkBooking(const FakeRequest& request, qint64 customersId, qint64 projectsId, qint64 servicesId,
                      Reply* error) const;
    // The same for entries, answering with the simple format; fields names the offending parameters.
    bool checkEntryReferences(const FakeRequest& request, const FakeStore::Entry& entry, const FakeStore::Entry* old,
                              Reply* error) const;

    FakeStore& m_store;
    const FakeTimeSource& m_time;
};
