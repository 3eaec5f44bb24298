// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daterange.h"

#include <QKeySequence>
#include <QWidget>

#include <memory>

class QButtonGroup;

namespace Ui {
class RangeBar;
}

// The range navigation above the entry table: [◀] [Today] [▶]  Week 48, 23–29 Nov 2026  (Day|Week|Month|Custom)
// and, for a custom range, its first and last day. It shows the range it is given and asks for another one through
// its signals; the window decides.
class RangeBar : public QWidget
{
    Q_OBJECT
public:
    explicit RangeBar(QWidget* parent = nullptr);
    ~RangeBar() override;

    // Shows range; containsToday: today lies in it (then Today is off, except for a custom range).
    void setRange(const DateRange& range, bool containsToday);
    // The shortcuts the previous / next tooltips name.
    void setShortcuts(const QKeySequence& previous, const QKeySequence& next, const QKeySequence& today = {});
    // The width the range's title needs to show whole (it gives way when the bar is narrower).
    int titleWidth() const;
    // Puts the focus into the first day of the custom range.
    void focusFirstDay();

    // "Previous week", "Next month", … for the period (also the texts of the window's actions).
    static QString previousText(DateRange::Period period);
    static QString nextText(DateRange::Period period);

signals:
    void previousRequested();
    void nextRequested();
    void todayRequested();
    void periodRequested(DateRange::Period period);
    // The user finished editing the first or last day of the custom range.
    void customRangeEdited(QDate first, QDate last);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTexts();

    std::unique_ptr<Ui::RangeBar> m_ui;
    QButtonGroup* m_periodGroup = nullptr;
    DateRange m_range;
    bool m_containsToday = false;
    QKeySequence m_previousShortcut;
    QKeySequence m_nextShortcut;
    QKeySequence m_todayShortcut;
};
