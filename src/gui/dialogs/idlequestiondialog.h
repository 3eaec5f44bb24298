// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlequestion.h"

#include <QDialog>
#include <QPointer>

class IdleTracker;
class StopwatchSession;
class TaskPicker;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

// "You were away": the idle span of the running clock, in the account's time zone, and what to do with it — keep the
// time, stop at the start of the idle span, stop then and continue the task now, or book the idle span as another
// task (picked with the TaskPicker) and continue or not. It stays until it is answered (Escape and the close button do
// not dismiss it), and the answer is sent once.
class IdleQuestionDialog : public QDialog
{
    Q_OBJECT
public:
    IdleQuestionDialog(IdleTracker* tracker, StopwatchSession* session, const IdleQuestion& question,
                       QWidget* parent = nullptr);

    // Shows the dialog whenever the tracker raises a question (one at a time, a top-level window).
    static void follow(IdleTracker* tracker, StopwatchSession* session);
    // The dialog shown by follow(), if any.
    static IdleQuestionDialog* current();

    QRadioButton* keepButton() const { return m_keep; }
    QRadioButton* stopButton() const { return m_stop; }
    QRadioButton* continueButton() const { return m_continue; }
    QRadioButton* otherTaskButton() const { return m_other; }
    TaskPicker* picker() const { return m_picker; }
    QCheckBox* continueAfterBox() const { return m_continueAfter; }
    QPushButton* applyButton() const { return m_apply; }
    QLabel* spanLabel() const { return m_span; }

public slots:
    void apply();
    void reject() override; // the question stays until it is answered

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi();
    void updateState();
    QString timeText(const QDateTime& utc) const;

    QPointer<IdleTracker> m_tracker;
    StopwatchSession* m_session = nullptr;
    IdleQuestion m_question;
    QLabel* m_span = nullptr;
    QRadioButton* m_keep = nullptr;
    QRadioButton* m_stop = nullptr;
    QRadioButton* m_continue = nullptr;
    QRadioButton* m_other = nullptr;
    TaskPicker* m_picker = nullptr;
    QCheckBox* m_continueAfter = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_apply = nullptr;
    static QPointer<IdleQuestionDialog> s_current;
};
