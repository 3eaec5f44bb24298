// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/waitinguploaddialog.h"

#include "core/tracking/offlineclock.h"
#include "core/tracking/offlineuploader.h"
#include "core/tracking/stopwatchsession.h"
#include "gui/dialogs/offlinerecorddialog.h"
#include "models/waitinguploadmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

QPointer<WaitingUploadDialog> WaitingUploadDialog::s_open;

WaitingUploadDialog::WaitingUploadDialog(StopwatchSession* session, OfflineUploader* uploader, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_uploader(uploader)
    , m_model(new WaitingUploadModel(session->offlineClock()->journal(), session->catalog(), session->account(), this))
    , m_intro(new QLabel(this))
    , m_view(new QTableView(this))
    , m_uploadAnyway(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_discard(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WaitingUploadModel::ProblemColumn, QHeaderView::Stretch);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_uploadAnyway);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(900, 360);

    connect(m_uploadAnyway, &QPushButton::clicked, this, &WaitingUploadDialog::uploadAnyway);
    connect(m_edit, &QPushButton::clicked, this, &WaitingUploadDialog::edit);
    connect(m_discard, &QPushButton::clicked, this, &WaitingUploadDialog::discard);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_uploader)
            m_uploader->retryNow();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WaitingUploadDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WaitingUploadDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WaitingUploadDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &WaitingUploadDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    retranslateUi();
}

WaitingUploadDialog* WaitingUploadDialog::showFor(StopwatchSession* session, OfflineUploader* uploader, QWidget* parent)
{
    if (!s_open) {
        s_open = new WaitingUploadDialog(session, uploader, parent);
        s_open->setAttribute(Qt::WA_DeleteOnClose);
    }
    s_open->show();
    s_open->raise();
    s_open->activateWindow();
    return s_open;
}

void WaitingUploadDialog::retranslateUi()
{
    setWindowTitle(tr("Waiting to upload"));
    m_intro->setText(tr("What you clocked while Clockodo could not be reached. It is uploaded by itself when Clockodo "
                        "answers again; a record with a problem waits for your decision."));
    m_uploadAnyway->setText(tr("&Upload anyway"));
    m_uploadAnyway->setToolTip(tr("Upload once without the check that found the problem"));
    m_edit->setText(tr("&Edit…"));
    m_discard->setText(tr("&Discard…"));
    m_retry->setText(tr("&Retry now"));
    m_close->setText(tr("Close"));
    updateButtons();
}

void WaitingUploadDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString WaitingUploadDialog::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(WaitingUploadModel::RecordIdRole).toString();
}

void WaitingUploadDialog::updateButtons()
{
    const int row = m_model->rowOf(currentId());
    const OfflineRecord record = m_model->record(row);
    const bool selected = row >= 0 && m_uploader;
    const bool uploading = record.state == OfflineRecord::State::Uploading;
    const bool running = record.state == OfflineRecord::State::Running;
    m_uploadAnyway->setEnabled(selected && !record.conflict.isEmpty() && !uploading);
    m_edit->setEnabled(selected && !uploading && !running);
    m_discard->setEnabled(selected && !uploading && !running);
}

void WaitingUploadDialog::uploadAnyway()
{
    const QString id = currentId();
    if (!id.isEmpty() && m_uploader)
        m_uploader->uploadAnyway(id);
}

void WaitingUploadDialog::edit()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_uploader)
        return;
    auto* dialog
        = new OfflineRecordDialog(m_model->record(row), m_session->catalog(), m_session->stopwatch()->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (m_uploader && !m_uploader->replace(id, dialog->edited())) {
            auto* box = new QMessageBox(QMessageBox::Warning, windowTitle(),
                                        tr("The record could not be changed: it is being uploaded or no longer waits."),
                                        QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
}

void WaitingUploadDialog::discard()
{
    const QString id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0 || !m_uploader)
        return;
    const OfflineRecord record = m_model->record(row);
    // Asks once; the answer arrives asynchronously (no nested event loop).
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard"),
                                tr("Discard “%1” (%2)? It will never be uploaded, and this cannot be undone.")
                                    .arg(m_model->taskText(record), m_model->timeText(record)),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Discard) && m_uploader)
            m_uploader->discard(id);
    });
    box->open();
}
