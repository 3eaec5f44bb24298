// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/traycontroller.h"

#include "core/session/settings.h"
#include "core/tracking/favouritetasks.h"
#include "core/tracking/offlineclock.h"
#include "core/tracking/recenttasks.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/tray/dbusmenurefresher.h"
#include "gui/tray/trayballoon.h"
#include "gui/tray/traycontextmenu.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>
#include <QWidget>

Q_LOGGING_CATEGORY(lcTray, "clockodo.gui.tray", QtInfoMsg)

TrayController::TrayController(StopwatchSession* session, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_tick(new QTimer(this))
    , m_trayCheck(new QTimer(this))
    , m_icons(QApplication::palette())
{
    m_trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::VeryCoarseTimer);
    connect(m_tick, &QTimer::timeout, this, &TrayController::updateNow);
    m_trayCheck->setInterval(TrayRecheckIntervalMs);
    m_trayCheck->setTimerType(Qt::VeryCoarseTimer);
    connect(m_trayCheck, &QTimer::timeout, this, &TrayController::checkTray);

    buildMenu();
    m_tray->setContextMenu(m_menu);
    new DBusMenuRefresher(m_menu, this); // Qt 6.4's SNI menu goes stale otherwise (see there)
    new TrayContextMenu(
        m_tray, m_menu, [this] { emit openWindowRequested(); }, this); // SNI ContextMenu (see there)
    m_menu->installEventFilter(this);
    connect(m_menu, &QMenu::aboutToShow, m_session, &StopwatchSession::refresh);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            emit toggleWindowRequested();
            m_session->refresh();
        }
    });

    Stopwatch* stopwatch = session->stopwatch();
    connect(stopwatch, &Stopwatch::stateChanged, this, &TrayController::updateNow);
    connect(session, &StopwatchSession::dataChanged, this, &TrayController::updateNow);
    connect(stopwatch, &Stopwatch::remoteChange, this,
            [this](Stopwatch::RemoteChange, const QString& message) { notify(message); });
    connect(stopwatch, &Stopwatch::actionSucceeded, this, [this](Stopwatch::Action action, const QString& message) {
        // One rule for every start of a task (a recent one, Continue, Start new…, a switch), the setting decides.
        const bool starts = action == Stopwatch::Action::Start || action == Stopwatch::Action::Switch
            || action == Stopwatch::Action::Continue;
        if (starts && (!m_settings || m_settings->notifyOnStart()))
            notify(message);
    });
    connect(stopwatch, &Stopwatch::actionFailed, this,
            [this](Stopwatch::Action, const ApiError&, const QString& message) {
                notify(message, QSystemTrayIcon::Warning);
            });
    connect(stopwatch, &Stopwatch::entryTruncated, this,
            [this](const Entry&, const QString& message) { notify(message, QSystemTrayIcon::Warning); });
    connect(stopwatch, &Stopwatch::correctionOverlapping, this,
            [this](const ClockCorrection::Result&, const QString& message) {
                if (!CorrectClockDialog::isOpen())
                    notify(message, QSystemTrayIcon::Warning);
            });
    if (m_settings) {
        connect(m_settings, &Settings::changed, this, [this](const QString& key) {
            if (key == Settings::Key::TodayTotalInTooltip)
                updateNow();
        });
    }

    retranslateUi();
}

TrayController::~TrayController()
{
    m_tray->hide();
    delete m_menu;
    delete m_balloon;
}

void TrayController::buildPinnedMenu()
{
    m_pinMenu = new QMenu(m_menu);
    const int count = FavouriteTasks::MaxTasks + MaxRecentInMenu + 1; // pinned, last, recent
    for (int i = 0; i < count; ++i) {
        QAction* action = m_pinMenu->addAction(QString(), this, [this, i] {
            if (i < m_pinToggleTasks.size())
                m_session->favourites()->toggle(m_pinToggleTasks.at(i));
        });
        action->setCheckable(true);
        action->setVisible(false);
        m_pinToggleActions.append(action);
    }
    m_menu->addMenu(m_pinMenu);
}

