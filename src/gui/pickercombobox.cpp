// SPDX-License-Identifier: GPL-3.0-or-later
#include "pickercombobox.h"

#include "pickerfilterproxymodel.h"

#include <QCompleter>
#include <QLineEdit>

PickerComboBox::PickerComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    setPlaceholder(QString());
    connect(this, &QComboBox::currentIndexChanged, this, &PickerComboBox::checkId);
    connect(this, &QComboBox::editTextChanged, this, &PickerComboBox::checkId);
}

void PickerComboBox::setPickerModel(PickerFilterProxyModel* model)
{
    m_model = model;
    setModel(model);
    auto* completer = new QCompleter(model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setCurrentId(0);
}

qint64 PickerComboBox::currentId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    if (!m_model)
        return NoMatch;
    const int current = currentIndex();
    if (current >= 0 && itemText(current).compare(text, Qt::CaseInsensitive) == 0)
        return m_model->idAt(current);
    const int row = findText(text, Qt::MatchFixedString);
    return row >= 0 ? m_model->idAt(row) : NoMatch;
}

void PickerComboBox::setCurrentId(qint64 id)
{
    const int row = m_model && id > 0 ? m_model->rowOfId(id) : -1;
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
    checkId();
}

void PickerComboBox::setPlaceholder(const QString& text)
{
    setPlaceholderText(text.isEmpty() ? QStringLiteral(" ") : text);
    lineEdit()->setPlaceholderText(text);
}

bool PickerComboBox::isBlank() const
{
    return currentText().trimmed().isEmpty();
}

void PickerComboBox::checkId()
{
    const qint64 id = currentId();
    if (id == m_lastId)
        return;
    m_lastId = id;
    emit currentIdChanged(id);
}
