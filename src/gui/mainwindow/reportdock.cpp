// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/reportdock.h"

#include "core/session/settings.h"
#include "gui/mainwindow/reportview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>

#include <algorithm>

ReportDock::ReportDock(QMainWindow* parent)
    : QDockWidget(parent)
    , m_view(new ReportView(this))
    , m_window(parent)
{
    setObjectName(QStringLiteral("reportDock"));
    setWidget(m_view);
    parent->installEventFilter(this);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            place(true);
    });
}

void ReportDock::setCentralNeed(std::function<int()> need)
{
    m_centralNeed = std::move(need);
}

bool ReportDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Resize && !isHidden())
        place(false);
    return QDockWidget::eventFilter(watched, event);
}

void ReportDock::place(bool opening)
{
    if (m_placing || isFloating() || !m_centralNeed || !m_window->isVisible())
        return;
    const int need = m_centralNeed();
    const int room = m_window->width() - need;
    const Qt::DockWidgetArea area
        = room >= m_view->minimumSizeHint().width() ? Qt::RightDockWidgetArea : Qt::BottomDockWidgetArea;
    const bool moving = m_window->dockWidgetArea(this) != area;
    if (!moving && !opening)
        return;
    m_placing = true;
    if (moving)
        m_window->addDockWidget(area, this);
    if (area == Qt::RightDockWidgetArea)
        m_window->resizeDocks({ this }, { std::min(m_view->sizeHint().width(), room) }, Qt::Horizontal);
    else
        m_window->resizeDocks({ this }, { m_window->height() * 2 / 5 }, Qt::Vertical);
    m_placing = false;
}

void ReportDock::setSettings(Settings* settings)
{
    forgetSettings();
    setVisible(settings->reportVisible());
    // The dock also "becomes invisible" when the window hides into the tray: only its own state (View > Report, its
    // close button) is remembered.
    m_remember = connect(this, &QDockWidget::visibilityChanged, this,
                         [this, settings] { settings->setReportVisible(!isHidden()); });
}

void ReportDock::forgetSettings()
{
    disconnect(m_remember);
}

void ReportDock::retranslate()
{
    setWindowTitle(QCoreApplication::translate("MainWindow", "Report"));
}