void TrayController::updatePinned(bool canChange)
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const FavouriteTasks* favourites = m_session->favourites();
    m_pinnedTasks = favourites->tasks();
    for (int i = 0; i < m_pinnedActions.size(); ++i) {
        QAction* action = m_pinnedActions.at(i);
        const bool used = i < m_pinnedTasks.size();
        //: a pinned task in the tray menu
        action->setText(used ? tr("★ %1").arg(menuText(stopwatch->describe(m_pinnedTasks.at(i)))) : QString());
        action->setVisible(used);
        action->setEnabled(used && canChange);
    }
    // What can be pinned or unpinned: the pinned tasks, the last one, the recent ones.
    m_pinToggleTasks = m_pinnedTasks;
    QList<Entry> candidates;
    if (const std::optional<Entry> last = stopwatch->lastTask())
        candidates.append(*last);
    candidates.append(m_recentTasks);
    for (const Entry& task : std::as_const(candidates)) {
        if (!favourites->isPinned(task) && m_pinToggleTasks.size() < m_pinToggleActions.size())
            m_pinToggleTasks.append(task);
    }
    for (int i = 0; i < m_pinToggleActions.size(); ++i) {
        QAction* action = m_pinToggleActions.at(i);
        const bool used = i < m_pinToggleTasks.size();
        const bool pinned = used && favourites->isPinned(m_pinToggleTasks.at(i));
        action->setText(used ? menuText(stopwatch->describe(m_pinToggleTasks.at(i))) : QString());
        action->setChecked(pinned);
        action->setVisible(used);
        action->setEnabled(used && (pinned || favourites->canPin(m_pinToggleTasks.at(i))));
    }
    // Without a confirmed account nothing can be pinned: no menu of disabled items.
    m_pinMenu->menuAction()->setVisible(favourites->isAvailable());
    m_pinMenu->menuAction()->setEnabled(!m_pinToggleTasks.isEmpty());
}

void TrayController::buildMenu()
{
    m_taskAction = m_menu->addAction(QString());
    m_taskAction->setEnabled(false);
    m_stopAction = m_menu->addAction(QString(), m_session->stopwatch(), &Stopwatch::stop);
    m_editAction = m_menu->addAction(QString(), this, &TrayController::openEditDialog);
    m_menu->addSeparator();
    for (int i = 0; i < FavouriteTasks::MaxTasks; ++i) {
        QAction* action = m_menu->addAction(QString(), this, [this, i] {
            if (i < m_pinnedTasks.size())
                m_session->stopwatch()->start(Stopwatch::startRequestFor(m_pinnedTasks.at(i)));
        });
        action->setVisible(false);
        m_pinnedActions.append(action);
    }
    m_continueAction = m_menu->addAction(QString(), m_session->stopwatch(), &Stopwatch::continueLast);
    for (int i = 0; i < MaxRecentInMenu; ++i) {
        QAction* action = m_menu->addAction(QString(), this, [this, i] {
            if (i < m_recentTasks.size())
                m_session->stopwatch()->startTask(m_recentTasks.at(i));
        });
        action->setVisible(false);
        m_recentActions.append(action);
    }
    m_startNewAction = m_menu->addAction(QString(), this, &TrayController::openStartDialog);
    buildPinnedMenu();
    m_menu->addSeparator();
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setEnabled(false);
    m_statusAction->setVisible(false);
    m_reconnectAction = m_menu->addAction(QString(), m_session, &StopwatchSession::refresh);
    m_reconnectAction->setVisible(false);
    m_waitingAction = m_menu->addAction(QString(), this, &TrayController::waitingViewRequested);
    m_waitingAction->setVisible(false);
    m_openAction = m_menu->addAction(QString(), this, &TrayController::openWindowRequested);
    m_settingsAction = m_menu->addAction(QString(), this, &TrayController::settingsRequested);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString(), this, [this] {
        prepareQuit();
        emit quitRequested();
    });
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setShortcutContext(Qt::WindowShortcut);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
}

void TrayController::retranslateUi()
{
    m_stopAction->setText(tr("Stop"));
    m_editAction->setText(tr("Edit running clock…"));
    m_startNewAction->setText(tr("Start new…"));
    m_pinMenu->setTitle(tr("Pin tasks"));
    m_reconnectAction->setText(tr("Reconnect now"));
    m_waitingAction->setText(tr("Waiting to upload…"));
    m_openAction->setText(tr("Open clockodo-desktop"));
    m_settingsAction->setText(tr("Settings…"));
    m_quitAction->setText(tr("Quit"));
    updateNow();
}

void TrayController::setDemo(bool demo)
{
    m_demo = demo;
    updateNow();
}

