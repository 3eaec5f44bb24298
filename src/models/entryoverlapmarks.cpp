// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entryoverlapmarks.h"

#include "core/tracking/clock.h"
#include "models/entrytablemodel.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

EntryOverlapMarks::EntryOverlapMarks(EntryTableModel* model)
    : QObject(model)
    , m_model(model)
{ }

void EntryOverlapMarks::startLoad()
{
    ++m_loadGeneration;
}

void EntryOverlapMarks::clear()
{
    m_overlaps = {};
}

void EntryOverlapMarks::update()
{
    ++m_generation;
    const QDateTime now = m_model->clock()->nowUtc();
    tell(swap(OverlapIndex(m_model->entries(), now), now));
}

void EntryOverlapMarks::changed(qint64 id)
{
    // While a worker builds the index of a load, the one here is older than the rows: built again at once (the
    // worker's result is dropped).
    if (m_workerGeneration != 0) {
        update();
        return;
    }
    // A running entry counts up to now (one started inside another overlaps it at once); the others stay at m_at,
    // tick() looks from there on.
    const QDateTime now = m_model->clock()->nowUtc();
    if (!m_at.isValid())
        m_at = now;
    const int row = m_model->rowOfId(id);
    tell(m_overlaps.replace(id, row >= 0 ? std::optional<Entry>(m_model->entryAt(row)) : std::nullopt, now));
}

void EntryOverlapMarks::buildThenFinish(QThreadPool* pool)
{
    // The index over every row on the API's worker thread, behind the pages it parsed (over 100,000 rows it takes
    // about a frame); the load is finished when the marks are in, so that whoever waits for loadFinished sees them.
    if (!pool) {
        update();
        emit finished();
        return;
    }
    const quint64 load = m_loadGeneration;
    const quint64 generation = ++m_generation;
    const QDateTime now = m_model->clock()->nowUtc();
    // The worker also compares the new index with the current one and is handed the old one to free: over 100,000
    // rows each is a few ms that would fall into the turn that takes the result.
    auto promise = std::make_shared<QPromise<Built>>();
    auto* watcher = new QFutureWatcher<Built>(this);
    m_workerGeneration = generation;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, load, generation, now, pool = QPointer<QThreadPool>(pool)] {
                watcher->deleteLater();
                if (generation == m_workerGeneration)
                    m_workerGeneration = 0;
                if (load != m_loadGeneration)
                    return; // another load began
                // A local change since rebuilt the marks at once (update): this result is older.
                QList<qint64> changed;
                if (generation == m_generation && watcher->future().resultCount() > 0) {
                    Built built = watcher->future().takeResult();
                    m_at = now;
                    OverlapIndex old = std::exchange(m_overlaps, std::move(built.index));
                    if (pool)
                        pool->start([old = std::move(old)]() mutable { old = {}; });
                    changed = std::move(built.changed);
                }
                tellThenFinish(std::move(changed), load);
            });
    watcher->setFuture(promise->future());
    pool->start([promise, entries = m_model->entries(), before = m_overlaps, now] {
        promise->start();
        OverlapIndex after(entries, now);
        QList<qint64> changed = changedIds(before, after);
        promise->addResult(Built { std::move(after), std::move(changed) });
        promise->finish();
    });
}

void EntryOverlapMarks::tick(const QSet<qint64>& runningIds)
{
    // The running entry grows into the next one: only when another entry of its user starts in the time it grew
    // by do the marks change (a full index of every row each tick cost O(n log n) per second).
    const QDateTime now = m_model->clock()->nowUtc();
    bool grewIntoAnother = false;
    for (qint64 id : runningIds) {
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            const Entry& e = m_model->entryAt(row);
            grewIntoAnother
                = grewIntoAnother || m_overlaps.startsWithin(e.usersId, std::max(m_at, e.timeSince), now, id);
        }
    }
    if (grewIntoAnother)
        update();
    else
        m_at = std::max(m_at, now);
}

QList<qint64> EntryOverlapMarks::changedIds(const OverlapIndex& before, const OverlapIndex& after)
{
    const QHash<qint64, QList<qint64>>& was = before.overlaps();
    const QHash<qint64, QList<qint64>>& is = after.overlaps();
    QList<qint64> changed;
    for (auto it = was.cbegin(); it != was.cend(); ++it) {
        if (is.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = is.cbegin(); it != is.cend(); ++it) {
        if (!was.contains(it.key()))
            changed.append(it.key());
    }
    return changed;
}

QList<qint64> EntryOverlapMarks::swap(OverlapIndex built, const QDateTime& at)
{
    m_at = at;
    const OverlapIndex before = std::exchange(m_overlaps, std::move(built));
    return changedIds(before, m_overlaps);
}

void EntryOverlapMarks::tell(const QList<qint64>& ids)
{
    // Only the rows whose marks changed (a removed row is gone already), in runs of adjacent rows: an entry that
    // spans many short ones changes the marks of all of them.
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        if (const int row = m_model->rowOfId(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        emit rowsChanged(rows.at(i), rows.at(last));
        i = last + 1;
    }
}

void EntryOverlapMarks::tellThenFinish(QList<qint64> ids, quint64 load)
{
    // Thousands of changed marks cost the proxies and the view more than a frame: a share per event-loop turn.
    const qsizetype count = std::min<qsizetype>(ids.size(), MarkRowsPerTurn);
    tell(ids.first(count));
    ids.remove(0, count);
    if (!ids.isEmpty()) {
        QTimer::singleShot(0, this, [this, ids = std::move(ids), load] {
            if (load == m_loadGeneration)
                tellThenFinish(ids, load);
            else
                tell(ids); // another load began: told at once (rows of another query are gone)
        });
        return;
    }
    emit finished();
}
