// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/entryeditdialog.h"

#include "core/tracking/clock.h"
#include "gui/widgets/heightfitter.h"
#include "gui/widgets/pickercombobox.h"
#include "models/customerlistmodel.h"
#include "models/daterange.h"
#include "models/entrysaveoperation.h"
#include "models/entrytextsuggestions.h"
#include "models/lumpsumservicelistmodel.h"
#include "models/masterdata.h"
#include "models/pickerfilterproxymodel.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"
#include "models/timeinputparser.h"
#include "ui_entryeditdialog.h"

#include <QCompleter>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>

namespace {

constexpr int SecondsPerDay = 86400;

QString quoted(const QString& text)
{
    //: quotation marks around something the user typed
    return QCoreApplication::translate("EntryEditDialog", "“%1”").arg(text);
}

const QList<EntryEditDialog::Field>& allFields()
{
    using F = EntryEditDialog::Field;
    static const QList<F> fields {
        F::Date,    F::Start,          F::End,      F::Duration, F::Customer,    F::Project,
        F::Service, F::LumpSumService, F::Quantity, F::Amount,   F::Description, F::Billable
    };
    return fields;
}

} // namespace

EntryEditDialog::EntryEditDialog(MasterData* masterData, Clock* clock, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EntryEditDialog>())
    , m_masterData(masterData)
    , m_clock(clock ? clock : Clock::system())
    , m_zone(QTimeZone::systemTimeZone())
{
    m_ui->setupUi(this);
    ApiClient* api = masterData ? masterData->api() : nullptr;
    m_operation = new EntrySaveOperation(api, this);
    m_suggestions = new EntryTextSuggestions(api, this);
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

    if (masterData && masterData->hasUser()) {
        m_zone = DateRange::zoneFromId(masterData->user().timezone);
        m_twelveHour = masterData->user().timeformat12h;
    }
    m_ui->messageFrame->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setDefault(true);
    setUpPickers();
    setUpSignals();
    startNew(Entry::Type::Time, DateRange::localDate(m_clock->nowUtc(), m_zone));
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
    updatePlaceholders();
}

void EntryEditDialog::setUpSignals()
{
    Ui::EntryEditDialog* ui = m_ui.get();
    connect(ui->typeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        applyType();
        revalidate();
    });
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_filling)
            return;
        m_dateDirty = true;
        clearServerError(Field::Date);
        revalidate();
    });
    connect(ui->startLineEdit, &QLineEdit::textEdited, this, [this] {
        m_startDirty = true;
        clearServerError(Field::Start);
        revalidate();
    });
    connect(ui->endLineEdit, &QLineEdit::textEdited, this, [this] {
        m_endDirty = true;
        m_timeSource = TimeSource::End;
        clearServerError(Field::End);
        clearServerError(Field::Duration);
        revalidate();
    });
    connect(ui->durationLineEdit, &QLineEdit::textEdited, this, [this] {
        m_durationDirty = true;
        m_timeSource = TimeSource::Duration;
        clearServerError(Field::End);
        clearServerError(Field::Duration);
        revalidate();
    });
    connect(ui->nextDayCheckBox, &QCheckBox::toggled, this, [this] {
        if (m_filling)
            return;
        m_nextDayDirty = true;
        m_timeSource = TimeSource::End;
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
        // The messages quote what is typed: keep them current while the id stays "no match".
        connect(picker, &QComboBox::editTextChanged, this, [this] {
            if (!m_filling)
                revalidate();
        });
    }

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

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &EntryEditDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &EntryEditDialog::reject);
    connect(ui->overwriteButton, &QPushButton::clicked, this, [this] {
        m_conflict = false;
        hideMessage();
        m_operation->overwrite();
        revalidate();
    });
    connect(ui->reloadButton, &QPushButton::clicked, this, &EntryEditDialog::loadNewerVersion);

    connect(m_operation, &EntrySaveOperation::busyChanged, this, &EntryEditDialog::setBusy);
    connect(m_operation, &EntrySaveOperation::succeeded, this, [this](const Entry& entry) {
        emit saved(entry, m_mode == Mode::Create);
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
            if (m_ui->customerComboBox->isBlank() && m_original.customersId > 0)
                m_ui->customerComboBox->setCurrentId(m_original.customersId);
            customerChanged();
            if (m_ui->projectComboBox->isBlank() && m_original.projectsId)
                m_ui->projectComboBox->setCurrentId(*m_original.projectsId);
            if (m_ui->serviceComboBox->isBlank() && m_original.servicesId)
                m_ui->serviceComboBox->setCurrentId(*m_original.servicesId);
            if (m_ui->lumpSumServiceComboBox->isBlank() && m_original.lumpSumServicesId)
                m_ui->lumpSumServiceComboBox->setCurrentId(*m_original.lumpSumServicesId);
            m_filling = false;
            updateServiceFilter();
            updateLumpSumServiceInfo();
            revalidate();
        });
    }
}

