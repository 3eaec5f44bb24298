// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/ballooncachetrimmer.h"

#include <QApplication>
#include <QPixmapCache>
#include <QWidget>

BalloonCacheTrimmer::BalloonCacheTrimmer(QObject* parent)
    : QObject(parent)
{ }

void BalloonCacheTrimmer::watchBalloons()
{
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (!widget->inherits("QBalloonTip") || m_watched.contains(widget))
            continue;
        m_watched.insert(widget);
        // Queued: the balloon's pixmaps are released with its children, after `destroyed`.
        connect(widget, &QObject::destroyed, this, [this](QObject* balloon) {
            m_watched.remove(balloon);
            QMetaObject::invokeMethod(this, &BalloonCacheTrimmer::trim, Qt::QueuedConnection);
        });
    }
}

void BalloonCacheTrimmer::trim()
{
    // Every pixmap out, but not through clear(): in Qt 6.4 clear() also stops the cache's flush timer, and that timer
    // is what drops the string keys of evicted pixmaps (with a message every few seconds they would pile up). A limit
    // of 0 evicts every pixmap and leaves the timer running.
    const int limit = QPixmapCache::cacheLimit();
    QPixmapCache::setCacheLimit(0);
    QPixmapCache::setCacheLimit(limit);
    ++m_trims;
}
