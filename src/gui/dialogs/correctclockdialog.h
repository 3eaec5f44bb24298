// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clock/clockcorrection.h"
#include "api/entries/entry.h"
#include "core/tracking/stopwatch.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QTimeZone>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class StopwatchSession;
class TaskPicker;

// Corrects the running clock: customer, project, service, description and billable (PUT /v2/entries/{id}), and
// the start ("started 10 minutes ago", PUT /v2/clock/{id}). When the new start overlaps the previous entry the
// server says so; the dialog tells the user and offers the earliest free start.
class CorrectClockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CorrectClockDialog(StopwatchSession* session, QWidget* parent = nullptr);

    // Opens the one dialog (or raises it). Returns nullptr when no clock runs. Deleted when closed.
    static CorrectClockDialog* showFor(StopwatchSession* session, QWidget* parent = nullptr);
    // The dialog is open (it shows the stopwatch's answers itself).
    static bool isOpen() { return !s_open.isNull(); }

    TaskPicker* picker() const { return m_picker; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QPushButton* saveButton() const { return m_saveButton; }
    QPushButton* useFreeStartButton() const { return m_useFreeStart; }
    QLabel* messageLabel() const { return m_message; }

    // Moves the start by `minutes` (negative: earlier).
    void shiftStart(int minutes);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Step
    {
        Idle,
        Editing,
        Correcting,
    };

    void updateState();
    void retranslateUi();
    QString overlapText() const;
    void next();
    // The start the edit shows, in UTC (the edit shows the account's wall time).
    QDateTime newStart() const;
    QTimeZone timeZone() const;
    // `utc` as wall-clock time in the account's zone, carried as a zone-less (UTC) value for the edit.
    QDateTime wallTime(const QDateTime& utc) const;
    QDateTime latestWallTime(const QDateTime& utc) const;
    void setStart(const QDateTime& utc);
    bool taskChanged() const;
    bool startChanged() const;

    StopwatchSession* m_session = nullptr;
    Entry m_entry; // the running entry as it was when the dialog opened
    TaskPicker* m_picker = nullptr;
    QLabel* m_startLabel = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QPushButton* m_minus5 = nullptr;
    QPushButton* m_minus15 = nullptr;
    QPushButton* m_plus5 = nullptr;
    QLabel* m_duration = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_useFreeStart = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;
    QDateTime m_freeStart;
    QDateTime m_shownStart; // the moment the edit was last set to
    Step m_step = Step::Idle;
    bool m_overlapShown = false;

    static QPointer<CorrectClockDialog> s_open;
};
