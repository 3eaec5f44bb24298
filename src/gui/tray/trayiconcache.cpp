// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/trayiconcache.h"

#include "gui/tray/trayiconengine.h"

namespace {

QString keyOf(const QPalette& palette)
{
    return palette.color(QPalette::WindowText).name() + palette.color(QPalette::Window).name()
        + palette.color(QPalette::Highlight).name();
}

} // namespace

TrayIconCache::TrayIconCache(const QPalette& palette)
    : d(std::make_shared<Data>())
{
    d->painter.setPalette(palette);
    d->paletteKey = keyOf(palette);
}

void TrayIconCache::setPalette(const QPalette& palette)
{
    const QString key = keyOf(palette);
    d->painter.setPalette(palette);
    if (key == d->paletteKey)
        return;
    d->paletteKey = key;
    d->pixmaps.clear();
}

void TrayIconCache::setStyle(TrayIconPainter::Style style)
{
    if (style == d->painter.style())
        return;
    d->painter.setStyle(style);
    d->pixmaps.clear();
}

TrayIconPainter::Style TrayIconCache::style() const
{
    return d->painter.style();
}

const QPalette& TrayIconCache::palette() const
{
    return d->painter.palette();
}

QIcon TrayIconCache::icon(const TrayIconPainter::Look& look) const
{
    return QIcon(new TrayIconEngine(*this, look));
}

QPixmap TrayIconCache::pixmap(const TrayIconPainter::Look& look, int size) const
{
    const QString key = look.key() + QLatin1Char('@') + QString::number(size);
    if (const QPixmap* cached = d->pixmaps.object(key))
        return *cached;
    ++d->renders;
    QPixmap rendered = d->painter.pixmap(look, size);
    const qsizetype bytes = qsizetype(size) * size * 4;
    d->pixmaps.insert(key, new QPixmap(rendered), std::min(bytes, MaxBytes));
    return rendered;
}

int TrayIconCache::renderCount() const
{
    return d->renders;
}

qsizetype TrayIconCache::cachedBytes() const
{
    return d->pixmaps.totalCost();
}
