// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPointer>

class HoursChartWidget;
class QLabel;
class WorkTimeService;

// The work-time picture beside the hours chart: today's and this week's hours against target, the overtime balance,
// the vacation days left and the next absences; the week's daily targets go to the chart as its target line. Hidden
// while there is no picture (not signed in, no right to see it).
class WorkTimePanel : public QFrame
{
    Q_OBJECT
public:
    explicit WorkTimePanel(WorkTimeService* service, QWidget* parent = nullptr);

    // Puts a new panel to the right of chart (in the chart's place in its layout) and returns it.
    static WorkTimePanel* placeBeside(HoursChartWidget* chart, WorkTimeService* service);
    void setChart(HoursChartWidget* chart);

    QLabel* todayLabel() const { return m_today; }
    QLabel* weekLabel() const { return m_week; }
    QLabel* balanceLabel() const { return m_balance; }
    QLabel* absencesLabel() const { return m_absences; }

public slots:
    void update();

protected:
    void changeEvent(QEvent* event) override;

private:
    QPointer<WorkTimeService> m_service;
    QPointer<HoursChartWidget> m_chart;
    QLabel* m_title = nullptr;
    QLabel* m_today = nullptr;
    QLabel* m_week = nullptr;
    QLabel* m_balance = nullptr;
    QLabel* m_absences = nullptr;
};
