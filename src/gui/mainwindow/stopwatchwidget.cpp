// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/stopwatchwidget.h"

#include "core/tracking/offlineclock.h"
#include "core/tracking/stopwatchsession.h"
#include "core/tracking/taskcatalog.h"
#include "gui/dialogs/correctclockdialog.h"
#include "gui/dialogs/quickstartdialog.h"
#include "gui/tray/trayiconpainter.h"
#include "gui/widgets/elidedlabel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

StopwatchWidget::StopwatchWidget(StopwatchSession* session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_startStop(new QPushButton(this))
    , m_colorDot(new QLabel(this))
    , m_task(new QLabel(this))
    , m_text(new ElidedLabel(this)) // a long description ends in "…" (whole in its tooltip)
    , m_elapsed(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_switch(new QPushButton(this))
    , m_notice(new ElidedLabel(this))
    , m_waiting(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("stopwatchStrip"));
    QFont taskFont = m_task->font();
    taskFont.setBold(true);
    m_task->setFont(taskFont);
    m_task->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_task->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont clockFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clockFont.setPointSizeF(m_elapsed->font().pointSizeF() * 1.6);
    m_elapsed->setFont(clockFont);
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // A long notice is cut with "…" and shows whole in its tooltip. The Edit and Switch buttons, which only a running
    // clock has, keep their room when hidden: the strip's height is the same in every state.
    m_notice->setObjectName(QStringLiteral("stripNoticeLabel"));
    for (QWidget* keeper : { static_cast<QWidget*>(m_edit), static_cast<QWidget*>(m_switch) }) {
        QSizePolicy policy = keeper->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        keeper->setSizePolicy(policy);
    }
    m_colorDot->setFixedSize(12, 12);
    m_startStop->setMinimumWidth(90);

    auto* grid = new QGridLayout(this);
    grid->addWidget(m_startStop, 0, 0, 2, 1, Qt::AlignTop);
    grid->addWidget(m_colorDot, 0, 1, Qt::AlignVCenter);
    grid->addWidget(m_task, 0, 2);
    grid->addWidget(m_elapsed, 0, 3, 1, 2);
    // The second line holds the description, the last notice and the buttons. The buttons keep its height whether they
    // show or not, so the notice needs no line of its own: it comes and goes beside the description and moves nothing.
    auto* detail = new QHBoxLayout;
    detail->addWidget(m_text, 1);
    detail->addWidget(m_notice, 1);
    m_notice->hide();
    grid->addLayout(detail, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_waiting);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_switch);
    grid->addLayout(buttons, 1, 3, 1, 2, Qt::AlignRight);
    m_waiting->setFlat(true);
    m_waiting->hide();
    connect(m_waiting, &QPushButton::clicked, this, &StopwatchWidget::waitingViewRequested);
    grid->setColumnStretch(2, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &StopwatchWidget::updateElapsed);
    connect(m_startStop, &QPushButton::clicked, this, &StopwatchWidget::startOrStop);
    connect(m_edit, &QPushButton::clicked, this, [this] { CorrectClockDialog::showFor(m_session, window()); });
    connect(m_switch, &QPushButton::clicked, this, [this] { QuickStartDialog::showFor(m_session, window()); });

    Stopwatch* stopwatch = session->stopwatch();
    connect(stopwatch, &Stopwatch::stateChanged, this, &StopwatchWidget::updateState);
    connect(session, &StopwatchSession::dataChanged, this, &StopwatchWidget::updateState);
    connect(stopwatch, &Stopwatch::remoteChange, this,
            [this](Stopwatch::RemoteChange, const QString& message) { showNotice(message); });
    connect(stopwatch, &Stopwatch::actionSucceeded, this, [this](Stopwatch::Action action, const QString& message) {
        // What a switch stopped is worth keeping in view; a plain start or stop shows itself.
        if (action == Stopwatch::Action::Switch || action == Stopwatch::Action::Continue)
            showNotice(message);
        else
            showNotice(QString());
    });
    connect(stopwatch, &Stopwatch::actionFailed, this,
            [this](Stopwatch::Action, const ApiError& error, const QString& message) {
                showNotice(message);
                m_noticeIsConnectionError = isConnectionProblem(error);
                // A failure for want of a connection goes with the next good read of the clock (see synced below);
                // not with the read that told the outcome of this very action, which comes before this call returns.
                m_noticeRecoverable = false;
                QMetaObject::invokeMethod(
                    this, [this] { m_noticeRecoverable = m_noticeIsConnectionError; }, Qt::QueuedConnection);
            });
    connect(stopwatch, &Stopwatch::synced, this, [this, stopwatch] {
        if (m_noticeRecoverable && stopwatch->connection() == Stopwatch::Connection::Online)
            showNotice(QString()); // recovered: the old error says nothing true any more
    });
    connect(stopwatch, &Stopwatch::entryTruncated, this,
            [this](const Entry&, const QString& message) { showNotice(message); });

    retranslateUi();
}

