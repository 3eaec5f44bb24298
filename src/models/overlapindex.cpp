// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/overlapindex.h"

#include <algorithm>
#include <vector>

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
    // Sorted and compared on milliseconds: QDateTime comparisons made building the index over 100,000 rows (once
    // per load) one of the longest turns of the GUI thread.
    struct Key
    {
        qint64 userId;
        qint64 since;
        qint64 until;
        qint64 id;
        qsizetype item;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(entries.size()));
    QList<Item> items;
    items.reserve(entries.size());
    for (const Entry& e : entries) {
        if (const auto span = spanOf(e, now)) {
            const qint64 since = span->since.toMSecsSinceEpoch();
            const qint64 until = span->until.toMSecsSinceEpoch();
            keys.push_back({ e.usersId, since, until, e.id, items.size() });
            items.append({ e.id, e.usersId, *span });
            m_booked += (until - since) / 1000;
        }
    }
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.userId != b.userId)
            return a.userId < b.userId;
        if (a.since != b.since)
            return a.since < b.since;
        return a.id < b.id;
    });
    m_items.reserve(items.size());
    for (const Key& key : keys)
        m_items.append(items.at(key.item));
    // Sorted by start: the entries after i that start before i ends overlap it; the first that starts later ends
    // the search. Each list fills in the order of the starts.
    for (size_t i = 0; i < keys.size(); ++i) {
        const Key& a = keys[i];
        for (size_t j = i + 1; j < keys.size(); ++j) {
            const Key& b = keys[j];
            if (b.userId != a.userId || b.since >= a.until)
                break;
            m_overlaps[a.id].append(b.id);
            m_overlaps[b.id].append(a.id);
        }
    }
    // Every user's intervals merged: the items are sorted by start already.
    size_t first = 0;
    while (first < keys.size()) {
        QList<Interval> merged;
        qint64 mergedUntil = 0;
        size_t last = first;
        for (; last < keys.size() && keys[last].userId == keys[first].userId; ++last) {
            const Key& key = keys[last];
            if (!merged.isEmpty() && key.since <= mergedUntil) {
                if (key.until > mergedUntil) {
                    mergedUntil = key.until;
                    merged.last().until = m_items.at(qsizetype(last)).span.until;
                }
            } else {
                merged.append(m_items.at(qsizetype(last)).span);
                mergedUntil = key.until;
            }
        }
        m_merged.append(merged);
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
