// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/taskpicker.h"

#include "core/tracking/taskcatalog.h"
#include "gui/widgets/foldingcompleter.h"
#include "gui/widgets/typingpause.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

TaskPicker::TaskPicker(TaskCatalog* catalog, QWidget* parent)
    : QWidget(parent)
    , m_data(catalog)
    , m_form(new QFormLayout(this))
    , m_customer(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_billable(new QCheckBox(this))
    , m_customerLabel(new QLabel(this))
    , m_projectLabel(new QLabel(this))
    , m_serviceLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_typing(new TypingPause(nullptr, this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : { m_customer, m_project, m_service })
        makeSearchable(box);
    m_customerLabel->setBuddy(m_customer);
    m_projectLabel->setBuddy(m_project);
    m_serviceLabel->setBuddy(m_service);
    m_textLabel->setBuddy(m_text);
    m_text->setMaxLength(1000);
    m_text->setClearButtonEnabled(true);
    m_form->addRow(m_customerLabel, m_customer);
    m_form->addRow(m_projectLabel, m_project);
    m_form->addRow(m_serviceLabel, m_service);
    m_form->addRow(m_textLabel, m_text);
    m_form->addRow(QString(), m_billable);

    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillProjects();
        fillServices();
        applyBillableDefault();
        emit changed();
    });
    connect(m_project, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillServices();
        applyBillableDefault();
        emit changed();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    for (QComboBox* box : { m_customer, m_project, m_service }) {
        connect(box, &QComboBox::editTextChanged, this, &TaskPicker::changed);
        m_typing->watch(box->lineEdit(), box);
    }
    connect(m_typing, &TypingPause::typingChanged, this, &TaskPicker::changed);
    connect(m_text, &QLineEdit::textChanged, this, &TaskPicker::changed);
    connect(m_billable, &QCheckBox::clicked, this, [this] {
        m_billableTouched = true;
        emit changed();
    });
    connect(m_data, &TaskCatalog::loaded, this, [this] {
        const Entry current = applyTo(Entry());
        fillCustomers();
        setTask(current);
    });

    retranslateUi();
    fillCustomers();
    if (!m_data->isLoaded() && !m_data->isLoading())
        m_data->load();
}

void TaskPicker::makeSearchable(QComboBox* box)
{
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setMinimumContentsLength(28);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Case and accents do not matter ("lumiere" finds "Atelier Lumière").
    box->setCompleter(new FoldingCompleter(box->model(), box));
}

void TaskPicker::retranslateUi()
{
    m_customerLabel->setText(tr("&Customer:"));
    m_projectLabel->setText(tr("&Project:"));
    m_serviceLabel->setText(tr("&Service:"));
    m_textLabel->setText(tr("&Description:"));
    m_billable->setText(tr("&Billable"));
    m_text->setPlaceholderText(tr("What are you working on?"));
    m_customer->lineEdit()->setPlaceholderText(tr("Type to search customers"));
    m_service->lineEdit()->setPlaceholderText(tr("Type to search services"));
    m_customer->setAccessibleName(tr("Customer"));
    m_project->setAccessibleName(tr("Project"));
    m_service->setAccessibleName(tr("Service"));
    m_text->setAccessibleName(tr("Description"));
    if (m_project->count() > 0 && m_project->itemData(0).toLongLong() == 0)
        m_project->setItemText(0, tr("No project"));
}

void TaskPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

qint64 TaskPicker::selectedId(const QComboBox* box)
{
    const int index = box->currentIndex();
    if (index < 0)
        return -1;
    // The typed text must still name the selected item (otherwise the user is searching).
    if (box->isEditable() && box->currentText() != box->itemText(index))
        return -1;
    return box->itemData(index).toLongLong();
}

void TaskPicker::select(QComboBox* box, qint64 id)
{
    const int index = box->findData(id);
    box->setCurrentIndex(index);
    if (index < 0)
        box->setEditText(QString());
}

