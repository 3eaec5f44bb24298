// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/entryeditdialog.h"

#include "core/platform/dateformats.h"
#include "core/session/accountdata.h"
#include "core/tracking/clock.h"
#include "gui/dialogs/entryeditprompts.h"
#include "gui/dialogs/overlapquestion.h"
#include "gui/widgets/heightfitter.h"
#include "gui/widgets/pickercombobox.h"
#include "gui/widgets/typingpause.h"
#include "models/customerlistmodel.h"
#include "models/daterange.h"
#include "models/entrydraft.h"
#include "models/entrysaveoperation.h"
#include "models/entrytextsuggestions.h"
#include "models/lumpsumservicelistmodel.h"
#include "models/masterdata.h"
#include "models/pickerfilterproxymodel.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"
#include "ui_entryeditdialog.h"

#include <QCompleter>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>

#include <algorithm>

EntryEditDialog::EntryEditDialog(MasterData* masterData, Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EntryEditDialog>())
    , m_masterData(masterData)
    , m_clock(clock ? clock : Clock::system())
    , m_draft(m_clock)
    , m_form(m_ui.get())
{
    m_ui->setupUi(this);
    m_ui->dateEdit->setDisplayFormat(DateFormats::shortDate(m_ui->dateEdit->locale()));
    ApiClient* api = masterData ? masterData->api() : nullptr;
    m_operation = new EntrySaveOperation(api, this);
    m_suggestions = new EntryTextSuggestions(api, this);
    m_typing = new TypingPause(m_clock, this);
    connect(m_typing, &TypingPause::typingChanged, this, &EntryEditDialog::revalidate);
    auto* completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->descriptionLineEdit->setCompleter(completer);
    connect(m_suggestions, &EntryTextSuggestions::suggestionsUpdated, this, [this, completer] {
        // The answer arrives after the typing: open the list for what is in the field now.
        const QString text = m_ui->descriptionLineEdit->text();
        if (!m_ui->descriptionLineEdit->hasFocus() || text.trimmed().isEmpty())
            return;
        completer->setCompletionPrefix(text);
        if (completer->completionCount() > 0)
            completer->complete();
    });

    if (masterData) {
        // The account's zone (the OS's only until users/me is known), as in the table.
        m_draft.setTimeZone(masterData->timeZone());
        if (masterData->hasUser())
            m_draft.setTwelveHour(masterData->user().timeformat12h);
    }
    m_ui->messageFrame->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    setUpPickers();
    setUpSignals();
    setUpFieldSignals();
    setUpSaveSignals();
    startNew(Entry::Type::Time, DateRange::localDate(m_clock->nowUtc(), m_draft.timeZone()));
}

EntryEditDialog::~EntryEditDialog()
{
    // QDialog's destructor hides the dialog, which moves the focus and would call back into the form after its
    // members are gone: hide now and stop listening.
    m_filling = true;
    hide();
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        disconnect(child, nullptr, this, nullptr);
}

// --- set-up -------------------------------------------------------------------------------------------------

void EntryEditDialog::setUpPickers()
{
    m_customers = new PickerFilterProxyModel(this);
    m_projects = new PickerFilterProxyModel(this);
    m_services = new PickerFilterProxyModel(this);
    m_lumpSumServices = new PickerFilterProxyModel(this);
    if (m_masterData) {
        m_customers->setSourceModel(m_masterData->customers());
        m_projects->setSourceModel(m_masterData->projects());
        m_services->setSourceModel(m_masterData->services());
        m_lumpSumServices->setSourceModel(m_masterData->lumpSumServices());
    }
    m_projects->setCustomerId(0); // no customer, no projects
    m_ui->customerComboBox->setPickerModel(m_customers);
    m_ui->projectComboBox->setPickerModel(m_projects);
    m_ui->serviceComboBox->setPickerModel(m_services);
    m_ui->lumpSumServiceComboBox->setPickerModel(m_lumpSumServices);
    m_form.updatePlaceholders();
}

