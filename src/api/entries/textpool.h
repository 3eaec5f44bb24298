// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

class Entry;

// Equal texts as one shared QString: a list of 100,000 entries repeats a few dozen descriptions and names, which the
// JSON reader gives as 100,000 separate strings. Sharing them saves their memory and lets a reader that meets the
// same text again tell it by its data pointer (EntryTableModel::sortKeys: a user's re-sort by description then
// hashes each distinct text once, not every row). Not thread-safe: one pool per reply, used by the one thread that
// parses its pages in order.
class TextPool
{
public:
    // text, or the equal text this pool already holds (then sharing its data).
    QString intern(const QString& text);
    // An entry's description and names, interned.
    void intern(Entry* entry);

private:
    QSet<QString> m_texts;
};
