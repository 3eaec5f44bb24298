// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class ReportView;
class Settings;

// The window's "Report" dock around a ReportView: closed by default, remembers in Settings whether the user keeps it
// open (View > Report, its close button). The title keeps MainWindow's translation context.
class ReportDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ReportDock(QWidget* parent = nullptr);

    ReportView* view() const { return m_view; }
    // Opens or closes the dock as settings says and remembers the user's choice there from now on.
    void setSettings(Settings* settings);
    // Stops remembering: the window going away hides the dock, which is not the user closing the report.
    void forgetSettings();
    void retranslate();

private:
    ReportView* m_view = nullptr;
};
