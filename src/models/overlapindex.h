// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

// Which time entries overlap which, and how much wall-clock time they cover: a pure value computed from a list of
// entries (a day's, a week's or the table's). Only time entries take part (lump sums have no span); a running entry
// counts up to now; entries of different users never overlap. Two entries overlap when one starts before the other
// ends (touching ends do not overlap). The merged intervals count every wall-clock second once, the booked seconds
// are the plain sum of durations.
class OverlapIndex
{
public:
    struct Interval
    {
        QDateTime since; // UTC
        QDateTime until; // UTC, after since
        friend bool operator==(const Interval&, const Interval&) = default;
    };

    // Above this many entries overlapping a changed one (before or after the change), replace() builds its lists
    // again from all entries instead of one by one.
    static constexpr int MaxNeighboursToReplace = 64;

    OverlapIndex() = default;
    OverlapIndex(const QList<Entry>& entries, const QDateTime& now);

    // One entry changed, came or went (entry: what it is now; nullopt when it went): the index as if built again
    // over the new list, for a running entry with now; returns the ids whose overlaps changed (the entry's own, and
    // those it overlapped before or overlaps now). A local edit at 100,000 rows: building the index again took
    // ~12 ms, this the few overlapping entries' work and one pass over the items (~1 ms).
    QList<qint64> replace(qint64 id, const std::optional<Entry>& entry, const QDateTime& now);

    // The wall-clock span of entry (a running one ends at now, never before its start); nullopt for lump sums and
    // empty spans.
    static std::optional<Interval> spanOf(const Entry& entry, const QDateTime& now);
    // Sorted intervals with overlapping and touching ones joined.
    static QList<Interval> merge(QList<Interval> intervals);

    // Every user's merged intervals, sorted by user, then start.
    QList<Interval> merged() const;
    qint64 coveredSeconds() const;
    qint64 bookedSeconds() const { return m_booked; }

    bool hasOverlap(qint64 id) const { return m_overlaps.contains(id); }
    // The ids of the entries that overlap id, by start.
    QList<qint64> overlapsOf(qint64 id) const { return m_overlaps.value(id); }
    // Every entry that overlaps another, with those it overlaps.
    const QHash<qint64, QList<qint64>>& overlaps() const { return m_overlaps; }
    // The entries of the index (by id) that overlap span for userId, except excludeId, by start.
    QList<qint64> overlapping(const Interval& span, qint64 userId, qint64 excludeId = 0) const;
    // True when an entry of userId (other than excludeId) starts in [from, to): O(log n). What a running entry that
    // grew from `from` to `to` may have grown into.
    bool startsWithin(qint64 userId, const QDateTime& from, const QDateTime& to, qint64 excludeId = 0) const;

private:
    // Kept on milliseconds since the epoch (UTC): building the index over the 100,000 rows of a large range is one
    // event-loop turn, and QDateTime copies and comparisons made it the longest one.
    struct Item
    {
        qint64 userId = 0;
        qint64 since = 0;
        qint64 until = 0;
        qint64 id = 0;
        friend bool operator==(const Item&, const Item&) = default;
    };
    struct Span
    {
        qint64 since = 0;
        qint64 until = 0;
    };
    static bool itemLess(const Item& a, const Item& b);
    static std::optional<Item> itemOf(const Entry& e, qint64 nowMs);
    // The ids of the items of item's user that overlap it (itself excluded), in the items' order.
    QList<qint64> overlapsOfItem(const Item& item) const;
    // m_overlaps from m_items.
    void listOverlaps();
    // m_merged and m_booked from m_items.
    void mergeItems();
    std::vector<Item> m_items; // sorted by user, start, id
    std::vector<Span> m_merged;
    QHash<qint64, QList<qint64>> m_overlaps;
    qint64 m_booked = 0;
};
