// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/entries/entry.h"
#include "api/masterdata/customer.h"
#include "api/masterdata/lumpsumservice.h"
#include "api/masterdata/project.h"
#include "api/masterdata/service.h"
#include "api/transport/apierror.h"
#include "api/users/user.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QUrl>

#include <optional>

class ApiReply;
class QTimer;

// Everything the app knows about the signed-in account, held once: the user (/v4/users/me, with its time zone) and
// the master data (customers, projects, services and lump-sum services, active or not). The pickers' list models,
// the stopwatch's TaskCatalog and RecentTasks read it from here. Each part is fetched at most once at a time:
// load() asks only for what is neither known nor on its way, refresh() fetches again; a failed load is retried with
// back-off (retryScheduled()). clear() forgets it all (another account). Superseded answers are dropped. The data are
// bound to one account (bindAccount(): base URL + user id): whoever holds something read from them (an entry, an id)
// checks epoch() or knowsTask() before sending it.
class AccountData : public QObject
{
    Q_OBJECT
public:
    enum Part
    {
        UserPart = 0x01,
        CustomersPart = 0x02,
        ProjectsPart = 0x04,
        ServicesPart = 0x08,
        LumpSumServicesPart = 0x10,
    };
    Q_ENUM(Part)
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)
    // What the stopwatch names tasks with.
    static constexpr Parts TaskLists { CustomersPart, ProjectsPart, ServicesPart };
    static constexpr Parts Everything { UserPart, CustomersPart, ProjectsPart, ServicesPart, LumpSumServicesPart };

    // The first retry of a failed load waits this long; each further failure doubles it up to MaxRetryDelayMs.
    static constexpr int FirstRetryDelayMs = 5 * 1000;
    static constexpr int MaxRetryDelayMs = 5 * 60 * 1000;

    explicit AccountData(ApiClient* api, QObject* parent = nullptr);

    ApiClient* api() const { return m_api; }

    // Which account the data belong to: the API's base URL and the user id ("<url>#<id>"); empty while unbound.
    static QString keyFor(const QUrl& baseUrl, qint64 userId);
    QString accountKey() const { return m_accountKey; }
    // Binds the data to the account `key`: data of another account (a different key) are cleared first. Returns true
    // when they were. An empty key unbinds and clears (signed out). Unbound data (read before the first confirmed
    // sign-in of the run, e.g. when starting offline) are kept only when they were requested under the ApiClient's
    // current address and credentials (ApiClient::accountGeneration()): signing in as B before Clockodo ever
    // confirmed A drops A's data.
    bool bindAccount(const QString& key);
    // Counts clear(): an answer requested under another epoch belongs to another account and must be dropped.
    quint64 epoch() const { return m_epoch; }
    // Every id of the task (0 = none) was read from this account since the last clear(): from its customers,
    // projects and services, its recent entries or its stopped clock entry. A start with ids that are not would
    // carry another account's ids.
    bool knowsTask(qint64 customersId, qint64 projectsId, qint64 servicesId) const;
    // The entry is this account's: its recent entries or its stopped clock entry hold it (same id and task ids).
    // An entry kept elsewhere (a menu, a dialog) from before a clear() is not, even where the ids happen to exist.
    bool holdsEntry(const Entry& entry) const;

    bool hasUser() const { return m_user.id > 0; }
    const User& user() const { return m_user; }
    // The user's time zone; the system's while unknown or invalid. Every time the user reads or types is in this
    // zone (timeZoneChanged when it changes: users/me arrived, another account, clear()).
    QTimeZone timeZone() const;
    // The zone timeZone() returns differs from the operating system's (the window then says which one it shows).
    bool timeZoneDiffersFromSystem() const;
    // For a user fetched elsewhere (e.g. at sign-in); emits userChanged when it differs. Counts as loaded.
    void setUser(const User& user);
    // GET /v4/users/me is on its way elsewhere (the sign-in's check of the credentials): the user part counts as
    // loading, so load() sends no second request; setUser() or userUnavailable() ends it.
    void expectUser();
    // The request expectUser() waited for failed: like a failed load of the user part (retried later).
    void userUnavailable(const ApiError& error);

    const QList<Customer>& customers() const { return m_customers; }
    const QList<Project>& projects() const { return m_projects; }
    const QList<Service>& services() const { return m_services; }
    const QList<LumpSumService>& lumpSumServices() const { return m_lumpSumServices; }
    // The account's recent work: the newest finished time entry of each one-click task of the last days, newest first
    // (RecentTasks loads them; a handful, however many entries the account has), and the clock entry stopped last (the
    // Stopwatch's "continue"). Plain data; clear() drops them with the rest.
    const QList<Entry>& recentEntries() const { return m_recentEntries; }
    void setRecentEntries(const QList<Entry>& entries);
    const std::optional<Entry>& lastStopped() const { return m_lastStopped; }
    void setLastStopped(const std::optional<Entry>& entry);
    // The company's currency as Clockodo stores it (usually an ISO 4217 code); empty while unknown or when Clockodo
    // does not say (AccountCurrencyLoader fetches it). Amounts are shown with it where it is known.
    QString currency() const { return m_currency; }
    // Emits currencyChanged when it differs. clear() empties it.
    void setCurrency(const QString& currency);
    // Something is known or on its way that was asked for under an ApiClient::accountGeneration() other than the
    // current one (what bindAccount() drops when it binds unbound data).
    bool holdsDataOfOtherCredentials() const;

    const Customer* customer(qint64 id) const;
    const Project* project(qint64 id) const;
    const Service* service(qint64 id) const;
    const LumpSumService* lumpSumService(qint64 id) const;

    // All of `parts` answered successfully at least once (since the last clear()).
    bool isLoaded(Parts parts = Everything) const { return (m_loaded & parts) == parts; }
    // Some of `parts` is on its way.
    bool isLoading(Parts parts = Everything) const { return (m_inFlight & parts) != 0; }
    ApiError lastError() const { return m_lastError; }
    // The delay of the scheduled retry of a failed load (-1: none scheduled).
    int retryDelayMs() const;

