// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/stopwatch.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class StopwatchSession;
class TaskPicker;

// "Start new…": pick customer → project → service, type a description, start. While a clock runs this is a switch
// (the server stops the running entry; the message says what was stopped). Stays open until the server answered,
// so a refused start does not lose the input.
//
// Above the pickers, the pinned tasks (★) and the recent ones, up to nine: Alt+1…Alt+9 (or 1…9, Enter or a double
// click in the list) starts one at once; the list's context menu pins or unpins a task (FavouriteTasks).
class QuickStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit QuickStartDialog(StopwatchSession* session, QWidget* parent = nullptr);

    // Opens the one dialog (or raises it when it is open already). Deleted when closed.
    static QuickStartDialog* showFor(StopwatchSession* session, QWidget* parent = nullptr);

    TaskPicker* picker() const { return m_picker; }
    QPushButton* startButton() const { return m_startButton; }
    // The pinned and recent tasks, in the order Alt+1…Alt+9 starts them.
    QListWidget* recentList() const { return m_recentList; }
    const QList<Entry>& quickTasks() const { return m_quickTasks; }
    static constexpr int MaxQuickTasks = 9;

public slots:
    void accept() override;
    // Starts quickTasks().at(index) (Alt+1 is index 0).
    void startQuickTask(int index);
    // Pins or unpins quickTasks().at(index).
    void togglePinned(int index);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void retranslateUi();
    void finishAction(bool ok, const QString& message);
    void startRequest(const ClockStartRequest& request);
    void fillQuickTasks();
    void showQuickMenu(const QPoint& pos);

    StopwatchSession* m_session = nullptr;
    TaskPicker* m_picker = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_recentLabel = nullptr;
    QListWidget* m_recentList = nullptr;
    QList<Entry> m_quickTasks;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_startButton = nullptr;
    bool m_waiting = false;

    static QPointer<QuickStartDialog> s_open;
};
