// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/entrymarkdelegate.h"

#include "models/daygroupproxymodel.h"
#include "models/entrytablemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QTableView>
#include <QTextLayout>
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
        paintCell(painter, option, index);
}

void EntryMarkDelegate::paintCell(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The text rect the style would use is the rest of the cell (with no text it lays none out), less a margin each
    // side (QCommonStyle's).
    QStyleOptionViewItem bare = opt;
    bare.text.clear();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room
        = style->subElementRect(QStyle::SE_ItemViewItemText, &bare, widget).adjusted(margin, 0, -margin, 0);
    const QTextLayout* laid = nullptr;
    qreal x = 0;
    if (!opt.text.isEmpty() && !opt.text.contains(QLatin1Char('\n')) && room.width() > 0)
        laid = laidOut(opt, room.width(), &x);
    // What does not fit on one line the style wraps and elides its own way.
    if (!laid || laid->lineAt(0).naturalTextWidth() > room.width() || laid->lineAt(0).height() > room.height()) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The style draws the background, selection, mark and focus; the text is drawn as QCommonStyle draws it: the
    // pen of the state, the line centred as viewItemDrawText centres it.
    style->drawControl(QStyle::CE_ItemViewItem, &bare, painter, widget);
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    // Placed as QCommonStyle places it: the layout's bounding size (whole pixels) aligned in the room.
    const Qt::Alignment vertical = opt.displayAlignment & Qt::AlignVertical_Mask;
    const QRect placed = QStyle::alignedRect(Qt::LayoutDirectionAuto, vertical ? vertical : Qt::AlignVCenter,
                                             laid->boundingRect().size().toSize(), room);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    laid->draw(painter, QPointF(room.left() + x, placed.top()));
    painter->restore();
}

const QTextLayout* EntryMarkDelegate::laidOut(const QStyleOptionViewItem& opt, int width, qreal* x) const
{
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    // Aligned here for any width: left to right, not justified, no trailing white space (QTextLine's advance and
    // natural width part there).
    const bool anyWidth = opt.direction == Qt::LeftToRight && !(align & Qt::AlignJustify) && !opt.text.back().isSpace();
    qsizetype font = m_textFonts.indexOf(opt.font);
    if (font < 0) {
        if (m_textFonts.size() >= 8) {
            m_textFonts.clear();
            m_texts.clear();
        }
        m_textFonts.append(opt.font);
        font = m_textFonts.size() - 1;
    }
    const TextKey key { opt.text, int(font), anyWidth ? -1 : width, int(align) | (int(opt.direction) << 16) };
    auto it = m_texts.constFind(key);
    if (it == m_texts.cend()) {
        if (m_texts.size() >= 8192) // several screenfuls of cells; bounded
            m_texts.clear();
        // As QCommonStylePrivate::viewItemDrawText lays a line out (without wrapping: it fits).
        auto layout = std::make_shared<QTextLayout>(opt.text, opt.font);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::ManualWrap);
        textOption.setTextDirection(opt.direction);
        textOption.setAlignment(anyWidth ? Qt::Alignment(Qt::AlignLeft) : align);
        layout->setTextOption(textOption);
        layout->beginLayout();
        QTextLine line = layout->createLine();
        if (line.isValid()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, 0));
        }
        layout->endLayout();
        if (!line.isValid())
            return nullptr;
        it = m_texts.insert(key, layout);
    }
    *x = 0;
    if (key.width < 0) {
        // QTextEngine::alignLine in 26.6 fixed point: the line's width less the text's advance (halved for centred).
        const int room = width * 64;
        const int advance = qRound(it.value()->lineAt(0).horizontalAdvance() * 64);
        int offset = 0;
        if (align & Qt::AlignRight)
            offset = room - advance;
        else if (align & Qt::AlignHCenter)
            offset = (room - advance) / 2;
        *x = offset / 64.0;
    }
    return it.value().get();
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
    // Each cell of the row draws only the text that falls into it (laying text out is the costly part of a paint).
    const auto reaches = [&option](int left, int right) {
        return left <= option.rect.right() && right >= option.rect.left();
    };
    if (!total.isEmpty() && reaches(textRect.right() - totalWidth, textRect.right()))
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, total);
    const int titleRoom = std::max(0, textRect.width() - totalWidth - 2 * margin);
    if (reaches(textRect.left(), textRect.left() + titleRoom)) {
        const QString title
            = fm.elidedText(index.data(DayGroupProxyModel::DayTitleRole).toString(), Qt::ElideRight, titleRoom);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    painter->restore();
}

void EntryMarkDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool warning = index.column() == EntryTableModel::DateColumn
        && !index.data(EntryTableModel::OverlapsRole).toList().isEmpty();
    const bool lock = !warning && index.column() == EntryTableModel::BillableColumn
        && index.data(EntryTableModel::LockedRole).toBool();
    if (!warning && !lock)
        return;
    const Marks& made = marks(option->widget ? option->widget->style() : QApplication::style(), option->widget);
    option->icon = warning ? made.warning : made.lock;
    option->decorationSize = QSize(made.size, made.size);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

const EntryMarkDelegate::Marks& EntryMarkDelegate::marks(const QStyle* style, const QWidget* widget) const
{
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    const qint64 palette = QApplication::palette().cacheKey();
    if (m_marks.style != style || m_marks.size != size || m_marks.palette != palette) {
        m_marks.style = style;
        m_marks.size = size;
        m_marks.palette = palette;
        m_marks.warning = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        m_marks.lock = lockIcon(size);
    }
    return m_marks;
}
