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
    m_pages.append(entries);
    // Nothing waiting before: the first slices go in this turn (a small page as at once as before).
    if (idle && !m_running)
        run();
}

int EntryInsertQueue::pendingCount() const
{
    qsizetype count = -m_offset;
    for (const QList<Entry>& page : m_pages)
        count += page.size();
    return int(count);
}

void EntryInsertQueue::clear()
{
    ++m_generation;
    m_timer.stop();
    m_pages.clear();
    m_offset = 0;
}

void EntryInsertQueue::remove(qint64 id)
{
    for (qsizetype p = 0; p < m_pages.size(); ++p) {
        QList<Entry>& page = m_pages[p];
        for (qsizetype i = p == 0 ? m_offset : 0; i < page.size(); ++i) {
            if (page.at(i).id != id)
                continue;
            page.remove(i);
            if (p == 0)
                dropFrontIfDone();
            else if (page.isEmpty())
                m_pages.remove(p);
            return;
        }
    }
}

void EntryInsertQueue::dropFrontIfDone()
{
    if (!m_pages.isEmpty() && m_offset >= m_pages.constFirst().size()) {
        m_pages.removeFirst();
        m_offset = 0;
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
        if (m_pages.isEmpty())
            break;
        const QList<Entry>& page = m_pages.constFirst();
        const qsizetype count = std::min<qsizetype>(m_sliceSize, page.size() - m_offset);
        const QList<Entry> slice = page.mid(m_offset, count);
        m_offset += count;
        dropFrontIfDone();
        ++m_slices;
        m_sink(slice); // may clear() or enqueue() more
    } while (!isEmpty() && m_budgetMs > 0 && turn.nsecsElapsed() < qint64(m_budgetMs) * 1000000);
    m_running = false;
    if (!isEmpty()) {
        m_timer.start();
        return;
    }
    if (generation == m_generation) // not when the sink cleared the queue (a new load began)
        emit drained();
}
