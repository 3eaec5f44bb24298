// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrymarkdelegate.h"

#include "models/daygroupproxymodel.h"
#include "models/entrytablemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QTableView>
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

void EntryMarkDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(DayGroupProxyModel::DayHeaderRole).toBool())
        paintDayHeader(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void EntryMarkDelegate::paintDayHeader(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    // The band spans the row as the header lays the columns out; this cell paints the part inside it.
    QRect band = option.rect;
    int visibleRight = option.rect.right();
    if (const auto* view = qobject_cast<const QTableView*>(option.widget)) {
        const QHeaderView* header = view->horizontalHeader();
        band.setLeft(-header->offset());
        band.setWidth(header->length());
        visibleRight = std::min(band.right(), view->viewport()->width() - 1);
    }
    const QPalette& palette = option.palette;
    painter->save();
    painter->setClipRect(option.rect);
    painter->fillRect(band, palette.color(QPalette::Active, QPalette::Button));
    painter->setPen(palette.color(QPalette::Active, QPalette::Mid));
    painter->drawLine(band.bottomLeft(), band.bottomRight());
    const bool today = index.data(DayGroupProxyModel::DayIsTodayRole).toBool();
    if (today) // the accent of the desktop's palette, as the chart marks today
        painter->fillRect(QRect(band.left(), band.top(), 4, band.height()),
                          palette.color(QPalette::Active, QPalette::Highlight));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Active, QPalette::ButtonText));
    const QFontMetrics fm(font);
    const int margin = 10;
    const QString total = index.data(DayGroupProxyModel::DayTotalTextRole).toString();
    const int totalWidth = total.isEmpty() ? 0 : fm.horizontalAdvance(total);
    const QRect textRect(band.left() + margin, band.top(), visibleRight - band.left() - 2 * margin, band.height());
    if (!total.isEmpty())
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, total);
    const QString title = fm.elidedText(index.data(DayGroupProxyModel::DayTitleRole).toString(), Qt::ElideRight,
                                        std::max(0, textRect.width() - totalWidth - 2 * margin));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->restore();
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
