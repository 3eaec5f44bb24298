// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "models/entrydraft.h"

namespace Ui {
class EntryEditDialog;
}

class QLabel;
class QWidget;

// The entry dialog's form (ui/entryeditdialog.ui) seen by field: the widget and error label of each EntryDraft
// field, what the fields hold as the draft's input, and the placeholders (texts in EntryEditDialog's translation
// context). Holds no state of its own; the dialog owns the form.
class EntryFormWidgets
{
public:
    explicit EntryFormWidgets(Ui::EntryEditDialog* ui)
        : m_ui(ui)
    { }

    Entry::Type entryType() const;
    QLabel* errorLabel(EntryDraft::Field field) const;
    QWidget* fieldWidget(EntryDraft::Field field) const;
    // What the fields hold, for the draft; userId is the signed-in user's (0 while unknown).
    EntryDraft::Input input(qint64 userId) const;
    void updatePlaceholders();
    // The end and duration placeholders: "running" while the entry runs, else examples.
    void updateTimePlaceholders(bool running);

private:
    Ui::EntryEditDialog* m_ui;
};
