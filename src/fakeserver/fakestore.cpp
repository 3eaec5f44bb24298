// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakestore.h"

qint64 FakeStore::Entry::seconds(const QDateTime& now) const
{
    const QDateTime end = until.isValid() ? until : now;
    return qMax<qint64>(0, since.secsTo(end));
}

void FakeStore::clear()
{
    m_customers.clear();
    m_projects.clear();
    m_services.clear();
    m_lumpSumServices.clear();
    m_entries.clear();
    ++m_entriesRevision;
    m_textIds.clear();
    m_lastStopped.clear();
    m_nextCustomerId = 101;
    m_nextProjectId = 201;
    m_nextServiceId = 301;
    m_nextLumpSumServiceId = 401;
    m_nextEntryId = 10001;
    m_nextTextId = 50001;
}

FakeStore::Customer* FakeStore::customer(qint64 id)
{
    const auto it = m_customers.find(id);
    return it == m_customers.end() ? nullptr : &it.value();
}

const FakeStore::Customer* FakeStore::customer(qint64 id) const
{
    const auto it = m_customers.constFind(id);
    return it == m_customers.constEnd() ? nullptr : &it.value();
}

qint64 FakeStore::addCustomer(Customer customer)
{
    customer.id = m_nextCustomerId++;
    m_customers.insert(customer.id, customer);
    return customer.id;
}

FakeStore::Project* FakeStore::project(qint64 id)
{
    const auto it = m_projects.find(id);
    return it == m_projects.end() ? nullptr : &it.value();
}

const FakeStore::Project* FakeStore::project(qint64 id) const
{
    const auto it = m_projects.constFind(id);
    return it == m_projects.constEnd() ? nullptr : &it.value();
}

qint64 FakeStore::addProject(Project project)
{
    project.id = m_nextProjectId++;
    m_projects.insert(project.id, project);
    return project.id;
}

const FakeStore::Service* FakeStore::service(qint64 id) const
{
    const auto it = m_services.constFind(id);
    return it == m_services.constEnd() ? nullptr : &it.value();
}

qint64 FakeStore::addService(Service service)
{
    service.id = m_nextServiceId++;
    m_services.insert(service.id, service);
    return service.id;
}

const FakeStore::LumpSumService* FakeStore::lumpSumService(qint64 id) const
{
    const auto it = m_lumpSumServices.constFind(id);
    return it == m_lumpSumServices.constEnd() ? nullptr : &it.value();
}

qint64 FakeStore::addLumpSumService(LumpSumService service)
{
    service.id = m_nextLumpSumServiceId++;
    m_lumpSumServices.insert(service.id, service);
    return service.id;
}

FakeStore::Entry* FakeStore::entry(qint64 id)
{
    ++m_entriesRevision;
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it.value();
}

const FakeStore::Entry* FakeStore::entry(qint64 id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

qint64 FakeStore::addEntry(Entry entry)
{
    entry.id = m_nextEntryId++;
    ++m_entriesRevision;
    setText(entry, entry.text);
    m_entries.insert(entry.id, entry);
    return entry.id;
}

bool FakeStore::removeEntry(qint64 id)
{
    ++m_entriesRevision;
    return m_entries.remove(id) > 0;
}

void FakeStore::setText(Entry& entry, const QString& text)
{
    ++m_entriesRevision;
    entry.text = text;
    if (text.isEmpty()) {
        entry.textsId = 0;
        return;
    }
    auto it = m_textIds.find(text);
    if (it == m_textIds.end())
        it = m_textIds.insert(text, m_nextTextId++);
    entry.textsId = it.value();
}

FakeStore::Entry* FakeStore::runningEntry(qint64 usersId)
{
    ++m_entriesRevision;
    for (Entry& entry : m_entries) {
        if (entry.usersId == usersId && entry.isRunning())
            return &entry;
    }
    return nullptr;
}

const FakeStore::Entry* FakeStore::runningEntry(qint64 usersId) const
{
    for (const Entry& entry : m_entries) {
        if (entry.usersId == usersId && entry.isRunning())
            return &entry;
    }
    return nullptr;
}

qint64 FakeStore::lastStoppedId(qint64 usersId) const
{
    const qint64 id = m_lastStopped.value(usersId);
    const Entry* stopped = entry(id);
    return stopped && !stopped->isRunning() ? id : 0;
}

bool FakeStore::stopEntry(Entry& entry, const QDateTime& until, const QDateTime& now)
{
    ++m_entriesRevision;
    QDateTime end = until < entry.since ? entry.since : until;
    bool truncated = false;
    if (entry.since.secsTo(end) > MaxDurationSeconds) {
        end = entry.since.addSecs(MaxDurationSeconds);
        truncated = true;
    }
    entry.until = end;
    entry.lastChange = now;
    entry.lastChangeWorkTime = now;
    m_lastStopped.insert(entry.usersId, entry.id);
    return truncated;
}