// Type, date and times; every field that shows its problem once left.
void EntryEditDialog::setUpSignals()
{
    Ui::EntryEditDialog* ui = m_ui.get();
    connect(ui->typeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        applyType();
        revalidate();
        fitToForm(); // again: revalidating hides what the old kind's messages showed
    });
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_filling)
            return;
        m_draft.edited(Field::Date);
        clearServerError(Field::Date);
        revalidate();
    });
    connect(ui->startLineEdit, &QLineEdit::textEdited, this, [this] {
        m_draft.edited(Field::Start);
        clearServerError(Field::Start);
        revalidate();
    });
    connect(ui->endLineEdit, &QLineEdit::textEdited, this, [this] {
        m_draft.edited(Field::End);
        clearServerError(Field::End);
        clearServerError(Field::Duration);
        revalidate();
    });
    connect(ui->durationLineEdit, &QLineEdit::textEdited, this, [this] {
        m_draft.edited(Field::Duration);
        clearServerError(Field::End);
        clearServerError(Field::Duration);
        revalidate();
    });
    connect(ui->nextDayCheckBox, &QCheckBox::toggled, this, [this] {
        if (m_filling)
            return;
        m_draft.nextDayEdited();
        revalidate();
    });
    for (QLineEdit* edit : { ui->startLineEdit, ui->endLineEdit, ui->durationLineEdit })
        connect(edit, &QLineEdit::editingFinished, this, &EntryEditDialog::normalizeTimes);
    // A field the user has left shows its problem; before that only the Save status names it.
    const auto markTouched = [this](QWidget* field) {
        return [this, field] {
            if (m_filling || field->property("touched").toBool())
                return;
            field->setProperty("touched", true);
            revalidate();
        };
    };
    for (QLineEdit* edit : { ui->startLineEdit, ui->endLineEdit, ui->durationLineEdit, ui->quantityLineEdit,
                             ui->amountLineEdit, ui->descriptionLineEdit })
        connect(edit, &QLineEdit::editingFinished, this, markTouched(edit));
    for (PickerComboBox* picker :
         { ui->customerComboBox, ui->projectComboBox, ui->serviceComboBox, ui->lumpSumServiceComboBox }) {
        connect(picker->lineEdit(), &QLineEdit::editingFinished, this, markTouched(picker));
        // Not while typing: "'bäck' is not a customer" waits until the user leaves the field or pauses.
        m_typing->watch(picker->lineEdit(), picker);
        // The messages quote what is typed: keep them current while the id stays "no match".
        connect(picker, &QComboBox::editTextChanged, this, [this] {
            if (!m_filling)
                revalidate();
        });
    }
}

// Pickers, amounts, description and billable.
void EntryEditDialog::setUpFieldSignals()
{
    Ui::EntryEditDialog* ui = m_ui.get();
    connect(ui->customerComboBox, &PickerComboBox::currentIdChanged, this, &EntryEditDialog::customerChanged);
    connect(ui->projectComboBox, &PickerComboBox::currentIdChanged, this, &EntryEditDialog::projectChanged);
    connect(ui->serviceComboBox, &PickerComboBox::currentIdChanged, this, [this] {
        if (m_filling)
            return;
        clearServerError(Field::Service);
        revalidate();
    });
    connect(ui->lumpSumServiceComboBox, &PickerComboBox::currentIdChanged, this, [this] {
        updateLumpSumServiceInfo();
        if (m_filling)
            return;
        clearServerError(Field::LumpSumService);
        revalidate();
    });
    connect(ui->quantityLineEdit, &QLineEdit::textEdited, this, [this] {
        clearServerError(Field::Quantity);
        updateLumpSumServiceInfo();
        revalidate();
    });
    connect(ui->amountLineEdit, &QLineEdit::textEdited, this, [this] {
        clearServerError(Field::Amount);
        revalidate();
    });
    connect(ui->descriptionLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        clearServerError(Field::Description);
        if (text.trimmed().size() >= 2)
            m_suggestions->setTerm(text);
        revalidate();
    });
    connect(ui->billableComboBox, &QComboBox::activated, this, [this] {
        m_billableTouched = true;
        clearServerError(Field::Billable);
        revalidate();
    });
}