// --- starting -----------------------------------------------------------------------------------------------

void EntryEditDialog::startNew(Entry::Type type, QDate date, const QDateTime& suggestedStart)
{
    m_mode = Mode::Create;
    m_duplicate = false;
    Entry entry;
    entry.type = type;
    if (m_masterData)
        entry.usersId = m_masterData->user().id;
    const QDate day = date.isValid() ? date : DateRange::localDate(m_clock->nowUtc(), m_zone);
    if (suggestedStart.isValid()) {
        entry.timeSince = suggestedStart.toUTC();
    } else if (day == DateRange::localDate(m_clock->nowUtc(), m_zone)) {
        // Today: an hour ago, on the quarter hour.
        const QDateTime local = m_clock->nowUtc().toTimeZone(m_zone).addSecs(-3600);
        const int seconds = local.time().msecsSinceStartOfDay() / 1000;
        entry.timeSince = localMoment(local.date(), seconds - seconds % 900);
    } else {
        entry.timeSince = localMoment(day, (type == Entry::Type::Time ? 9 : 12) * 3600);
    }
    if (!entry.timeSince.isValid() || DateRange::localDate(entry.timeSince, m_zone) != day)
        entry.timeSince = localMoment(day, 12 * 3600);
    m_original = entry;
    prefill(entry);
}

void EntryEditDialog::startEdit(const Entry& entry)
{
    m_mode = Mode::Edit;
    m_duplicate = false;
    m_original = entry;
    prefill(entry);
}

void EntryEditDialog::startDuplicate(const Entry& entry)
{
    m_mode = Mode::Create;
    m_duplicate = true;
    Entry copy = entry;
    copy.id = 0;
    copy.clocked = false;
    copy.clockedOffline = false;
    copy.timeClockedSince = {};
    copy.timeInsert = {};
    copy.timeLastChange = {};
    copy.timeLastChangeWorkTime = {};
    copy.textsId.reset();
    if (copy.billable == Entry::Billed)
        copy.billable = Entry::IsBillable; // a copy has not been invoiced
    if (copy.isRunning())
        copy.timeUntil = m_clock->nowUtc();
    m_original = copy;
    prefill(copy);
}

