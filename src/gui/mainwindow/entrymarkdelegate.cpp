// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrymarkdelegate.h"

#include "models/entrytablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QWidget>

EntryMarkDelegate::EntryMarkDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QIcon EntryMarkDelegate::lockIcon(int size)
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral("object-locked"));
    if (!themed.isNull())
        return themed;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = QApplication::palette().color(QPalette::WindowText);
    const qreal w = size;
    // The shackle, then the body.
    p.setPen(QPen(colour, std::max<qreal>(1.5, w / 9)));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(w * 0.28, w * 0.08, w * 0.44, w * 0.5), 0, 180 * 16);
    p.drawLine(QPointF(w * 0.28, w * 0.33), QPointF(w * 0.28, w * 0.48));
    p.drawLine(QPointF(w * 0.72, w * 0.33), QPointF(w * 0.72, w * 0.48));
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(w * 0.16, w * 0.46, w * 0.68, w * 0.46), w / 12, w / 12);
    return QIcon(pixmap);
}

void EntryMarkDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QIcon icon;
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    if (index.column() == EntryTableModel::DateColumn && !index.data(EntryTableModel::OverlapsRole).toList().isEmpty())
        icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    else if (index.column() == EntryTableModel::BillableColumn && index.data(EntryTableModel::LockedRole).toBool())
        icon = lockIcon(size);
    if (icon.isNull())
        return;
    option->icon = icon;
    option->decorationSize = QSize(size, size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}