QString TrayController::menuText(const QString& text)
{
    constexpr int MaxLength = 64;
    QString shown = text.simplified();
    if (shown.size() > MaxLength)
        shown = shown.left(MaxLength - 1).trimmed() + QStringLiteral("…");
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return shown;
}

QList<Entry> TrayController::menuRecentTasks() const
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const std::optional<Entry> last = stopwatch->lastTask();
    QList<Entry> tasks;
    for (const Entry& task : m_session->recentTasks()->tasks()) {
        if (stopwatch->running() && RecentTasks::sameTask(task, *stopwatch->running()))
            continue;
        if (last && RecentTasks::sameTask(task, *last))
            continue;
        if (m_session->favourites()->isPinned(task))
            continue; // above already
        tasks.append(task);
        if (tasks.size() >= MaxRecentInMenu)
            break;
    }
    return tasks;
}

void TrayController::updateNow()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const bool running = stopwatch->isRunning();
    const Stopwatch::Connection connection = stopwatch->connection();
    const bool online = connection == Stopwatch::Connection::Online;
    // Offline the clock runs on this computer (OfflineClock): the actions stay.
    const bool canChange = (online || stopwatch->canWorkOffline()) && !stopwatch->isBusy();

    if (running) {
        m_taskAction->setText(tr("▶ %1 · %2", "elapsed · running task")
                                  .arg(Stopwatch::formatHoursMinutes(stopwatch->elapsedSeconds()),
                                       menuText(stopwatch->describe(*stopwatch->running()))));
    } else if (stopwatch->isKnown()) {
        m_taskAction->setText(tr("Not running"));
    } else {
        m_taskAction->setText(tr("Reading the clock…"));
    }
    m_stopAction->setVisible(running);
    m_stopAction->setEnabled(canChange);
    m_editAction->setVisible(running);
    m_editAction->setEnabled(canChange);

    const std::optional<Entry> last = stopwatch->lastTask();
    m_continueAction->setText(last ? tr("Continue “%1”").arg(menuText(stopwatch->describe(*last)))
                                   : tr("Continue last task"));
    m_continueAction->setEnabled(last && canChange);

    m_recentTasks = menuRecentTasks();
    for (int i = 0; i < m_recentActions.size(); ++i) {
        QAction* action = m_recentActions.at(i);
        const bool used = i < m_recentTasks.size();
        // An unused slot keeps no text: a hidden action must not carry a previous account's task name.
        action->setText(used ? menuText(stopwatch->describe(m_recentTasks.at(i))) : QString());
        action->setVisible(used);
        action->setEnabled(used && canChange);
    }
    m_startNewAction->setEnabled(canChange);
    updatePinned(canChange);

    QString status;
    switch (connection) {
    case Stopwatch::Connection::Offline:
        status = tr("Offline — retrying");
        break;
    case Stopwatch::Connection::RateLimited:
        status = tr("Clockodo asks to slow down — retrying later");
        break;
    case Stopwatch::Connection::ServerError:
        status = tr("Clockodo has a problem — retrying later");
        break;
    case Stopwatch::Connection::SignedOut:
        status = tr("Not signed in");
        break;
    case Stopwatch::Connection::Unknown:
    case Stopwatch::Connection::Online:
        break;
    }
    status = offlineStatus(status);
    m_statusAction->setText(status);
    m_statusAction->setVisible(!status.isEmpty());
    m_waitingAction->setVisible(m_session->offlineClock()->recordCount() > 0);
    m_reconnectAction->setVisible(!status.isEmpty() && connection != Stopwatch::Connection::SignedOut);

    const QString tip = toolTip();
    if (m_tray->toolTip() != tip)
        m_tray->setToolTip(tip);
    updateIcon();
    scheduleTick();

    if (!m_firstStateMarked && stopwatch->isKnown() && m_tray->isVisible()) {
        m_firstStateMarked = true;
        qCInfo(lcTray) << "the tray shows the clock state"; // bench/benchprobe.cpp times this line
    }
}

QString TrayController::offlineStatus(const QString& status) const
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const int waiting = m_session->offlineClock()->waitingCount();
    const bool away = !status.isEmpty() && stopwatch->connection() != Stopwatch::Connection::SignedOut;
    if (away && stopwatch->canWorkOffline()) {
        if (waiting > 0)
            return tr("Offline — %n record(s) waiting to upload", "", waiting);
        if (stopwatch->isRunningLocally())
            return tr("Offline — the clock runs on this computer");
    } else if (status.isEmpty() && waiting > 0) {
        return tr("%n record(s) waiting to upload", "", waiting);
    }
    return status;
}