// Save and the conflict question, the save operation and master data that arrives late.
void EntryEditDialog::setUpSaveSignals()
{
    Ui::EntryEditDialog* ui = m_ui.get();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &EntryEditDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &EntryEditDialog::reject);
    connect(ui->overwriteButton, &QPushButton::clicked, this, [this] {
        m_conflict = false;
        hideMessage();
        m_operation->overwrite();
        revalidate();
    });
    connect(ui->reloadButton, &QPushButton::clicked, this, &EntryEditDialog::loadNewerVersion);
    connect(ui->unlockButton, &QPushButton::clicked, this, &EntryEditDialog::askToUnlock);

    connect(m_operation, &EntrySaveOperation::busyChanged, this, &EntryEditDialog::setBusy);
    connect(m_operation, &EntrySaveOperation::succeeded, this, [this](const Entry& entry) {
        emit saved(entry, m_draft.mode() == Mode::Create);
        accept();
    });
    connect(m_operation, &EntrySaveOperation::failed, this, &EntryEditDialog::onSaveFailed);
    connect(m_operation, &EntrySaveOperation::conflictDetected, this, &EntryEditDialog::onConflict);

    if (m_masterData) {
        // Master data that arrives after the dialog opened: pick what the entry uses.
        connect(m_masterData, &MasterData::loaded, this, [this] {
            if (m_busy)
                return;
            m_filling = true;
            const Entry& original = m_draft.original();
            if (m_ui->customerComboBox->isBlank() && original.customersId > 0)
                m_ui->customerComboBox->setCurrentId(original.customersId);
            customerChanged();
            if (m_ui->projectComboBox->isBlank() && original.projectsId)
                m_ui->projectComboBox->setCurrentId(*original.projectsId);
            if (m_ui->serviceComboBox->isBlank() && original.servicesId)
                m_ui->serviceComboBox->setCurrentId(*original.servicesId);
            if (m_ui->lumpSumServiceComboBox->isBlank() && original.lumpSumServicesId)
                m_ui->lumpSumServiceComboBox->setCurrentId(*original.lumpSumServicesId);
            m_filling = false;
            updateServiceFilter();
            updateLumpSumServiceInfo();
            revalidate();
        });
    }
}

Entry EntryEditDialog::replacedEntry() const
{
    return m_operation->replacedEntry();
}

// --- starting -----------------------------------------------------------------------------------------------

void EntryEditDialog::startNew(Entry::Type type, QDate date, const QDateTime& suggestedStart)
{
    m_draft.startNew(type, date, suggestedStart, m_masterData ? m_masterData->user().id : 0);
    prefill(m_draft.original());
}

void EntryEditDialog::startEdit(const Entry& entry)
{
    m_draft.startEdit(entry);
    prefill(m_draft.original());
    // Billed: invoiced already, so read-only until the user explicitly unlocks it.
    setLocked(entry.billable == Entry::Billed);
}

void EntryEditDialog::startDuplicate(const Entry& entry)
{
    m_draft.startDuplicate(entry);
    prefill(m_draft.original());
    if (!m_draft.duplicateNote().isEmpty())
        showMessage(m_draft.duplicateNote(), false);
}

void EntryEditDialog::prefill(const Entry& entry)
{
    m_operation->cancel();
    setLocked(false);
    m_filling = true;
    const bool editing = m_draft.mode() == Mode::Edit;
    m_billableTouched = editing || m_draft.isDuplicate();
    m_serverErrors.clear();
    m_conflict = false;
    hideMessage();
    for (Field f : EntryDraft::allFields())
        m_form.fieldWidget(f)->setProperty("touched", false);
    m_typing->reset();
    Ui::EntryEditDialog* ui = m_ui.get();
    const EntryDraft::Input in = m_draft.inputFor(entry);

    ui->typeComboBox->setCurrentIndex(int(in.type) - 1);
    ui->typeComboBox->setEnabled(!editing && !m_draft.isDuplicate());
    ui->dateEdit->setDate(in.date);
    ui->startLineEdit->setText(in.start);
    m_form.updateTimePlaceholders(m_draft.editsRunningEntry());
    if (entry.type == Entry::Type::Time && entry.timeUntil.isValid()) {
        ui->endLineEdit->setText(in.end);
        ui->nextDayCheckBox->setChecked(in.nextDay);
        ui->durationLineEdit->setText(in.duration);
    } else {
        ui->endLineEdit->clear();
        ui->nextDayCheckBox->setChecked(false);
        ui->durationLineEdit->clear();
    }

    // Keep what the entry uses visible in the pickers even when it is no longer selectable.
    m_customers->setKeptId(in.customerId);
    m_projects->setKeptId(in.projectId);
    m_services->setKeptId(in.serviceId);
    m_lumpSumServices->setKeptId(in.lumpSumServiceId);
    ui->customerComboBox->setCurrentId(in.customerId);
    m_projects->setCustomerId(in.customerId);
    ui->projectComboBox->setCurrentId(in.projectId);
    updateServiceFilter();
    ui->serviceComboBox->setCurrentId(in.serviceId);
    ui->lumpSumServiceComboBox->setCurrentId(in.lumpSumServiceId);

    ui->quantityLineEdit->setText(in.quantity);
    ui->amountLineEdit->setText(in.amount);
    ui->descriptionLineEdit->setText(in.description);
    // POST /v2/entries takes billable 0 or 1 only (BillableWithoutBilled): a new entry cannot be billed yet. Billing
    // happens in Clockodo's invoicing, so "Billed" stays a choice only for an entry billed already.
    if (auto* items = qobject_cast<QStandardItemModel*>(ui->billableComboBox->model())) {
        if (QStandardItem* billed = items->item(Entry::Billed))
            billed->setEnabled(editing && entry.billable == Entry::Billed);
    }
    ui->billableComboBox->setCurrentIndex(in.billable);
    m_filling = false;

    if (!m_billableTouched)
        applyBillableDefault();
    applyType();
    updateLumpSumServiceInfo();
    updateTitle();
    revalidate();

    QWidget* first = ui->startLineEdit;
    if (entry.type != Entry::Type::Time)
        first = ui->customerComboBox->isBlank()
            ? static_cast<QWidget*>(ui->customerComboBox)
            : (entry.type == Entry::Type::LumpSumValue ? static_cast<QWidget*>(ui->amountLineEdit)
                                                       : static_cast<QWidget*>(ui->quantityLineEdit));
    first->setFocus();
    if (auto* edit = qobject_cast<QLineEdit*>(first))
        edit->selectAll();
}

