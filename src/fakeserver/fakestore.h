// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

// The state of the fake Clockodo account: the current user, master data, entries and entry texts.
// Plain records plus the few operations that several callers share (stopping the clock with the
// 24 h cap, text ids). Validation and the wire format live in FakeApi / FakeJson.
// Ids start in a different range per table (customers 101…, projects 201…, services 301…,
// lump-sum services 401…, entries 10001…, texts 50001…), so a client mixing them up gets caught.
class FakeStore
{
public:
    static constexpr int TimeEntry = 1;
    static constexpr int LumpSumValueEntry = 2;
    static constexpr int LumpSumServiceEntry = 3;
    // Clockodo's maximum length of an entry: 23:59:59 h.
    static constexpr qint64 MaxDurationSeconds = 86399;

    struct User
    {
        qint64 id = 42;
        QString name;
        QString email;
        QString initials;
        QString number;
        QString role = QStringLiteral("owner"); // "owner" sees notes, rates and revenues; "worker" does not
        QString timezone = QStringLiteral("Europe/Berlin");
        QString language = QStringLiteral("de");
        bool timeformat12h = false;
        bool weekstartMonday = true;
        bool weekendFriday = false;
        bool active = true;
        QDate startDate;
        QDateTime createdAt;
    };

    struct Customer
    {
        qint64 id = 0;
        QString name;
        QString number; // null when isNull()
        bool active = true;
        bool billableDefault = true;
        int color = 1;
        QString note;
        QList<qint64> serviceAssignments;
        double hourlyRate = 90.0; // internal: rate used for new time entries of this customer
    };

    struct Project
    {
        qint64 id = 0;
        qint64 customersId = 0;
        QString name;
        QString number;
        bool active = true;
        bool billableDefault = true;
        bool completed = false;
        QDateTime completedAt;
        QString note;
        QDate startDate;
        QDate deadline;
        bool hasBudget = false;
        bool budgetMonetary = true;
        bool budgetHard = false;
        double budgetAmount = 0.0;
        QList<qint64> serviceAssignments;
    };

    struct Service
    {
        qint64 id = 0;
        QString name;
        QString number;
        bool active = true;
        QString note;
    };

    struct LumpSumService
    {
        qint64 id = 0;
        QString name;
        double price = 0.0;
        QString unit;
        bool active = true;
        QString number;
        QString note;
    };

    struct Entry
    {
        qint64 id = 0;
        int type = TimeEntry;
        qint64 customersId = 0;
        qint64 projectsId = 0; // 0 = null
        qint64 subprojectsId = 0;
        qint64 usersId = 0;
        qint64 servicesId = 0; // types 1 and 2
        qint64 lumpSumServicesId = 0; // type 3
        int billable = 0;
        qint64 textsId = 0;
        QString text;
        QDateTime since;
        QDateTime until; // invalid = running (type 1)
        QDateTime inserted;
        QDateTime lastChange;
        QDateTime lastChangeWorkTime;
        QDateTime clockedSince;
        bool clocked = false;
        bool clockedOffline = false;
        double hourlyRate = 0.0;
        double lumpsum = 0.0; // type 2
        double lumpSumServicesAmount = 0.0; // type 3

        bool isRunning() const { return type == TimeEntry && !until.isValid(); }
        // Seconds from since to until, or to now while running.
        qint64 seconds(const QDateTime& now) const;
    };

    // The company of the deprecated GET /v2/aggregates/users/me (CompanyV1). available = false answers 403 there
    // (an account whose role may not read the company, or Clockodo after removing the endpoint: the client copes).
    struct Company
    {
        qint64 id = 7;
        QString name = QStringLiteral("Muster GmbH");
        QString currency = QStringLiteral("EUR"); // null in the JSON when empty
        QString timezoneDefault = QStringLiteral("Europe/Berlin");
        bool available = true;
    };

    // Removes master data, entries and texts; keeps the user.
    void clear();

    User& user() { return m_user; }
    const User& user() const { return m_user; }
    Company& company() { return m_company; }
    const Company& company() const { return m_company; }

    const QMap<qint64, Customer>& customers() const { return m_customers; }
    Customer* customer(qint64 id);
    const Customer* customer(qint64 id) const;
    qint64 addCustomer(Customer customer);

    const QMap<qint64, Project>& projects() const { return m_projects; }
    Project* project(qint64 id);
    const Project* project(qint64 id) const;
    qint64 addProject(Project project);

    const QMap<qint64, Service>& services() const { return m_services; }
    const Service* service(qint64 id) const;
    qint64 addService(Service service);

    const QMap<qint64, LumpSumService>& lumpSumServices() const { return m_lumpSumServices; }
    const LumpSumService* lumpSumService(qint64 id) const;
    qint64 addLumpSumService(LumpSumService service);

    const QMap<qint64, Entry>& entries() const { return m_entries; }
    // Counts the times the entries may have changed (every non-const access to one): a list cached with one value is
    // current while the value stays.
    quint64 entriesRevision() const { return m_entriesRevision; }
    Entry* entry(qint64 id);
    const Entry* entry(qint64 id) const;
    // Assigns the id (and a texts_id for a non-empty text) and stores the entry.
    qint64 addEntry(Entry entry);
    bool removeEntry(qint64 id);

    // Sets text and texts_id (null for an empty text).
    void setText(Entry& entry, const QString& text);

    Entry* runningEntry(qint64 usersId);
    const Entry* runningEntry(qint64 usersId) const;
    // The clock entry the user stopped last (0 when none or deleted since).
    qint64 lastStoppedId(qint64 usersId) const;
    // Stops a running entry at until (not before its start). Returns true when it had to be shortened
    // to the 23:59:59 h maximum.
    bool stopEntry(Entry& entry, const QDateTime& until, const QDateTime& now);

private:
    User m_user;
    Company m_company;
    QMap<qint64, Customer> m_customers;
    QMap<qint64, Project> m_projects;
    QMap<qint64, Service> m_services;
    QMap<qint64, LumpSumService> m_lumpSumServices;
    QMap<qint64, Entry> m_entries;
    quint64 m_entriesRevision = 0;
    QHash<QString, qint64> m_textIds;
    QHash<qint64, qint64> m_lastStopped; // users_id -> entry id
    qint64 m_nextCustomerId = 101;
    qint64 m_nextProjectId = 201;
    qint64 m_nextServiceId = 301;
    qint64 m_nextLumpSumServiceId = 401;
    qint64 m_nextEntryId = 10001;
    qint64 m_nextTextId = 50001;
};