QString TrayController::toolTip() const
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    QStringList lines;
    lines << (m_demo ? tr("clockodo-desktop — Demo") : tr("clockodo-desktop"));
    // The work-time line ("Today 6:12 of 8:00 h · Week …") replaces the day total: one "Today" in the tooltip.
    const bool today = (!m_settings || m_settings->todayTotalInTooltip()) && m_session->recentTasks()->isLoaded()
        && m_workTimeLine.isEmpty();
    const QString todayText
        = today ? tr("Today %1").arg(Stopwatch::formatHoursMinutes(m_session->todaySeconds())) : QString();
    if (stopwatch->isRunning()) {
        lines << stopwatch->describe(*stopwatch->running());
        QString line = tr("Running for %1").arg(Stopwatch::formatHoursMinutes(stopwatch->elapsedSeconds()));
        if (today)
            line += QStringLiteral(" · ") + todayText;
        lines << line;
    } else if (stopwatch->isKnown()) {
        lines << (today ? tr("Not running · %1").arg(todayText) : tr("Not running"));
    }
    if (!m_workTimeLine.isEmpty())
        lines << m_workTimeLine;
    if (!m_statusAction->text().isEmpty() && m_statusAction->isVisible())
        lines << m_statusAction->text();
    return lines.join(QLatin1Char('\n'));
}

void TrayController::updateIcon()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    TrayIconPainter::Look look;
    if (stopwatch->isRunning()) {
        look.state = TrayIconPainter::State::Running;
        look.customerColor = m_session->catalog()->customerColor(stopwatch->running()->customersId);
        // Whole minutes of the current hour, so the icon changes at most once a minute.
        const qint64 minutesOfHour = (stopwatch->elapsedSeconds() % 3600) / 60;
        look.hourProgress = double(minutesOfHour) / 60.0;
    }
    switch (stopwatch->connection()) {
    case Stopwatch::Connection::Offline:
    case Stopwatch::Connection::RateLimited:
        look.badge = TrayIconPainter::Badge::Offline;
        break;
    case Stopwatch::Connection::ServerError:
    case Stopwatch::Connection::SignedOut:
        look.badge = TrayIconPainter::Badge::Error;
        break;
    case Stopwatch::Connection::Unknown:
    case Stopwatch::Connection::Online:
        break;
    }
    m_look = look;
    m_attention.setLook(look);
    const QString key = look.key() + QLatin1Char('/') + m_icons.palette().color(QPalette::WindowText).name();
    if (key == m_iconKey)
        return;
    m_iconKey = key;
    m_tray->setIcon(m_icons.icon(look));
}

bool TrayController::isTicking() const
{
    return m_tick->isActive();
}

void TrayController::scheduleTick()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    if (!stopwatch->isRunning() || !m_tray->isVisible()) {
        m_tick->stop();
        return;
    }
    // The next full minute of the elapsed time (texts show hours and minutes).
    const qint64 toNextMinute = 60 - stopwatch->elapsedSeconds() % 60;
    m_tick->start(static_cast<int>(toNextMinute * 1000 + 250));
}

void TrayController::show()
{
    m_shown = true;
    if (!m_trayAvailable)
        m_trayAvailable = QSystemTrayIcon::isSystemTrayAvailable();
    if (m_trayAvailable) {
        m_trayCheck->stop();
        m_tray->show();
        updateNow();
        return;
    }
    qCInfo(lcTray) << "no system tray; checking again" << TrayRecheckCount << "times";
    m_trayChecks = 0;
    m_trayCheck->start();
}

void TrayController::checkTray()
{
    ++m_trayChecks;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayCheck->stop();
        m_trayAvailable = true;
        qCInfo(lcTray) << "a system tray appeared";
        if (m_shown) {
            m_tray->show();
            updateNow();
        }
        emit trayAvailabilityChanged(true);
        return;
    }
    if (m_trayChecks >= TrayRecheckCount)
        m_trayCheck->stop();
}

void TrayController::setMainWindow(QWidget* window)
{
    if (m_mainWindow)
        m_mainWindow->removeEventFilter(this);
    m_mainWindow = window;
    if (!window)
        return;
    window->installEventFilter(this);
    // Closing the window never quits, so Quit must be reachable from it too (Ctrl+Q; the window may also put
    // quitAction() into its menu).
    window->addAction(m_quitAction);
}

