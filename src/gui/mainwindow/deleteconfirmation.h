// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QMessageBox>

class EntryTableModel;
class QTimeZone;

// The question before entries are deleted: names them (one line each) and says how Undo brings them back (as new
// entries; a running clock entry cannot be brought back).
// Cancel is the default and Esc; confirmed() when the user chooses Delete. Window-modal, deletes itself on close.
class DeleteConfirmation : public QMessageBox
{
    Q_OBJECT
public:
    // lines: what the list shows, one line per entry; count: how many entries are deleted, running: how many of them
    // are running clock entries.
    DeleteConfirmation(const QStringList& lines, int count, int running, QWidget* parent = nullptr);
    // How many of the entries with these ids are running clock entries.
    static int countRunning(const EntryTableModel& model, const QList<qint64>& ids);
    // The sentence under the list: what Undo can bring back.
    static QString undoText(int count, int running);

    // The list for these ids: a line each (describe()), at most five; more: there were more.
    static QStringList lines(const EntryTableModel& model, const QList<qint64>& ids, const QTimeZone& zone, bool* more);
    // One entry as a line of the list: "Mon 23 Nov 08:00–11:00  Customer · Service — first line of the text".
    static QString describe(const EntryTableModel& model, const Entry& entry, const QTimeZone& zone);

signals:
    void confirmed();
};
