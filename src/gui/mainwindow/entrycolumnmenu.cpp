// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrycolumnmenu.h"

#include "core/session/settings.h"
#include "models/entrytablemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMetaEnum>

EntryColumnMenu::EntryColumnMenu(QHeaderView* header)
    : QObject(header)
    , m_header(header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &EntryColumnMenu::openMenu);
}

bool EntryColumnMenu::canHide(int column)
{
    return column > EntryTableModel::DateColumn && column < EntryTableModel::ColumnCount
        && column != EntryTableModel::DescriptionColumn;
}

QString EntryColumnMenu::nameOf(int column)
{
    return QString::fromLatin1(QMetaEnum::fromType<EntryTableModel::Column>().valueToKey(column));
}

void EntryColumnMenu::setSettings(Settings* settings)
{
    m_settings = settings;
    m_hidden.clear();
    if (settings) {
        const QStringList stored = settings->hiddenEntryColumns();
        for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
            if (canHide(column) && stored.contains(nameOf(column)))
                m_hidden.append(nameOf(column));
        }
    }
    apply();
    emit columnsChanged();
}

void EntryColumnMenu::apply()
{
    for (int column = 0; column < m_header->count(); ++column)
        m_header->setSectionHidden(column, isColumnHidden(column));
}

bool EntryColumnMenu::isColumnHidden(int column) const
{
    return canHide(column) && m_hidden.contains(nameOf(column));
}

QMenu* EntryColumnMenu::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("entryColumnMenu"));
    const QAbstractItemModel* model = m_header->model();
    for (int column = 0; column < EntryTableModel::ColumnCount; ++column) {
        if (!canHide(column))
            continue;
        const QString title = model ? model->headerData(column, Qt::Horizontal).toString() : nameOf(column);
        QAction* action = menu->addAction(title);
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setData(column);
        connect(action, &QAction::toggled, this, [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    return menu;
}

void EntryColumnMenu::setColumnHidden(int column, bool hidden)
{
    if (!canHide(column) || isColumnHidden(column) == hidden)
        return;
    QStringList names;
    for (int other = 0; other < EntryTableModel::ColumnCount; ++other) {
        if (other == column ? hidden : isColumnHidden(other))
            names.append(nameOf(other));
    }
    m_hidden = names;
    apply();
    if (m_settings)
        m_settings->setHiddenEntryColumns(m_hidden);
    emit columnsChanged();
}

void EntryColumnMenu::openMenu(const QPoint& pos)
{
    QMenu* menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}
