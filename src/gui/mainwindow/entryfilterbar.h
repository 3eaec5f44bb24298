// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/entryfilterproxymodel.h"
#include "models/masterdata.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// The filter row above the entry table (Ctrl+F): free text, customer, project, service and billable state. It only
// sets the EntryFilterProxyModel; the window reloads when a filter that goes to the server changed.
class EntryFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EntryFilterBar(QWidget* parent = nullptr);

    void setModels(EntryFilterProxyModel* proxy, MasterData* masterData);
    QLineEdit* textEdit() const { return m_text; }
    QComboBox* customerComboBox() const { return m_customer; }
    QComboBox* projectComboBox() const { return m_project; }
    QComboBox* serviceComboBox() const { return m_service; }
    QComboBox* billableComboBox() const { return m_billable; }

public slots:
    void focusText();
    void clearFilters();

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillCustomers();
    void fillProjects();
    void fillServices();
    void fillBillable();
    void applyCombos();
    void retranslate();

    QPointer<EntryFilterProxyModel> m_proxy;
    QPointer<MasterData> m_masterData;
    QLineEdit* m_text = nullptr;
    QLabel* m_customerLabel = nullptr;
    QComboBox* m_customer = nullptr;
    QLabel* m_projectLabel = nullptr;
    QComboBox* m_project = nullptr;
    QLabel* m_serviceLabel = nullptr;
    QComboBox* m_service = nullptr;
    QLabel* m_billableLabel = nullptr;
    QComboBox* m_billable = nullptr;
    QToolButton* m_clear = nullptr;
    QToolButton* m_close = nullptr;
    bool m_filling = false;
};
