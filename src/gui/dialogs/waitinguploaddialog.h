// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class OfflineUploader;
class QLabel;
class QPushButton;
class QTableView;
class StopwatchSession;
class WaitingUploadModel;

// "Waiting to upload": what was recorded while Clockodo could not be reached and is not on Clockodo yet, with the
// conflicts the upload met. Per record: Upload anyway (once, without the check that caused the conflict), Edit… (task
// and times; OfflineUploader::replace()), Discard… (asks once). Retry now probes at once. One non-modal window
// (showFor()).
class WaitingUploadDialog : public QDialog
{
    Q_OBJECT
public:
    WaitingUploadDialog(StopwatchSession* session, OfflineUploader* uploader, QWidget* parent = nullptr);

    static WaitingUploadDialog* showFor(StopwatchSession* session, OfflineUploader* uploader, QWidget* parent);

    QTableView* view() const { return m_view; }
    WaitingUploadModel* model() const { return m_model; }
    QPushButton* uploadAnywayButton() const { return m_uploadAnyway; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* discardButton() const { return m_discard; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    QString currentId() const;
    void uploadAnyway();
    void edit();
    void discard();

    StopwatchSession* m_session = nullptr;
    QPointer<OfflineUploader> m_uploader;
    WaitingUploadModel* m_model = nullptr;
    QLabel* m_intro = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_uploadAnyway = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_discard = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_close = nullptr;
    static QPointer<WaitingUploadDialog> s_open;
};
