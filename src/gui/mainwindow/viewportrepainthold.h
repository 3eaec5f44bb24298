// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;

// While rows pour into a view (a large range loading: a slice of rows in every event-loop turn), its viewport
// repaints at most once per interval instead of after every slice: the first rows paint at once, rows arriving within
// the interval after a paint are held and painted together when it ends. A repaint of a full table costs about as
// much as a slice of rows (~5-7 ms), so painting every slice doubled a large load's GUI time and made its longest
// turns (issue 16). Rows that arrive out of view (below what the viewport shows, setOutOfView) are neither held nor
// painted: the view does not repaint for them (EntryTableView). Only inserted rows are held: edits, selection,
// scrolling outside a load paint as always; a view that is hidden or has an editor open is never held. While held,
// scrolling shows at the end of the interval.
class ViewportRepaintHold : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 50; // 20 pictures a second while rows arrive

    explicit ViewportRepaintHold(QAbstractItemView* view);

    // Watches model's inserted rows (the view's model; call again when it changes).
    void setModel(QAbstractItemModel* model);
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    // Asked when rows arrive: true when they arrived out of view (below what the viewport shows); such rows are
    // neither held nor painted.
    void setOutOfView(std::function<bool()> outOfView) { m_outOfView = std::move(outOfView); }
    // True while the viewport's repaints are held back.
    bool holding() const;
    // Ends the interval now: what was held paints. The timer does this; tests call it.
    void release();

private:
    void rowsArrived();

    QAbstractItemView* m_view = nullptr;
    QPointer<QAbstractItemModel> m_model;
    QTimer m_timer;
    std::function<bool()> m_outOfView;
};
