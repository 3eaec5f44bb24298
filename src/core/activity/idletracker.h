// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/clock/clockstartrequest.h"
#include "core/activity/idlequestion.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ApiError;
class IdleSource;
class OfflineJournal;
class Settings;
class StopwatchSession;
class QTimer;

// Notices that the user walked away from a running clock: while a clock runs (and idle detection is on), it asks the
// idle source every PollIntervalMs — never while the clock is stopped. After Settings::idleMinutes() without input it
// notes the idle span (from the last input) and, when the user is back, raises the question what to do with it.
// The question is kept per account in the settings until it is answered (a restart asks again), and every answer
// goes through the stopwatch (which records it in the offline journal when Clockodo cannot be reached).
class IdleTracker : public QObject
{
    Q_OBJECT
public:
    enum class Choice
    {
        Keep, // the idle span stays booked on the running task
        StopAtIdleStart, // the clock stops at the last input
        StopAndContinue, // stops at the last input, then starts the same task now
        BookAsOtherTask, // stops at the last input, books the idle span as another task, and continues or not
    };
    Q_ENUM(Choice)

    static constexpr int PollIntervalMs = 30 * 1000;

    IdleTracker(StopwatchSession* session, Settings* settings, IdleSource* source, QObject* parent = nullptr);
    ~IdleTracker() override;

    // The question waiting for an answer (complete: the user is back), or the span still under way.
    const std::optional<IdleQuestion>& question() const { return m_question; }
    // The question is asked (the user is back and it concerns the clock that runs).
    bool isAsking() const;
    // An answer is under way; further ones are refused until it is done.
    bool isAnswering() const { return m_answering; }
    // The idle source is asked regularly (for tests: a clock runs and detection is on).
    bool isPolling() const;

    // Answers the question. `other`: the task the idle span is booked on (BookAsOtherTask); continueAfter: start the
    // task that ran again now (BookAsOtherTask; StopAndContinue always does). Refused while an answer is under way.
    void answer(Choice choice, const std::optional<ClockStartRequest>& other = std::nullopt, bool continueAfter = true);

public slots:
    // Asks the idle source now (the timer's slot; tests call it).
    void poll();

signals:
    // The user is back after an idle span: ask what to do with it.
    void questionRaised(const IdleQuestion& question);
    // The question was answered, or it no longer applies (the clock was stopped or switched meanwhile).
    void questionClosed();
    // An answer did not get through (translated); the question stays when nothing was done yet.
    void answerFailed(const QString& message);

private:
    void reconsider();
    void onIdleTime(qint64 idleMs);
    void load();
    void store();
    void close();
    void raiseIfDue();
    // Runs the stopwatch action `act` and calls `then(ok)` once it is answered.
    void whenDone(const std::function<void()>& act, const std::function<void(bool ok, const QString& message)>& then);
    void afterStop(Choice choice, const IdleQuestion& question, const std::optional<ClockStartRequest>& other,
                   bool continueAfter);
    void proceedAfterStop(Choice choice, const IdleQuestion& question, const std::optional<ClockStartRequest>& other,
                          bool continueAfter);
    void bookOther(const IdleQuestion& question, const ClockStartRequest& other, bool continueAfter);
    void continueTask(const IdleQuestion& question);
    void journalPeriod(const IdleQuestion& question, const ClockStartRequest& other, bool continueAfter);
    void finishAnswer(const QString& failure = {});
    QString accountKey() const;

    StopwatchSession* m_session = nullptr;
    QPointer<Settings> m_settings;
    IdleSource* m_source = nullptr;
    QTimer* m_timer = nullptr;
    std::optional<IdleQuestion> m_question;
    QString m_loadedFor; // the account the question was loaded for
    bool m_asked = false; // questionRaised was sent for m_question
    bool m_answering = false;
    bool m_sourceReady = false;
};
