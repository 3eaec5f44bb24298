// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/stopwatch.h"
#include "gui/widgets/elidedlabel.h"

#include <QFrame>
#include <QKeySequence>

class QLabel;
class QPushButton;
class QTimer;
class StopwatchSession;

// The running-clock strip at the top of the main window:
//   [■ Stop]  Customer · Project · Service                 01:23:45
//             "description"   notice…             [Edit] [Switch…]
// It shows the same Stopwatch the tray shows. The elapsed time ticks once a second — the only per-second timer
// of the app, and only while the strip is visible and the clock runs. Beside the description, the last notice (a
// change made on another device, what a switch stopped, an error) stays readable until the next one, or until the
// connection whose loss it reported is back. The strip's height is the same in every state (stopped, running,
// with or without a notice) and it reserves no line for the notice.
class StopwatchWidget : public QFrame
{
    Q_OBJECT
public:
    explicit StopwatchWidget(StopwatchSession* session, QWidget* parent = nullptr);

    QPushButton* startStopButton() const { return m_startStop; }
    QPushButton* editButton() const { return m_edit; }
    QLabel* taskLabel() const { return m_task; }
    QLabel* elapsedLabel() const { return m_elapsed; }
    QLabel* noticeLabel() const { return m_notice; }
    // "Waiting to upload…", shown while the offline journal holds records.
    QPushButton* waitingButton() const { return m_waiting; }
    bool isTicking() const;
    QPushButton* switchButton() const { return m_switch; }
    // The keys of the window's Start/Stop and Switch actions, for the buttons' tooltips.
    void setShortcuts(const QKeySequence& startStop, const QKeySequence& switchTask);

public slots:
    void showNotice(const QString& message);

signals:
    // The user asked for the "Waiting to upload" view.
    void waitingViewRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void updateElapsed();
    void updateTicking();
    void retranslateUi();
    void startOrStop();
    QString offlineStatus(const QString& status) const;
    static bool isConnectionProblem(const ApiError& error);

    StopwatchSession* m_session = nullptr;
    QPushButton* m_startStop = nullptr;
    QLabel* m_colorDot = nullptr;
    QLabel* m_task = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_elapsed = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_switch = nullptr;
    ElidedLabel* m_notice = nullptr;
    QPushButton* m_waiting = nullptr;
    bool m_noticeIsConnectionError = false; // the notice tells of a failure for want of a (working) connection
    bool m_noticeRecoverable = false; // … and a later good read of the clock clears it
    QTimer* m_tick = nullptr;
    QWidget* m_watchedWindow = nullptr;
    QKeySequence m_startStopKeys;
    QKeySequence m_switchKeys;
};
