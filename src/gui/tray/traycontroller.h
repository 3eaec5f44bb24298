// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tracking/stopwatch.h"
#include "gui/tray/trayattentionicon.h"
#include "gui/tray/trayiconcache.h"
#include "gui/tray/trayiconpainter.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QAction;
class QMenu;
class QTimer;
class Settings;
class StopwatchSession;
class TrayBalloon;

// The tray icon and its menu, over the shared StopwatchSession.
//
// Menu (built once; texts, enabled and visible states are updated in place because desktop shells mirror it over
// D-Bus): the running task with its elapsed time (a disabled label), Stop, Edit running clock…; the pinned tasks
// (FavouriteTasks, ★); Continue “last”; up to five recent tasks; Start new…; Pin tasks ▸ (check a recent task to
// pin it, uncheck a pinned one); (when offline: the state and Reconnect now); Open clockodo-desktop;
// Settings…; Quit. Elapsed texts, tooltip and the icon's hour arc change at most once a minute or when the state
// changes. Left click asks for the main window (toggleWindowRequested()); opening the menu or the window reads
// the clock again.
//
// Without a system tray (e.g. stock GNOME) the app keeps working in its window: isTrayAvailable() is false,
// closing the window attached with setMainWindow() minimises it instead of quitting, and
// explainMissingTrayOnce() tells the user once how to get a tray. A tray that appears later (login race) is
// picked up: trayAvailabilityChanged(true).
class TrayController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRecentInMenu = 5;
    static constexpr int TrayRecheckCount = 5;
    static constexpr int TrayRecheckIntervalMs = 5000;

    explicit TrayController(StopwatchSession* session, Settings* settings = nullptr, QObject* parent = nullptr);
    ~TrayController() override;

    // Demo mode: the tooltip says so.
    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }

    bool isTrayAvailable() const { return m_trayAvailable; }
    // Shows the icon when a tray exists; otherwise checks again a few times (a tray host may start after us).
    void show();

    // The main window: closing it hides it into the tray, or minimises it when there is no tray. The window's
    // stopwatch strip is expected to be a StopwatchWidget over the same session.
    void setMainWindow(QWidget* window);
    // Lets the main window close for real (Quit does this before quitRequested()).
    void prepareQuit();
    bool isQuitting() const { return m_quitting; }
    // Shows, once per user (Settings::trayHintShown), how to get a tray; non-modal. Returns whether it showed it.
    bool explainMissingTrayOnce(QWidget* parent = nullptr);
    static QString missingTrayExplanation();

    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu; }
    QAction* taskAction() const { return m_taskAction; }
    QAction* stopAction() const { return m_stopAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* continueAction() const { return m_continueAction; }
    const QList<QAction*>& recentActions() const { return m_recentActions; }
    // One per pinned task, above Continue (unused ones hidden).
    const QList<QAction*>& pinnedActions() const { return m_pinnedActions; }
    // "Pin tasks": checkable, one per pinned, last or recent task (unused ones hidden).
    QMenu* pinMenu() const { return m_pinMenu; }
    const QList<QAction*>& pinToggleActions() const { return m_pinToggleActions; }
    QAction* startNewAction() const { return m_startNewAction; }
    QAction* statusAction() const { return m_statusAction; }
    QAction* reconnectAction() const { return m_reconnectAction; }
    // "Waiting to upload…": shown while the offline journal holds records (waitingViewRequested()).
    QAction* waitingAction() const { return m_waitingAction; }
    QAction* openAction() const { return m_openAction; }
    QAction* settingsAction() const { return m_settingsAction; }
    QAction* quitAction() const { return m_quitAction; }
    TrayIconPainter::Look look() const { return m_look; }
    // The rendered icons (each look and size once).
    const TrayIconCache& iconCache() const { return m_icons; }
    const TrayAttentionIcon& attentionIcon() const { return m_attention; }
    QString toolTip() const;
    // A line of the work-time picture (WorkTimeTray) for the tooltip; empty: none.
    void setWorkTimeLine(const QString& line) { m_workTimeLine = line; }
    // Whether the once-a-minute update is scheduled (only while running and the icon is shown).
    bool isTicking() const;
    // A tray message: where Qt would show its own balloon (an XEmbed tray, TrayBalloon::replacesQtBalloon()) in the
    // one TrayBalloon, whose click emits trayIcon()->messageClicked(); elsewhere QSystemTrayIcon::showMessage.
    void showMessage(const QString& title, const QString& message, const QIcon& icon, int msecs);
    void showMessage(const QString& title, const QString& message, QSystemTrayIcon::MessageIcon icon, int msecs);
    // The popup of the XEmbed tray; null until its first message.
    TrayBalloon* balloon() const { return m_balloon; }

public slots:
    // Texts, enabled states, tooltip and icon from the current state.
    void updateNow();
    void openStartDialog();
    void openEditDialog();

signals:
    void toggleWindowRequested();
    void openWindowRequested();
    void settingsRequested();
    void quitRequested();
    void trayAvailabilityChanged(bool available);
    // Something the user should learn about (also shown as a notification when a tray exists).
    void noticed(const QString& message);
    // The user asked for the "Waiting to upload" view.
    void waitingViewRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenu();
    void retranslateUi();
    void updateIcon();
    void scheduleTick();
    void checkTray();
    void notify(const QString& message, QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);
    const QIcon& messageIcon(QSystemTrayIcon::MessageIcon icon);
    bool showInBalloon(const QString& title, const QString& message, const QIcon& icon, int msecs);
    QList<Entry> menuRecentTasks() const;
    void buildPinnedMenu();
    void updatePinned(bool canChange);
    // The connection's status line with what the offline journal holds ("Offline — 2 records waiting to upload").
    QString offlineStatus(const QString& status) const;
    static QString menuText(const QString& text);

    StopwatchSession* m_session = nullptr;
    QPointer<Settings> m_settings;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_taskAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_continueAction = nullptr;
    QList<QAction*> m_recentActions;
    QList<Entry> m_recentTasks; // what the recent actions start
    QList<QAction*> m_pinnedActions;
    QList<Entry> m_pinnedTasks; // what the pinned actions start
    QMenu* m_pinMenu = nullptr;
    QList<QAction*> m_pinToggleActions;
    QList<Entry> m_pinToggleTasks; // what the pin toggles pin or unpin
    // One icon per message kind for all notifications: Qt's MessageIcon overload makes a new QIcon each time, and
    // each new icon leaves its own pixmaps in QPixmapCache (issue 16).
    QHash<int, QIcon> m_messageIcons;
    QAction* m_startNewAction = nullptr;
    QAction* m_statusAction = nullptr;
    QAction* m_reconnectAction = nullptr;
    QAction* m_waitingAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QTimer* m_tick = nullptr;
    QTimer* m_trayCheck = nullptr;
    int m_trayChecks = 0;
    TrayIconCache m_icons;
    TrayIconPainter::Look m_look;
    QString m_iconKey;
    QPointer<QWidget> m_mainWindow;
    bool m_trayAvailable = false;
    bool m_shown = false;
    bool m_demo = false;
    bool m_quitting = false;
    bool m_firstStateMarked = false;
    QString m_workTimeLine;
    TrayAttentionIcon m_attention { m_icons }; // the clock in a message's place on SNI panels (see there)
    TrayBalloon* m_balloon = nullptr; // made on the first message of an XEmbed tray; a top level, deleted with us
};
