// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeentrybody.h"

#include "fakeserver/fakeapi.h"

namespace {

using Parse = FakeRequest::Parse;
using Entry = FakeStore::Entry;

// The properties of the POST /v2/entries and PUT /v2/entries/{id} bodies.
const QStringList& entryBodyFields()
{
    static const QStringList fields {
        QStringLiteral("time_since"),   QStringLiteral("time_until"),
        QStringLiteral("customers_id"), QStringLiteral("billable"),
        QStringLiteral("projects_id"),  QStringLiteral("subprojects_id"),
        QStringLiteral("services_id"),  QStringLiteral("lumpsum_services_id"),
        QStringLiteral("users_id"),     QStringLiteral("clocked_offline"),
        QStringLiteral("duration"),     QStringLiteral("lumpsum"),
        QStringLiteral("hourly_rate"),  QStringLiteral("lumpsum_services_amount"),
        QStringLiteral("text"),         QStringLiteral("time_clocked_since"),
    };
    return fields;
}

} // namespace

FakeEntryBody::FakeEntryBody(const FakeRequest& request)
    : m_request(request)
{ }

// ---- POST /v2/entries ----------------------------------------------------------------------------------

FakeEntryBody::Created FakeEntryBody::readNew(Entry* entry)
{
    readNewType(entry);
    requiredId(QStringLiteral("customers_id"), &entry->customersId);
    readNewBillable(entry);
    requiredTime(QStringLiteral("time_since"), &entry->since);
    optionalId(QStringLiteral("projects_id"), &entry->projectsId);
    optionalId(QStringLiteral("subprojects_id"), &entry->subprojectsId);
    Created created;
    readNewTypeFields(entry, &created);
    qint64 duration = 0;
    readDuration(&duration);
    if (m_request.string(QStringLiteral("text"), &created.text) == Parse::Invalid)
        m_invalid.append(QStringLiteral("text"));
    refuseNulls();
    return created;
}

void FakeEntryBody::readNewType(Entry* entry) const
{
    qint64 probeId = 0;
    double probeNumber = 0;
    const Parse lumpSumServiceParse = m_request.integer(QStringLiteral("lumpsum_services_id"), &probeId);
    const Parse lumpSumParse = m_request.number(QStringLiteral("lumpsum"), &probeNumber);
    if (lumpSumServiceParse == Parse::Ok || lumpSumServiceParse == Parse::Invalid)
        entry->type = FakeStore::LumpSumServiceEntry;
    else if (lumpSumParse == Parse::Ok || lumpSumParse == Parse::Invalid)
        entry->type = FakeStore::LumpSumValueEntry;
}

void FakeEntryBody::readNewBillable(Entry* entry)
{
    qint64 billable = 0;
    switch (m_request.integer(QStringLiteral("billable"), &billable)) {
    case Parse::Ok:
        // BillableWithoutBilled: a new entry cannot have been billed yet.
        if (billable != 0 && billable != 1)
            m_invalid.append(QStringLiteral("billable"));
        break;
    case Parse::Missing:
    case Parse::Null:
        m_missing.append(QStringLiteral("billable"));
        break;
    case Parse::Invalid:
        m_invalid.append(QStringLiteral("billable"));
        break;
    }
    entry->billable = int(billable);
}

void FakeEntryBody::readNewTypeFields(Entry* entry, Created* created)
{
    switch (entry->type) {
    case FakeStore::TimeEntry:
        requiredId(QStringLiteral("services_id"), &entry->servicesId);
        requiredTime(QStringLiteral("time_until"), &entry->until);
        created->hasRate = amount(QStringLiteral("hourly_rate"), &entry->hourlyRate, false);
        if (m_request.boolean(QStringLiteral("clocked_offline"), &created->offline) == Parse::Invalid)
            m_invalid.append(QStringLiteral("clocked_offline"));
        if (m_request.dateTime(QStringLiteral("time_clocked_since"), &created->clockedSince) == Parse::Invalid)
            m_invalid.append(QStringLiteral("time_clocked_since"));
        break;
    case FakeStore::LumpSumValueEntry:
        requiredId(QStringLiteral("services_id"), &entry->servicesId);
        amount(QStringLiteral("lumpsum"), &entry->lumpsum, true);
        break;
    default:
        requiredId(QStringLiteral("lumpsum_services_id"), &entry->lumpSumServicesId);
        amount(QStringLiteral("lumpsum_services_amount"), &entry->lumpSumServicesAmount, true);
        break;
    }
}

void FakeEntryBody::requiredId(const QString& key, qint64* value)
{
    switch (m_request.integer(key, value)) {
    case Parse::Ok:
        if (*value < 1)
            m_invalid.append(key);
        break;
    case Parse::Missing:
    case Parse::Null:
        m_missing.append(key);
        break;
    case Parse::Invalid:
        m_invalid.append(key);
        break;
    }
}

void FakeEntryBody::optionalId(const QString& key, qint64* value)
{
    const Parse parse = m_request.integer(key, value);
    if (parse == Parse::Invalid || (parse == Parse::Ok && *value < 0))
        m_invalid.append(key);
    if (parse != Parse::Ok)
        *value = 0;
}

