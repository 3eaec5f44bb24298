// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entrysaveoperation.h"

#include "api/apiclient.h"
#include "api/entries/entryquery.h"

#include <QTimer>

#include <algorithm>

EntrySaveOperation::EntrySaveOperation(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

EntrySaveOperation::~EntrySaveOperation()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void EntrySaveOperation::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void EntrySaveOperation::fail(const ApiError& error)
{
    setBusy(false);
    emit failed(error);
}

void EntrySaveOperation::create(const Entry& entry)
{
    if (m_busy || !m_api)
        return;
    m_waitingForDecision = false;
    m_replaced = Entry();
    setBusy(true);
    ApiReply* reply = m_api->createEntry(entry);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, entry] {
        m_reply = nullptr;
        if (!reply->isOk()) {
            if (reply->error().outcomeUnknown)
                confirmCreate(entry, reply->error());
            else
                fail(reply->error());
            return;
        }
        setBusy(false);
        emit succeeded(reply->valueAs<Entry>());
    });
}

void EntrySaveOperation::confirmCreate(const Entry& wanted, const ApiError& error)
{
    EntryQuery query;
    query.since = wanted.timeSince;
    query.until = std::max(wanted.timeUntil, wanted.timeSince.addSecs(60));
    query.customersId = wanted.customersId;
    query.enhancedList = false;
    ApiReply* reply = m_api->entries(query);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, wanted, error] {
        m_reply = nullptr;
        const QList<Entry> entries = reply->isOk() ? reply->valueAs<QList<Entry>>() : QList<Entry>();
        const Entry* saved = nullptr;
        for (const Entry& e : entries) {
            const bool same = e.type == wanted.type && e.customersId == wanted.customersId
                && e.projectsId.value_or(0) == wanted.projectsId.value_or(0)
                && e.servicesId.value_or(0) == wanted.servicesId.value_or(0)
                && e.lumpSumServicesId.value_or(0) == wanted.lumpSumServicesId.value_or(0) && e.text == wanted.text
                && e.timeSince == wanted.timeSince && (!wanted.timeUntil.isValid() || e.timeUntil == wanted.timeUntil);
            if (same && (!saved || e.id > saved->id))
                saved = &e;
        }
        if (!saved) {
            fail(error); // not there (or not readable): it was not saved, as far as Clockodo tells
            return;
        }
        setBusy(false);
        emit succeeded(*saved);
    });
}

void EntrySaveOperation::update(const Entry& original, const Entry& edited)
{
    if (m_busy || !m_api)
        return;
    m_original = original;
    m_edited = edited;
    m_replaced = Entry();
    m_waitingForDecision = false;
    setBusy(true);
    if (Entry::changes(original, edited).isEmpty()) {
        // Nothing to send; finish from the event loop like every other outcome.
        QTimer::singleShot(0, this, [this] {
            setBusy(false);
            emit succeeded(m_original);
        });
        return;
    }
    ApiReply* reply = m_api->entry(original.id);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        if (!reply->isOk()) {
            fail(reply->error());
            return;
        }
        m_serverEntry = reply->valueAs<Entry>();
        const bool changedOnServer = (m_serverEntry.timeLastChange.isValid() && m_original.timeLastChange.isValid()
                                      && m_serverEntry.timeLastChange != m_original.timeLastChange)
            || !Entry::changes(m_original, m_serverEntry).isEmpty();
        if (changedOnServer) {
            m_waitingForDecision = true;
            emit conflictDetected(m_serverEntry);
            return;
        }
        sendUpdate();
    });
}

void EntrySaveOperation::overwrite()
{
    if (!m_waitingForDecision)
        return;
    m_waitingForDecision = false;
    sendUpdate();
}

void EntrySaveOperation::cancel()
{
    m_waitingForDecision = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    setBusy(false);
}

void EntrySaveOperation::sendUpdate()
{
    m_replaced = m_serverEntry;
    ApiReply* reply = m_api->updateEntry(m_original.id, Entry::changes(m_original, m_edited));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_reply = nullptr;
        if (!reply->isOk()) {
            const ApiError error = reply->error();
            const bool accepted = error.category == ApiError::Category::BadResponse && error.httpStatus >= 200
                && error.httpStatus < 300;
            if (accepted)
                confirmUpdate(error); // Clockodo took the change but its answer cannot be read
            else
                fail(error);
            return;
        }
        setBusy(false);
        emit succeeded(reply->valueAs<Entry>());
    });
}

void EntrySaveOperation::confirmUpdate(const ApiError& error)
{
    ApiReply* reply = m_api->entry(m_original.id);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, error] {
        m_reply = nullptr;
        const Entry saved = reply->isOk() ? reply->valueAs<Entry>() : Entry();
        // Saved when every field the user changed reads back as sent.
        const bool applied = reply->isOk() && Entry::changes(m_edited, saved).isEmpty();
        if (!applied) {
            fail(error);
            return;
        }
        setBusy(false);
        emit succeeded(saved);
    });
}
