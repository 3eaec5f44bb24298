// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

// Its source model as it is, plus FoldedRole: the display text folded by TextFolding. A completer that matches on
// FoldedRole (and folds what is typed) finds "Atelier Lumière" for "lumiere".
class FoldingRoleProxyModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    static constexpr int FoldedRole = Qt::UserRole + 0x0f01;

    explicit FoldingRoleProxyModel(QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};