void EntryEditDialog::prefill(const Entry& entry)
{
    m_operation->cancel();
    m_filling = true;
    m_dateDirty = m_startDirty = m_endDirty = m_durationDirty = m_nextDayDirty = false;
    m_billableTouched = m_mode == Mode::Edit || m_duplicate;
    m_timeSource = TimeSource::End;
    m_serverErrors.clear();
    m_conflict = false;
    hideMessage();
    for (Field f : allFields()) {
        if (QWidget* w = fieldWidget(f))
            w->setProperty("touched", false);
    }
    Ui::EntryEditDialog* ui = m_ui.get();

    ui->typeComboBox->setCurrentIndex(int(entry.type) - 1);
    ui->typeComboBox->setEnabled(m_mode == Mode::Create && !m_duplicate);
    const QDateTime start = entry.timeSince.toTimeZone(m_zone);
    ui->dateEdit->setDate(start.date());

    ui->startLineEdit->setText(entry.type == Entry::Type::Time ? formatTime(entry.timeSince) : QString());
    updateTimePlaceholders(m_mode == Mode::Edit && entry.isRunning());
    if (entry.type == Entry::Type::Time && entry.timeUntil.isValid()) {
        const QDateTime end = entry.timeUntil.toTimeZone(m_zone);
        ui->endLineEdit->setText(formatTime(entry.timeUntil));
        ui->nextDayCheckBox->setChecked(start.date().daysTo(end.date()) > 0);
        ui->durationLineEdit->setText(TimeInputParser::formatDuration(entry.timeSince.secsTo(entry.timeUntil)));
    } else {
        ui->endLineEdit->clear();
        ui->nextDayCheckBox->setChecked(false);
        ui->durationLineEdit->clear();
    }

    // Keep what the entry uses visible in the pickers even when it is no longer selectable.
    m_customers->setKeptId(entry.customersId);
    m_projects->setKeptId(entry.projectsId.value_or(0));
    m_services->setKeptId(entry.servicesId.value_or(0));
    m_lumpSumServices->setKeptId(entry.lumpSumServicesId.value_or(0));
    ui->customerComboBox->setCurrentId(entry.customersId);
    m_projects->setCustomerId(entry.customersId);
    ui->projectComboBox->setCurrentId(entry.projectsId.value_or(0));
    updateServiceFilter();
    ui->serviceComboBox->setCurrentId(entry.servicesId.value_or(0));
    ui->lumpSumServiceComboBox->setCurrentId(entry.lumpSumServicesId.value_or(0));

    const QLocale locale;
    ui->quantityLineEdit->setText(entry.lumpSumServicesAmount ? locale.toString(*entry.lumpSumServicesAmount, 'g', 12)
                                                              : QString());
    ui->amountLineEdit->setText(entry.lumpSum ? locale.toString(*entry.lumpSum, 'f', 2) : QString());
    ui->descriptionLineEdit->setText(entry.text);
    // POST /v2/entries takes billable 0 or 1 only (BillableWithoutBilled): a new entry cannot be billed yet.
    if (auto* items = qobject_cast<QStandardItemModel*>(ui->billableComboBox->model())) {
        if (QStandardItem* billed = items->item(Entry::Billed))
            billed->setEnabled(m_mode == Mode::Edit);
    }
    ui->billableComboBox->setCurrentIndex(std::clamp(entry.billable, 0, m_mode == Mode::Edit ? 2 : 1));
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
    return static_cast<Entry::Type>(std::clamp(m_ui->typeComboBox->currentIndex() + 1, 1, 3));
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
    ui->priceLabel->setVisible(service);
    setRowVisible(ui->amountLabel, ui->amountLineEdit, ui->amountErrorLabel, value);
    const bool running = m_mode == Mode::Edit && m_original.isRunning();
    ui->nextDayCheckBox->setEnabled(!running);
    updateTitle();
}

void EntryEditDialog::customerChanged()
{
    const qint64 customerId = m_ui->customerComboBox->currentId();
    const qint64 projectId = m_ui->projectComboBox->currentId();
    m_projects->setCustomerId(std::max<qint64>(customerId, 0));
    if (projectId >= 0)
        m_ui->projectComboBox->setCurrentId(m_projects->rowOfId(projectId) >= 0 ? projectId : 0);
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
    if (m_billableTouched || m_mode == Mode::Edit || !m_masterData)
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
        return;
    }
    const QLocale locale;
    m_ui->unitLabel->setText(item->unit);
    //: stands in for a lump-sum service without a unit in "0.30 per unit"
    const QString unit = item->unit.isEmpty() ? tr("unit") : item->unit;
    const QString price = locale.toString(item->price, 'f', 2);
    const auto quantity = TimeInputParser::parseNumber(m_ui->quantityLineEdit->text());
    if (quantity && *quantity > 0)
        //: lump-sum service price: "0.30 per km · total 12.60"
        m_ui->priceLabel->setText(
            tr("%1 per %2 · total %3").arg(price, unit, locale.toString(*quantity * item->price, 'f', 2)));
    else
        m_ui->priceLabel->setText(tr("%1 per %2").arg(price, unit));
}

void EntryEditDialog::normalizeTimes()
{
    if (entryType() != Entry::Type::Time || m_filling)
        return;
    const Evaluation ev = evaluate();
    const Entry& e = ev.entry;
    m_filling = true;
    if (m_startDirty && !ev.errors.contains(Field::Start) && e.timeSince.isValid())
        m_ui->startLineEdit->setText(formatTime(e.timeSince));
    const bool timesOk = !ev.errors.contains(Field::End) && !ev.errors.contains(Field::Duration)
        && e.timeSince.isValid() && e.timeUntil.isValid();
    if (timesOk && (m_endDirty || m_durationDirty || m_startDirty)) {
        m_ui->endLineEdit->setText(formatTime(e.timeUntil));
        m_ui->nextDayCheckBox->setChecked(m_ui->dateEdit->date().daysTo(DateRange::localDate(e.timeUntil, m_zone)) > 0);
        m_ui->durationLineEdit->setText(TimeInputParser::formatDuration(e.timeSince.secsTo(e.timeUntil)));
    }
    m_filling = false;
    revalidate();
}

