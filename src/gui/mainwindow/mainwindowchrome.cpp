// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/mainwindowchrome.h"

#include "ui_mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolButton>

void MainWindowChrome::apply(Ui::MainWindow* ui, QWidget* window)
{
    setIconsAndShortcuts(ui, window);
    createMenus(ui, window);
}

void MainWindowChrome::setIconsAndShortcuts(Ui::MainWindow* ui, QWidget* window)
{
    ui->newTimeEntryAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    ui->editEntryAction->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    ui->duplicateEntryAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    ui->deleteEntryAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    ui->exportCsvAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    ui->refreshAction->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), window->style()->standardIcon(QStyle::SP_BrowserReload)));
    ui->filterAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-find")));
    ui->newTimeEntryAction->setShortcuts({ QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N) });
    ui->editEntryAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    ui->deleteEntryAction->setShortcut(QKeySequence(QKeySequence::Delete));
    ui->refreshAction->setShortcut(QKeySequence(QKeySequence::Refresh));
    ui->filterAction->setShortcut(QKeySequence(QKeySequence::Find));
}

void MainWindowChrome::createMenus(Ui::MainWindow* ui, QWidget* window)
{
    auto* newMenu = new QMenu(window);
    newMenu->addActions({ ui->newTimeEntryAction, ui->newLumpSumValueAction, ui->newLumpSumServiceAction });
    ui->newButton->setMenu(newMenu);
    ui->newButton->setDefaultAction(ui->newTimeEntryAction);
    auto* moreMenu = new QMenu(window);
    moreMenu->addActions({ ui->editEntryAction, ui->duplicateEntryAction, ui->deleteEntryAction });
    moreMenu->addSeparator();
    moreMenu->addActions({ ui->exportCsvAction, ui->refreshAction });
    ui->moreButton->setMenu(moreMenu);
    ui->moreButton->setIcon(QIcon::fromTheme(QStringLiteral("application-menu"),
                                             window->style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
}

QMenu* MainWindowChrome::addHelpMenu(Ui::MainWindow* ui, QWidget* window)
{
    auto* help = new QMenu(window);
    help->setObjectName(QStringLiteral("helpMenu"));
    auto* shortcuts = new QAction(window);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(QKeySequence::HelpContents));
    help->addAction(shortcuts);
    ui->menuBar->addMenu(help);
    window->addAction(shortcuts);
    retranslateHelpMenu(help);
    return help;
}

void MainWindowChrome::retranslateHelpMenu(QMenu* help)
{
    help->setTitle(QCoreApplication::translate("MainWindow", "&Help"));
    help->actions().constFirst()->setText(QCoreApplication::translate("MainWindow", "&Keyboard shortcuts"));
}
