// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/trayiconengine.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

TrayIconEngine::TrayIconEngine(const TrayIconCache& cache, const TrayIconPainter::Look& look)
    : m_cache(cache)
    , m_look(look)
{ }

void TrayIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int side = std::min(rect.width(), rect.height());
    QPixmap px = pixmap(QSize(side, side) * dpr, mode, state);
    px.setDevicePixelRatio(dpr);
    const QRect target(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
    painter->drawPixmap(target, px);
}

QPixmap TrayIconEngine::pixmap(const QSize& size, QIcon::Mode, QIcon::State)
{
    const int side = std::max(1, std::min(size.width(), size.height()));
    return m_cache.pixmap(m_look, side);
}

QSize TrayIconEngine::actualSize(const QSize& size, QIcon::Mode, QIcon::State)
{
    const int side = std::min(size.width(), size.height());
    return QSize(side, side);
}

QList<QSize> TrayIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> result;
    for (int side : TrayIconPainter::sizes())
        result.append(QSize(side, side));
    return result;
}

QIconEngine* TrayIconEngine::clone() const
{
    return new TrayIconEngine(m_cache, m_look);
}

QString TrayIconEngine::key() const
{
    return QStringLiteral("clockodo-tray");
}
