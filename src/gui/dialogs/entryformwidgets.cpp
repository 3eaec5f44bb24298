// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/entryformwidgets.h"

#include "gui/widgets/pickercombobox.h"
#include "ui_entryeditdialog.h"

#include <QCoreApplication>
#include <QStyle>

#include <algorithm>

using Field = EntryDraft::Field;

Entry::Type EntryFormWidgets::entryType() const
{
    return static_cast<Entry::Type>(std::clamp(m_ui->typeComboBox->currentIndex() + 1, 1, 3));
}

EntryDraft::Input EntryFormWidgets::input(qint64 userId) const
{
    const Ui::EntryEditDialog* ui = m_ui;
    EntryDraft::Input in;
    in.type = entryType();
    in.date = ui->dateEdit->date();
    in.start = ui->startLineEdit->text();
    in.end = ui->endLineEdit->text();
    in.nextDay = ui->nextDayCheckBox->isChecked();
    in.duration = ui->durationLineEdit->text();
    in.customerId = ui->customerComboBox->currentId();
    in.customerText = ui->customerComboBox->currentText();
    in.projectId = ui->projectComboBox->currentId();
    in.serviceId = ui->serviceComboBox->currentId();
    in.serviceText = ui->serviceComboBox->currentText();
    in.lumpSumServiceId = ui->lumpSumServiceComboBox->currentId();
    in.lumpSumServiceText = ui->lumpSumServiceComboBox->currentText();
    in.quantity = ui->quantityLineEdit->text();
    in.amount = ui->amountLineEdit->text();
    in.description = ui->descriptionLineEdit->text();
    in.billable = ui->billableComboBox->currentIndex();
    in.userId = userId;
    return in;
}

QLabel* EntryFormWidgets::errorLabel(Field field) const
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

QWidget* EntryFormWidgets::fieldWidget(Field field) const
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
    Q_UNREACHABLE(); // every Field has its widget
    return nullptr;
}

void EntryFormWidgets::updatePlaceholders()
{
    m_ui->customerComboBox->setPlaceholder(QCoreApplication::translate("EntryEditDialog", "Type to search…"));
    m_ui->projectComboBox->setPlaceholder(QCoreApplication::translate("EntryEditDialog", "No project"));
    m_ui->serviceComboBox->setPlaceholder(QCoreApplication::translate("EntryEditDialog", "Type to search…"));
    m_ui->lumpSumServiceComboBox->setPlaceholder(QCoreApplication::translate("EntryEditDialog", "Type to search…"));
}

void EntryFormWidgets::updateTimePlaceholders(bool running)
{
    //: placeholder of the end and duration fields while the clock runs (the entry is still running)
    m_ui->endLineEdit->setPlaceholderText(running
                                              ? QCoreApplication::translate("EntryEditDialog", "running")
                                              : QCoreApplication::translate("EntryEditDialog", "e.g. 17:00 or +1h"));
    m_ui->durationLineEdit->setPlaceholderText(
        running ? QCoreApplication::translate("EntryEditDialog", "running")
                : QCoreApplication::translate("EntryEditDialog", "e.g. 1:15, 1.25h or 75m"));
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
