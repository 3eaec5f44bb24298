// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/daytotalsmodel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

// Hours per day of the shown range as bars (QPainter, palette colours only), today's bar highlighted. Hovering a
// bar tells its total; clicking it reports the day. Scales from a day (one bar) to a month (31 thin bars).
class HoursChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit HoursChartWidget(QWidget* parent = nullptr);

    void setModel(DayTotalsModel* model);
    DayTotalsModel* model() const { return m_model; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The day whose bar is at pos (invalid outside the bars).
    QDate dayAt(const QPoint& pos) const;
    QRect barRect(int index) const;
    // Target seconds per day (WorkTimePanel): drawn as a short line over each day's bar; empty: none.
    void setDailyTargets(const QHash<QDate, qint64>& targets);

signals:
    void dayClicked(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void modelChanged();
    QRect plotRect() const;
    qint64 scaleSeconds() const;

    QPointer<DayTotalsModel> m_model;
    // What the bars show (minutes per day, the scale): a change the bars do not show repaints nothing, a running
    // clock repaints its bar once a minute.
    QList<qint64> m_shownMinutes;
    qint64 m_shownScale = -1;
    int m_shownToday = -1;
    QHash<QDate, qint64> m_targets;
};
