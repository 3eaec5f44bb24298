// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/offlinerecorddialog.h"

#include "core/platform/dateformats.h"
#include "gui/widgets/taskpicker.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

OfflineRecordDialog::OfflineRecordDialog(const OfflineRecord& record, TaskCatalog* catalog, const QTimeZone& zone,
                                         QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_zone(zone)
    , m_picker(new TaskPicker(catalog, this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit before uploading"));
    Entry task;
    task.customersId = record.customersId;
    if (record.projectsId > 0)
        task.projectsId = record.projectsId;
    task.servicesId = record.servicesId;
    task.text = record.text;
    task.billable = record.billable;
    m_picker->setTask(task);
    // Wall times of the account's zone, carried as zone-less UTC values (as in the clock-correction dialog).
    for (QDateTimeEdit* edit : { m_start, m_end }) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormats::shortDateTime(edit->locale())); // "25.11.2026 14:05", not "25.11.26"
    }
    m_start->setDateTime(wallTime(record.start));
    m_end->setDateTime(wallTime(record.end.isValid() ? record.end : record.start));
    m_end->setEnabled(record.end.isValid());
    m_picker->formLayout()->addRow(tr("Start:"), m_start);
    m_picker->formLayout()->addRow(tr("End:"), m_end);
    m_problem->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &TaskPicker::changed, this, &OfflineRecordDialog::check);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &OfflineRecordDialog::check);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &OfflineRecordDialog::check);
    check();
}

QDateTime OfflineRecordDialog::wallTime(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(m_zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime OfflineRecordDialog::utcOf(const QDateTimeEdit* edit) const
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone).toUTC();
}

void OfflineRecordDialog::check()
{
    QString problem = m_picker->problem();
    if (problem.isEmpty() && m_record.end.isValid() && utcOf(m_end) <= utcOf(m_start))
        problem = tr("The end must lie after the start.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

OfflineRecord OfflineRecordDialog::edited() const
{
    OfflineRecord r = m_record;
    r.customersId = m_picker->customerId();
    r.projectsId = m_picker->projectId().value_or(0);
    r.servicesId = m_picker->serviceId();
    r.text = m_picker->text();
    r.billable = m_picker->billable();
    r.start = utcOf(m_start);
    if (m_record.end.isValid())
        r.end = utcOf(m_end);
    return r;
}
