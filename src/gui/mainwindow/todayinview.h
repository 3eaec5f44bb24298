// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>

class EntryTableModel;
class EntryTableView;

// Keeps the day that matters in view while a range loads: once armed (a new range), the arrival of rows once today's
// header is there, and the end of the load, scroll the table (grouped by day, DayGroupProxyModel) so that today's
// header is at the top and the running entry is visible when the range holds today, else (at the end) the newest
// day's header. The user's own scrolling, clicking or typing in the table ends it, so nothing jumps under the user's
// hands.
class TodayInView : public QObject
{
    Q_OBJECT
public:
    TodayInView(EntryTableView* view, EntryTableModel* model, QObject* parent = nullptr);

    // A new range loads; today is its day of today, or invalid when the range lies elsewhere.
    void arm(QDate today);
    bool isArmed() const { return m_armed; }
    // Scrolls now (also when not armed).
    void scroll();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();
    // Today lies in the range and its header row is there.
    bool hasToday() const;

    QPointer<EntryTableView> m_view;
    QPointer<EntryTableModel> m_model;
    QDate m_today;
    bool m_armed = false;
    bool m_scheduled = false;
    bool m_finished = false; // the load is done: the next scroll is the last
};