// --- evaluation ---------------------------------------------------------------------------------------------

QDateTime EntryEditDialog::localMoment(QDate date, int secondsOfDay) const
{
    const QDateTime local(date, QTime::fromMSecsSinceStartOfDay(secondsOfDay * 1000), m_zone);
    return local.isValid() ? local.toUTC() : QDateTime();
}

QString EntryEditDialog::formatTime(const QDateTime& moment) const
{
    return TimeInputParser::formatTime(moment.toTimeZone(m_zone).time(), m_twelveHour);
}

EntryEditDialog::Evaluation EntryEditDialog::evaluate() const
{
    Evaluation ev;
    const Ui::EntryEditDialog* ui = m_ui.get();
    const bool editing = m_mode == Mode::Edit;
    Entry e = m_original;
    const Entry::Type type = entryType();
    e.type = type;
    if (!editing) {
        e.id = 0;
        if (m_masterData && m_masterData->hasUser())
            e.usersId = m_masterData->user().id;
    }
    const QDate date = ui->dateEdit->date();

    // Customer, project, service
    const qint64 customerId = ui->customerComboBox->currentId();
    if (customerId == 0)
        ev.errors.insert(Field::Customer, tr("Choose a customer."));
    else if (customerId < 0)
        ev.errors.insert(Field::Customer,
                         tr("%1 is not a customer you can choose.").arg(quoted(ui->customerComboBox->currentText())));
    e.customersId = std::max<qint64>(customerId, 0);
    const qint64 projectId = ui->projectComboBox->currentId();
    if (projectId < 0)
        ev.errors.insert(Field::Project, tr("Choose a project of this customer, or leave the field empty."));
    e.projectsId = projectId > 0 ? std::optional<qint64>(projectId) : std::nullopt;
    if (e.projectsId != m_original.projectsId)
        e.subprojectsId.reset(); // a subproject belongs to its project
    if (type == Entry::Type::LumpSumService) {
        const qint64 id = ui->lumpSumServiceComboBox->currentId();
        if (id == 0)
            ev.errors.insert(Field::LumpSumService, tr("Choose a lump-sum service."));
        else if (id < 0)
            ev.errors.insert(Field::LumpSumService,
                             tr("%1 is not a lump-sum service you can choose.")
                                 .arg(quoted(ui->lumpSumServiceComboBox->currentText())));
        e.lumpSumServicesId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    } else {
        const qint64 id = ui->serviceComboBox->currentId();
        if (id == 0)
            ev.errors.insert(Field::Service, tr("Choose a service."));
        else if (id < 0)
            ev.errors.insert(Field::Service,
                             tr("%1 is not a service you can choose for this customer and project.")
                                 .arg(quoted(ui->serviceComboBox->currentText())));
        e.servicesId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }

    // Times
    if (type == Entry::Type::Time) {
        const QString startText = ui->startLineEdit->text().trimmed();
        const QString endText = ui->endLineEdit->text().trimmed();
        const QString durationText = ui->durationLineEdit->text().trimmed();
        const std::optional<int> startSeconds = TimeInputParser::parseTime(startText);
        QDateTime since;
        if (editing && !m_startDirty && !m_dateDirty && m_original.timeSince.isValid()) {
            since = m_original.timeSince;
        } else if (!startSeconds) {
            ev.errors.insert(Field::Start,
                             startText.isEmpty()
                                 ? tr("Enter the start time.")
                                 : tr("%1 is not a time. Try 9, 930, 9:30 or 9pm.").arg(quoted(startText)));
        } else {
            since = localMoment(date, *startSeconds);
            if (!since.isValid())
                ev.errors.insert(Field::Start, tr("This time does not exist on that day (the clocks change)."));
        }

        const bool running = editing && m_original.isRunning();
        QDateTime until;
        Field timeField = Field::End;
        const auto fromDuration = [&] {
            timeField = Field::Duration;
            const auto duration = TimeInputParser::parseDuration(durationText);
            if (!duration)
                ev.errors.insert(Field::Duration,
                                 tr("%1 is not a duration. Try 1:15, 1.25h or 75m.").arg(quoted(durationText)));
            else if (since.isValid())
                until = since.addSecs(*duration);
        };
        if (m_timeSource == TimeSource::Duration && !durationText.isEmpty()) {
            fromDuration();
        } else if (!endText.isEmpty()) {
            const auto endSeconds = TimeInputParser::parseTime(endText, startSeconds);
            if (!endSeconds) {
                ev.errors.insert(Field::End, tr("%1 is not a time. Try 17:00, 1730 or +1h.").arg(quoted(endText)));
            } else if (editing && !m_endDirty && !m_durationDirty && !m_dateDirty && !m_nextDayDirty
                       && m_original.timeUntil.isValid()) {
                until = m_original.timeUntil;
            } else {
                int seconds = *endSeconds;
                int days = ui->nextDayCheckBox->isChecked() ? 1 : 0;
                // "+3h" from 22:00 lands on the next day.
                const int wrap
                    = seconds >= 0 ? seconds / SecondsPerDay : -((-seconds + SecondsPerDay - 1) / SecondsPerDay);
                days += wrap;
                seconds -= wrap * SecondsPerDay;
                until = localMoment(date.addDays(days), seconds);
                if (!until.isValid())
                    ev.errors.insert(Field::End, tr("This time does not exist on that day (the clocks change)."));
            }
        } else if (!durationText.isEmpty()) {
            fromDuration();
        } else if (!running) {
            ev.errors.insert(Field::End, tr("Enter an end time or a duration."));
        }

        if (since.isValid() && until.isValid() && !ev.errors.contains(timeField)) {
            const qint64 seconds = since.secsTo(until);
            if (seconds <= 0) {
                if (timeField == Field::Duration)
                    ev.errors.insert(Field::Duration, tr("The duration must be more than zero."));
                else if (ui->nextDayCheckBox->isChecked())
                    ev.errors.insert(Field::End, tr("End must be after start."));
                else
                    ev.errors.insert(Field::End, tr("End must be after start — or tick “Ends the next day”."));
            } else if (seconds > MaxDurationSeconds) {
                ev.errors.insert(timeField, tr("An entry can be at most 23:59:59 hours long."));
            } else if (timeField == Field::Duration) {
                const qint64 days = date.daysTo(DateRange::localDate(until, m_zone));
                //: the end computed from start + duration, e.g. "ends 10:45" or "ends 01:30 (+1)"
                ev.computed = days > 0 ? tr("ends %1 (+%2)").arg(formatTime(until)).arg(days)
                                       : tr("ends %1").arg(formatTime(until));
            } else {
                //: the duration computed from start and end, e.g. "1:15 h (1.25 h)"
                ev.computed
                    = tr("%1 h (%2 h)")
                          .arg(TimeInputParser::formatDuration(seconds), TimeInputParser::formatDecimalHours(seconds));
            }
        } else if (running && !until.isValid() && since.isValid()) {
            ev.computed = tr("running for %1 h").arg(TimeInputParser::formatDuration(since.secsTo(m_clock->nowUtc())));
        }
        e.timeSince = since;
        e.timeUntil = until;
        e.lumpSum.reset();
        e.lumpSumServicesAmount.reset();
        e.lumpSumServicesId.reset();
    } else {
        // Lump sums are booked on a day; keep the original time of day, else noon (safe from zone shifts).
        if (editing && !m_dateDirty && m_original.timeSince.isValid()) {
            e.timeSince = m_original.timeSince;
        } else {
            int seconds = 12 * 3600;
            if (m_original.timeSince.isValid() && m_original.type != Entry::Type::Time)
                seconds = m_original.timeSince.toTimeZone(m_zone).time().msecsSinceStartOfDay() / 1000;
            e.timeSince = localMoment(date, seconds);
            if (!e.timeSince.isValid())
                e.timeSince = localMoment(date, 12 * 3600);
        }
        if (!editing)
            e.timeUntil = {};
        const auto positive = [&](QLineEdit* edit, Field field, const QString& emptyText) -> std::optional<double> {
            const QString text = edit->text().trimmed();
            const auto value = TimeInputParser::parseNumber(text);
            if (text.isEmpty())
                ev.errors.insert(field, emptyText);
            else if (!value)
                ev.errors.insert(field, tr("%1 is not a number.").arg(quoted(text)));
            else if (*value <= 0)
                ev.errors.insert(field, tr("Enter an amount greater than 0."));
            return value;
        };
        if (type == Entry::Type::LumpSumValue) {
            e.lumpSum = positive(ui->amountLineEdit, Field::Amount, tr("Enter the amount."));
            e.lumpSumServicesAmount.reset();
            e.lumpSumServicesId.reset();
        } else {
            e.lumpSumServicesAmount = positive(ui->quantityLineEdit, Field::Quantity, tr("Enter the quantity."));
            e.lumpSum.reset();
            e.servicesId.reset();
        }
    }

    e.text = ui->descriptionLineEdit->text().trimmed();
    e.billable = std::clamp(ui->billableComboBox->currentIndex(), 0, m_mode == Mode::Edit ? 2 : 1);
    ev.entry = e;
    for (Field f : allFields()) {
        if (ev.errors.contains(f)) {
            ev.firstError = ev.errors.value(f);
            break;
        }
    }
    return ev;
}

