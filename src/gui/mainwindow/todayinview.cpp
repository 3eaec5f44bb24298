// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/todayinview.h"

#include "gui/mainwindow/entrytableview.h"
#include "models/daygroupproxymodel.h"
#include "models/entrytablemodel.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

TodayInView::TodayInView(EntryTableView* view, EntryTableModel* model, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    // Rows arrive page by page; the load's end is the last word.
    if (QAbstractItemModel* shown = view->model()) {
        connect(shown, &QAbstractItemModel::rowsInserted, this, &TodayInView::schedule);
        connect(shown, &QAbstractItemModel::layoutChanged, this, &TodayInView::schedule);
    }
    connect(model, &EntryTableModel::loadFinished, this, [this] {
        m_finished = true;
        schedule();
    });
    connect(model, &EntryTableModel::loadFailed, this, [this] { m_armed = false; });
    // What the user does with the table wins.
    connect(view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_armed = false; });
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

void TodayInView::arm(QDate today)
{
    m_today = today;
    m_armed = true;
    m_finished = false;
}

bool TodayInView::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        m_armed = false;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void TodayInView::schedule()
{
    if (!m_armed || m_scheduled)
        return;
    // Once per event-loop turn, after the view took the new rows.
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            // Only to where the view ends up: today's header once it is there, else the newest day when the load
            // is done. Chasing the newest day so far while pages arrive in date order repainted the table with new
            // rows in every interval of a large load (issue 16).
            if (m_armed && (m_finished || hasToday()))
                scroll();
            if (m_finished)
                m_armed = false;
        },
        Qt::QueuedConnection);
}

bool TodayInView::hasToday() const
{
    const auto* groups = m_view ? qobject_cast<const DayGroupProxyModel*>(m_view->model()) : nullptr;
    return groups && m_today.isValid() && groups->headerRowOf(m_today) >= 0;
}

void TodayInView::scroll()
{
    auto* groups = m_view ? qobject_cast<DayGroupProxyModel*>(m_view->model()) : nullptr;
    if (!groups || groups->dayCount() == 0)
        return;
    int header = m_today.isValid() ? groups->headerRowOf(m_today) : -1;
    if (header < 0) {
        const QList<QDate> days = groups->days();
        header = groups->headerRowOf(*std::max_element(days.cbegin(), days.cend()));
    }
    // Already at the top (rows arriving below it): nothing moves, nothing to lay out and paint again.
    if (m_view->rowViewportPosition(header) != 0) {
        m_view->doItemsLayout(); // the scroll range of the rows that just arrived
        m_view->scrollTo(groups->index(header, 0), QAbstractItemView::PositionAtTop);
    }
    // The running entry too (it may have started the day before); the header may give way to it.
    if (!m_model || !m_model->hasRunningEntry())
        return;
    for (const Entry& entry : m_model->entries()) {
        if (!entry.isRunning())
            continue;
        const QModelIndex source = m_model->index(m_model->rowOfId(entry.id), 0);
        const auto* filter = qobject_cast<QAbstractProxyModel*>(groups->sourceModel());
        const QModelIndex running = groups->mapFromSource(filter ? filter->mapFromSource(source) : source);
        if (running.isValid())
            m_view->scrollTo(running, QAbstractItemView::EnsureVisible);
        break;
    }
}
