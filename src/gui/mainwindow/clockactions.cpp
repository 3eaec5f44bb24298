// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/clockactions.h"

#include "core/tracking/favouritetasks.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

ClockActions::ClockActions(StopwatchSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_startStop(new QAction(this))
    , m_switch(new QAction(this))
    , m_continue(new QAction(this))
    , m_rowSeparator(new QAction(this))
    , m_continueRow(new QAction(this))
    , m_pinRow(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("clockMenu"));
    m_startStop->setObjectName(QStringLiteral("startStopAction"));
    m_switch->setObjectName(QStringLiteral("switchTaskAction"));
    m_continue->setObjectName(QStringLiteral("continueLastAction"));
    m_continueRow->setObjectName(QStringLiteral("continueRowAction"));
    m_pinRow->setObjectName(QStringLiteral("pinRowAction"));
    // Ctrl with a letter that no text field uses; Shift for the two that follow from it.
    m_startStop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_switch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_continue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_rowSeparator->setSeparator(true);
    m_menu->addActions({ m_startStop, m_switch, m_continue });

    connect(m_startStop, &QAction::triggered, this, &ClockActions::startOrStop);
    connect(m_switch, &QAction::triggered, this, [this] { QuickStartDialog::showFor(m_session, m_window); });
    connect(m_continue, &QAction::triggered, m_session->stopwatch(), &Stopwatch::continueLast);
    connect(m_continueRow, &QAction::triggered, this, &ClockActions::continueRow);
    connect(m_pinRow, &QAction::triggered, this, [this] {
        if (m_row)
            m_session->favourites()->toggle(*m_row);
    });
    connect(m_session->stopwatch(), &Stopwatch::stateChanged, this, &ClockActions::update);
    connect(m_session, &StopwatchSession::dataChanged, this, &ClockActions::update);
    retranslate();
}

QList<QAction*> ClockActions::windowActions() const
{
    return { m_startStop, m_switch, m_continue };
}

QList<QAction*> ClockActions::rowActions() const
{
    return { m_rowSeparator, m_continueRow, m_pinRow };
}

void ClockActions::setRowEntry(const std::optional<Entry>& entry)
{
    m_row = entry && entry->type == Entry::Type::Time && entry->customersId > 0 ? entry : std::nullopt;
    update();
}

void ClockActions::retranslate()
{
    m_menu->setTitle(tr("&Clock"));
    m_switch->setText(tr("S&witch task…"));
    m_continueRow->setText(tr("C&ontinue this task"));
    update();
}

void ClockActions::update()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const bool running = stopwatch->isRunning();
    const bool online = stopwatch->connection() == Stopwatch::Connection::Online;
    const bool canChange = online && !stopwatch->isBusy();
    m_startStop->setText(running ? tr("&Stop the clock") : tr("&Start the clock…"));
    m_startStop->setEnabled(!stopwatch->isBusy() && (online || !running));
    m_switch->setEnabled(running && canChange);
    const std::optional<Entry> last = stopwatch->lastTask();
    m_continue->setText(tr("&Continue last task"));
    m_continue->setEnabled(last.has_value() && canChange);
    m_continueRow->setEnabled(m_row.has_value() && canChange);
    const FavouriteTasks* favourites = m_session->favourites();
    const bool pinned = m_row && favourites->isPinned(*m_row);
    m_pinRow->setText(pinned ? tr("&Unpin this task") : tr("&Pin this task to the tray menu"));
    m_pinRow->setEnabled(m_row && (pinned || favourites->canPin(*m_row)));
    for (QAction* action : { m_startStop, m_switch, m_continue })
        ShortcutsDialog::applyToolTip(action);
}

void ClockActions::startOrStop()
{
    Stopwatch* stopwatch = m_session->stopwatch();
    if (stopwatch->isRunning())
        stopwatch->stop();
    else
        QuickStartDialog::showFor(m_session, m_window);
}

void ClockActions::continueRow()
{
    if (m_row)
        m_session->stopwatch()->start(Stopwatch::startRequestFor(*m_row));
}
