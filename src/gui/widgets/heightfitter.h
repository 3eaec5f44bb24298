// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// Dialogs with word-wrapped labels and parts that appear and disappear (status lines, "Advanced"): Qt does not
// grow or shrink a top-level widget by itself, so after such a change the height is fitted to the layout at the
// current width.
class HeightFitter
{
public:
    static void fit(QWidget* window);
    // Only ever grows: for forms whose messages come and go while the user types (no jumping back and forth).
    static void grow(QWidget* window);

private:
    static int neededHeight(QWidget* window);
};
