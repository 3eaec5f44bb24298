// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/tray/trayiconpainter.h"

#include <QCache>
#include <QIcon>
#include <QPixmap>
#include <QString>

#include <memory>

// Renders tray icons once per look and pixel size and keeps them in a small bounded cache of its own (not the
// global QPixmapCache). icon() hands out a QIcon whose pixmaps are rendered lazily, only for the sizes the tray
// actually asks for: an X11 tray paints one size, so a new look costs one small render instead of one per size in
// TrayIconPainter::sizes(), and a look seen before costs none. No QObject; copies share the cache.
class TrayIconCache
{
public:
    // Room for the icons of a few looks in every size (a 128 px pixmap is 64 KiB).
    static constexpr qsizetype MaxBytes = qsizetype(1024) * 1024;

    explicit TrayIconCache(const QPalette& palette = QPalette());

    void setPalette(const QPalette& palette);
    const QPalette& palette() const;
    // Colour or symbolic (TrayIconPainter::desktopStyle() unless set).
    void setStyle(TrayIconPainter::Style style);
    TrayIconPainter::Style style() const;

    // An icon for look; its pixmaps come from this cache.
    QIcon icon(const TrayIconPainter::Look& look) const;
    // The pixmap of look in size × size pixels, rendered only when not cached.
    QPixmap pixmap(const TrayIconPainter::Look& look, int size) const;

    // How many pixmaps were rendered so far (tests and benchmarks).
    int renderCount() const;
    // Bytes of the pixmaps held.
    qsizetype cachedBytes() const;

private:
    struct Data
    {
        TrayIconPainter painter;
        QString paletteKey;
        QCache<QString, QPixmap> pixmaps { MaxBytes };
        int renders = 0;
    };
    std::shared_ptr<Data> d;
};
