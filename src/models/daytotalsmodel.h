// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

class Clock;
class EntryRowReader;
class QTimer;

// Hours per day of the shown range, computed from the rows of an entry model (normally the filter proxy, so that
// the totals match what the table shows). Time is counted on the day it was worked: an entry crossing midnight
// adds to both days, a running entry counts up to now, and the parts outside the range are ignored. Day boundaries
// are the user's local midnights (DateRange), so a DST day has 23 or 25 hours.
// Updated incrementally, once per event-loop turn after the source changed: inserted, removed and changed rows mark
// the days they touch, and only those days are recomputed (a running clock's tick touches its own day; dataChanged
// names the changed days, never a reset). The spans are kept by entry id (IdRole: unique, and a row keeps its id, as
// EntryTableModel's do), not by row: a re-sort (layoutChanged with VerticalSortHint, the same rows in another order)
// and moved rows cost nothing. A reset, another layout change, another range or ids that repeat read all rows again.
//
// Entries that overlap count their wall-clock time once (merged per user, like OverlapIndex): a day worked 9 h with one
// hour booked twice has 9 h here. The plain sum of the durations stays available as the booked seconds
// (BookedSecondsRole, the tooltip "9:00 h worked, 10:00 h booked").
class DayTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DayColumn,
        DurationColumn,
        HoursColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        DateRole = Qt::UserRole + 1,
        SecondsRole, // wall-clock time worked, overlaps counted once
        IsTodayRole,
        BookedSecondsRole // the sum of the durations booked (overlaps counted twice)
    };
    Q_ENUM(Role)

    explicit DayTotalsModel(Clock* clock = nullptr, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Rows with the roles of EntryTableModel (TypeRole, SinceRole, EffectiveUntilRole).
    void setSourceModel(QAbstractItemModel* model);
    QAbstractItemModel* sourceModel() const { return m_source; }
    void setRange(const DateRange& range);
    DateRange range() const { return m_range; }

    QList<qint64> secondsPerDay() const { return m_seconds; }
    qint64 seconds(QDate date) const;
    qint64 totalSeconds() const { return m_total; }
    QList<qint64> bookedSecondsPerDay() const { return m_booked; }
    qint64 bookedSeconds(QDate date) const;
    qint64 totalBookedSeconds() const { return m_totalBooked; }
    // "9:00 h worked, 10:00 h booked" when overlaps are booked twice, else empty.
    static QString workedAndBookedText(qint64 worked, qint64 booked);
    qint64 maximumDaySeconds() const;
    QDate today() const;

public slots:
    // Computes the totals now (normally done on its own, one event-loop turn after a change).
    void recompute();
    void retranslate();
    // Room for the spans of rows that are about to arrive (EntryTableModel::rowsExpected): at 100,000 rows each
    // doubling of the spans by id rehashed them all within one turn of a load (~5 ms at 32k and 65k).
    void reserve(qsizetype rows);

public:
    // Above sliceRows() rows all rows are read again in slices of sliceRows() rows, one per event-loop turn, and each
    // slice also files its spans by id and by day; the totals shown stay until the last slice, which only swaps them
    // in and recomputes the days (at 100,000 rows reading and filing every row took 12-19 ms in one turn). Rows changed
    // meanwhile are read and filed again; rows inserted, removed or reordered start the reading over.
    static constexpr int DefaultSliceRows = 16384;
    void setSliceRows(int rows);
    int sliceRows() const { return m_sliceRows; }
    // Whether the rows are being read again in slices (see above).
    bool isReading() const { return m_reading.has_value(); }

signals:
    void totalsChanged();

private:
    // What the totals need of a source row: a time entry's wall-clock span (ms since the epoch, UTC).
    struct Span
    {
        qint64 id = 0;
        qint64 userId = 0;
        qint64 since = 0;
        qint64 until = 0;
        bool counts = false; // a time entry with a span
    };
    // Through the entries themselves when the source is EntryTableModel or a proxy over it (EntryRowReader).
    Span readRow(const EntryRowReader& reader, int row) const;
    // Adds (sign 1) or removes (-1) span from the days it touches and marks them.
    void place(const Span& span, int sign);
    // The same on other day lists (a reading's), marking nothing.
    void placeIn(QList<QList<Span>>& daySpans, const Span& span, int sign, QList<bool>* dirty = nullptr) const;
    // Keeps a span that counts under its id; false when the id is taken already (ids repeat: see m_ambiguous).
    bool keep(const Span& span);
    static bool keepIn(QHash<qint64, Span>& spans, const Span& span);
    void rowsInsertedAt(int first, int last);
    void rowsAboutToBeRemovedAt(int first, int last);
    void rowsRemovedAt(int first, int last);
    void rowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void sourceLayoutChanged(const QList<QPersistentModelIndex>& parents, QAbstractItemModel::LayoutChangeHint hint);
    void scheduleRecompute();
    // The timer's recompute: at once for few rows, else the next slice of the reading.
    void recomputeStep();
    // A reading of rows rows: started, its rows read and filed up to end, its spans put in effect.
    void startReading(int rows);
    void readUpTo(int end);
    void finishReading();
    // A reading's row read (again): its span by row, by id and by day.
    void file(int row, const Span& span);
    void scheduleDirty();
    void recomputeDirty();
    // The worked and booked seconds of day i from its spans.
    QPair<qint64, qint64> computeDay(int i) const;

    Clock* m_clock = nullptr;
    QPointer<QAbstractItemModel> m_source;
    DateRange m_range;
    QList<qint64> m_boundaries;
    QList<qint64> m_seconds;
    qint64 m_total = 0;
    QList<qint64> m_booked;
    qint64 m_totalBooked = 0;
    QTimer* m_recomputeTimer = nullptr;
    QTimer* m_dirtyTimer = nullptr;
    QHash<qint64, Span> m_spans; // the spans that count, by entry id
    int m_rowCount = 0; // the source's rows as last told
    bool m_ambiguous = false; // ids repeat: rows cannot be told apart, every change reads all rows again
    QList<QList<Span>> m_daySpans; // per day, the spans that touch it
    QList<bool> m_dirty;
    // A reading of every row in slices: the spans of rows [0, next), by row, by id and by day.
    struct Reading
    {
        QList<Span> rows;
        int next = 0;
        QHash<qint64, Span> spans;
        QList<QList<Span>> daySpans;
        bool ambiguous = false;
    };
    std::optional<Reading> m_reading;
    int m_sliceRows = DefaultSliceRows;
};
