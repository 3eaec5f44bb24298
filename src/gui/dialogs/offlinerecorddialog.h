// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/offlinerecord.h"

#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class TaskCatalog;
class TaskPicker;

// Edits a record of the offline journal before it is uploaded: task, description, billable, start and end (wall
// times in the account's zone). edited() is the record with the changes (id and kind kept), for
// OfflineUploader::replace().
class OfflineRecordDialog : public QDialog
{
    Q_OBJECT
public:
    OfflineRecordDialog(const OfflineRecord& record, TaskCatalog* catalog, const QTimeZone& zone,
                        QWidget* parent = nullptr);

    OfflineRecord edited() const;
    TaskPicker* picker() const { return m_picker; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QDateTimeEdit* endEdit() const { return m_end; }

private:
    void check();
    QDateTime wallTime(const QDateTime& utc) const;
    QDateTime utcOf(const QDateTimeEdit* edit) const;

    OfflineRecord m_record;
    QTimeZone m_zone;
    TaskPicker* m_picker = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
