// SPDX-License-Identifier: GPL-3.0-or-later
#include "heightfitter.h"

#include <QLayout>
#include <QWidget>

void HeightFitter::fit(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed
        = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width()) : layout->totalSizeHint().height();
    if (needed > 0 && needed != window->height())
        window->resize(window->width(), needed);
}
