// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QList>
#include <QString>

#include <functional>

class EntryDraft;
class MasterData;
class OverlapQuestion;
class QWidget;

// What the entry dialog asks and says beside its form: the question about entries the one being saved overlaps, the
// lock message of a billed entry and the question whether to unlock it. The texts keep the translation context of
// EntryEditDialog.
class EntryEditPrompts
{
public:
    // One line of the overlap question: "• span customer · service — first line of the text".
    static QString overlapLine(const Entry& other, const EntryDraft& draft, const MasterData* masterData);
    // Opens the question about the overlaps of entry (window-modal on parent). Save anyway calls send(entry); Adjust,
    // offered when the draft can move the entry clear of the others, calls adjust(moved); Cancel does nothing.
    static OverlapQuestion* askAboutOverlaps(const Entry& entry, const QList<Entry>& overlaps, const EntryDraft& draft,
                                             const MasterData* masterData, QWidget* parent,
                                             const std::function<void(const Entry&)>& send,
                                             const std::function<void(const Entry&)>& adjust);
    // The message shown while a billed entry is locked.
    static QString lockedMessage();
    // Asks (window-modal on parent) whether to unlock a billed entry; unlock() runs when the user confirms.
    static void askToUnlock(QWidget* parent, const std::function<void()>& unlock);
};
