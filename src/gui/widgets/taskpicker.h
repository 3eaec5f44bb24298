// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QWidget>

#include <optional>

class Clock;
class TaskCatalog;
class TypingPause;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Customer → project → service pickers (searchable: typing "bäck" finds "Bäckerei Sonnenschein"), description
// and billable, for the start and correction dialogs. Choosing a customer narrows the projects; the services
// respect the project's or customer's assignments; billable follows the project's or customer's default until
// the user sets it.
class TaskPicker : public QWidget
{
    Q_OBJECT
public:
    explicit TaskPicker(TaskCatalog* catalog, QWidget* parent = nullptr);

    // Selects the entry's customer, project, service, description and billable.
    void setTask(const Entry& task);
    // Suggestions for the description field.
    void setTextSuggestions(const QStringList& texts);

    qint64 customerId() const;
    std::optional<qint64> projectId() const;
    qint64 serviceId() const;
    QString text() const;
    int billable() const;
    // The picked task applied to `base` (customer, project, service, text, billable).
    Entry applyTo(Entry base) const;

    bool isComplete() const { return problem().isEmpty(); }
    // Why the task cannot be used yet (translated), or an empty string.
    QString problem() const;
    // problem() as the form shows it: empty while the user types in a picker (until they leave it or pause).
    QString shownProblem() const;
    // The clock the typing pause is measured on (default: the system's).
    void setClock(Clock* clock);
    TypingPause* typingPause() const { return m_typing; }

    QComboBox* customerBox() const { return m_customer; }
    QComboBox* projectBox() const { return m_project; }
    QComboBox* serviceBox() const { return m_service; }
    QLineEdit* textEdit() const { return m_text; }
    QCheckBox* billableBox() const { return m_billable; }
    QFormLayout* formLayout() const { return m_form; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillCustomers();
    void fillProjects();
    void fillServices();
    void applyBillableDefault();
    void retranslateUi();
    static qint64 selectedId(const QComboBox* box);
    static void select(QComboBox* box, qint64 id);
    static void makeSearchable(QComboBox* box);

    TaskCatalog* m_data = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_customer = nullptr;
    QComboBox* m_project = nullptr;
    QComboBox* m_service = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_billable = nullptr;
    QLabel* m_customerLabel = nullptr;
    QLabel* m_projectLabel = nullptr;
    QLabel* m_serviceLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    TypingPause* m_typing = nullptr;
    bool m_billableTouched = false;
    bool m_filling = false;
};