Entry EntryEditDialog::entryFromFields() const
{
    return evaluate().entry;
}

bool EntryEditDialog::isValid() const
{
    return m_invalidReason.isEmpty();
}

QString EntryEditDialog::invalidReason() const
{
    return m_invalidReason;
}

QString EntryEditDialog::fieldError(Field field) const
{
    const QString client = m_errors.value(field);
    return client.isEmpty() ? m_serverErrors.value(field) : client;
}

bool EntryEditDialog::isSaving() const
{
    return m_busy;
}

bool EntryEditDialog::isAskingAboutConflict() const
{
    return m_conflict;
}

QString EntryEditDialog::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

QLabel* EntryEditDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::Date:
        return m_ui->dateErrorLabel;
    case Field::Start:
        return m_ui->startErrorLabel;
    case Field::End:
        return m_ui->endErrorLabel;
    case Field::Duration:
        return m_ui->durationErrorLabel;
    case Field::Customer:
        return m_ui->customerErrorLabel;
    case Field::Project:
        return m_ui->projectErrorLabel;
    case Field::Service:
        return m_ui->serviceErrorLabel;
    case Field::LumpSumService:
        return m_ui->lumpSumServiceErrorLabel;
    case Field::Quantity:
        return m_ui->quantityErrorLabel;
    case Field::Amount:
        return m_ui->amountErrorLabel;
    case Field::Description:
        return m_ui->descriptionErrorLabel;
    case Field::Billable:
        return m_ui->billableErrorLabel;
    }
    return nullptr;
}