// --- reactions ----------------------------------------------------------------------------------------------

Entry::Type EntryEditDialog::entryType() const
{
    return m_form.entryType();
}

void EntryEditDialog::setRowVisible(QWidget* label, QWidget* field, QWidget* error, bool visible)
{
    for (QWidget* w : { label, field, error }) {
        if (w)
            w->setVisible(visible);
    }
}

void EntryEditDialog::applyType()
{
    Ui::EntryEditDialog* ui = m_ui.get();
    const Entry::Type type = entryType();
    const bool time = type == Entry::Type::Time;
    const bool value = type == Entry::Type::LumpSumValue;
    const bool service = type == Entry::Type::LumpSumService;
    setRowVisible(ui->startLabel, ui->startLineEdit, ui->startErrorLabel, time);
    setRowVisible(ui->endLabel, ui->endLineEdit, ui->endErrorLabel, time);
    ui->nextDayCheckBox->setVisible(time);
    setRowVisible(ui->durationLabel, ui->durationLineEdit, ui->durationErrorLabel, time);
    ui->computedLabel->setVisible(time);
    setRowVisible(ui->serviceLabel, ui->serviceComboBox, ui->serviceErrorLabel, !service);
    setRowVisible(ui->lumpSumServiceLabel, ui->lumpSumServiceComboBox, ui->lumpSumServiceErrorLabel, service);
    setRowVisible(ui->quantityLabel, ui->quantityLineEdit, ui->quantityErrorLabel, service);
    ui->unitLabel->setVisible(service);
    // The price line only with a price to tell (no empty row before a lump-sum service is chosen).
    ui->priceLabel->setVisible(service && !ui->priceLabel->text().isEmpty());
    setRowVisible(ui->amountLabel, ui->amountLineEdit, ui->amountErrorLabel, value);
    ui->nextDayCheckBox->setEnabled(!m_draft.editsRunningEntry());
    updateTitle();
    fitToForm();
}

// The dialog as tall as the kind's form: a lump-sum form has fewer rows than the time form (no empty band below it),
// and switching back grows it again. Only the height changes; what the user typed stays in the fields.
void EntryEditDialog::fitToForm()
{
    if (!isVisible())
        return; // showEvent fits
    // The form's grid (and the dialog's cached size of the form) learn of hidden rows only when their posted layout
    // requests run: invalidate both now, so that the fit measures the new form, not the old one.
    m_ui->formLayout->invalidate();
    m_ui->formWidget->updateGeometry();
    HeightFitter::fit(this);
}

