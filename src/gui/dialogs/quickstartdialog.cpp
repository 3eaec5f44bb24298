// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/quickstartdialog.h"

#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/widgets/taskpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

QPointer<QuickStartDialog> QuickStartDialog::s_open;

QuickStartDialog::QuickStartDialog(StopwatchSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_picker(new TaskPicker(session->catalog(), this))
    , m_intro(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_startButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setDefault(true);
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_picker);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuickStartDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuickStartDialog::reject);
    connect(m_picker, &TaskPicker::changed, this, &QuickStartDialog::updateState);

    Stopwatch* stopwatch = session->stopwatch();
    connect(stopwatch, &Stopwatch::stateChanged, this, &QuickStartDialog::updateState);
    connect(stopwatch, &Stopwatch::actionSucceeded, this, [this](Stopwatch::Action action, const QString& message) {
        if (action == Stopwatch::Action::Start || action == Stopwatch::Action::Switch)
            finishAction(true, message);
    });
    connect(stopwatch, &Stopwatch::actionFailed, this,
            [this](Stopwatch::Action action, const ApiError&, const QString& message) {
                if (action == Stopwatch::Action::Start || action == Stopwatch::Action::Switch)
                    finishAction(false, message);
            });

    // Start from the last task: one Enter continues it, a few keystrokes change it.
    if (const std::optional<Entry> last = stopwatch->lastTask())
        m_picker->setTask(*last);
    QStringList texts;
    for (const Entry& task : session->recentTasks()->tasks()) {
        if (!task.text.isEmpty() && !texts.contains(task.text))
            texts.append(task.text);
    }
    m_picker->setTextSuggestions(texts);

    retranslateUi();
    updateState();
    m_picker->customerBox()->setFocus();
}

QuickStartDialog* QuickStartDialog::showFor(StopwatchSession* session, QWidget* parent)
{
    if (!s_open) {
        s_open = new QuickStartDialog(session, parent);
        s_open->setAttribute(Qt::WA_DeleteOnClose);
    }
    s_open->show();
    s_open->raise();
    s_open->activateWindow();
    return s_open;
}

void QuickStartDialog::retranslateUi()
{
    const bool running = m_session->stopwatch()->isRunning();
    setWindowTitle(running ? tr("Switch task") : tr("Start new task"));
    m_startButton->setText(running ? tr("S&witch") : tr("S&tart"));
    if (running) {
        m_intro->setText(tr("Now running: %1. Starting another task stops it.")
                             .arg(m_session->stopwatch()->describe(*m_session->stopwatch()->running())));
    } else {
        m_intro->setText(tr("Start the clock on:"));
    }
}

void QuickStartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void QuickStartDialog::updateState()
{
    if (!m_waiting)
        retranslateUi();
    const QString problem = m_picker->problem();
    if (!m_waiting)
        m_problem->setText(problem);
    m_startButton->setEnabled(!m_waiting && problem.isEmpty() && !m_session->stopwatch()->isBusy());
}

void QuickStartDialog::accept()
{
    if (!m_picker->isComplete() || m_waiting)
        return;
    ClockStartRequest request;
    request.customersId = m_picker->customerId();
    request.projectsId = m_picker->projectId();
    request.servicesId = m_picker->serviceId();
    request.text = m_picker->text();
    request.billable = m_picker->billable();
    m_waiting = true;
    m_problem->setText(tr("Starting…"));
    m_picker->setEnabled(false);
    updateState();
    m_session->stopwatch()->start(request);
}

void QuickStartDialog::finishAction(bool ok, const QString& message)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_picker->setEnabled(true);
    if (ok) {
        QDialog::accept();
        return;
    }
    m_problem->setText(message);
    updateState();
    m_problem->setText(message);
}
