// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakeapi.h"

// GET and POST /v2/clock, PUT /v2/clock/{id} (correct the start of an entry) and DELETE /v2/clock/{id}
// (stop). Errors use the general format.
class FakeClockApi : public FakeApi
{
public:
    FakeClockApi(FakeStore& store, const FakeTimeSource& time);

    Reply get(const FakeRequest& request) const;
    Reply start(const FakeRequest& request);
    Reply update(const FakeRequest& request, qint64 id);
    Reply stop(const FakeRequest& request, qint64 id);

private:
    struct Start
    {
        qint64 customersId = 0;
        qint64 servicesId = 0;
        qint64 projectsId = 0;
        qint64 subprojectsId = 0;
        int billable = -1; // -1: the customer's or project's default
        QString text;
        QDateTime since;
        bool retroactive = false; // time_since was given
    };
    struct Stop
    {
        QDateTime until;
        bool hasUntil = false;
        qint64 away = 0;
        bool startNew = false;
    };
    struct Update
    {
        QDateTime since;
        QDateTime sinceBefore;
        QDateTime untilBefore;
        qint64 duration = 0;
        qint64 durationBefore = 0;
        bool hasSince = false;
        bool hasSinceBefore = false;
        bool hasUntilBefore = false;
        bool hasDuration = false;
        bool hasDurationBefore = false;
    };

    // POST: the parameters, checked one by one (every invalid one is reported).
    void readStart(const FakeRequest& request, const QDateTime& current, Start* start, QJsonArray* errors) const;
    void readStartBillable(const FakeRequest& request, Start* start, QJsonArray* errors) const;
    // Existence / active / combination checks of customer, project and service.
    bool checkBooking(const FakeRequest& request, qint64 customersId, qint64 projectsId, qint64 servicesId,
                      Reply* error) const;
    // Stops the running clock (if any) and starts the new entry.
    Reply startEntry(const Start& start, const QDateTime& current);

    void readStop(const FakeRequest& request, Stop* stop, QJsonArray* errors) const;

    void readUpdate(const FakeRequest& request, Update* update, QJsonArray* errors) const;
    // 409 when the *_before values show that the entry has changed meanwhile.
    bool checkUnchanged(const FakeRequest& request, const FakeStore::Entry& entry, const Update& update,
                        const QDateTime& current, Reply* error) const;
    // The entry's new start from time_since or duration; false (with error) when it is out of range.
    bool newStart(const FakeRequest& request, const FakeStore::Entry& entry, const Update& update,
                  const QDateTime& current, QDateTime* target, Reply* error) const;
    // overlapping_correction: the user's previous time entry ends after the new start.
    QJsonValue overlappingCorrection(const FakeStore::Entry& entry, const QDateTime& target) const;
};
