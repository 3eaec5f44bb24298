// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class EntryTableView;
class MainWindow;
class QAction;
namespace Ui {
class MainWindow;
}

// The window's own actions, from its form (ui/mainwindow.ui) by name: new entries, edit, duplicate, delete, CSV
// export, refresh, filter and the range's (previous, today, next, day, week, month, custom). Connected to the
// window's slots (refresh excepted: the window connects it); the window carries their shortcuts, and Enter and Del act
// only in the table (Del in a text field deletes text). update() says which can act.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    MainWindowActions(Ui::MainWindow* ui, MainWindow* window, EntryTableView* view);

    // ready: the entries are known (models and user); current: a row is current; selected: rows are selected.
    void update(bool ready, bool current, bool selected, bool hasModel);

    QAction* const newTime;
    QAction* const newLumpSumValue;
    QAction* const newLumpSumService;
    QAction* const edit;
    QAction* const duplicate;
    QAction* const remove;
    QAction* const exportCsv;
    QAction* const refresh;
    QAction* const filter;
    QAction* const previous;
    QAction* const today;
    QAction* const next;
    QAction* const day;
    QAction* const week;
    QAction* const month;
    QAction* const custom;
};
