// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStyledItemDelegate>

#include <memory>

// Draws the marks of the entry table: a warning sign in the date cell of an entry that overlaps another
// (EntryTableModel::OverlapsRole) and a padlock in the billable cell of a billed one (LockedRole). The model's
// tooltips say why. Day header rows (DayGroupProxyModel) are drawn as one band across the row: the day on the left,
// its total on the right edge of the viewport, whichever columns are moved or hidden (every cell paints its part).
class QTextLayout;

class EntryMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EntryMarkDelegate(QObject* parent = nullptr);

    // The theme's padlock, or a drawn one.
    static QIcon lockIcon(int size);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    static void paintDayHeader(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index);

    // The two marks, made once per style, size and palette: a QIcon made anew for every cell renders its pixmap anew.
    struct Marks
    {
        const QStyle* style = nullptr;
        int size = 0;
        qint64 palette = 0; // QPalette::cacheKey() of the application's palette (the drawn padlock's colour)
        QIcon warning;
        QIcon lock;
    };
    const Marks& marks(const QStyle* style, const QWidget* widget) const;
    mutable Marks m_marks;

    // A cell's text that fits on one line, laid out once and drawn as the style draws it: QCommonStyle shapes every
    // cell's text two or three times per paint, the larger part of a repaint of the table (which follows every slice
    // of rows while a range loads). Text that must be elided or wrapped goes the style's way. Left-to-right text is
    // laid out once for every width of its column (a load measures the columns again now and then) and aligned here
    // as QTextEngine::alignLine aligns it; *x is where to draw it in the room.
    void paintCell(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    const QTextLayout* laidOut(const QStyleOptionViewItem& opt, int width, qreal* x) const;
    struct TextKey
    {
        QString text;
        int font = 0; // index into m_textFonts
        int width = -1; // -1: laid out for any width
        int flags = 0; // alignment and direction
        bool operator==(const TextKey& other) const
        {
            return font == other.font && width == other.width && flags == other.flags && text == other.text;
        }
    };
    friend size_t qHash(const TextKey& key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.font, key.width, key.flags);
    }
    mutable QList<QFont> m_textFonts; // the few fonts cells use (regular, the running entry's bold)
    mutable QHash<TextKey, std::shared_ptr<QTextLayout>> m_texts;
};
