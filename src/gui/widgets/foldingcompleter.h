// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class FoldingRoleProxyModel;

// A completer that ignores accents and case both ways (TextFolding): "lumiere" offers "Atelier Lumière", "bäck"
// offers "Backstube" and "back" offers "Bäckerei". It matches anywhere in the name and inserts the name as shown.
// The model is wrapped in a FoldingRoleProxyModel (one level of proxy, which QComboBox maps back to its rows).
class FoldingCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit FoldingCompleter(QAbstractItemModel* model, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    FoldingRoleProxyModel* m_folded = nullptr;
};
