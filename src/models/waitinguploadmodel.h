// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/offlinerecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class OfflineJournal;
class TaskCatalog;
class AccountData;

// The "Waiting to upload" list: one row per record of the offline journal that is not yet on Clockodo (the period
// running on this computer included), oldest first. Columns: task, time (start–end in the account's time zone),
// state, problem (the conflict's message). Follows the journal row by row: a changed record emits dataChanged for its
// row, a new one is inserted, an uploaded or discarded one removed.
class WaitingUploadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TaskColumn,
        TimeColumn,
        StateColumn,
        ProblemColumn,
        ColumnCount,
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1, // the record's id (QString)
        ConflictRole, // the conflict's code, "" when none
    };

    // catalog names the tasks (optional: ids without it); account gives the time zone (optional: the system's).
    explicit WaitingUploadModel(OfflineJournal* journal, TaskCatalog* catalog = nullptr, AccountData* account = nullptr,
                                QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The record of a row (a default one outside).
    OfflineRecord record(int row) const;
    int rowOf(const QString& id) const;

    QString taskText(const OfflineRecord& record) const;
    QString timeText(const OfflineRecord& record) const;
    static QString stateText(const OfflineRecord& record);

private:
    void sync();

    QPointer<OfflineJournal> m_journal;
    QPointer<TaskCatalog> m_catalog;
    QPointer<AccountData> m_account;
    QList<OfflineRecord> m_rows;
};
