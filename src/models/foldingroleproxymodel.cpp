// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/foldingroleproxymodel.h"

#include "models/textfolding.h"

FoldingRoleProxyModel::FoldingRoleProxyModel(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

QVariant FoldingRoleProxyModel::data(const QModelIndex& index, int role) const
{
    if (role == FoldedRole)
        return TextFolding::fold(QIdentityProxyModel::data(index, Qt::DisplayRole).toString());
    return QIdentityProxyModel::data(index, role);
}