void EntryEditDialog::customerChanged()
{
    const qint64 customerId = m_ui->customerComboBox->currentId();
    const qint64 projectId = m_ui->projectComboBox->currentId();
    m_projects->setCustomerId(std::max<qint64>(customerId, 0));
    if (projectId >= 0)
        m_ui->projectComboBox->setCurrentId(m_projects->rowOfId(projectId) >= 0 ? projectId : 0);
    // A customer whose projects are all completed: say why the list is empty instead of showing nothing.
    m_ui->projectComboBox->setPlaceholder(customerId > 0 && m_projects->rowCount() == 0 ? tr("No open projects")
                                                                                        : tr("No project"));
    updateServiceFilter();
    if (m_filling)
        return;
    clearServerError(Field::Customer);
    applyBillableDefault();
    revalidate();
}

void EntryEditDialog::projectChanged()
{
    updateServiceFilter();
    if (m_filling)
        return;
    clearServerError(Field::Project);
    applyBillableDefault();
    revalidate();
}

void EntryEditDialog::updateServiceFilter()
{
    if (!m_masterData)
        return;
    const qint64 customerId = m_ui->customerComboBox->currentId();
    const qint64 projectId = m_ui->projectComboBox->currentId();
    const auto* project = projectId > 0 ? m_masterData->projects()->item(projectId) : nullptr;
    const auto* customer = customerId > 0 ? m_masterData->customers()->item(customerId) : nullptr;
    QList<qint64> assignments;
    if (project && !project->serviceAssignments.isEmpty())
        assignments = project->serviceAssignments;
    else if (customer)
        assignments = customer->serviceAssignments;
    const qint64 serviceId = m_ui->serviceComboBox->currentId();
    if (assignments.isEmpty())
        m_services->setAllowedIds(std::nullopt);
    else
        m_services->setAllowedIds(QSet<qint64>(assignments.cbegin(), assignments.cend()));
    if (serviceId >= 0) {
        const bool filling = m_filling;
        m_filling = true;
        // A service that this customer/project does not allow goes; the field then asks for one that fits.
        m_ui->serviceComboBox->setCurrentId(m_services->rowOfId(serviceId) >= 0 ? serviceId : 0);
        m_filling = filling;
    }
}

void EntryEditDialog::applyBillableDefault()
{
    if (m_billableTouched || m_draft.mode() == Mode::Edit || !m_masterData)
        return;
    const qint64 projectId = m_ui->projectComboBox->currentId();
    const qint64 customerId = m_ui->customerComboBox->currentId();
    std::optional<bool> billable;
    if (const auto* project = projectId > 0 ? m_masterData->projects()->item(projectId) : nullptr)
        billable = project->billableDefault;
    else if (const auto* customer = customerId > 0 ? m_masterData->customers()->item(customerId) : nullptr)
        billable = customer->billableDefault;
    if (billable)
        m_ui->billableComboBox->setCurrentIndex(*billable ? Entry::IsBillable : Entry::NotBillable);
}

void EntryEditDialog::updateLumpSumServiceInfo()
{
    const qint64 id = m_ui->lumpSumServiceComboBox->currentId();
    const auto* item = m_masterData && id > 0 ? m_masterData->lumpSumServices()->item(id) : nullptr;
    if (!item) {
        m_ui->unitLabel->clear();
        m_ui->priceLabel->clear();
        m_ui->priceLabel->hide();
        return;
    }
    m_ui->unitLabel->setText(item->unit);
    const QString currency = m_masterData->account() ? m_masterData->account()->currency() : QString();
    m_ui->priceLabel->setText(
        EntryDraft::lumpSumPriceText(item->unit, item->price, m_ui->quantityLineEdit->text(), currency));
    m_ui->priceLabel->setVisible(entryType() == Entry::Type::LumpSumService);
}

void EntryEditDialog::normalizeTimes()
{
    if (entryType() != Entry::Type::Time || m_filling)
        return;
    const EntryDraft::NormalTimes normal = m_draft.normalTimes(input());
    m_filling = true;
    if (normal.start)
        m_ui->startLineEdit->setText(*normal.start);
    if (normal.end)
        m_ui->endLineEdit->setText(*normal.end);
    if (normal.nextDay)
        m_ui->nextDayCheckBox->setChecked(*normal.nextDay);
    if (normal.duration)
        m_ui->durationLineEdit->setText(*normal.duration);
    m_filling = false;
    revalidate();
}

// --- evaluation ---------------------------------------------------------------------------------------------

EntryDraft::Input EntryEditDialog::input() const
{
    return m_form.input(m_masterData && m_masterData->hasUser() ? m_masterData->user().id : 0);
}

Entry EntryEditDialog::entryFromFields() const
{
    return m_draft.evaluate(input()).entry;
}

