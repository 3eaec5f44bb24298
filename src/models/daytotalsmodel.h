// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class Clock;
class QTimer;

// Hours per day of the shown range, computed from the rows of an entry model (normally the filter proxy, so that
// the totals match what the table shows). Time is counted on the day it was worked: an entry crossing midnight
// adds to both days, a running entry counts up to now, and the parts outside the range are ignored. Day boundaries
// are the user's local midnights (DateRange), so a DST day has 23 or 25 hours. Recomputed once per event-loop
// turn after the source changed.
//
// Entries that overlap count their wall-clock time once (OverlapIndex): a day worked 9 h with one hour booked twice
// has 9 h here. The plain sum of the durations stays available as the booked seconds (BookedSecondsRole, the
// tooltip "9:00 h worked, 10:00 h booked").
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

signals:
    void totalsChanged();

private:
    void scheduleRecompute();

    Clock* m_clock = nullptr;
    QPointer<QAbstractItemModel> m_source;
    DateRange m_range;
    QList<qint64> m_boundaries;
    QList<qint64> m_seconds;
    qint64 m_total = 0;
    QList<qint64> m_booked;
    qint64 m_totalBooked = 0;
    QTimer* m_recomputeTimer = nullptr;
};
