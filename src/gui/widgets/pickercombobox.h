// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class PickerFilterProxyModel;

// A searchable picker for customers, projects, services and lump-sum services: an editable combo box over a
// PickerFilterProxyModel whose completer matches anywhere in the name, ignoring case and accents (FoldingCompleter:
// "bäck" finds "Bäckerei Sonnenschein", "lumiere" finds "Atelier Lumière"). The value is an id: 0 when the field is
// empty, -1 when the typed text names nothing.
class PickerComboBox : public QComboBox
{
    Q_OBJECT
public:
    static constexpr qint64 NoMatch = -1;

    explicit PickerComboBox(QWidget* parent = nullptr);

    void setPickerModel(PickerFilterProxyModel* model);
    PickerFilterProxyModel* pickerModel() const { return m_model; }

    qint64 currentId() const;
    // Selects the item with that id; 0 (or an id the model does not offer) empties the field.
    void setCurrentId(qint64 id);
    bool isBlank() const;
    // Shown while the field is empty. Also keeps QComboBox from choosing the first item by itself when the
    // filtered list fills up.
    void setPlaceholder(const QString& text);

signals:
    void currentIdChanged(qint64 id);

private:
    void checkId();
    void resolveTypedText(bool onlyUnique);

    PickerFilterProxyModel* m_model = nullptr;
    qint64 m_lastId = 0;
};
