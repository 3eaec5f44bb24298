// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QMainWindow;
class QTreeWidget;

// Help > Keyboard shortcuts: every action of the window that has a key, grouped by its menu, as the window holds
// them when the dialog opens (collect()); nothing is listed by hand, so the list cannot go stale. Also gives the
// actions' tooltips their keys ("Filter… (Ctrl+F)").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString group; // the menu's title, or "Other" for actions in no menu
        QString text;
        QString keys; // "Ins, Ctrl+N"
        QAction* action = nullptr;
    };

    explicit ShortcutsDialog(QMainWindow* window);

    // Opens the one dialog of window (or raises it). Deleted when closed.
    static ShortcutsDialog* showFor(QMainWindow* window);

    // The window's actions with keys: its menus' (submenus included) in menu order, then those only on the window
    // or its widgets.
    static QList<Item> collect(QMainWindow* window);
    // "Ins, Ctrl+N" in the platform's notation; empty when the action has no key.
    static QString keysText(const QAction* action);
    // The action's text without mnemonics and trailing dots.
    static QString plainText(const QAction* action);
    // Gives the action the tooltip "Text (keys)" unless it has a tooltip of its own.
    static void applyToolTip(QAction* action);

    QTreeWidget* list() const { return m_list; }
    // The keys of every listed action, as shown.
    QStringList listedKeys() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QPointer<QMainWindow> m_window;
    QTreeWidget* m_list = nullptr;
};
