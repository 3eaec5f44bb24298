// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/heightfitter.h"

#include <QLayout>
#include <QWidget>

int HeightFitter::neededHeight(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return 0;
    layout->activate();
    return layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                       : layout->totalSizeHint().height();
}

void HeightFitter::fit(QWidget* window)
{
    const int needed = neededHeight(window);
    if (needed > 0 && needed != window->height())
        window->resize(window->width(), needed);
}

void HeightFitter::grow(QWidget* window)
{
    const int needed = neededHeight(window);
    if (needed > window->height())
        window->resize(window->width(), needed);
}
