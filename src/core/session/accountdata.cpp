// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/accountdata.h"

#include "api/apiclient.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QtAlgorithms>

#include <algorithm>

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
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &AccountData::retryNow);
}

QString AccountData::keyFor(const QUrl& baseUrl, qint64 userId)
{
    if (userId <= 0)
        return {};
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString() + QLatin1Char('#')
        + QString::number(userId);
}

bool AccountData::bindAccount(const QString& key)
{
    if (key == m_accountKey && !key.isEmpty())
        return false;
    // Unbound data read with the credentials of the account now confirmed (the first sign-in of this run) are kept;
    // read with other ones (started offline as A, signed in as B before A was ever confirmed) they are A's. Bound to
    // another account, or signed out: everything goes.
    const bool unconfirmedOther = m_accountKey.isEmpty() && !key.isEmpty() && holdsDataOfOtherCredentials();
    const bool clearing = !m_accountKey.isEmpty() || key.isEmpty() || unconfirmedOther;
    if (clearing) {
        if (key.isEmpty())
            qCInfo(lcAccountData) << "signed out: forgetting the account's data";
        else if (unconfirmedOther)
            qCInfo(lcAccountData) << "signed in as another account than the data were read for: forgetting them";
        else
            qCInfo(lcAccountData) << "another account: forgetting the previous one's data";
        clear();
    }
    const bool changed = m_accountKey != key || clearing;
    m_accountKey = key;
    if (changed)
        emit accountKeyChanged(key);
    return clearing;
}

void AccountData::setRecentEntries(const QList<Entry>& entries)
{
    if (m_api)
        noteGeneration(m_api->accountGeneration());
    m_recentEntries = entries;
}

void AccountData::setCurrency(const QString& currency)
{
    if (m_currency == currency)
        return;
    m_currency = currency;
    emit currencyChanged(m_currency);
}

void AccountData::setLastStopped(const std::optional<Entry>& entry)
{
    if (m_api && entry)
        noteGeneration(m_api->accountGeneration());
    m_lastStopped = entry;
}

void AccountData::noteGeneration(quint64 apiGeneration)
{
    if (m_contentGeneration && *m_contentGeneration != apiGeneration)
        m_contentMixed = true;
    m_contentGeneration = apiGeneration;
}

bool AccountData::holdsDataOfOtherCredentials() const
{
    return m_api && m_contentGeneration && (m_contentMixed || *m_contentGeneration != m_api->accountGeneration());
}

bool AccountData::knowsTask(qint64 customersId, qint64 projectsId, qint64 servicesId) const
{
    const auto inEntries = [this](auto matches) {
        if (m_lastStopped && matches(*m_lastStopped))
            return true;
        return std::any_of(m_recentEntries.cbegin(), m_recentEntries.cend(), matches);
    };
    const bool customerKnown = customersId <= 0 || customer(customersId)
        || inEntries([customersId](const Entry& e) { return e.customersId == customersId; });
    const bool projectKnown = projectsId <= 0 || project(projectsId)
        || inEntries([projectsId](const Entry& e) { return e.projectsId.value_or(0) == projectsId; });
    const bool serviceKnown = servicesId <= 0 || service(servicesId)
        || inEntries([servicesId](const Entry& e) { return e.servicesId.value_or(0) == servicesId; });
    return customerKnown && projectKnown && serviceKnown;
}

bool AccountData::holdsEntry(const Entry& entry) const
{
    const auto same = [&entry](const Entry& e) {
        return e.id == entry.id && e.customersId == entry.customersId
            && e.projectsId.value_or(0) == entry.projectsId.value_or(0)
            && e.servicesId.value_or(0) == entry.servicesId.value_or(0);
    };
    if (entry.id <= 0)
        return false;
    if (m_lastStopped && same(*m_lastStopped))
        return true;
    return std::any_of(m_recentEntries.cbegin(), m_recentEntries.cend(), same);
}

int AccountData::retryDelayMs() const
{
    return m_retryTimer->isActive() ? m_retryTimer->interval() : -1;
}

void AccountData::retryNow()
{
    m_retryTimer->stop();
    load(m_wanted);
}

void AccountData::scheduleRetry()
{
    // A 401 needs a new sign-in (signedInAgain() refreshes); anything else is tried again, later each time.
    if (m_lastError.category == ApiError::Category::Auth || !(m_wanted & ~m_loaded))
        return;
    const int delay = m_nextRetryDelayMs;
    m_nextRetryDelayMs = std::min(MaxRetryDelayMs, m_nextRetryDelayMs * 2);
    qCInfo(lcAccountData) << "loading the account's data again in" << delay / 1000 << "s";
    m_retryTimer->start(delay);
    emit retryScheduled(delay, m_lastError);
}

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
    if (m_api)
        noteGeneration(m_api->accountGeneration());
    takeUser(user);
    if (wasLoadingUser && !m_inFlight)
        finishRound();
}

void AccountData::expectUser()
{
    if (hasUser() || (m_inFlight & UserPart))
        return;
    const bool wasLoading = bool(m_inFlight);
    if (!wasLoading)
        m_roundFailed = false;
    ++m_generation[slot(UserPart)]; // no reply of ours answers it
    m_wanted |= UserPart;
    m_inFlight |= UserPart;
    if (!wasLoading)
        emit loadingChanged(true);
}

void AccountData::userUnavailable(const ApiError& error)
{
    if (!(m_inFlight & UserPart) || hasUser())
        return;
    ++m_generation[slot(UserPart)];
    m_inFlight &= ~Parts(UserPart);
    const quint64 epoch = m_epoch;
    if (!m_roundFailed) {
        m_roundFailed = true;
        m_lastError = error;
        emit loadFailed(m_lastError);
    }
    if (epoch != m_epoch)
        return;
    emit partFinished(UserPart, error);
    if (epoch == m_epoch && !m_inFlight)
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
    m_wanted |= parts;
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
    noteGeneration(m_api->accountGeneration()); // what this answer brings belongs to these credentials
    const int generation = ++m_generation[slot(part)];
    connect(reply, &ApiReply::finished, this, [this, reply, part, generation] {
        if (generation != m_generation[slot(part)])
            return; // superseded (a newer request, clear())
        m_inFlight &= ~Parts(part);
        const quint64 epoch = m_epoch;
        if (reply->isOk()) {
            apply(part, reply);
        } else if (!m_roundFailed) {
            m_roundFailed = true;
            m_lastError = reply->error();
            qCWarning(lcAccountData) << "loading account data failed:" << reply->path() << reply->error().httpStatus
                                     << reply->error().detail;
            emit loadFailed(m_lastError);
        }
        if (epoch != m_epoch)
            return; // cleared by a receiver of the signals above
        emit partFinished(part, reply->isOk() ? ApiError() : reply->error());
        if (epoch == m_epoch && !m_inFlight)
            finishRound();
    });
}

void AccountData::finishRound()
{
    if (!m_roundFailed) {
        m_lastError = {};
        m_nextRetryDelayMs = FirstRetryDelayMs;
        emit loaded();
    } else {
        scheduleRetry();
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
    ++m_epoch;
    m_accountKey.clear();
    m_retryTimer->stop();
    m_nextRetryDelayMs = FirstRetryDelayMs;
    m_wanted = {};
    m_inFlight = {};
    m_loaded = {};
    m_roundFailed = false;
    m_lastError = {};
    m_contentGeneration.reset();
    m_contentMixed = false;
    const QTimeZone zoneBefore = timeZone();
    m_user = User();
    emitTimeZoneIfChanged(zoneBefore);
    m_recentEntries.clear();
    m_lastStopped.reset();
    setCurrency(QString());
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
