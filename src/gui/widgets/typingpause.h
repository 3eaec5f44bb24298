// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class Clock;
class QLineEdit;
class QTimer;

// When a field's warning may show: not while the user is typing in it ("'bäck' is not a customer you can choose"
// after two letters helps nobody). A watched field counts as typing from a keystroke until the user leaves it
// (editingFinished) or pauses for PauseMs. The pause is measured on the injected Clock; the timer only prompts
// check(), so tests move a ManualClock and call check() instead of waiting. typingChanged() tells the form to hide
// or show its warnings again (it comes after the field's own textChanged).
class TypingPause : public QObject
{
    Q_OBJECT
public:
    static constexpr int PauseMs = 600;

    explicit TypingPause(Clock* clock = nullptr, QObject* parent = nullptr);

    void setClock(Clock* clock);
    // Watches edit's keystrokes; field (default: edit) is what isTyping() is asked about.
    void watch(QLineEdit* edit, const QObject* field = nullptr);
    bool isTyping(const QObject* field) const;
    bool isAnyTyping() const { return !m_lastEdit.isEmpty(); }
    // Forgets every keystroke (the form was filled anew).
    void reset();

public slots:
    // Settles the fields whose last keystroke lies PauseMs back (the timer's slot).
    void check();

signals:
    // A field began typing, or one settled.
    void typingChanged();

private:
    void edited(const QObject* field);
    void left(const QObject* field);
    void schedule();

    Clock* m_clock = nullptr;
    QTimer* m_timer = nullptr;
    QHash<const QObject*, qint64> m_lastEdit; // monotonic ms of the last keystroke, per typing field
};
