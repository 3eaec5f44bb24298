// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakerequest.h"
#include "fakeserver/fakestore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// Reads the bodies of POST /v2/entries and PUT /v2/entries/{id} into an entry and collects the fields
// that are missing or invalid, in the order they are read, for the simple error format. None of the body
// properties is nullable in the contract, so an explicit JSON null is refused like a value of the wrong type.
class FakeEntryBody
{
public:
    // What POST sends besides the entry's own fields.
    struct Created
    {
        bool hasRate = false;
        bool offline = false;
        QDateTime clockedSince;
        QString text;
    };
    // What PUT sends that decides how the times and the text change.
    struct Changed
    {
        bool sinceGiven = false;
        bool untilGiven = false;
        bool hasDuration = false;
        qint64 duration = 0;
        QString text;
    };

    explicit FakeEntryBody(const FakeRequest& request);

    // POST: fills entry (its type follows from the fields sent: lumpsum_services_id → 3, lumpsum → 2, else 1).
    Created readNew(FakeStore::Entry* entry);
    // PUT: applies the fields sent to entry, a copy of the stored one (existingRunning: it is running).
    Changed readChanges(bool existingRunning, FakeStore::Entry* entry);
    // The missing fields, then the invalid ones; empty when the body can be used.
    QStringList badFields() const { return m_missing + m_invalid; }

private:
    // POST readers.
    void readNewType(FakeStore::Entry* entry) const;
    void readNewBillable(FakeStore::Entry* entry);
    void readNewTypeFields(FakeStore::Entry* entry, Created* created);
    void requiredId(const QString& key, qint64* value);
    void optionalId(const QString& key, qint64* value);
    void requiredTime(const QString& key, QDateTime* value);
    bool amount(const QString& key, double* value, bool required);
    // PUT readers: a missing field keeps the entry's value.
    void changeId(const QString& key, qint64* field, bool nullable);
    void changeAmount(const QString& key, double* field);
    bool changeTime(const QString& key, QDateTime* field, bool nullAllowed);
    void changeBillable(FakeStore::Entry* entry);
    void changeText(Changed* changed);
    // Both: duration (checked, but only PUT uses it) and the explicit nulls not reported yet.
    bool readDuration(qint64* duration);
    void refuseNulls();

    const FakeRequest& m_request;
    QStringList m_missing;
    QStringList m_invalid;
};
