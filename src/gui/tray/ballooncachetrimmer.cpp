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
    QPixmapCache::clear();
    ++m_trims;
}