QWidget* EntryEditDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Date:
        return m_ui->dateEdit;
    case Field::Start:
        return m_ui->startLineEdit;
    case Field::End:
        return m_ui->endLineEdit;
    case Field::Duration:
        return m_ui->durationLineEdit;
    case Field::Customer:
        return m_ui->customerComboBox;
    case Field::Project:
        return m_ui->projectComboBox;
    case Field::Service:
        return m_ui->serviceComboBox;
    case Field::LumpSumService:
        return m_ui->lumpSumServiceComboBox;
    case Field::Quantity:
        return m_ui->quantityLineEdit;
    case Field::Amount:
        return m_ui->amountLineEdit;
    case Field::Description:
        return m_ui->descriptionLineEdit;
    case Field::Billable:
        return m_ui->billableComboBox;
    }
    return nullptr;
}

std::optional<EntryEditDialog::Field> EntryEditDialog::fieldForApiName(const QString& name, Entry::Type type)
{
    static const QHash<QString, Field> fields {
        { QStringLiteral("time_until"), Field::End },
        { QStringLiteral("duration"), Field::Duration },
        { QStringLiteral("customers_id"), Field::Customer },
        { QStringLiteral("projects_id"), Field::Project },
        { QStringLiteral("subprojects_id"), Field::Project },
        { QStringLiteral("services_id"), Field::Service },
        { QStringLiteral("lumpsum_services_id"), Field::LumpSumService },
        { QStringLiteral("lumpsum_services_amount"), Field::Quantity },
        { QStringLiteral("lumpsum"), Field::Amount },
        { QStringLiteral("text"), Field::Description },
        { QStringLiteral("billable"), Field::Billable },
    };
    if (name == QLatin1String("time_since"))
        return type == Entry::Type::Time ? Field::Start : Field::Date;
    const auto it = fields.constFind(name);
    return it == fields.cend() ? std::nullopt : std::optional<Field>(*it);
}

