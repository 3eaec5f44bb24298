// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/shortcutcommands.h"

#include "core/cli/commandrunner.h"
#include "core/tracking/stopwatchsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

const QString ShortcutCommands::ToggleId = QStringLiteral("toggle");
const QString ShortcutCommands::StartLastId = QStringLiteral("start-last");
const QString ShortcutCommands::StopId = QStringLiteral("stop");

ShortcutCommands::ShortcutCommands(StopwatchSession* session, const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_portal(new GlobalShortcutsPortal(bus, this))
{
    connect(m_portal, &GlobalShortcutsPortal::activated, this, &ShortcutCommands::run);
    m_portal->bind(shortcuts());
    // QCoreApplication::installTranslator sends LanguageChange to the application object only (QApplication passes
    // it on to widgets, not to other objects); a switch installs several translators: one re-bind for all of them.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

bool ShortcutCommands::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && !m_rebindScheduled) {
        m_rebindScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_rebindScheduled = false;
            m_portal->updateShortcuts(shortcuts());
        });
    }
    return QObject::eventFilter(watched, event);
}

QList<GlobalShortcutsPortal::Shortcut> ShortcutCommands::shortcuts()
{
    return {
        { ToggleId, tr("Start or stop the Clockodo clock"), QString() },
        { StartLastId, tr("Start the most recent Clockodo task"), QString() },
        { StopId, tr("Stop the Clockodo clock"), QString() },
    };
}

void ShortcutCommands::run(const QString& id)
{
    CommandRunner::Command command;
    if (id == ToggleId) {
        command.kind = CommandRunner::Command::Kind::Toggle;
    } else if (id == StartLastId) {
        command.kind = CommandRunner::Command::Kind::Start;
        command.recentIndex = 1;
    } else if (id == StopId) {
        command.kind = CommandRunner::Command::Kind::Stop;
    } else {
        return;
    }
    auto* runner = new CommandRunner(m_session, this);
    connect(runner, &CommandRunner::finished, this, [this, id, runner](int exitCode, const QString& output) {
        emit commandFinished(id, exitCode, output);
        runner->deleteLater();
    });
    runner->run(command);
}
