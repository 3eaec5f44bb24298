// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/foldingcompleter.h"

#include "models/foldingroleproxymodel.h"
#include "models/textfolding.h"

FoldingCompleter::FoldingCompleter(QAbstractItemModel* model, QObject* parent)
    : QCompleter(parent)
    , m_folded(new FoldingRoleProxyModel(this))
{
    m_folded->setSourceModel(model);
    setModel(m_folded);
    setCompletionRole(FoldingRoleProxyModel::FoldedRole);
    setCaseSensitivity(Qt::CaseSensitive); // both sides are folded already
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList FoldingCompleter::splitPath(const QString& path) const
{
    return { TextFolding::fold(path) };
}

QString FoldingCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}