void EntryEditDialog::revalidate()
{
    if (m_filling)
        return;
    const Evaluation ev = evaluate();
    m_errors = ev.errors;
    m_invalidReason = ev.firstError;
    for (Field f : allFields()) {
        QLabel* label = errorLabel(f);
        QWidget* widget = fieldWidget(f);
        QString text = fieldError(f);
        // An empty required field the user has not reached yet is not an error to point at; Save says it.
        const auto* edit = qobject_cast<QLineEdit*>(widget);
        const auto* picker = qobject_cast<PickerComboBox*>(widget);
        const bool blank = (edit && edit->text().trimmed().isEmpty()) || (picker && picker->isBlank());
        if (blank && !m_serverErrors.contains(f) && !(widget && widget->property("touched").toBool()))
            text.clear();
        if (f == Field::Date && text.isEmpty() && m_masterData && m_masterData->user().editLock.isValid()
            && m_ui->dateEdit->date() <= m_masterData->user().editLock)
            text = tr("Entries up to %1 are locked; Clockodo will probably refuse this change.")
                       .arg(QLocale().toString(m_masterData->user().editLock, QLocale::ShortFormat));
        //: a problem shown next to a form field, after a warning sign
        label->setText(text.isEmpty() ? QString() : tr("⚠ %1").arg(text));
        if (widget)
            widget->setAccessibleDescription(text);
    }
    m_ui->computedLabel->setText(ev.computed);
    if (isVisible())
        HeightFitter::grow(this); // a message that wraps to more lines must not be cut off

    QPushButton* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setEnabled(ev.errors.isEmpty() && !m_busy && !m_conflict);
    if (m_conflict)
        m_ui->saveStatusLabel->setText(tr("Decide above how to continue."));
    else if (m_busy)
        m_ui->saveStatusLabel->setText(tr("Saving…"));
    else if (!ev.firstError.isEmpty())
        //: beside the disabled Save button
        m_ui->saveStatusLabel->setText(tr("Cannot save yet: %1").arg(ev.firstError));
    else
        m_ui->saveStatusLabel->clear();
}

void EntryEditDialog::clearServerError(Field field)
{
    if (QWidget* widget = fieldWidget(field))
        widget->setProperty("touched", true);
    m_serverErrors.remove(field);
}

// --- saving -------------------------------------------------------------------------------------------------

void EntryEditDialog::save()
{
    if (m_busy || m_conflict)
        return;
    normalizeTimes();
    if (!isValid()) {
        for (Field f : allFields()) {
            if (QWidget* w = fieldWidget(f))
                w->setProperty("touched", true);
        }
        revalidate();
        return;
    }
    m_serverErrors.clear();
    hideMessage();
    const Entry entry = entryFromFields();
    if (m_mode == Mode::Create)
        m_operation->create(entry);
    else
        m_operation->update(m_original, entry);
}

void EntryEditDialog::reject()
{
    m_operation->cancel();
    QDialog::reject();
}

void EntryEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->formWidget->setEnabled(!busy);
    revalidate();
}

void EntryEditDialog::showMessage(const QString& text, bool conflict)
{
    m_ui->messageLabel->setText(text);
    m_ui->overwriteButton->setVisible(conflict);
    m_ui->reloadButton->setVisible(conflict);
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
        const auto field = fieldForApiName(name, entryType());
        if (!field)
            continue;
        m_serverErrors.insert(*field, error.message());
        if (!focus)
            focus = fieldWidget(*field);
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
    showMessage(conflictText(serverEntry), true);
    m_ui->overwriteButton->setFocus();
    revalidate();
}

