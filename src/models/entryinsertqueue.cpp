// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entryinsertqueue.h"

#include <QElapsedTimer>

EntryInsertQueue::EntryInsertQueue(Sink sink, QObject* parent)
    : QObject(parent)
    , m_sink(std::move(sink))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &EntryInsertQueue::run);
}

void EntryInsertQueue::enqueue(const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return;
    const bool idle = isEmpty() && !m_timer.isActive();
    m_pending.append(entries);
    // Nothing waiting before: the first slices go in this turn (a small page as at once as before).
    if (idle && !m_running)
        run();
}

void EntryInsertQueue::clear()
{
    ++m_generation;
    m_timer.stop();
    m_pending.clear();
    m_head = 0;
}

void EntryInsertQueue::remove(qint64 id)
{
    for (qsizetype i = m_head; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id == id) {
            m_pending.remove(i);
            return;
        }
    }
}

void EntryInsertQueue::run()
{
    if (m_running)
        return;
    m_running = true;
    const quint64 generation = m_generation;
    QElapsedTimer turn;
    turn.start();
    do {
        const qsizetype count = std::min<qsizetype>(m_sliceSize, m_pending.size() - m_head);
        if (count <= 0)
            break;
        const QList<Entry> slice = m_pending.mid(m_head, count);
        m_head += count;
        ++m_slices;
        m_sink(slice); // may clear() or enqueue() more
    } while (!isEmpty() && m_budgetMs > 0 && turn.nsecsElapsed() < qint64(m_budgetMs) * 1000000);
    m_running = false;
    if (!isEmpty()) {
        if (m_head > 4096 && m_head * 2 > m_pending.size()) { // what went in is not kept twice
            m_pending.remove(0, m_head);
            m_head = 0;
        }
        m_timer.start();
        return;
    }
    m_pending.clear();
    m_head = 0;
    if (generation == m_generation) // not when the sink cleared the queue (a new load began)
        emit drained();
}
