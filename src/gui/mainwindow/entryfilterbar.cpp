// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entryfilterbar.h"

#include "models/customerlistmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/masterdata.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace {

// Fills combo with "All" plus the items of a master list model, keeping the chosen id.
void fillFromModel(QComboBox* combo, const QString& allText, const MasterListModel* model,
                   const std::function<bool(const QModelIndex&)>& accept = {})
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText);
    if (model) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (accept && !accept(index))
                continue;
            QString name = index.data().toString();
            if (!index.data(MasterListModel::ActiveRole).toBool())
                name = QCoreApplication::translate("EntryFilterBar", "%1 (inactive)").arg(name);
            combo->addItem(name, index.data(MasterListModel::IdRole));
        }
    }
    const int row = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(row, 0));
}

std::optional<qint64> idOf(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

} // namespace

EntryFilterBar::EntryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_customerLabel(new QLabel(this))
    , m_customer(new QComboBox(this))
    , m_projectLabel(new QLabel(this))
    , m_project(new QComboBox(this))
    , m_serviceLabel(new QLabel(this))
    , m_service(new QComboBox(this))
    , m_billableLabel(new QLabel(this))
    , m_billable(new QComboBox(this))
    , m_clear(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("entryFilterBar"));
    m_text->setObjectName(QStringLiteral("filterTextLineEdit"));
    m_customer->setObjectName(QStringLiteral("customerFilterComboBox"));
    m_project->setObjectName(QStringLiteral("projectFilterComboBox"));
    m_service->setObjectName(QStringLiteral("serviceFilterComboBox"));
    m_billable->setObjectName(QStringLiteral("billableFilterComboBox"));
    m_clear->setObjectName(QStringLiteral("clearFilterButton"));
    m_close->setObjectName(QStringLiteral("closeFilterButton"));
    m_text->setClearButtonEnabled(true);
    m_customerLabel->setBuddy(m_customer);
    m_projectLabel->setBuddy(m_project);
    m_serviceLabel->setBuddy(m_service);
    m_billableLabel->setBuddy(m_billable);
    // Widths that do not depend on the language or the data (the lists open as wide as their items); the search
    // field keeps room for a few words.
    for (QComboBox* combo : { m_customer, m_project, m_service, m_billable })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_customer->setMinimumContentsLength(14);
    m_project->setMinimumContentsLength(12);
    m_service->setMinimumContentsLength(12);
    m_billable->setMinimumContentsLength(10);
    m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_customerLabel);
    layout->addWidget(m_customer, 1);
    layout->addWidget(m_projectLabel);
    layout->addWidget(m_project, 1);
    layout->addWidget(m_serviceLabel);
    layout->addWidget(m_service, 1);
    layout->addWidget(m_billableLabel);
    layout->addWidget(m_billable);
    layout->addWidget(m_clear);
    layout->addWidget(m_close);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_proxy)
            m_proxy->setText(text);
    });
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillProjects();
        applyCombos();
    });
    for (QComboBox* combo : { m_project, m_service, m_billable }) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyCombos();
        });
    }
    connect(m_clear, &QToolButton::clicked, this, &EntryFilterBar::clearFilters);
    connect(m_close, &QToolButton::clicked, this, [this] {
        clearFilters();
        emit closeRequested();
    });
    retranslate();
}

void EntryFilterBar::setModels(EntryFilterProxyModel* proxy, MasterData* masterData)
{
    m_proxy = proxy;
    if (m_masterData)
        m_masterData->disconnect(this);
    m_masterData = masterData;
    if (masterData) {
        connect(masterData, &MasterData::loaded, this, [this] {
            fillCustomers();
            fillProjects();
            fillServices();
        });
    }
    fillCustomers();
    fillProjects();
    fillServices();
}

void EntryFilterBar::fillCustomers()
{
    m_filling = true;
    //: first item of the customer filter, after the label “Customer:”; keep it short
    fillFromModel(m_customer, tr("All customers"), m_masterData ? m_masterData->customers() : nullptr);
    m_filling = false;
}

void EntryFilterBar::fillProjects()
{
    m_filling = true;
    const std::optional<qint64> customer = idOf(m_customer);
    //: first item of the project filter, after the label “Project:”; keep it short
    fillFromModel(m_project, tr("All projects"), m_masterData ? m_masterData->projects() : nullptr,
                  [customer](const QModelIndex& index) {
                      return customer && index.data(MasterListModel::CustomerIdRole).toLongLong() == *customer;
                  });
    m_project->setEnabled(customer.has_value());
    m_filling = false;
}

void EntryFilterBar::fillServices()
{
    m_filling = true;
    //: first item of the service filter, after the label “Service:”; keep it short
    fillFromModel(m_service, tr("All services"), m_masterData ? m_masterData->services() : nullptr);
    m_filling = false;
}

void EntryFilterBar::fillBillable()
{
    const int current = std::max(0, m_billable->currentIndex());
    const QSignalBlocker blocker(m_billable);
    m_billable->clear();
    m_billable->addItem(tr("All"));
    m_billable->addItem(tr("Not billable"), 0);
    m_billable->addItem(tr("Billable"), 1);
    m_billable->addItem(tr("Billed"), 2);
    m_billable->addItem(tr("Billable or billed"), EntryFilterProxyModel::BillableOrBilled);
    m_billable->setCurrentIndex(current);
}

void EntryFilterBar::applyCombos()
{
    if (!m_proxy)
        return;
    m_proxy->setCustomerId(idOf(m_customer));
    m_proxy->setProjectId(idOf(m_project));
    m_proxy->setServiceId(idOf(m_service));
    const QVariant billable = m_billable->currentData();
    m_proxy->setBillable(billable.isValid() ? std::optional<int>(billable.toInt()) : std::nullopt);
}

void EntryFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void EntryFilterBar::clearFilters()
{
    m_filling = true;
    m_text->clear();
    m_customer->setCurrentIndex(0);
    fillProjects();
    m_service->setCurrentIndex(0);
    m_billable->setCurrentIndex(0);
    m_filling = false;
    if (m_proxy)
        m_proxy->clearFilters();
}

void EntryFilterBar::retranslate()
{
    m_text->setPlaceholderText(tr("Search description, customer, project, service…"));
    m_text->setAccessibleName(tr("Search entries"));
    m_customerLabel->setText(tr("C&ustomer:"));
    m_customer->setAccessibleName(tr("Filter by customer"));
    m_projectLabel->setText(tr("Pro&ject:"));
    m_project->setAccessibleName(tr("Filter by project"));
    m_serviceLabel->setText(tr("Ser&vice:"));
    m_service->setAccessibleName(tr("Filter by service"));
    m_billableLabel->setText(tr("Bi&llable:"));
    m_billable->setAccessibleName(tr("Filter by billable state"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_close->setToolTip(tr("Close the filter"));
    m_close->setAccessibleName(tr("Close the filter"));
    fillBillable();
    if (m_masterData) {
        fillCustomers();
        fillProjects();
        fillServices();
    }
}

void EntryFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
