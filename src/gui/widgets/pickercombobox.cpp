// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/pickercombobox.h"

#include "gui/widgets/foldingcompleter.h"
#include "models/pickerfilterproxymodel.h"
#include "models/textfolding.h"

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
    // Typing part of a name and pressing Enter picks the first match ("bäck" → "Bäckerei Sonnenschein");
    // leaving the field picks it only when it is the one match.
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] { resolveTypedText(false); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] { resolveTypedText(true); });
}

void PickerComboBox::resolveTypedText(bool onlyUnique)
{
    const QString text = currentText().trimmed();
    if (text.isEmpty() || !m_model || currentId() != NoMatch)
        return;
    int first = -1;
    int matches = 0;
    for (int row = 0; row < count(); ++row) {
        if (TextFolding::contains(itemText(row), text)) {
            if (first < 0)
                first = row;
            ++matches;
        }
    }
    if (first >= 0 && (matches == 1 || !onlyUnique)) {
        setCurrentIndex(first);
        setEditText(itemText(first));
        checkId();
    }
}

void PickerComboBox::setPickerModel(PickerFilterProxyModel* model)
{
    m_model = model;
    setModel(model);
    auto* completer = new FoldingCompleter(model, this);
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
