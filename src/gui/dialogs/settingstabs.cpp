// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/settingstabs.h"

#include <QBoxLayout>
#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>

SettingsTabs::SettingsTabs(QWidget* parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("settingsTabs"));
    setDocumentMode(false);
}

SettingsTabs* SettingsTabs::install(QBoxLayout* layout, const QList<QWidget*>& activityPages, QWidget* parent)
{
    auto* tabs = new SettingsTabs(parent);
    auto* general = new QWidget;
    auto* generalLayout = new QVBoxLayout(general);
    while (layout->count() > 1) { // the last item is the button box
        QLayoutItem* item = layout->takeAt(0);
        if (QWidget* widget = item->widget()) {
            generalLayout->addWidget(widget);
            delete item;
        } else {
            generalLayout->addItem(item);
        }
    }
    auto* activity = new QWidget;
    auto* activityLayout = new QVBoxLayout(activity);
    for (QWidget* page : activityPages)
        activityLayout->addWidget(page);
    activityLayout->addStretch(1);
    tabs->addScrollingTab(general, "generalScrollArea");
    tabs->addScrollingTab(activity, "activityScrollArea");
    tabs->retranslate();
    layout->insertWidget(0, tabs, 1);
    return tabs;
}

QScrollArea* SettingsTabs::addScrollingTab(QWidget* content, const char* objectName)
{
    auto* area = new QScrollArea;
    area->setObjectName(QLatin1String(objectName));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    addTab(area, QString());
    m_areas.append(area);
    return area;
}

void SettingsTabs::fit(int availableHeight)
{
    int wanted = 0;
    int width = 0;
    for (QScrollArea* area : std::as_const(m_areas)) {
        QWidget* content = area->widget();
        content->layout()->activate();
        wanted = qMax(wanted, content->sizeHint().height());
        width = qMax(width, content->sizeHint().width() + area->verticalScrollBar()->sizeHint().width());
    }
    // The tab bar and the pane's frame around the page.
    const int chrome = tabBar()->sizeHint().height() + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 8;
    const int height = qMax(120, qMin(wanted, availableHeight - chrome));
    for (QScrollArea* area : std::as_const(m_areas)) {
        area->setMinimumHeight(height);
        area->setMinimumWidth(width);
    }
}

void SettingsTabs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void SettingsTabs::retranslate()
{
    setTabText(0, tr("General"));
    setTabText(1, tr("Activity && reminders"));
}
