// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"
#include "api/transport/apierror.h"
#include "gui/dialogs/entryformwidgets.h"
#include "models/entrydraft.h"
#include "models/masterdata.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class EntryEditDialog;
}

class Clock;
class EntrySaveOperation;
class EntryTextSuggestions;
class OverlapQuestion;
class PickerComboBox;
class PickerFilterProxyModel;
class QLabel;
class QWidget;
class TypingPause;

// Adds, edits and duplicates all three kinds of entries (time entry, lump-sum value, lump-sum service).
//
// Times accept what people type (9, 930, 9:30, 21:30, 9pm, +15m relative to the start) and durations (1:15,
// 1.25h, 75m); the computed end or duration is shown while typing. Pickers only offer active, not completed and
// allowed choices (service assignments of the project, else of the customer); billable follows the project's or
// customer's default until the user sets it. Every problem is shown next to its field and Save stays disabled,
// with the reason beside it, until the form is valid.
//
// Saving is asynchronous (EntrySaveOperation): edits send only the changed fields after checking that nobody
// changed the entry on the server meanwhile (if so the user decides). When saving fails the dialog stays open with
// everything typed; server validation errors appear next to the fields they name. Open it with open() or show();
// saved() tells the caller the result, then the dialog accepts.
//
// The form's logic (parsing, time arithmetic, validation, the computed texts) is EntryDraft; the dialog feeds it
// what the fields hold and shows what it says.
//
// Save warns when the entry overlaps one the user has in view (setKnownEntries): OverlapQuestion offers to save
// anyway, to adjust the times clear of the others or to go back to the form. A billed entry opens locked (read-only,
// with the reason) until the user unlocks it and confirms; "Billed" is a choice only for an entry billed already.
class EntryEditDialog : public QDialog
{
    Q_OBJECT
public:
    using Mode = EntryDraft::Mode;
    using Field = EntryDraft::Field;

    explicit EntryEditDialog(MasterData* masterData, Clock* clock = nullptr, QWidget* parent = nullptr);
    ~EntryEditDialog() override;

    // A new entry of that type on date; a time entry starts at suggestedStart when given.
    void startNew(Entry::Type type, QDate date, const QDateTime& suggestedStart = {});
    void startEdit(const Entry& entry);
    // A new entry with the fields of entry, after the last entry of its day.
    void startDuplicate(const Entry& entry);
    // The entries the user has in view: the overlap check and the place of a duplicate. Set before starting.
    void setKnownEntries(const QList<Entry>& entries) { m_draft.setKnownEntries(entries); }
    void setKnownEntriesSource(std::function<const QList<Entry>&()> source)
    {
        m_draft.setKnownEntriesSource(std::move(source));
    }
    // A billed entry that the user has not unlocked: the form is read-only.
    bool isLocked() const { return m_locked; }
    // The open question about overlapping entries, nullptr when none.
    OverlapQuestion* overlapQuestion() const;

    Mode mode() const { return m_draft.mode(); }
    Entry::Type entryType() const;
    Entry originalEntry() const { return m_draft.original(); }
    // After an edit was saved: the server's version it replaced (what undo writes back); id 0 when none.
    Entry replacedEntry() const;
    // What Save would send, built from the fields.
    Entry entryFromFields() const;
    bool isValid() const { return m_invalidReason.isEmpty(); }
    // The first problem (as shown beside Save), empty when the form is valid.
    QString invalidReason() const { return m_invalidReason; }
    // The problem shown next to a field (client-side or from the server), empty when none.
    QString fieldError(Field field) const;
    bool isSaving() const { return m_busy; }
    bool isAskingAboutConflict() const { return m_conflict; }
    QString messageText() const;
    EntryTextSuggestions* textSuggestions() const { return m_suggestions; }
    // A picker's warning waits until the user leaves it or pauses typing (on the dialog's Clock).
    TypingPause* typingPause() const { return m_typing; }

signals:
    void saved(const Entry& entry, bool created);

public slots:
    void save();
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setUpPickers();
    void setUpSignals();
    void setUpFieldSignals();
    void setUpSaveSignals();
    void prefill(const Entry& entry);
    void applyType();
    void fitToForm();
    void setRowVisible(QWidget* label, QWidget* field, QWidget* error, bool visible);
    void customerChanged();
    void projectChanged();
    void updateServiceFilter();
    void applyBillableDefault();
    void updateLumpSumServiceInfo();
    void normalizeTimes();
    void revalidate();
    // What the fields hold, for the draft.
    EntryDraft::Input input() const;
    void setBusy(bool busy);
    void showMessage(const QString& text, bool conflict);
    void hideMessage();
    void onSaveFailed(const ApiError& error);
    void onConflict(const Entry& serverEntry);
    void send(const Entry& entry);
    void askAboutOverlaps(const Entry& entry, const QList<Entry>& overlaps);
    void applyAdjustment(const Entry& moved);
    void setLocked(bool locked);
    void askToUnlock();
    void loadNewerVersion();
    void clearServerError(Field field);
    void updateTitle();
    void retranslate();

    std::unique_ptr<Ui::EntryEditDialog> m_ui;
    QPointer<MasterData> m_masterData;
    Clock* m_clock = nullptr;
    EntrySaveOperation* m_operation = nullptr;
    EntryTextSuggestions* m_suggestions = nullptr;
    TypingPause* m_typing = nullptr;
    PickerFilterProxyModel* m_customers = nullptr;
    PickerFilterProxyModel* m_projects = nullptr;
    PickerFilterProxyModel* m_services = nullptr;
    PickerFilterProxyModel* m_lumpSumServices = nullptr;

    // The form's logic: parsing, time arithmetic, validation and the computed texts.
    EntryDraft m_draft;
    // The form by field: widgets, error labels, input and placeholders.
    EntryFormWidgets m_form;
    bool m_billableTouched = false;

    QHash<Field, QString> m_errors; // client-side, from the last revalidate()
    QHash<Field, QString> m_serverErrors;
    QString m_invalidReason;
    bool m_busy = false;
    bool m_conflict = false;
    bool m_reloaded = false; // the message says that the newer version was loaded
    bool m_filling = false;
    bool m_locked = false;
    QPointer<OverlapQuestion> m_overlapQuestion;
};
