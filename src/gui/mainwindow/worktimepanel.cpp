// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/worktimepanel.h"

#include "core/worktime/worktimeservice.h"
#include "core/worktime/worktimetext.h"
#include "gui/mainwindow/hourschartwidget.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>

WorkTimePanel::WorkTimePanel(WorkTimeService* service, QWidget* parent)
    : QFrame(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_today(new QLabel(this))
    , m_week(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_absences(new QLabel(this))
{
    setObjectName(QStringLiteral("workTimePanel"));
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_absences->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    for (QLabel* label : { m_title, m_today, m_week, m_balance, m_absences })
        layout->addWidget(label);
    layout->addStretch();
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    connect(service, &WorkTimeService::changed, this, &WorkTimePanel::update);
    update();
}

WorkTimePanel* WorkTimePanel::placeBeside(HoursChartWidget* chart, WorkTimeService* service)
{
    auto* parentLayout = chart->parentWidget() ? qobject_cast<QBoxLayout*>(chart->parentWidget()->layout()) : nullptr;
    auto* panel = new WorkTimePanel(service, chart->parentWidget());
    panel->setChart(chart);
    if (parentLayout) {
        const int index = parentLayout->indexOf(chart);
        if (index >= 0) {
            parentLayout->removeWidget(chart);
            auto* row = new QHBoxLayout;
            row->addWidget(chart, 1);
            row->addWidget(panel);
            parentLayout->insertLayout(index, row);
        }
    }
    panel->update();
    return panel;
}

void WorkTimePanel::setChart(HoursChartWidget* chart)
{
    m_chart = chart;
}

void WorkTimePanel::update()
{
    const bool shown = m_service && m_service->available();
    setVisible(shown);
    if (!shown) {
        if (m_chart)
            m_chart->setDailyTargets({});
        return;
    }
    const WorkTimePicture p = m_service->picture();
    m_title->setText(tr("Work time"));
    m_today->setText(WorkTimeText::today(p));
    m_week->setText(WorkTimeText::week(p));
    QStringList balance;
    if (p.overtimeSeconds)
        balance << WorkTimeText::overtime(*p.overtimeSeconds);
    if (p.vacationDaysLeft)
        balance << WorkTimeText::vacationLeft(*p.vacationDaysLeft);
    m_balance->setText(balance.join(QLatin1Char('\n')));
    m_balance->setVisible(!balance.isEmpty());
    QStringList absences;
    for (const Absence& a : p.upcoming)
        absences << WorkTimeText::absence(a);
    m_absences->setText(absences.isEmpty() ? QString()
                                           : tr("Coming up:") + QLatin1Char('\n') + absences.join(QLatin1Char('\n')));
    m_absences->setVisible(!absences.isEmpty());
    if (m_chart)
        m_chart->setDailyTargets(p.hasTarget ? p.dailyTargets : QHash<QDate, qint64>());
}

void WorkTimePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QFrame::changeEvent(event);
}
