// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/quickstartdialog.h"

#include "core/tracking/favouritetasks.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/widgets/taskpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

QPointer<QuickStartDialog> QuickStartDialog::s_open;

QuickStartDialog::QuickStartDialog(StopwatchSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_picker(new TaskPicker(session->catalog(), this))
    , m_intro(new QLabel(this))
    , m_recentLabel(new QLabel(this))
    , m_recentList(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_startButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_startButton->setDefault(true);
    m_intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_picker->setClock(session->clock());

    m_recentLabel->setBuddy(m_recentList);
    m_recentLabel->setWordWrap(true);
    m_recentList->setObjectName(QStringLiteral("quickTaskList"));
    m_recentList->setContextMenuPolicy(Qt::CustomContextMenu);
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setTextElideMode(Qt::ElideRight);
    m_recentList->installEventFilter(this);
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { startQuickTask(m_recentList->row(item)); });
    connect(m_recentList, &QListWidget::customContextMenuRequested, this, &QuickStartDialog::showQuickMenu);
    for (int i = 0; i < MaxQuickTasks; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { startQuickTask(i); });
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recentList);
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
    fillQuickTasks();
    connect(session, &StopwatchSession::dataChanged, this, &QuickStartDialog::fillQuickTasks);

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
    m_recentLabel->setText(tr("Pinned and &recent tasks (Alt+1 to Alt+%1 starts one at once):").arg(MaxQuickTasks));
    m_recentList->setAccessibleName(tr("Pinned and recent tasks"));
}

void QuickStartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillQuickTasks();
    }
    QDialog::changeEvent(event);
}

void QuickStartDialog::updateState()
{
    if (!m_waiting)
        retranslateUi();
    const QString problem = m_picker->problem();
    if (!m_waiting)
        m_problem->setText(m_picker->shownProblem());
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
    startRequest(request);
}

void QuickStartDialog::startQuickTask(int index)
{
    if (m_waiting || index < 0 || index >= m_quickTasks.size() || m_session->stopwatch()->isBusy())
        return;
    const Entry task = m_quickTasks.at(index);
    m_picker->setTask(task); // what starts is in view while the server answers
    startRequest(Stopwatch::startRequestFor(task));
}

void QuickStartDialog::togglePinned(int index)
{
    if (index >= 0 && index < m_quickTasks.size())
        m_session->favourites()->toggle(m_quickTasks.at(index));
}

void QuickStartDialog::fillQuickTasks()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const FavouriteTasks* favourites = m_session->favourites();
    QList<Entry> tasks = favourites->tasks();
    for (const Entry& task : m_session->recentTasks()->tasks()) {
        if (tasks.size() >= MaxQuickTasks)
            break;
        if (favourites->isPinned(task) || (stopwatch->running() && RecentTasks::sameTask(task, *stopwatch->running())))
            continue;
        tasks.append(task);
    }
    const int current = m_recentList->currentRow();
    m_quickTasks = tasks;
    m_recentList->clear();
    for (int i = 0; i < tasks.size(); ++i) {
        const QString name = stopwatch->describe(tasks.at(i));
        //: a line of the start dialog's list: %1 the number (Alt+%1 starts it), %2 the task
        const QString text = favourites->isPinned(tasks.at(i)) ? tr("%1   ★ %2").arg(i + 1).arg(name)
                                                               : tr("%1   %2").arg(i + 1).arg(name);
        m_recentList->addItem(text);
        // A long line ends in "…" (whole in its tooltip) instead of widening the list past the dialog: the item asks
        // for no width, so the list gives it its own.
        QListWidgetItem* item = m_recentList->item(i);
        item->setToolTip(text);
        item->setSizeHint(QSize(1, m_recentList->sizeHintForRow(i)));
    }
    m_recentList->setCurrentRow(std::min(std::max(current, 0), int(tasks.size()) - 1));
    m_recentLabel->setVisible(!tasks.isEmpty());
    m_recentList->setVisible(!tasks.isEmpty());
    // As tall as its lines, no taller.
    const int rows = std::max<int>(1, int(tasks.size()));
    m_recentList->setFixedHeight(m_recentList->sizeHintForRow(0) * rows + 2 * m_recentList->frameWidth() + 2);
}

void QuickStartDialog::showQuickMenu(const QPoint& pos)
{
    const int row
        = m_recentList->indexAt(pos).isValid() ? m_recentList->indexAt(pos).row() : m_recentList->currentRow();
    if (row < 0 || row >= m_quickTasks.size())
        return;
    const Entry task = m_quickTasks.at(row);
    FavouriteTasks* favourites = m_session->favourites();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* start = menu->addAction(tr("&Start this task"), this, [this, row] { startQuickTask(row); });
    start->setEnabled(!m_waiting);
    QAction* pin = menu->addAction(favourites->isPinned(task) ? tr("&Unpin") : tr("&Pin to the top"), this,
                                   [this, row] { togglePinned(row); });
    pin->setEnabled(favourites->isPinned(task) || favourites->canPin(task));
    menu->popup(m_recentList->viewport()->mapToGlobal(pos));
}

bool QuickStartDialog::eventFilter(QObject* watched, QEvent* event)
{
    // In the list, the digit alone starts the task of that number.
    if (watched == m_recentList && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            startQuickTask(key->key() - Qt::Key_1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void QuickStartDialog::startRequest(const ClockStartRequest& request)
{
    m_waiting = true;
    m_problem->setText(tr("Starting…"));
    m_picker->setEnabled(false);
    m_recentList->setEnabled(false);
    updateState();
    m_session->stopwatch()->start(request);
}

void QuickStartDialog::finishAction(bool ok, const QString& message)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_picker->setEnabled(true);
    m_recentList->setEnabled(true);
    if (ok) {
        QDialog::accept();
        return;
    }
    m_problem->setText(message);
    updateState();
    m_problem->setText(message);
}
