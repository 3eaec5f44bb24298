// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

// Where the main window goes on its screen: its size when nothing is remembered comes from the screen's free area
// (QScreen::availableGeometry(), without panels and docks), and a remembered geometry is pulled back onto that area
// (another monitor, a smaller screen, a panel that moved). Rectangles are the window's client area; frame is the room
// the window manager's decoration takes around it.
class WindowPlacement
{
public:
    // The size the window asks for on a large screen.
    static constexpr QSize PreferredSize { 1280, 800 };

    // PreferredSize, shrunk to what available leaves once the frame is counted, centred in available.
    static QRect defaultGeometry(const QRect& available, const QMargins& frame);
    // geometry moved (and shrunk where needed) so that it and its frame lie inside available.
    static QRect fitted(const QRect& geometry, const QRect& available, const QMargins& frame);

    // The decoration around window: measured once it has been shown, else an estimate (title bar and borders).
    static QMargins frameOf(const QWidget* window);
    // False on Wayland: a window cannot place itself there (an xdg-shell toplevel has no position; the compositor
    // places it), so only sizes are applied and nothing is moved.
    static bool canPlaceWindows();
    // Gives window its default geometry on its screen (where placeable is false, its default size).
    static void applyDefault(QWidget* window, bool placeable = canPlaceWindows());
    // Restores a geometry saved with QWidget::saveGeometry() and keeps the window on its screen's free area; false
    // (and the default geometry) when saved cannot be restored.
    static bool restore(QWidget* window, const QByteArray& saved);
    // Pulls the window back onto its screen's free area when it does not fit (where placeable is false, only
    // shrinks it to the free area's size).
    static void keepOnScreen(QWidget* window, bool placeable = canPlaceWindows());
};
