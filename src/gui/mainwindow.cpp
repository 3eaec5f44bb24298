// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_emptyLabel = new QLabel(central);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    layout->addWidget(m_emptyLabel);
    setCentralWidget(central);
    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    resize(960, 600);
    retranslateUi();
}

void MainWindow::setConnectionText(const QString& email, bool demo)
{
    m_email = email;
    m_demo = demo;
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_demo ? tr("clockodo-desktop (Demo)") : tr("clockodo-desktop"));
    m_emptyLabel->setText(m_demo ? tr("Connected to the demo server. Nothing here is sent to Clockodo.")
                                 : tr("No entries yet."));
    if (m_email.isEmpty())
        m_statusLabel->setText(tr("Not signed in"));
    else if (m_demo)
        m_statusLabel->setText(tr("Connected as %1 · demo data").arg(m_email));
    else
        m_statusLabel->setText(tr("Connected as %1").arg(m_email));
}
