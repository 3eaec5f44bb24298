// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/accountdata.h"

#include "api/apiclient.h"

#include <QLoggingCategory>
#include <QtAlgorithms>

Q_LOGGING_CATEGORY(lcAccountData, "clockodo.core.accountdata", QtInfoMsg)

namespace {

constexpr AccountData::Part s_parts[] = { AccountData::UserPart, AccountData::CustomersPart, AccountData::ProjectsPart,
                                          AccountData::ServicesPart, AccountData::LumpSumServicesPart };

template<typename T>
void takeList(QList<T>* list, QHash<qint64, int>* index, QList<T> items)
{
    *list = std::move(items);
    index->clear();
    index->reserve(list->size());
    for (int i = 0; i < list->size(); ++i)
        index->insert(list->at(i).id, i);
}

template<typename T>
const T* lookup(const QList<T>& list, const QHash<qint64, int>& index, qint64 id)
{
    const auto it = index.constFind(id);
    return it == index.constEnd() ? nullptr : &list.at(*it);
}

} // namespace

AccountData::AccountData(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{ }

QTimeZone AccountData::timeZone() const
{
    if (!m_user.timezone.isEmpty()) {
        const QTimeZone zone(m_user.timezone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool AccountData::timeZoneDiffersFromSystem() const
{
    return timeZone().id() != QTimeZone::systemTimeZoneId();
}

void AccountData::emitTimeZoneIfChanged(const QTimeZone& before)
{
    const QTimeZone zone = timeZone();
    if (zone != before)
        emit timeZoneChanged(zone);
}

void AccountData::setUser(const User& user)
{
    const bool wasLoadingUser = bool(m_inFlight & UserPart);
    if (wasLoadingUser) {
        // This answer is as fresh as the one on its way.
        ++m_generation[slot(UserPart)];
        m_inFlight &= ~Parts(UserPart);
    }
    m_loaded |= UserPart;
    takeUser(user);
    if (wasLoadingUser && !m_inFlight)
        finishRound();
}

void AccountData::takeUser(const User& user)
{
    if (user == m_user)
        return;
    const QTimeZone before = timeZone();
    m_user = user;
    emitTimeZoneIfChanged(before);
    emit userChanged(m_user);
}

const Customer* AccountData::customer(qint64 id) const
{
    return lookup(m_customers, m_customerIndex, id);
}

const Project* AccountData::project(qint64 id) const
{
    return lookup(m_projects, m_projectIndex, id);
}

const Service* AccountData::service(qint64 id) const
{
    return lookup(m_services, m_serviceIndex, id);
}

const LumpSumService* AccountData::lumpSumService(qint64 id) const
{
    return lookup(m_lumpSumServices, m_lumpSumServiceIndex, id);
}

int AccountData::slot(Part part)
{
    return qCountTrailingZeroBits(uint(part)); // the parts are the bits 0..4
}

void AccountData::load(Parts parts)
{
    refresh(parts & ~m_loaded & ~m_inFlight);
}

void AccountData::refresh(Parts parts)
{
    if (!m_api || !parts)
        return;
    const bool wasLoading = bool(m_inFlight);
    if (!wasLoading)
        m_roundFailed = false;
    for (Part part : s_parts) {
        if (parts & part)
            request(part);
    }
    if (!wasLoading)
        emit loadingChanged(true);
}

void AccountData::request(Part part)
{
    ApiReply* reply = nullptr;
    switch (part) {
    case UserPart:
        reply = m_api->currentUser();
        break;
    case CustomersPart:
        reply = m_api->customers();
        break;
    case ProjectsPart:
        reply = m_api->projects();
        break;
    case ServicesPart:
        reply = m_api->services();
        break;
    case LumpSumServicesPart:
        reply = m_api->lumpSumServices();
        break;
    }
    m_inFlight |= part;
    const int generation = ++m_generation[slot(part)];
    connect(reply, &ApiReply::finished, this, [this, reply, part, generation] {
        if (generation != m_generation[slot(part)])
            return; // superseded (a newer request, clear())
        m_inFlight &= ~Parts(part);
        if (reply->isOk()) {
            apply(part, reply);
        } else if (!m_roundFailed) {
            m_roundFailed = true;
            m_lastError = reply->error();
            qCWarning(lcAccountData) << "loading account data failed:" << reply->path() << reply->error().httpStatus
                                     << reply->error().detail;
            emit loadFailed(m_lastError);
        }
        if (!m_inFlight)
            finishRound();
    });
}

void AccountData::finishRound()
{
    if (!m_roundFailed) {
        m_lastError = {};
        emit loaded();
    }
    emit loadingChanged(false);
}

void AccountData::apply(Part part, ApiReply* reply)
{
    m_loaded |= part;
    switch (part) {
    case UserPart:
        takeUser(reply->valueAs<User>());
        break;
    case CustomersPart:
        takeList(&m_customers, &m_customerIndex, reply->valueAs<QList<Customer>>());
        emit customersChanged();
        break;
    case ProjectsPart:
        takeList(&m_projects, &m_projectIndex, reply->valueAs<QList<Project>>());
        emit projectsChanged();
        break;
    case ServicesPart:
        takeList(&m_services, &m_serviceIndex, reply->valueAs<QList<Service>>());
        emit servicesChanged();
        break;
    case LumpSumServicesPart:
        takeList(&m_lumpSumServices, &m_lumpSumServiceIndex, reply->valueAs<QList<LumpSumService>>());
        emit lumpSumServicesChanged();
        break;
    }
}

void AccountData::clear()
{
    const bool wasLoading = bool(m_inFlight);
    for (int& generation : m_generation)
        ++generation;
    m_inFlight = {};
    m_loaded = {};
    m_roundFailed = false;
    m_lastError = {};
    const QTimeZone zoneBefore = timeZone();
    m_user = User();
    emitTimeZoneIfChanged(zoneBefore);
    m_recentEntries.clear();
    m_lastStopped.reset();
    if (!m_customers.isEmpty()) {
        takeList(&m_customers, &m_customerIndex, {});
        emit customersChanged();
    }
    if (!m_projects.isEmpty()) {
        takeList(&m_projects, &m_projectIndex, {});
        emit projectsChanged();
    }
    if (!m_services.isEmpty()) {
        takeList(&m_services, &m_serviceIndex, {});
        emit servicesChanged();
    }
    if (!m_lumpSumServices.isEmpty()) {
        takeList(&m_lumpSumServices, &m_lumpSumServiceIndex, {});
        emit lumpSumServicesChanged();
    }
    emit cleared();
    if (wasLoading)
        emit loadingChanged(false);
}
