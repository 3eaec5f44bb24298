// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMenu;
class QWidget;

namespace Ui {
class MainWindow;
}

// What the main window's form (ui/mainwindow.ui) cannot say about its actions: their theme icons (with style
// fallbacks), the shortcuts beyond one per action, and the menus of the New and More tool buttons.
class MainWindowChrome
{
public:
    // window is the form's widget; the menus become its children.
    static void apply(Ui::MainWindow* ui, QWidget* window);
    // Help > Keyboard shortcuts (F1) at the end of the form's menu bar; returns the menu (its one action first).
    static QMenu* addHelpMenu(Ui::MainWindow* ui, QWidget* window);
    static void retranslateHelpMenu(QMenu* help);

private:
    static void setIconsAndShortcuts(Ui::MainWindow* ui, QWidget* window);
    static void createMenus(Ui::MainWindow* ui, QWidget* window);
};
