// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/overlapindex.h"

#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace {

bool spanLess(const OverlapIndex::Interval& a, const OverlapIndex::Interval& b)
{
    return a.since != b.since ? a.since < b.since : a.until < b.until;
}

} // namespace

bool OverlapIndex::itemLess(const Item& a, const Item& b)
{
    if (a.userId != b.userId)
        return a.userId < b.userId;
    if (a.since != b.since)
        return a.since < b.since;
    return a.id < b.id;
}

OverlapIndex::OverlapIndex(const QList<Entry>& entries, const QDateTime& now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    m_items.reserve(size_t(entries.size()));
    for (const Entry& e : entries) {
        if (const std::optional<Item> item = itemOf(e, nowMs))
            m_items.push_back(*item);
    }
    // The table's rows come in the server's order (start, then id): for one user mostly sorted already (an edited
    // start keeps its row).
    if (!std::is_sorted(m_items.cbegin(), m_items.cend(), itemLess))
        std::sort(m_items.begin(), m_items.end(), itemLess);
    listOverlaps();
    mergeItems();
}

void OverlapIndex::listOverlaps()
{
    // Sorted by start: the entries after i that start before i ends overlap it; the first that starts later ends
    // the search. Each list fills in the order of the starts.
    m_overlaps.clear();
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& a = m_items[i];
        for (size_t j = i + 1; j < m_items.size(); ++j) {
            const Item& b = m_items[j];
            if (b.userId != a.userId || b.since >= a.until)
                break;
            m_overlaps[a.id].append(b.id);
            m_overlaps[b.id].append(a.id);
        }
    }
}

std::optional<OverlapIndex::Item> OverlapIndex::itemOf(const Entry& e, qint64 nowMs)
{
    if (e.type != Entry::Type::Time || !e.timeSince.isValid())
        return std::nullopt;
    const qint64 since = e.timeSince.toMSecsSinceEpoch();
    qint64 until = 0;
    if (e.isRunning()) {
        until = std::max(since, nowMs);
    } else {
        if (!e.timeUntil.isValid())
            return std::nullopt;
        until = e.timeUntil.toMSecsSinceEpoch();
    }
    if (until <= since)
        return std::nullopt;
    return Item { e.usersId, since, until, e.id };
}

QList<qint64> OverlapIndex::overlapsOfItem(const Item& item) const
{
    // The user's items are one run of m_items, by start: those that start before item ends, less those that end
    // before it starts.
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), item.userId,
                               [](const Item& a, qint64 userId) { return a.userId < userId; });
    QList<qint64> ids;
    for (; it != m_items.cend() && it->userId == item.userId && it->since < item.until; ++it) {
        if (it->id != item.id && it->until > item.since)
            ids.append(it->id);
    }
    return ids;
}

void OverlapIndex::mergeItems()
{
    m_merged.clear();
    qint64 bookedMs = 0;
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& a = m_items[i];
        bookedMs += (a.until - a.since) / 1000 * 1000;
        if (i > 0 && m_items[i - 1].userId == a.userId && !m_merged.empty() && a.since <= m_merged.back().until)
            m_merged.back().until = std::max(m_merged.back().until, a.until);
        else
            m_merged.push_back({ a.since, a.until });
    }
    m_booked = bookedMs / 1000;
}

QList<qint64> OverlapIndex::replace(qint64 id, const std::optional<Entry>& entry, const QDateTime& now)
{
    const std::optional<Item> item = entry ? itemOf(*entry, now.toMSecsSinceEpoch()) : std::nullopt;
    const auto old = std::find_if(m_items.cbegin(), m_items.cend(), [id](const Item& a) { return a.id == id; });
    if (old == m_items.cend() && !item)
        return {}; // neither before nor now an entry with a span
    if (old != m_items.cend() && item && *old == *item)
        return {};
    // Those it overlapped before lose it; those it overlaps now gain it (their lists in the items' order, built
    // again); its own list is built again.
    const QList<qint64> before = m_overlaps.take(id);
    if (old != m_items.cend())
        m_items.erase(old);
    QList<qint64> after;
    if (item) {
        m_items.insert(std::upper_bound(m_items.cbegin(), m_items.cend(), *item, itemLess), *item);
        after = overlapsOfItem(*item);
    }
    QList<qint64> changed { id };
    for (qint64 other : before + after) {
        if (!changed.contains(other))
            changed.append(other);
    }
    if (changed.size() > MaxNeighboursToReplace + 1) {
        // An entry that spans many others (a forgotten clock over a day of short entries): all lists again.
        listOverlaps();
    } else {
        if (!after.isEmpty())
            m_overlaps.insert(id, after);
        for (qsizetype i = 1; i < changed.size(); ++i) {
            const qint64 other = changed.at(i);
            const auto it
                = std::find_if(m_items.cbegin(), m_items.cend(), [other](const Item& a) { return a.id == other; });
            const QList<qint64> lists = it == m_items.cend() ? QList<qint64>() : overlapsOfItem(*it);
            if (lists.isEmpty())
                m_overlaps.remove(other);
            else
                m_overlaps.insert(other, lists);
        }
    }
    mergeItems();
    return changed;
}

QList<OverlapIndex::Interval> OverlapIndex::merged() const
{
    QList<Interval> intervals;
    intervals.reserve(qsizetype(m_merged.size()));
    for (const Span& span : m_merged) {
        intervals.append({ QDateTime::fromMSecsSinceEpoch(span.since, QTimeZone::utc()),
                           QDateTime::fromMSecsSinceEpoch(span.until, QTimeZone::utc()) });
    }
    return intervals;
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
    for (const Span& span : m_merged)
        seconds += (span.until - span.since) / 1000;
    return seconds;
}

bool OverlapIndex::startsWithin(qint64 userId, const QDateTime& from, const QDateTime& to, qint64 excludeId) const
{
    // m_items is sorted by user, then start: the first item of userId starting at or after from.
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), std::pair(userId, fromMs),
                               [](const Item& item, const std::pair<qint64, qint64>& key) {
                                   return item.userId != key.first ? item.userId < key.first : item.since < key.second;
                               });
    for (; it != m_items.cend() && it->userId == userId && it->since < toMs; ++it) {
        if (it->id != excludeId)
            return true;
    }
    return false;
}

QList<qint64> OverlapIndex::overlapping(const Interval& span, qint64 userId, qint64 excludeId) const
{
    const qint64 since = span.since.toMSecsSinceEpoch();
    const qint64 until = span.until.toMSecsSinceEpoch();
    QList<qint64> ids;
    for (const Item& item : m_items) {
        if (item.userId == userId && item.id != excludeId && item.since < until && since < item.until)
            ids.append(item.id);
    }
    return ids;
}
