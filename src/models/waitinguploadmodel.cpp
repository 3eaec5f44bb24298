// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/waitinguploadmodel.h"

#include "core/platform/dateformats.h"
#include "core/session/accountdata.h"
#include "core/tracking/clockformat.h"
#include "core/tracking/offlinejournal.h"
#include "core/tracking/taskcatalog.h"

#include <QLocale>
#include <QSet>

WaitingUploadModel::WaitingUploadModel(OfflineJournal* journal, TaskCatalog* catalog, AccountData* account,
                                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
    , m_catalog(catalog)
    , m_account(account)
{
    connect(journal, &OfflineJournal::changed, this, &WaitingUploadModel::sync);
    connect(journal, &OfflineJournal::loaded, this, &WaitingUploadModel::sync);
    if (catalog) {
        connect(catalog, &TaskCatalog::loaded, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, TaskColumn), index(int(m_rows.size()) - 1, TaskColumn));
        });
    }
    m_rows = journal->records();
}

int WaitingUploadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaitingUploadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

OfflineRecord WaitingUploadModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : OfflineRecord();
}

int WaitingUploadModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString WaitingUploadModel::taskText(const OfflineRecord& record) const
{
    Entry entry;
    entry.customersId = record.customersId;
    if (record.projectsId > 0)
        entry.projectsId = record.projectsId;
    entry.servicesId = record.servicesId;
    entry.text = record.text;
    const QString task = m_catalog ? m_catalog->describe(entry)
                                   : tr("Customer %1 · Service %2").arg(record.customersId).arg(record.servicesId);
    if (record.kind == OfflineRecord::Kind::ServerStop)
        //: a clock that ran on Clockodo and was stopped on this computer; %1 is the task
        return tr("Stop of %1").arg(task);
    return task;
}

QString WaitingUploadModel::timeText(const OfflineRecord& record) const
{
    const QTimeZone zone = m_account ? m_account->timeZone() : QTimeZone::systemTimeZone();
    const QLocale locale;
    const QString day = locale.toString(record.start.toTimeZone(zone).date(), DateFormats::shortDate(locale));
    const QString start = ClockFormat::time(record.start, zone);
    if (!record.end.isValid())
        //: a period still running: day, start time
        return tr("%1 %2 – now").arg(day, start);
    //: day, start time, end time
    return tr("%1 %2 – %3").arg(day, start, ClockFormat::time(record.end, zone));
}

QString WaitingUploadModel::stateText(const OfflineRecord& record)
{
    switch (record.state) {
    case OfflineRecord::State::Running:
        return tr("Running on this computer");
    case OfflineRecord::State::Waiting:
        return tr("Waiting to upload");
    case OfflineRecord::State::Uploading:
        return tr("Uploading…");
    case OfflineRecord::State::Uploaded:
        return tr("Uploaded");
    case OfflineRecord::State::Conflict:
        return tr("Needs your decision");
    case OfflineRecord::State::Discarded:
        return tr("Discarded");
    }
    return QString();
}

QVariant WaitingUploadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfflineRecord& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TaskColumn:
            return taskText(r);
        case TimeColumn:
            return timeText(r);
        case StateColumn:
            return r.state != OfflineRecord::State::Conflict && !r.conflict.isEmpty() ? tr("Needs your decision")
                                                                                      : stateText(r);
        case ProblemColumn:
            return r.conflictMessage;
        default:
            return {};
        }
    case RecordIdRole:
        return r.id;
    case ConflictRole:
        return r.conflict;
    default:
        return {};
    }
}

QVariant WaitingUploadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case TimeColumn:
        return tr("Time");
    case StateColumn:
        return tr("State");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}

void WaitingUploadModel::sync()
{
    const QList<OfflineRecord> now = m_journal ? m_journal->records() : QList<OfflineRecord>();
    QSet<QString> ids;
    for (const OfflineRecord& r : now)
        ids.insert(r.id);
    // Rows that left (uploaded, discarded, another account), from the bottom.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_rows.at(row).id)) {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // The remaining rows keep the journal's order (oldest first): new records are inserted where they belong, a
    // changed record is one dataChanged for its row.
    for (int i = 0; i < now.size(); ++i) {
        const OfflineRecord& r = now.at(i);
        const int row = i < m_rows.size() && m_rows.at(i).id == r.id ? i : rowOf(r.id);
        if (row < 0) {
            beginInsertRows(QModelIndex(), i, i);
            m_rows.insert(i, r);
            endInsertRows();
        } else if (row != i) { // reordered (not expected): move it into place
            beginMoveRows(QModelIndex(), row, row, QModelIndex(), row < i ? i + 1 : i);
            m_rows.move(row, i);
            endMoveRows();
            m_rows[i] = r;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else if (m_rows.at(i) != r) {
            m_rows[i] = r;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}
