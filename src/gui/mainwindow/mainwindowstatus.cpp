// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/mainwindowstatus.h"

#include "gui/mainwindow/rangetotaltext.h"
#include "gui/mainwindow/timezonelabel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStatusBar>

MainWindowStatus::MainWindowStatus(QStatusBar* bar)
    : QObject(bar)
    , m_connectionLabel(new QLabel(bar))
    , m_loadingLabel(new QLabel(bar))
    , m_totalLabel(new QLabel(bar))
    , m_zoneLabel(new TimeZoneLabel(bar))
{
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_totalLabel->setObjectName(QStringLiteral("statusTotalLabel"));
    bar->addWidget(m_connectionLabel, 1);
    bar->addWidget(m_loadingLabel);
    bar->addPermanentWidget(m_zoneLabel);
    bar->addPermanentWidget(m_totalLabel);
}

void MainWindowStatus::setConnection(const QString& email, bool demo)
{
    m_email = email;
    m_demo = demo;
    retranslate();
}

void MainWindowStatus::retranslate()
{
    if (m_email.isEmpty())
        m_connectionLabel->setText(QCoreApplication::translate("MainWindow", "Not signed in"));
    else if (m_demo)
        m_connectionLabel->setText(
            QCoreApplication::translate("MainWindow", "Connected as %1 · demo data").arg(m_email));
    else
        m_connectionLabel->setText(QCoreApplication::translate("MainWindow", "Connected as %1").arg(m_email));
}

void MainWindowStatus::setLoading(bool loading)
{
    if (loading)
        m_loadingLabel->setText(QCoreApplication::translate("MainWindow", "Loading entries…"));
    else
        m_loadingLabel->clear();
}

void MainWindowStatus::setPage(int page, int count)
{
    if (count > 1)
        m_loadingLabel->setText(
            QCoreApplication::translate("MainWindow", "Loading entries… (page %1 of %2)").arg(page).arg(count));
}

void MainWindowStatus::showTotal(DateRange::Period period, qint64 workedSeconds, qint64 bookedSeconds)
{
    RangeTotalText::show(m_totalLabel, period, workedSeconds, bookedSeconds);
}
