// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AccountData;
class Settings;

// The tasks the user pinned (favourites): the top of the tray menu and of the start dialog. A task is a customer,
// project, service, description and billability (RecentTasks::sameTask() tells two apart). They belong to one
// account: kept in the settings under AccountData::accountKey() (Settings::pinnedTasks()), read again whenever the
// data are bound to another account, forgotten with clear(). While the data are bound to no account (not yet
// confirmed by Clockodo, signed out) nothing is shown and nothing can be pinned, so no account ever sees another's.
class FavouriteTasks : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxTasks = 5;

    explicit FavouriteTasks(AccountData* account, QObject* parent = nullptr);

    // Where the pinned tasks are kept; without settings they live as long as this object.
    void setSettings(Settings* settings);

    // An account is bound: tasks can be pinned at all.
    bool isAvailable() const { return !m_key.isEmpty(); }
    // An account is bound and fewer than MaxTasks are pinned (or task is pinned already).
    bool canPin(const Entry& task) const;
    bool isPinned(const Entry& task) const;
    // The pinned tasks, in the order they were pinned.
    const QList<Entry>& tasks() const { return m_tasks; }

public slots:
    // Pins task (its task fields only); false when it cannot (canPin()).
    bool pin(const Entry& task);
    void unpin(const Entry& task);
    // Pins an unpinned task, unpins a pinned one.
    void toggle(const Entry& task);

signals:
    void changed();

private:
    void accountChanged();
    void save();
    static Entry taskOf(const Entry& entry);
    static QByteArray toJson(const QList<Entry>& tasks);
    static QList<Entry> fromJson(const QByteArray& json);

    AccountData* m_account = nullptr;
    QPointer<Settings> m_settings;
    QString m_key; // the account the list belongs to
    QList<Entry> m_tasks;
};