QString EntryEditDialog::conflictText(const Entry& serverEntry) const
{
    QStringList changed;
    const QJsonObject diff = Entry::changes(m_original, serverEntry);
    for (auto it = diff.begin(); it != diff.end(); ++it) {
        const auto field = fieldForApiName(it.key(), serverEntry.type);
        if (!field)
            continue;
        QString name;
        switch (*field) {
        case Field::Date:
        case Field::Start:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("start");
            break;
        case Field::End:
        case Field::Duration:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("end");
            break;
        case Field::Customer:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("customer");
            break;
        case Field::Project:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("project");
            break;
        case Field::Service:
        case Field::LumpSumService:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("service");
            break;
        case Field::Quantity:
        case Field::Amount:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("amount");
            break;
        case Field::Description:
            //: a field name inside "Changed there: %1." (lowercase in English)
            name = tr("description");
            break;
        case Field::Billable:
            //: a field name inside "Changed there: %1." (lowercase in English), the billable state
            name = tr("billable");
            break;
        }
        if (!changed.contains(name))
            changed.append(name);
    }
    const QString when = serverEntry.timeLastChange.isValid()
        ? QLocale().toString(serverEntry.timeLastChange.toTimeZone(m_zone), QLocale::ShortFormat)
        : QString();
    const QString fields = QLocale().createSeparatedList(changed);
    if (!when.isEmpty() && !fields.isEmpty())
        //: %1 is the date and time of the last change, %2 the changed fields
        return tr("This entry was changed in Clockodo after you opened it. Last change: %1. Changed there: %2. "
                  "Save your version over it, or discard your changes and load the newer one?")
            .arg(when, fields);
    if (!when.isEmpty())
        //: %1 is the date and time of the last change
        return tr("This entry was changed in Clockodo after you opened it. Last change: %1. Save your version over "
                  "it, or discard your changes and load the newer one?")
            .arg(when);
    if (!fields.isEmpty())
        //: %1 are the changed fields, e.g. "start, end and customer"
        return tr("This entry was changed in Clockodo after you opened it. Changed there: %1. Save your version over "
                  "it, or discard your changes and load the newer one?")
            .arg(fields);
    return tr("This entry was changed in Clockodo after you opened it. Save your version over it, or discard your "
              "changes and load the newer one?");
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

void EntryEditDialog::updatePlaceholders()
{
    m_ui->customerComboBox->setPlaceholder(tr("Type to search…"));
    m_ui->projectComboBox->setPlaceholder(tr("No project"));
    m_ui->serviceComboBox->setPlaceholder(tr("Type to search…"));
    m_ui->lumpSumServiceComboBox->setPlaceholder(tr("Type to search…"));
}

void EntryEditDialog::updateTimePlaceholders(bool running)
{
    //: placeholder of the end and duration fields while the clock runs (the entry is still running)
    m_ui->endLineEdit->setPlaceholderText(running ? tr("running") : tr("e.g. 17:00 or +1h"));
    m_ui->durationLineEdit->setPlaceholderText(running ? tr("running") : tr("e.g. 1:15, 1.25h or 75m"));
    // The examples are the help: wide enough to show them whole in every language.
    for (QLineEdit* edit : { m_ui->endLineEdit, m_ui->durationLineEdit }) {
        edit->setMinimumWidth(0);
        const QFontMetrics fm = edit->fontMetrics();
        int padding = edit->sizeHint().width() - fm.horizontalAdvance(QLatin1Char('x')) * 17;
        if (edit->isClearButtonEnabled()) // its room is taken from the text even while it is hidden
            padding += edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit) + 8;
        edit->setMinimumWidth(
            std::max(edit->minimumSizeHint().width(), fm.horizontalAdvance(edit->placeholderText()) + padding));
    }
}

void EntryEditDialog::updateTitle()
{
    const Entry::Type type = entryType();
    if (m_mode == Mode::Edit) {
        switch (type) {
        case Entry::Type::Time:
            setWindowTitle(tr("Edit time entry"));
            break;
        case Entry::Type::LumpSumValue:
            setWindowTitle(tr("Edit lump-sum value"));
            break;
        case Entry::Type::LumpSumService:
            setWindowTitle(tr("Edit lump-sum service"));
            break;
        }
        return;
    }
    if (m_duplicate) {
        //: window title: a new entry made as a copy of another one (noun, not a command)
        setWindowTitle(tr("Duplicate entry"));
        return;
    }
    switch (type) {
    case Entry::Type::Time:
        setWindowTitle(tr("New time entry"));
        break;
    case Entry::Type::LumpSumValue:
        setWindowTitle(tr("New lump-sum value"));
        break;
    case Entry::Type::LumpSumService:
        setWindowTitle(tr("New lump-sum service"));
        break;
    }
}

void EntryEditDialog::retranslate()
{
    const bool filling = m_filling;
    m_filling = true;
    m_ui->retranslateUi(this);
    m_filling = filling;
    updateTimePlaceholders(m_mode == Mode::Edit && m_original.isRunning());
    updatePlaceholders();
    updateTitle();
    updateLumpSumServiceInfo();
    // Our own messages follow the language; a server's message stays as it came.
    if (m_conflict)
        showMessage(conflictText(m_operation->serverEntry()), true);
    else if (m_reloaded)
        m_ui->messageLabel->setText(tr("Loaded the newer version from Clockodo; your changes were discarded."));
    revalidate();
}

void EntryEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        retranslate();
    } else if (event->type() == QEvent::LocaleChange && m_ui) {
        // A date edit keeps the display format of the locale it was created with.
        const QSignalBlocker blocker(m_ui->dateEdit);
        m_ui->dateEdit->setDisplayFormat(m_ui->dateEdit->locale().dateFormat(QLocale::ShortFormat));
    }
    QDialog::changeEvent(event);
}
