// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const char* const s_ownToolTip = "clockodoShortcutToolTip";

void collectMenu(QMenu* menu, const QString& group, QSet<QAction*>* seen, QList<ShortcutsDialog::Item>* items)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), group, seen, items);
            continue;
        }
        if (action->isSeparator() || seen->contains(action) || action->shortcuts().isEmpty())
            continue;
        seen->insert(action);
        items->append({ group, ShortcutsDialog::plainText(action), ShortcutsDialog::keysText(action), action });
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    fill();
}

ShortcutsDialog* ShortcutsDialog::showFor(QMainWindow* window)
{
    auto* dialog = window->findChild<ShortcutsDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QList<ShortcutsDialog::Item> ShortcutsDialog::collect(QMainWindow* window)
{
    QList<Item> items;
    QSet<QAction*> seen;
    for (QAction* top : window->menuBar()->actions()) {
        if (top->menu() && top->isVisible())
            collectMenu(top->menu(), plainText(top), &seen, &items);
    }
    // Keys that live on the window or one of its widgets without a menu entry.
    QList<QAction*> others = window->actions();
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!qobject_cast<const QMenu*>(widget))
            others += widget->actions();
    }
    for (QAction* action : std::as_const(others)) {
        if (action->isSeparator() || action->menu() || seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        items.append({ tr("Other"), plainText(action), keysText(action), action });
    }
    return items;
}

QString ShortcutsDialog::keysText(const QAction* action)
{
    QStringList keys;
    for (const QKeySequence& sequence : action->shortcuts())
        keys.append(sequence.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

QString ShortcutsDialog::plainText(const QAction* action)
{
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

void ShortcutsDialog::applyToolTip(QAction* action)
{
    const QString keys = keysText(action);
    if (keys.isEmpty())
        return;
    // Only a tooltip that is Qt's default (the text) or was set here before; a tooltip of its own stays.
    const QString current = action->toolTip();
    const bool ours = current == action->property(s_ownToolTip).toString();
    QString fallback = action->text();
    fallback.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    fallback.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (!ours && current != fallback && current != plainText(action))
        return;
    //: a tooltip: %1 what the action does, %2 its keys
    const QString tip = tr("%1 (%2)").arg(plainText(action), keys);
    action->setProperty(s_ownToolTip, tip);
    action->setToolTip(tip);
}

QStringList ShortcutsDialog::listedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (!item->text(1).isEmpty())
            keys.append(item->text(1));
    }
    return keys;
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({ tr("Action"), tr("Keys") });
    m_list->clear();
    if (!m_window)
        return;
    QString group;
    for (const Item& item : collect(m_window)) {
        if (item.group != group) {
            group = item.group;
            auto* header = new QTreeWidgetItem(m_list, { group });
            QFont bold = header->font(0);
            bold.setBold(true);
            header->setFont(0, bold);
            header->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(m_list, { item.text, item.keys });
    }
    const int rows = m_list->topLevelItemCount();
    const int rowHeight = m_list->fontMetrics().height() + 6;
    resize(std::max(width(), 460), std::min(rows * rowHeight + 120, 640));
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}