QString EntryEditDialog::fieldError(Field field) const
{
    const QString client = m_errors.value(field);
    return client.isEmpty() ? m_serverErrors.value(field) : client;
}

QString EntryEditDialog::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void EntryEditDialog::revalidate()
{
    if (m_filling)
        return;
    const EntryDraft::Result ev = m_draft.evaluate(input());
    m_errors = ev.errors;
    m_invalidReason = ev.firstError;
    bool firstErrorTyping = false; // the first problem is in a picker the user is typing in
    for (Field f : EntryDraft::allFields()) {
        if (ev.errors.contains(f)) {
            if (m_invalidReason == ev.errors.value(f))
                firstErrorTyping = m_typing->isTyping(m_form.fieldWidget(f));
            break;
        }
    }
    for (Field f : EntryDraft::allFields()) {
        QLabel* label = m_form.errorLabel(f);
        QWidget* widget = m_form.fieldWidget(f);
        QString text = fieldError(f);
        // An empty required field the user has not reached yet is not an error to point at; Save says it.
        const auto* edit = qobject_cast<QLineEdit*>(widget);
        const auto* picker = qobject_cast<PickerComboBox*>(widget);
        const bool blank = (edit && edit->text().trimmed().isEmpty()) || (picker && picker->isBlank());
        if (blank && !m_serverErrors.contains(f) && !widget->property("touched").toBool())
            text.clear();
        if (picker && m_typing->isTyping(picker) && !m_serverErrors.contains(f))
            text.clear();
        if (f == Field::Date && text.isEmpty() && m_masterData)
            text = EntryDraft::editLockHint(m_ui->dateEdit->date(), m_masterData->user().editLock);
        //: a problem shown next to a form field, after a warning sign
        label->setText(text.isEmpty() ? QString() : tr("⚠ %1").arg(text));
        if (widget)
            widget->setAccessibleDescription(text);
    }
    m_ui->computedLabel->setText(ev.computed);
    if (isVisible())
        HeightFitter::grow(this); // a message that wraps to more lines must not be cut off

    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setEnabled(ev.errors.isEmpty() && !m_busy && !m_conflict && !m_locked);
    if (m_locked)
        m_ui->saveStatusLabel->setText(tr("Unlock the billed entry to change it."));
    else if (m_conflict)
        m_ui->saveStatusLabel->setText(tr("Decide above how to continue."));
    else if (m_busy)
        m_ui->saveStatusLabel->setText(tr("Saving…"));
    else if (firstErrorTyping)
        m_ui->saveStatusLabel->clear();
    else if (!ev.firstError.isEmpty())
        //: beside the disabled Save button
        m_ui->saveStatusLabel->setText(tr("Cannot save yet: %1").arg(ev.firstError));
    else
        m_ui->saveStatusLabel->clear();
}

void EntryEditDialog::clearServerError(Field field)
{
    m_form.fieldWidget(field)->setProperty("touched", true);
    m_serverErrors.remove(field);
}

// --- saving -------------------------------------------------------------------------------------------------

void EntryEditDialog::save()
{
    if (m_busy || m_conflict || m_locked)
        return;
    normalizeTimes();
    if (!isValid()) {
        for (Field f : EntryDraft::allFields())
            m_form.fieldWidget(f)->setProperty("touched", true);
        revalidate();
        return;
    }
    const Entry entry = entryFromFields();
    const QList<Entry> overlaps = m_draft.overlapsOf(entry);
    if (!overlaps.isEmpty())
        askAboutOverlaps(entry, overlaps);
    else
        send(entry);
}

void EntryEditDialog::send(const Entry& entry)
{
    m_serverErrors.clear();
    hideMessage();
    if (m_draft.mode() == Mode::Create)
        m_operation->create(entry);
    else
        m_operation->update(m_draft.original(), entry);
}

OverlapQuestion* EntryEditDialog::overlapQuestion() const
{
    return m_overlapQuestion;
}

void EntryEditDialog::askAboutOverlaps(const Entry& entry, const QList<Entry>& overlaps)
{
    m_overlapQuestion = EntryEditPrompts::askAboutOverlaps(
        entry, overlaps, m_draft, m_masterData, this, [this](const Entry& e) { send(e); },
        [this](const Entry& moved) { applyAdjustment(moved); });
}

