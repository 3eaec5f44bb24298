// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include <functional>

class QMainWindow;
class ReportView;
class Settings;

// The window's "Report" dock around a ReportView: closed by default, remembers in Settings whether the user keeps it
// open (View > Report, its close button). The title keeps MainWindow's translation context.
// Where it goes: at the window's right when the window is wide enough for the report beside what the rest of the
// window needs (setCentralNeed(): the width below which the range's title or the table would be cut), else under the
// table at the window's full width (a 1280 or 1024 px screen). It moves when it opens and when the window's width
// crosses that line.
class ReportDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ReportDock(QMainWindow* parent);
    void setCentralNeed(std::function<int()> need);

    ReportView* view() const { return m_view; }
    // Opens or closes the dock as settings says and remembers the user's choice there from now on.
    void setSettings(Settings* settings);
    // Stops remembering: the window going away hides the dock, which is not the user closing the report.
    void forgetSettings();
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Puts the dock where it fits; sizes it when it moved (or opened).
    void place(bool opening);

    ReportView* m_view = nullptr;
    QMainWindow* m_window = nullptr;
    std::function<int()> m_centralNeed;
    QMetaObject::Connection m_remember;
    bool m_placing = false;
};
