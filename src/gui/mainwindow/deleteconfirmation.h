// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QMessageBox>

class EntryTableModel;
class QTimeZone;

// The question before entries are deleted: names them (one line each) and warns that they cannot be restored.
// Cancel is the default and Esc; confirmed() when the user chooses Delete. Window-modal, deletes itself on close.
class DeleteConfirmation : public QMessageBox
{
    Q_OBJECT
public:
    // lines: what the list shows, one line per entry; count: how many entries are deleted.
    DeleteConfirmation(const QStringList& lines, int count, QWidget* parent = nullptr);

    // One entry as a line of the list: "Mon 23 Nov 08:00–11:00  Customer · Service — first line of the text".
    static QString describe(const EntryTableModel& model, const Entry& entry, const QTimeZone& zone);

signals:
    void confirmed();
};
