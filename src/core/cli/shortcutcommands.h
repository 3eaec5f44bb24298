// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/platform/globalshortcutsportal.h"

#include <QDBusConnection>
#include <QObject>

class StopwatchSession;

// The global shortcuts (issue 17): where the desktop has the GlobalShortcuts portal, "toggle" (start the last task
// or stop the clock), "start-last" (start the most recent task) and "stop" are bound there, and a pressed shortcut
// runs the very command the command line sends (clockodo-desktop --toggle / --start 1 / --stop) through
// CommandRunner. Without the portal nothing happens (bind the command line in the desktop's settings instead).
// After a language switch the descriptions are bound again in the new language (the desktop lists them).
class ShortcutCommands : public QObject
{
    Q_OBJECT
public:
    static const QString ToggleId;
    static const QString StartLastId;
    static const QString StopId;

    explicit ShortcutCommands(StopwatchSession* session, const QDBusConnection& bus = QDBusConnection::sessionBus(),
                              QObject* parent = nullptr);

    GlobalShortcutsPortal* portal() const { return m_portal; }
    // The shortcuts as bound, descriptions in the current language.
    static QList<GlobalShortcutsPortal::Shortcut> shortcuts();

signals:
    // A shortcut's command ended (exitCode and output as the command line would print them).
    void commandFinished(const QString& id, int exitCode, const QString& output);

protected:
    // QEvent::LanguageChange on the application (a language switch): the descriptions go to the portal again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void run(const QString& id);

    StopwatchSession* m_session = nullptr;
    GlobalShortcutsPortal* m_portal = nullptr;
    bool m_rebindScheduled = false;
};