void EntryEditDialog::applyAdjustment(const Entry& moved)
{
    // The adjusted times go into the fields (so the form shows what is saved), then the entry is saved.
    const EntryDraft::Input in = m_draft.inputFor(moved);
    m_filling = true;
    m_ui->dateEdit->setDate(in.date);
    m_ui->startLineEdit->setText(in.start);
    if (!m_draft.editsRunningEntry()) {
        m_ui->endLineEdit->setText(in.end);
        m_ui->nextDayCheckBox->setChecked(in.nextDay);
        m_ui->durationLineEdit->setText(in.duration);
    }
    m_filling = false;
    m_draft.edited(Field::Date);
    m_draft.edited(Field::Start);
    if (!m_draft.editsRunningEntry())
        m_draft.edited(Field::End);
    revalidate();
    if (isValid())
        send(entryFromFields());
}

void EntryEditDialog::setLocked(bool locked)
{
    m_locked = locked;
    m_ui->formWidget->setEnabled(!locked && !m_busy);
    if (locked) {
        showMessage(EntryEditPrompts::lockedMessage(), false);
        m_ui->unlockButton->show();
    } else {
        m_ui->unlockButton->hide();
    }
    revalidate();
}

void EntryEditDialog::askToUnlock()
{
    EntryEditPrompts::askToUnlock(this, [this] {
        hideMessage();
        setLocked(false);
    });
}

void EntryEditDialog::reject()
{
    m_operation->cancel();
    QDialog::reject();
}

void EntryEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->formWidget->setEnabled(!busy && !m_locked);
    revalidate();
}

void EntryEditDialog::showMessage(const QString& text, bool conflict)
{
    m_ui->messageLabel->setText(text);
    m_ui->overwriteButton->setVisible(conflict);
    m_ui->reloadButton->setVisible(conflict);
    m_ui->unlockButton->setVisible(false);
    m_ui->messageFrame->show();
}

void EntryEditDialog::hideMessage()
{
    m_reloaded = false;
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

void EntryEditDialog::onSaveFailed(const ApiError& error)
{
    m_conflict = false;
    m_serverErrors.clear();
    QWidget* focus = nullptr;
    for (const QString& name : error.fields) {
        const auto field = EntryDraft::fieldForApiName(name, entryType());
        if (!field)
            continue;
        m_serverErrors.insert(*field, error.message());
        if (!focus)
            focus = m_form.fieldWidget(*field);
    }
    //: after a failed save; %1 is the reason
    showMessage(tr("Not saved: %1 Everything you typed is still here.").arg(error.message()), false);
    revalidate();
    if (focus && focus->isVisible())
        focus->setFocus();
}

void EntryEditDialog::onConflict(const Entry& serverEntry)
{
    m_conflict = true;
    showMessage(m_draft.conflictText(serverEntry), true);
    m_ui->overwriteButton->setFocus();
    revalidate();
}

void EntryEditDialog::loadNewerVersion()
{
    const Entry newer = m_operation->serverEntry();
    m_operation->cancel();
    m_conflict = false;
    startEdit(newer);
    m_reloaded = true;
    showMessage(tr("Loaded the newer version from Clockodo; your changes were discarded."), false);
}

// --- texts --------------------------------------------------------------------------------------------------

void EntryEditDialog::updateTitle()
{
    setWindowTitle(m_draft.title(entryType()));
}

void EntryEditDialog::retranslate()
{
    const bool filling = m_filling;
    m_filling = true;
    m_ui->retranslateUi(this);
    m_filling = filling;
    m_form.updateTimePlaceholders(m_draft.editsRunningEntry());
    m_form.updatePlaceholders();
    updateTitle();
    updateLumpSumServiceInfo();
    // Our own messages follow the language; a server's message stays as it came.
    if (m_conflict)
        showMessage(m_draft.conflictText(m_operation->serverEntry()), true);
    else if (m_locked)
        setLocked(true);
    else if (m_reloaded)
        m_ui->messageLabel->setText(tr("Loaded the newer version from Clockodo; your changes were discarded."));
    revalidate();
}

void EntryEditDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitToForm(); // opened on a lump-sum entry: the form's height, not the .ui's
}

void EntryEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange && m_ui) {
        // A date edit keeps the display format of the locale it was created with.
        const QSignalBlocker blocker(m_ui->dateEdit);
        m_ui->dateEdit->setDisplayFormat(DateFormats::shortDate(m_ui->dateEdit->locale()));
    }
    QDialog::changeEvent(event);
}