void FakeEntryBody::requiredTime(const QString& key, QDateTime* value)
{
    const Parse parse = m_request.dateTime(key, value);
    if (parse == Parse::Missing || parse == Parse::Null)
        m_missing.append(key);
    else if (parse == Parse::Invalid)
        m_invalid.append(key);
}

bool FakeEntryBody::amount(const QString& key, double* value, bool required)
{
    const Parse parse = m_request.number(key, value);
    if (parse == Parse::Invalid || (parse == Parse::Ok && *value < 0))
        m_invalid.append(key);
    else if (required && (parse == Parse::Missing || parse == Parse::Null))
        m_missing.append(key);
    return parse == Parse::Ok;
}

// ---- PUT /v2/entries/{id} ------------------------------------------------------------------------------

FakeEntryBody::Changed FakeEntryBody::readChanges(bool existingRunning, Entry* entry)
{
    changeId(QStringLiteral("customers_id"), &entry->customersId, false);
    changeId(QStringLiteral("projects_id"), &entry->projectsId, true);
    changeId(QStringLiteral("subprojects_id"), &entry->subprojectsId, true);
    if (entry->type == FakeStore::LumpSumServiceEntry)
        changeId(QStringLiteral("lumpsum_services_id"), &entry->lumpSumServicesId, false);
    else
        changeId(QStringLiteral("services_id"), &entry->servicesId, false);
    changeBillable(entry);
    Changed changed;
    changed.sinceGiven = changeTime(QStringLiteral("time_since"), &entry->since, false);
    // time_until: an empty form value keeps a running entry running; it cannot restart a finished one.
    changed.untilGiven = changeTime(QStringLiteral("time_until"), &entry->until, existingRunning);
    changed.hasDuration = readDuration(&changed.duration);
    switch (entry->type) {
    case FakeStore::TimeEntry:
        changeAmount(QStringLiteral("hourly_rate"), &entry->hourlyRate);
        break;
    case FakeStore::LumpSumValueEntry:
        changeAmount(QStringLiteral("lumpsum"), &entry->lumpsum);
        break;
    default:
        changeAmount(QStringLiteral("lumpsum_services_amount"), &entry->lumpSumServicesAmount);
        break;
    }
    changed.text = entry->text;
    changeText(&changed);
    refuseNulls();
    return changed;
}

void FakeEntryBody::changeId(const QString& key, qint64* field, bool nullable)
{
    qint64 value = 0;
    switch (m_request.integer(key, &value)) {
    case Parse::Ok:
        if (value < (nullable ? 0 : 1))
            m_invalid.append(key);
        else
            *field = value;
        break;
    case Parse::Null:
        // The contract types these ids as integers (minimum 0); "none" is 0, never null.
        m_invalid.append(key);
        break;
    case Parse::Missing:
        break;
    case Parse::Invalid:
        m_invalid.append(key);
        break;
    }
}

void FakeEntryBody::changeAmount(const QString& key, double* field)
{
    double value = 0;
    const Parse parse = m_request.number(key, &value);
    if (parse == Parse::Invalid || (parse == Parse::Ok && value < 0))
        m_invalid.append(key);
    else if (parse == Parse::Ok)
        *field = value;
}

bool FakeEntryBody::changeTime(const QString& key, QDateTime* field, bool nullAllowed)
{
    QDateTime value;
    const Parse parse = m_request.dateTime(key, &value);
    if (parse == Parse::Invalid || (parse == Parse::Null && !nullAllowed))
        m_invalid.append(key);
    else if (parse == Parse::Ok)
        *field = value;
    return parse == Parse::Ok;
}

void FakeEntryBody::changeBillable(Entry* entry)
{
    qint64 billable = 0;
    const Parse parse = m_request.integer(QStringLiteral("billable"), &billable);
    if (parse == Parse::Ok && FakeApi::isBillableValue(billable))
        entry->billable = int(billable);
    else if (parse != Parse::Missing)
        m_invalid.append(QStringLiteral("billable"));
}

void FakeEntryBody::changeText(Changed* changed)
{
    switch (m_request.string(QStringLiteral("text"), &changed->text)) {
    case Parse::Null:
        changed->text.clear();
        break;
    case Parse::Invalid:
        m_invalid.append(QStringLiteral("text"));
        break;
    default:
        break;
    }
}

// ---- both ----------------------------------------------------------------------------------------------

bool FakeEntryBody::readDuration(qint64* duration)
{
    const Parse parse = m_request.integer(QStringLiteral("duration"), duration);
    if (parse == Parse::Invalid || (parse == Parse::Ok && *duration < 0))
        m_invalid.append(QStringLiteral("duration"));
    return parse == Parse::Ok;
}

void FakeEntryBody::refuseNulls()
{
    for (const QString& field : entryBodyFields()) {
        if (m_request.isNull(field) && !m_missing.contains(field) && !m_invalid.contains(field))
            m_invalid.append(field);
    }
}
