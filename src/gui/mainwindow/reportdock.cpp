// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/reportdock.h"

#include "core/session/settings.h"
#include "gui/mainwindow/reportview.h"

#include <QCoreApplication>

ReportDock::ReportDock(QWidget* parent)
    : QDockWidget(parent)
    , m_view(new ReportView(this))
{
    setObjectName(QStringLiteral("reportDock"));
    setWidget(m_view);
}

void ReportDock::setSettings(Settings* settings)
{
    forgetSettings();
    setVisible(settings->reportVisible());
    // The dock also "becomes invisible" when the window hides into the tray: only its own state (View > Report, its
    // close button) is remembered.
    connect(this, &QDockWidget::visibilityChanged, this, [this, settings] { settings->setReportVisible(!isHidden()); });
}

void ReportDock::forgetSettings()
{
    disconnect(this, &QDockWidget::visibilityChanged, this, nullptr);
}

void ReportDock::retranslate()
{
    setWindowTitle(QCoreApplication::translate("MainWindow", "Report"));
}
