// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/windowplacement.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace {

QRect availableFor(const QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(QPoint(0, 0), WindowPlacement::PreferredSize);
}

// The geometry, or only its size where the window cannot place itself.
void apply(QWidget* window, const QRect& geometry, bool placeable)
{
    if (placeable)
        window->setGeometry(geometry);
    else if (window->size() != geometry.size())
        window->resize(geometry.size());
}

} // namespace

QRect WindowPlacement::defaultGeometry(const QRect& available, const QMargins& frame)
{
    const QRect inner = available.marginsRemoved(frame);
    const QSize size = PreferredSize.boundedTo(inner.size());
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(inner.center());
    return fitted(geometry, available, frame);
}

QRect WindowPlacement::fitted(const QRect& geometry, const QRect& available, const QMargins& frame)
{
    const QRect inner = available.marginsRemoved(frame);
    QRect result(geometry.topLeft(), geometry.size().boundedTo(inner.size()));
    // Inside on every side; the top left wins where both cannot be (a title bar must stay reachable).
    result.moveRight(std::min(result.right(), inner.right()));
    result.moveBottom(std::min(result.bottom(), inner.bottom()));
    result.moveLeft(std::max(result.left(), inner.left()));
    result.moveTop(std::max(result.top(), inner.top()));
    return result;
}

QMargins WindowPlacement::frameOf(const QWidget* window)
{
    if (window->isVisible()) {
        const QRect frame = window->frameGeometry();
        const QRect client = window->geometry();
        if (frame != client)
            return { client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(),
                     frame.bottom() - client.bottom() };
    }
    // Not shown yet: a title bar of about two lines of text and thin borders.
    const int title = QFontMetrics(window->font()).height() * 2;
    return { 4, title, 4, 4 };
}

bool WindowPlacement::canPlaceWindows()
{
    return !QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
}

void WindowPlacement::applyDefault(QWidget* window, bool placeable)
{
    apply(window, defaultGeometry(availableFor(window), frameOf(window)), placeable);
}

bool WindowPlacement::restore(QWidget* window, const QByteArray& saved)
{
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        applyDefault(window);
        return false;
    }
    keepOnScreen(window);
    return true;
}

void WindowPlacement::keepOnScreen(QWidget* window, bool placeable)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    const QRect wanted = window->geometry();
    const QRect fit = fitted(wanted, availableFor(window), frameOf(window));
    if (fit != wanted)
        apply(window, fit, placeable);
}
