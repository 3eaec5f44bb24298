// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/favouritetasks.h"

#include "core/session/accountdata.h"
#include "core/session/settings.h"
#include "core/tracking/recenttasks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

FavouriteTasks::FavouriteTasks(AccountData* account, QObject* parent)
    : QObject(parent)
    , m_account(account)
{
    connect(m_account, &AccountData::cleared, this, &FavouriteTasks::accountChanged);
    connect(m_account, &AccountData::accountKeyChanged, this, &FavouriteTasks::accountChanged);
    accountChanged();
}

void FavouriteTasks::setSettings(Settings* settings)
{
    m_settings = settings;
    m_key.clear(); // read them again from there
    accountChanged();
}

void FavouriteTasks::accountChanged()
{
    const QString key = m_account->accountKey();
    if (key == m_key && !key.isEmpty())
        return;
    const bool changing = !m_tasks.isEmpty() || key != m_key;
    m_key = key;
    m_tasks.clear();
    if (!key.isEmpty() && m_settings)
        m_tasks = fromJson(m_settings->pinnedTasks(key));
    if (changing || !m_tasks.isEmpty())
        emit changed(); // also when only the account changed: whether pinning is possible did
}

bool FavouriteTasks::isPinned(const Entry& task) const
{
    return std::any_of(m_tasks.cbegin(), m_tasks.cend(),
                       [&task](const Entry& pinned) { return RecentTasks::sameTask(pinned, task); });
}

bool FavouriteTasks::canPin(const Entry& task) const
{
    if (m_key.isEmpty() || m_key != m_account->accountKey() || task.customersId <= 0)
        return false;
    return isPinned(task) || m_tasks.size() < MaxTasks;
}

bool FavouriteTasks::pin(const Entry& task)
{
    if (!canPin(task))
        return false;
    if (isPinned(task))
        return true;
    m_tasks.append(taskOf(task));
    save();
    emit changed();
    return true;
}

void FavouriteTasks::unpin(const Entry& task)
{
    const auto removed = m_tasks.removeIf([&task](const Entry& pinned) { return RecentTasks::sameTask(pinned, task); });
    if (removed == 0)
        return;
    save();
    emit changed();
}

void FavouriteTasks::toggle(const Entry& task)
{
    if (isPinned(task))
        unpin(task);
    else
        pin(task);
}

void FavouriteTasks::save()
{
    if (m_settings && !m_key.isEmpty())
        m_settings->setPinnedTasks(m_key, m_tasks.isEmpty() ? QByteArray() : toJson(m_tasks));
}

Entry FavouriteTasks::taskOf(const Entry& entry)
{
    Entry task;
    task.type = Entry::Type::Time;
    task.customersId = entry.customersId;
    task.projectsId = entry.projectsId.value_or(0) > 0 ? entry.projectsId : std::nullopt;
    task.subprojectsId = entry.subprojectsId.value_or(0) > 0 ? entry.subprojectsId : std::nullopt;
    task.servicesId = entry.servicesId.value_or(0) > 0 ? entry.servicesId : std::nullopt;
    task.billable = entry.billable == Entry::NotBillable ? Entry::NotBillable : Entry::IsBillable;
    task.text = entry.text.simplified();
    return task;
}

QByteArray FavouriteTasks::toJson(const QList<Entry>& tasks)
{
    QJsonArray array;
    for (const Entry& task : tasks) {
        QJsonObject object;
        object.insert(QStringLiteral("customers_id"), task.customersId);
        object.insert(QStringLiteral("projects_id"), task.projectsId.value_or(0));
        object.insert(QStringLiteral("subprojects_id"), task.subprojectsId.value_or(0));
        object.insert(QStringLiteral("services_id"), task.servicesId.value_or(0));
        object.insert(QStringLiteral("billable"), task.billable);
        object.insert(QStringLiteral("text"), task.text);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Entry> FavouriteTasks::fromJson(const QByteArray& json)
{
    QList<Entry> tasks;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.customersId = object.value(QStringLiteral("customers_id")).toInteger();
        entry.projectsId = object.value(QStringLiteral("projects_id")).toInteger();
        entry.subprojectsId = object.value(QStringLiteral("subprojects_id")).toInteger();
        entry.servicesId = object.value(QStringLiteral("services_id")).toInteger();
        entry.billable = object.value(QStringLiteral("billable")).toInt();
        entry.text = object.value(QStringLiteral("text")).toString();
        if (entry.customersId > 0 && tasks.size() < MaxTasks)
            tasks.append(taskOf(entry));
    }
    return tasks;
}