void TaskPicker::fillCustomers()
{
    m_filling = true;
    const qint64 current = selectedId(m_customer);
    m_customer->clear();
    QList<Customer> customers;
    for (const Customer& c : m_data->customers()) {
        if (c.active)
            customers.append(c);
    }
    std::sort(customers.begin(), customers.end(),
              [](const Customer& a, const Customer& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Customer& c : customers)
        m_customer->addItem(c.name, c.id);
    select(m_customer, current);
    m_filling = false;
    fillProjects();
    fillServices();
}

void TaskPicker::fillProjects()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const qint64 current = selectedId(m_project);
    const qint64 customer = selectedId(m_customer);
    m_project->clear();
    m_project->addItem(tr("No project"), qint64(0));
    QList<Project> projects;
    for (const Project& p : m_data->projects()) {
        if (p.customersId == customer && p.isSelectable())
            projects.append(p);
    }
    std::sort(projects.begin(), projects.end(),
              [](const Project& a, const Project& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Project& p : projects)
        m_project->addItem(p.name, p.id);
    const int index = m_project->findData(current > 0 ? current : 0);
    m_project->setCurrentIndex(index < 0 ? 0 : index);
    m_project->setEnabled(customer > 0);
    m_filling = wasFilling;
}

void TaskPicker::fillServices()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const qint64 current = selectedId(m_service);
    QList<qint64> allowed;
    const qint64 projectId = selectedId(m_project);
    if (const Project* project = projectId > 0 ? m_data->project(projectId) : nullptr)
        allowed = project->serviceAssignments;
    if (allowed.isEmpty()) {
        if (const Customer* customer = m_data->customer(selectedId(m_customer)))
            allowed = customer->serviceAssignments;
    }
    m_service->clear();
    QList<Service> services;
    for (const Service& s : m_data->services()) {
        if (s.active && (allowed.isEmpty() || allowed.contains(s.id)))
            services.append(s);
    }
    std::sort(services.begin(), services.end(),
              [](const Service& a, const Service& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Service& s : services)
        m_service->addItem(s.name, s.id);
    select(m_service, current);
    if (m_service->currentIndex() < 0 && m_service->count() == 1)
        m_service->setCurrentIndex(0);
    m_filling = wasFilling;
}

void TaskPicker::applyBillableDefault()
{
    if (m_billableTouched)
        return;
    bool billable = false;
    if (const Project* project = m_data->project(selectedId(m_project)))
        billable = project->billableDefault;
    else if (const Customer* customer = m_data->customer(selectedId(m_customer)))
        billable = customer->billableDefault;
    m_billable->setChecked(billable);
}

void TaskPicker::setTask(const Entry& task)
{
    m_filling = true;
    select(m_customer, task.customersId);
    fillProjects();
    const int projectIndex = m_project->findData(task.projectsId.value_or(0));
    m_project->setCurrentIndex(projectIndex < 0 ? 0 : projectIndex);
    fillServices();
    select(m_service, task.servicesId.value_or(0));
    m_text->setText(task.text);
    m_filling = false;
    // The task's own billability; a change of customer or project then brings their default back, until the user
    // sets the box.
    m_billableTouched = false;
    if (task.customersId > 0)
        m_billable->setChecked(task.billable != Entry::NotBillable);
    else
        applyBillableDefault();
    emit changed();
}

void TaskPicker::setTextSuggestions(const QStringList& texts)
{
    auto* completer = new QCompleter(texts, m_text);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_text->setCompleter(completer);
}

qint64 TaskPicker::customerId() const
{
    return std::max<qint64>(0, selectedId(m_customer));
}

std::optional<qint64> TaskPicker::projectId() const
{
    const qint64 id = selectedId(m_project);
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

qint64 TaskPicker::serviceId() const
{
    return std::max<qint64>(0, selectedId(m_service));
}

QString TaskPicker::text() const
{
    return m_text->text().trimmed();
}

int TaskPicker::billable() const
{
    return m_billable->isChecked() ? Entry::IsBillable : Entry::NotBillable;
}

Entry TaskPicker::applyTo(Entry base) const
{
    base.customersId = customerId();
    base.projectsId = projectId();
    const qint64 service = serviceId();
    base.servicesId = service > 0 ? std::optional<qint64>(service) : std::nullopt;
    base.text = text();
    // Keep "billed" (2) when the user did not change billability.
    if (!(base.billable == Entry::Billed && m_billable->isChecked()))
        base.billable = billable();
    return base;
}

QString TaskPicker::problem() const
{
    if (!m_data->isLoaded() && m_data->customers().isEmpty())
        return tr("Loading customers, projects and services…");
    if (selectedId(m_customer) <= 0)
        return tr("Choose a customer.");
    if (selectedId(m_project) < 0)
        return tr("Choose a project from the list, or “No project”.");
    if (selectedId(m_service) <= 0)
        return m_service->count() == 0 ? tr("No service can be booked on this customer or project.")
                                       : tr("Choose a service.");
    return QString();
}

QString TaskPicker::shownProblem() const
{
    for (const QComboBox* box : { m_customer, m_project, m_service }) {
        if (m_typing->isTyping(box))
            return QString();
    }
    return problem();
}

void TaskPicker::setClock(Clock* clock)
{
    m_typing->setClock(clock);
}
