// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/viewportrepainthold.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>

ViewportRepaintHold::ViewportRepaintHold(QAbstractItemView* view)
    : QObject(view)
    , m_view(view)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ViewportRepaintHold::release);
}

void ViewportRepaintHold::setModel(QAbstractItemModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    release();
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::rowsInserted, this, &ViewportRepaintHold::rowsArrived);
}

bool ViewportRepaintHold::holding() const
{
    return !m_view->viewport()->updatesEnabled();
}

void ViewportRepaintHold::rowsArrived()
{
    if (m_outOfView && m_outOfView())
        return;
    // An open editor is a child of the viewport (it keeps painting as the user types).
    const QWidget* focus = QApplication::focusWidget();
    if (!m_view->isVisible() || (focus && m_view->viewport()->isAncestorOf(focus))) {
        release();
        return;
    }
    // The first rows after a quiet interval paint at once; the interval begins.
    if (!m_timer.isActive()) {
        m_timer.start();
        return;
    }
    if (!holding())
        m_view->viewport()->setUpdatesEnabled(false);
}

void ViewportRepaintHold::release()
{
    m_timer.stop();
    if (!holding())
        return; // nothing arrived in the interval: the next rows paint at once again
    m_view->viewport()->setUpdatesEnabled(true); // updates the whole viewport
    m_timer.start(); // rows arriving now are held until this interval ends
}
