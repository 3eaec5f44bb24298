// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/stopwatch.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class StopwatchSession;
class TaskPicker;

// "Start new…": pick customer → project → service, type a description, start. While a clock runs this is a switch
// (the server stops the running entry; the message says what was stopped). Stays open until the server answered,
// so a refused start does not lose the input.
class QuickStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickStartDialog(StopwatchSession* session, QWidget* parent = nullptr);

    // Opens the one dialog (or raises it when it is open already). Deleted when closed.
    static QuickStartDialog* showFor(StopwatchSession* session, QWidget* parent = nullptr);

    TaskPicker* picker() const { return m_picker; }
    QPushButton* startButton() const { return m_startButton; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateState();
    void retranslateUi();
    void finishAction(bool ok, const QString& message);

    StopwatchSession* m_session = nullptr;
    TaskPicker* m_picker = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_startButton = nullptr;
    bool m_waiting = false;

    static QPointer<QuickStartDialog> s_open;
};
