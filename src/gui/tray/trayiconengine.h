// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/tray/trayiconcache.h"
#include "gui/tray/trayiconpainter.h"

#include <QIconEngine>

// A QIconEngine over TrayIconCache: renders a tray look only in the sizes asked for, once.
class TrayIconEngine : public QIconEngine
{
public:
    TrayIconEngine(const TrayIconCache& cache, const TrayIconPainter::Look& look);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    TrayIconCache m_cache;
    TrayIconPainter::Look m_look;
};
