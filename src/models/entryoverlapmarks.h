// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/overlapindex.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

class EntryTableModel;
class QThreadPool;

// The overlap marks of an EntryTableModel's rows: which time entries of one user overlap which (OverlapIndex, the
// running entry up to the last tick), and the telling of their changes. After a load the index is built on the API's
// worker thread (over 100,000 rows about a frame) and the rows whose marks changed are told MarkRowsPerTurn at a time,
// one share per event-loop turn, then finished(); after a local change it is built at once and told at once.
// Generation counters drop a worker's result that a later load or a local change made stale.
class EntryOverlapMarks : public QObject
{
    Q_OBJECT
public:
    static constexpr int MarkRowsPerTurn = 1000;

    explicit EntryOverlapMarks(EntryTableModel* model);

    const OverlapIndex& index() const { return m_overlaps; }
    // A new load began: a worker's marks or a telling still under way for the old one are dropped.
    void startLoad();
    // No rows (the model was reset for another query).
    void clear();
    // The marks of all rows now, the changed rows told at once.
    void update();
    // The marks after one local change (the entry with id was saved, added or removed; OverlapIndex::replace()),
    // the changed rows told at once.
    void changed(qint64 id);
    // The marks of a finished load from the worker threads of pool (or at once without one), the changed rows told a
    // share per turn, then finished().
    void buildThenFinish(QThreadPool* pool);
    // After a tick of the running entries: their marks change only when one grew into another entry of its user.
    void tick(const QSet<qint64>& runningIds);

signals:
    // The marks of the rows first..last changed.
    void rowsChanged(int first, int last);
    // buildThenFinish() is done: its marks are in and told.
    void finished();

private:
    // A worker's index and the ids whose marks differ from the index it was built beside.
    struct Built
    {
        OverlapIndex index;
        QList<qint64> changed;
    };
    // The ids whose marks differ between two indexes.
    static QList<qint64> changedIds(const OverlapIndex& before, const OverlapIndex& after);
    // The new marks; the ids whose marks changed.
    QList<qint64> swap(OverlapIndex built, const QDateTime& at);
    // rowsChanged for the rows of ids, in runs of adjacent rows.
    void tell(const QList<qint64>& ids);
    // tell() MarkRowsPerTurn at a time, one share per event-loop turn, then finished().
    void tellThenFinish(QList<qint64> ids, quint64 load);

    EntryTableModel* m_model;
    OverlapIndex m_overlaps;
    QDateTime m_at; // the "now" up to which the running entries' overlaps are known
    quint64 m_loadGeneration = 0; // counts loads: a worker's marks for an older load are dropped
    quint64 m_generation = 0; // counts builds: an older worker result is stale
    quint64 m_workerGeneration = 0; // the build of the worker under way for the latest load; 0: none
};
