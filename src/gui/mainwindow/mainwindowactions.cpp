// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/mainwindowactions.h"

#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/mainwindow.h"
#include "ui_mainwindow.h"

#include <QAction>

MainWindowActions::MainWindowActions(Ui::MainWindow* ui, MainWindow* window, EntryTableView* view)
    : QObject(window)
    , newTime(ui->newTimeEntryAction)
    , newLumpSumValue(ui->newLumpSumValueAction)
    , newLumpSumService(ui->newLumpSumServiceAction)
    , edit(ui->editEntryAction)
    , duplicate(ui->duplicateEntryAction)
    , remove(ui->deleteEntryAction)
    , exportCsv(ui->exportCsvAction)
    , refresh(ui->refreshAction)
    , filter(ui->filterAction)
    , previous(ui->previousAction)
    , today(ui->todayAction)
    , next(ui->nextAction)
    , day(ui->dayAction)
    , week(ui->weekAction)
    , month(ui->monthAction)
    , custom(ui->customRangeAction)
{
    connect(newTime, &QAction::triggered, window, [window] { window->newEntry(Entry::Type::Time); });
    connect(newLumpSumValue, &QAction::triggered, window, [window] { window->newEntry(Entry::Type::LumpSumValue); });
    connect(newLumpSumService, &QAction::triggered, window,
            [window] { window->newEntry(Entry::Type::LumpSumService); });
    connect(edit, &QAction::triggered, window, &MainWindow::editCurrent);
    connect(duplicate, &QAction::triggered, window, &MainWindow::duplicateCurrent);
    connect(remove, &QAction::triggered, window, &MainWindow::deleteSelected);
    connect(exportCsv, &QAction::triggered, window, &MainWindow::exportCsv);
    connect(filter, &QAction::triggered, window, &MainWindow::showFilter);
    connect(previous, &QAction::triggered, window, &MainWindow::showPrevious);
    connect(today, &QAction::triggered, window, &MainWindow::showToday);
    connect(next, &QAction::triggered, window, &MainWindow::showNext);
    connect(day, &QAction::triggered, window, [window] { window->setPeriod(DateRange::Period::Day); });
    connect(week, &QAction::triggered, window, [window] { window->setPeriod(DateRange::Period::Week); });
    connect(month, &QAction::triggered, window, [window] { window->setPeriod(DateRange::Period::Month); });
    connect(custom, &QAction::triggered, window, [window] { window->setPeriod(DateRange::Period::Custom); });

    // Window-wide shortcuts; Enter and Del only act in the table (Del in a text field deletes text).
    window->addActions(
        { newTime, duplicate, exportCsv, refresh, filter, previous, today, next, day, week, month, custom });
    view->addActions({ edit, duplicate, remove });
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    view->addActions({ separator, newTime });
}

void MainWindowActions::update(bool ready, bool current, bool selected, bool hasModel)
{
    newTime->setEnabled(ready);
    newLumpSumValue->setEnabled(ready);
    newLumpSumService->setEnabled(ready);
    edit->setEnabled(ready && current);
    duplicate->setEnabled(ready && current);
    remove->setEnabled(ready && selected);
    exportCsv->setEnabled(hasModel);
    refresh->setEnabled(hasModel);
}
