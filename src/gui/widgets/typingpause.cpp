// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/typingpause.h"

#include "core/tracking/clock.h"

#include <QLineEdit>
#include <QTimer>

#include <algorithm>

TypingPause::TypingPause(Clock* clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // never early: an early check would only schedule another
    connect(m_timer, &QTimer::timeout, this, &TypingPause::check);
}

void TypingPause::setClock(Clock* clock)
{
    m_clock = clock ? clock : Clock::system();
}

void TypingPause::watch(QLineEdit* edit, const QObject* field)
{
    const QObject* key = field ? field : edit;
    connect(edit, &QLineEdit::textEdited, this, [this, key] { edited(key); });
    connect(edit, &QLineEdit::editingFinished, this, [this, key] { left(key); });
    connect(edit, &QObject::destroyed, this, [this, key] { m_lastEdit.remove(key); });
}

bool TypingPause::isTyping(const QObject* field) const
{
    return m_lastEdit.contains(field);
}

void TypingPause::reset()
{
    m_lastEdit.clear();
    m_timer->stop();
}

void TypingPause::edited(const QObject* field)
{
    const bool began = !m_lastEdit.contains(field);
    m_lastEdit.insert(field, m_clock->monotonicMs());
    schedule();
    if (began)
        emit typingChanged();
}

void TypingPause::left(const QObject* field)
{
    if (m_lastEdit.remove(field) > 0)
        emit typingChanged();
    schedule();
}

void TypingPause::check()
{
    const qint64 now = m_clock->monotonicMs();
    bool any = false;
    for (auto it = m_lastEdit.begin(); it != m_lastEdit.end();) {
        if (now - it.value() >= PauseMs) {
            it = m_lastEdit.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    schedule();
    if (any)
        emit typingChanged();
}

void TypingPause::schedule()
{
    if (m_lastEdit.isEmpty()) {
        m_timer->stop();
        return;
    }
    const qint64 now = m_clock->monotonicMs();
    qint64 wait = PauseMs;
    for (const qint64 last : std::as_const(m_lastEdit))
        wait = std::min(wait, std::max<qint64>(0, last + PauseMs - now));
    m_timer->start(int(wait));
}