public slots:
    // Fetches those of `parts` that are neither loaded nor on their way.
    void load(AccountData::Parts parts = Everything);
    // Fetches `parts` again (an answer on its way is superseded).
    void refresh(AccountData::Parts parts = Everything);
    // Forgets the user and the lists (another account; the binding too); answers on their way are dropped, a
    // scheduled retry is cancelled. Emits the *Changed signals of what was known, then cleared().
    void clear();
    // Runs a scheduled retry now (the retry timer's slot; tests call it instead of waiting).
    void retryNow();

signals:
    void userChanged(const User& user);
    // timeZone() changed (emitted before the userChanged that brought it).
    void timeZoneChanged(const QTimeZone& zone);
    void customersChanged();
    void projectsChanged();
    void servicesChanged();
    void lumpSumServicesChanged();
    void currencyChanged(const QString& currency);
    // Every request since loading began answered successfully.
    void loaded();
    // A request failed (once per round of loading; the other parts still update).
    void loadFailed(const ApiError& error);
    void loadingChanged(bool loading);
    // One part's request ended (error: none on success); superseded answers end nothing.
    void partFinished(AccountData::Part part, const ApiError& error);
    // A failed load will be tried again after delayMs (back-off; not after 401, which needs a new sign-in).
    void retryScheduled(int delayMs, const ApiError& error);
    void cleared();
    // bindAccount() bound the data to another key (empty: unbound); comes after cleared() when both happen.
    void accountKeyChanged(const QString& key);

private:
    static int slot(Part part);
    void takeUser(const User& user);
    void emitTimeZoneIfChanged(const QTimeZone& before);
    void request(Part part);
    void apply(Part part, ApiReply* reply);
    void finishRound();
    void scheduleRetry();
    // The contents (known or on their way) now include something asked for under this API account generation.
    void noteGeneration(quint64 apiGeneration);

    QPointer<ApiClient> m_api;
    QString m_accountKey;
    quint64 m_epoch = 0;
    QTimer* m_retryTimer = nullptr;
    int m_nextRetryDelayMs = FirstRetryDelayMs;
    Parts m_wanted; // what was asked for since the last clear(): what a retry loads
    User m_user;
    QList<Customer> m_customers;
    QList<Project> m_projects;
    QList<Service> m_services;
    QList<LumpSumService> m_lumpSumServices;
    QHash<qint64, int> m_customerIndex;
    QHash<qint64, int> m_projectIndex;
    QHash<qint64, int> m_serviceIndex;
    QHash<qint64, int> m_lumpSumServiceIndex;
    QList<Entry> m_recentEntries;
    std::optional<Entry> m_lastStopped;
    QString m_currency;
    Parts m_loaded;
    Parts m_inFlight;
    int m_generation[5] = {};
    bool m_roundFailed = false;
    ApiError m_lastError;
    // The ApiClient::accountGeneration() every content since the last clear() was asked for under; mixed: more than
    // one.
    std::optional<quint64> m_contentGeneration;
    bool m_contentMixed = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(AccountData::Parts)