namespace {

QString withKeys(const QString& text, const QKeySequence& keys)
{
    //: a tooltip: %1 what the button does, %2 its keys
    return keys.isEmpty()
        ? text
        : QCoreApplication::translate("StopwatchWidget", "%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

} // namespace

void StopwatchWidget::setShortcuts(const QKeySequence& startStop, const QKeySequence& switchTask)
{
    m_startStopKeys = startStop;
    m_switchKeys = switchTask;
    retranslateUi();
}

void StopwatchWidget::retranslateUi()
{
    m_edit->setText(tr("Ed&it"));
    m_switch->setText(tr("S&witch…"));
    m_edit->setToolTip(tr("Change the task, description or start of the running clock"));
    m_switch->setToolTip(withKeys(tr("Start another task; the running one is stopped"), m_switchKeys));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_waiting->setText(tr("Waiting to upload…"));
    updateState();
}

void StopwatchWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateState();
    QFrame::changeEvent(event);
}

void StopwatchWidget::showNotice(const QString& message)
{
    m_notice->setMessage(message);
    m_notice->setVisible(!message.isEmpty());
    m_noticeIsConnectionError = false;
    m_noticeRecoverable = false;
}

bool StopwatchWidget::isConnectionProblem(const ApiError& error)
{
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Server:
    case ApiError::Category::RateLimited:
    case ApiError::Category::BadResponse:
    case ApiError::Category::Certificate:
        return true;
    default:
        return error.outcomeUnknown;
    }
}

bool StopwatchWidget::isTicking() const
{
    return m_tick->isActive();
}

void StopwatchWidget::startOrStop()
{
    Stopwatch* stopwatch = m_session->stopwatch();
    if (stopwatch->isRunning())
        stopwatch->stop();
    else
        QuickStartDialog::showFor(m_session, window());
}

void StopwatchWidget::updateState()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const bool running = stopwatch->isRunning();
    // Offline the clock runs on this computer (OfflineClock): start, switch and stop stay.
    const bool online = stopwatch->connection() == Stopwatch::Connection::Online || stopwatch->canWorkOffline();
    m_startStop->setText(running ? tr("■ Stop") : tr("▶ Start…"));
    m_startStop->setAccessibleName(running ? tr("Stop the clock") : tr("Start the clock"));
    m_startStop->setToolTip(withKeys(m_startStop->accessibleName(), m_startStopKeys));
    m_startStop->setEnabled(!stopwatch->isBusy() && (online || !running));
    m_edit->setVisible(running);
    m_switch->setVisible(running);
    m_edit->setEnabled(online && !stopwatch->isBusy());
    m_switch->setEnabled(online && !stopwatch->isBusy());

    QString offline;
    switch (stopwatch->connection()) {
    case Stopwatch::Connection::Offline:
        offline = tr("Offline — showing the last known state");
        break;
    case Stopwatch::Connection::RateLimited:
        offline = tr("Clockodo asks to slow down — retrying later");
        break;
    case Stopwatch::Connection::ServerError:
        offline = tr("Clockodo has a problem — retrying later");
        break;
    case Stopwatch::Connection::SignedOut:
        offline = tr("Not signed in");
        break;
    case Stopwatch::Connection::Unknown:
    case Stopwatch::Connection::Online:
        break;
    }
    offline = offlineStatus(offline);
    m_waiting->setVisible(m_session->offlineClock()->recordCount() > 0);

    if (running) {
        const Entry& entry = *stopwatch->running();
        m_task->setText(m_session->catalog()->taskName(entry));
        QString second = entry.text.isEmpty() ? tr("No description") : tr("“%1”").arg(entry.text.simplified());
        // Where the line is too long for the strip, the connection's state stays whole and the rest gives way.
        if (!offline.isEmpty())
            second = offline + QStringLiteral("  ·  ") + second;
        m_text->setText(second);
        m_text->setToolTip(second);
        QColor color = TrayIconPainter::customerColor(m_session->catalog()->customerColor(entry.customersId));
        if (!color.isValid())
            color = palette().color(QPalette::Highlight);
        QPixmap dot(m_colorDot->size() * devicePixelRatioF());
        dot.setDevicePixelRatio(devicePixelRatioF());
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        m_colorDot->setPixmap(dot);
        m_colorDot->show();
    } else {
        m_colorDot->hide();
        if (!stopwatch->isKnown())
            m_task->setText(offline.isEmpty() ? tr("Reading the clock…") : offline);
        else
            m_task->setText(tr("The clock is not running"));
        const std::optional<Entry> last = stopwatch->lastTask();
        QString second = last ? tr("Last: %1").arg(stopwatch->describe(*last)) : QString();
        if (!offline.isEmpty() && stopwatch->isKnown())
            second = second.isEmpty() ? offline : offline + QStringLiteral("  ·  ") + second;
        m_text->setText(second);
        m_text->setToolTip(second);
    }
    updateElapsed();
    updateTicking();
}

QString StopwatchWidget::offlineStatus(const QString& status) const
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

void StopwatchWidget::updateElapsed()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    m_elapsed->setText(stopwatch->isRunning() ? Stopwatch::formatClock(stopwatch->elapsedSeconds())
                                              : QStringLiteral("--:--:--"));
}

void StopwatchWidget::updateTicking()
{
    const QWidget* top = window();
    const bool visible = isVisible() && !(top && top->isMinimized());
    if (visible && m_session->stopwatch()->isRunning()) {
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_tick->stop();
    }
}

void StopwatchWidget::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    if (window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    // The window opened: the server may know more than we do (a read on its way, at start-up the first, tells it).
    m_session->refreshUnlessReading();
    updateState();
}

void StopwatchWidget::hideEvent(QHideEvent* event)
{
    QFrame::hideEvent(event);
    updateTicking();
}

bool StopwatchWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange) {
        updateTicking();
        if (!window()->isMinimized())
            updateElapsed();
    }
    return QFrame::eventFilter(watched, event);
}