void TrayController::prepareQuit()
{
    m_quitting = true;
}

QString TrayController::missingTrayExplanation()
{
    return tr("clockodo-desktop found no system tray, so it keeps running in its window: closing the window "
              "minimises it, and Quit ends the app.\n\n"
              "On GNOME, install and enable the “AppIndicator and KStatusNotifierItem Support” extension "
              "(Debian and Ubuntu: package gnome-shell-extension-appindicator), log out and in again, and the "
              "stopwatch appears in the top bar.");
}

bool TrayController::explainMissingTrayOnce(QWidget* parent)
{
    if (m_trayAvailable || (m_settings && m_settings->trayHintShown()))
        return false;
    auto* box = new QMessageBox(QMessageBox::Information, tr("No system tray"), missingTrayExplanation(),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    if (m_settings)
        m_settings->setTrayHintShown(true);
    return true;
}

void TrayController::notify(const QString& message, QSystemTrayIcon::MessageIcon icon)
{
    if (message.isEmpty())
        return;
    emit noticed(message);
    if (!m_tray->isVisible() || !QSystemTrayIcon::supportsMessages())
        return;
    // Workaround for Qt 6.4's StatusNotifierItem (QDBusTrayIcon::showMessage, every SNI panel: swaybar, Plasma,
    // AppIndicator): while a message lasts, the panel shows the message's icon in place of the tray icon (Status
    // NeedsAttention, AttentionIcon), and that without a notification daemon too. An information message carries
    // the clock itself, so the panel keeps showing the clock just started; warnings keep their warning sign.
    updateIcon();
    // It follows the clock while the message lasts (TrayAttentionIcon).
    const QIcon shown = icon == QSystemTrayIcon::Information ? m_attention.icon() : messageIcon(icon);
    showMessage(m_demo ? tr("clockodo-desktop — Demo") : tr("clockodo-desktop"), message, shown, 10000);
    if (icon == QSystemTrayIcon::Information)
        m_attention.messageShown(10000);
}

void TrayController::showMessage(const QString& title, const QString& message, const QIcon& icon, int msecs)
{
    if (!showInBalloon(title, message, icon, msecs))
        m_tray->showMessage(title, message, icon, msecs);
}

void TrayController::showMessage(const QString& title, const QString& message, QSystemTrayIcon::MessageIcon icon,
                                 int msecs)
{
    if (!showInBalloon(title, message, messageIcon(icon), msecs))
        m_tray->showMessage(title, message, icon, msecs);
}

bool TrayController::showInBalloon(const QString& title, const QString& message, const QIcon& icon, int msecs)
{
    if (!TrayBalloon::replacesQtBalloon(m_tray))
        return false;
    if (!m_balloon) {
        m_balloon = new TrayBalloon;
        connect(m_balloon, &TrayBalloon::clicked, m_tray, &QSystemTrayIcon::messageClicked);
        connect(m_tray, &QSystemTrayIcon::activated, m_balloon, &QWidget::hide);
    }
    m_balloon->showMessage(icon, title, message, m_tray->geometry(), msecs);
    return true;
}

const QIcon& TrayController::messageIcon(QSystemTrayIcon::MessageIcon icon)
{
    auto it = m_messageIcons.find(int(icon));
    if (it == m_messageIcons.end()) {
        QIcon made;
        switch (icon) {
        case QSystemTrayIcon::Information:
            made = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            break;
        case QSystemTrayIcon::Warning:
            made = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            break;
        case QSystemTrayIcon::Critical:
            made = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
            break;
        case QSystemTrayIcon::NoIcon:
            break;
        }
        it = m_messageIcons.insert(int(icon), made);
    }
    return *it;
}

void TrayController::openStartDialog()
{
    QuickStartDialog::showFor(m_session, nullptr);
}

void TrayController::openEditDialog()
{
    CorrectClockDialog::showFor(m_session, nullptr);
}

bool TrayController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu) {
        if (event->type() == QEvent::LanguageChange) {
            retranslateUi();
        } else if (event->type() == QEvent::PaletteChange) {
            m_icons.setPalette(QApplication::palette());
            updateIcon();
        }
    } else if (watched == m_mainWindow && event->type() == QEvent::Close && !m_quitting) {
        // Closing the window never quits: into the tray, or minimised when there is none.
        event->ignore();
        if (m_trayAvailable && m_tray->isVisible())
            m_mainWindow->hide();
        else
            m_mainWindow->showMinimized();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
