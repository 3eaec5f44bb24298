// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QTabWidget>

class QBoxLayout;
class QScrollArea;

// The settings dialog's two tabs (issue 13, "one page for all of it"): "General" (account, language, start at login,
// display, connection: what the dialog's layout held) and "Activity & reminders" (idle and lock, reminders and quiet
// hours). Each tab scrolls where the screen is too short for it; the dialog's buttons stay below the tabs.
class SettingsTabs : public QTabWidget
{
    Q_OBJECT
public:
    // Moves every item of `layout` but the last (the button box) into the General tab, puts `activityPages` into
    // the second tab, and inserts the tabs at the top of `layout`.
    static SettingsTabs* install(QBoxLayout* layout, const QList<QWidget*>& activityPages, QWidget* parent);

    // Both tabs as tall as the taller one's content needs, but at most `availableHeight` for the whole tab widget
    // (beyond that the tab scrolls), and wide enough for either content.
    void fit(int availableHeight);

protected:
    void changeEvent(QEvent* event) override;

private:
    explicit SettingsTabs(QWidget* parent);
    QScrollArea* addScrollingTab(QWidget* content, const char* objectName);
    void retranslate();

    QList<QScrollArea*> m_areas;
};
