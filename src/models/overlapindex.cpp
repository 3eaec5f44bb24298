// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/overlapindex.h"

#include <algorithm>

namespace {

bool spanLess(const OverlapIndex::Interval& a, const OverlapIndex::Interval& b)
{
    return a.since != b.since ? a.since < b.since : a.until < b.until;
}

bool intersects(const OverlapIndex::Interval& a, const OverlapIndex::Interval& b)
{
    return a.since < b.until && b.since < a.until;
}

} // namespace

OverlapIndex::OverlapIndex(const QList<Entry>& entries, const QDateTime& now)
{
    for (const Entry& e : entries) {
        if (const auto span = spanOf(e, now)) {
            m_items.append({ e.id, e.usersId, *span });
            m_booked += span->since.secsTo(span->until);
        }
    }
    std::sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) {
        if (a.userId != b.userId)
            return a.userId < b.userId;
        if (a.span.since != b.span.since)
            return a.span.since < b.span.since;
        return a.id < b.id;
    });
    // Sorted by start: the entries after i that start before i ends overlap it; the first that starts later ends
    // the search. Each list fills in the order of the starts.
    for (int i = 0; i < m_items.size(); ++i) {
        const Item& a = m_items.at(i);
        for (int j = i + 1; j < m_items.size(); ++j) {
            const Item& b = m_items.at(j);
            if (b.userId != a.userId || b.span.since >= a.span.until)
                break;
            m_overlaps[a.id].append(b.id);
            m_overlaps[b.id].append(a.id);
        }
    }
    int first = 0;
    while (first < m_items.size()) {
        int last = first;
        QList<Interval> spans;
        while (last < m_items.size() && m_items.at(last).userId == m_items.at(first).userId)
            spans.append(m_items.at(last++).span);
        m_merged.append(merge(spans));
        first = last;
    }
}

std::optional<OverlapIndex::Interval> OverlapIndex::spanOf(const Entry& entry, const QDateTime& now)
{
    if (entry.type != Entry::Type::Time || !entry.timeSince.isValid())
        return std::nullopt;
    const QDateTime until = entry.isRunning() ? std::max(entry.timeSince, now) : entry.timeUntil;
    if (!until.isValid() || until <= entry.timeSince)
        return std::nullopt;
    return Interval { entry.timeSince.toUTC(), until.toUTC() };
}

QList<OverlapIndex::Interval> OverlapIndex::merge(QList<Interval> intervals)
{
    std::sort(intervals.begin(), intervals.end(), spanLess);
    QList<Interval> merged;
    for (const Interval& span : std::as_const(intervals)) {
        if (!merged.isEmpty() && span.since <= merged.last().until)
            merged.last().until = std::max(merged.last().until, span.until);
        else
            merged.append(span);
    }
    return merged;
}

qint64 OverlapIndex::coveredSeconds() const
{
    qint64 seconds = 0;
    for (const Interval& span : m_merged)
        seconds += span.since.secsTo(span.until);
    return seconds;
}

bool OverlapIndex::startsWithin(qint64 userId, const QDateTime& from, const QDateTime& to, qint64 excludeId) const
{
    // m_items is sorted by user, then start: the first item of userId starting at or after from.
    auto it
        = std::lower_bound(m_items.cbegin(), m_items.cend(), std::pair(userId, from),
                           [](const Item& item, const std::pair<qint64, QDateTime>& key) {
                               return item.userId != key.first ? item.userId < key.first : item.span.since < key.second;
                           });
    for (; it != m_items.cend() && it->userId == userId && it->span.since < to; ++it) {
        if (it->id != excludeId)
            return true;
    }
    return false;
}

QList<qint64> OverlapIndex::overlapping(const Interval& span, qint64 userId, qint64 excludeId) const
{
    QList<qint64> ids;
    for (const Item& item : m_items) {
        if (item.userId == userId && item.id != excludeId && intersects(item.span, span))
            ids.append(item.id);
    }
    return ids;
}
