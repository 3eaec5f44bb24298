// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <functional>

// The entries of arrived pages on their way into a model, a slice at a time: a page of 1000 entries inserted in one
// go costs the proxies, the day totals and the view more than one frame (16 ms) once the table holds 100,000 rows.
// enqueue() hands slices of sliceSize() entries (fewer at the end of a page) to the sink at once, as long as the turn's
// budget lasts (budgetMs(), wall clock), and the rest in later event-loop turns (a zero timer); drained() follows when
// nothing is left.
// With a budget of 0 each turn hands over exactly one slice (tests count the turns that way).
class EntryInsertQueue : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(const QList<Entry>& slice)>;
    static constexpr int DefaultSliceSize = 100;
    static constexpr int DefaultBudgetMs = 3;

    explicit EntryInsertQueue(Sink sink, QObject* parent = nullptr);

    void setSliceSize(int entries) { m_sliceSize = std::max(1, entries); }
    int sliceSize() const { return m_sliceSize; }
    void setBudgetMs(int ms) { m_budgetMs = std::max(0, ms); }
    int budgetMs() const { return m_budgetMs; }

    void enqueue(const QList<Entry>& entries);
    // Forgets what waits (a new query, another account).
    void clear();
    // Forgets the waiting entry with that id (it was saved or deleted locally meanwhile: the page's copy is older).
    void remove(qint64 id);
    bool isEmpty() const { return m_pages.isEmpty(); }
    int pendingCount() const;
    int slicesHanded() const { return m_slices; }

signals:
    // Everything enqueued has reached the sink.
    void drained();

private:
    void run();

    // Drops the front page once it has gone in.
    void dropFrontIfDone();

    Sink m_sink;
    // The pages as they came (shared with the parsed reply, not copied: appending a page of 1000 entries to one list
    // copied them, and moved everything waiting when the list grew); none of them empty.
    QList<QList<Entry>> m_pages;
    qsizetype m_offset = 0; // what of the front page has gone in
    QTimer m_timer;
    int m_sliceSize = DefaultSliceSize;
    int m_budgetMs = DefaultBudgetMs;
    int m_slices = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};
