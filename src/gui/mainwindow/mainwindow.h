// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/entries/entry.h"
#include "gui/dialogs/entryeditdialog.h"
#include "gui/mainwindow/bannertopics.h"
#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/reportdock.h"
#include "gui/mainwindow/timezonelabel.h"
#include "models/daterange.h"
#include "models/masterdata.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <memory>

class Clock;
class MainWindowActions;
class MainWindowStatus;
class DayGroupProxyModel;
class ClockActions;
class DayTotalsModel;
class EntryDialogLauncher;
class EntryUndoController;
class EntryFilterBar;
class EntryFilterProxyModel;
class EntryTableModel;
class ErrorBanner;
class ReportModel;
class ReportView;
class TodayInView;
class ExportController;
class HoursChartWidget;
class QAction;
class Settings;
class StopwatchSession;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;

namespace Ui {
class MainWindow;
}

// The main window: the running clock strip (setStopwatchWidget), range navigation (day / week / month / custom,
// in the Clockodo user's time zone and week start), hours per day as a chart (their totals over the bars), the entry
// table grouped by day with filters, and the status line. It opens as large as the screen's free area allows
// (WindowPlacement). Entries are added, edited, duplicated and deleted from here (Ins / Ctrl+N, Enter, Ctrl+D, Del;
// Ctrl+F filters) and exported as CSV; the clock starts, stops, switches and continues from the Clock menu (Ctrl+T,
// Ctrl+Shift+T, Ctrl+Shift+C); Help > Keyboard shortcuts (F1, "keyboardShortcutsAction") opens the ShortcutsDialog
// that lists every key. Problems that do not touch the user's input appear in a banner above the table with Retry,
// which retries every one of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // "Connected as … · demo data" in the status line.
    void setConnectionText(const QString& email, bool demo);
    // Puts widget (the stopwatch strip) at the top of the window; nullptr removes it. The window takes it over.
    void setStopwatchWidget(QWidget* widget);
    QWidget* stopwatchWidget() const { return m_stopwatchWidget; }
    // The clock strip (a StopwatchWidget over session) and the clock's actions: the Clock menu (Start/Stop, Switch,
    // Continue, with their keys) and, in the table's context menu, Continue this task and Pin this task. Once.
    void setStopwatchSession(StopwatchSession* session);
    ClockActions* clockActions() const { return m_clockActions; }
    // The application-wide actions (Settings…, Sign in…, Quit) for the File menu; nullptr stands for a separator.
    // The actions stay owned by the caller.
    void setApplicationActions(const QList<QAction*>& actions);
    // When on, entries are not fetched while the window is hidden (a tray app that is never opened loads nothing
    // but the clock); the first show fetches them. Off by default.
    void setDeferLoadingWhileHidden(bool defer);
    // Connects the entry views to the account, once: the entry models are created here (owned by the window),
    // masterData is shared with the rest of the app (not owned) and loaded if needed; the entries load once the user
    // (time zone) is known.
    void setDataSources(ApiClient* api, MasterData* masterData, Clock* clock = nullptr);

    DateRange range() const { return m_range; }
    void setRange(const DateRange& range);

    EntryTableModel* entryModel() const { return m_model; }
    DayTotalsModel* dayTotalsModel() const { return m_totals; }
    EntryTableView* entryView() const { return m_view; }
    // The view's models: the entries filtered and sorted, and grouped by day with a header row per day.
    EntryFilterProxyModel* filterModel() const { return m_proxy; }
    DayGroupProxyModel* dayGroupModel() const { return m_groups; }
    ErrorBanner* banner() const { return m_banner; }
    HoursChartWidget* chart() const { return m_chart; }
    EntryFilterBar* filterBar() const { return m_filterBar; }
    // "Times in Europe/Berlin" in the status bar, shown while the account's zone differs from the OS's.
    QLabel* timeZoneLabel() const { return m_zoneLabel; }
    // File > Export… (SQLite, CSV, JSON of the shown range, fetched again from the server).
    ExportController* exportController() const { return m_exportController; }
    // Where the window remembers whether the Report dock is open (closed by default; View > Report toggles it) and
    // which columns of the entry table the user hid (from the header's context menu).
    void setSettings(Settings* settings);
    // The "Report" dock: hours, lump sums and revenue of the table's rows, grouped (null model before setDataSources).
    ReportModel* reportModel() const { return m_report; }
    ReportView* reportView() const { return m_reportDock->view(); }
    QDockWidget* reportDock() const { return m_reportDock; }
    // The empty-state text when it is shown, else an empty string.
    QString emptyText() const;
    // The entry dialog or delete confirmation currently open (for tests and automation).
    EntryEditDialog* currentDialog() const;
    QMessageBox* deleteConfirmation() const { return m_confirmation; }
    // Undo of deletes and edits: Ctrl+Z, the toast and the steps.
    EntryUndoController* undoController() const { return m_undo; }

public slots:
    // Loads the shown range again in place (e.g. after the stopwatch started or stopped an entry).
    void refreshEntries();
    void newEntry(Entry::Type type = Entry::Type::Time);
    void editCurrent();
    void duplicateCurrent();
    void deleteSelected();
    // Asks for a file and writes the entries as shown (sorted, filtered) as CSV.
    void exportCsv();
    // Writes the CSV to path (in the background); csvExported() tells the result.
    void exportCsvTo(const QString& path);
    void showFilter();
    void showPrevious();
    void showNext();
    void showToday();
    void setPeriod(DateRange::Period period);

signals:
    // The user added, changed or deleted entries here (the stopwatch may want to look again).
    void entriesChanged();
    void csvExported(const QString& path, bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildUi();
    void createActions();
    void connectUi();
    void retranslate();
    void connectModels();
    void connectMasterData(MasterData* masterData);
    void applyUser(const User& user);
    // The account's zone (MasterData::timeZone()) for the table, the range and the zone label.
    void applyTimeZone();
    // The signed-in user's id from the master data; 0 while unknown.
    qint64 userId() const;
    void reload();
    void updateRangeTexts();
    void updateEmptyState();
    void updateTotals();
    void updateActions();
    void updateTicking();
    // Retry in the banner: everything it stood for.
    void retryBannerTopics(const QList<BannerTopics::Topic>& topics);
    void entrySaved(const Entry& entry, bool created);
    void performDelete(const QList<qint64>& ids);
    void selectEntry(qint64 id);
    void scrollToDay(QDate date);
    QDate today() const;
    QDate dayForNewEntry() const;

    // data
    QPointer<ApiClient> m_api;
    QPointer<MasterData> m_masterData;
    Clock* m_clock = nullptr;
    EntryTableModel* m_model = nullptr;
    EntryFilterProxyModel* m_proxy = nullptr;
    DayTotalsModel* m_totals = nullptr;
    DayGroupProxyModel* m_groups = nullptr;
    TodayInView* m_todayInView = nullptr;
    DateRange m_range;
    bool m_userApplied = false; // the range follows the user's zone and week start

    // widgets: the form (ui/mainwindow.ui) and the parts used most, by name
    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<QWidget> m_stopwatchWidget;
    HoursChartWidget* m_chart = nullptr;
    ErrorBanner* m_banner = nullptr;
    EntryFilterBar* m_filterBar = nullptr;
    EntryTableView* m_view = nullptr;
    MainWindowStatus* m_status = nullptr;
    TimeZoneLabel* m_zoneLabel = nullptr;
    BannerTopics* m_bannerTopics = nullptr;
    EntryDialogLauncher* m_entryDialogs = nullptr;
    EntryUndoController* m_undo = nullptr;
    QPointer<QMessageBox> m_confirmation;
    ExportController* m_exportController = nullptr;
    ReportModel* m_report = nullptr;
    ReportDock* m_reportDock = nullptr;
    ClockActions* m_clockActions = nullptr;
    QMenu* m_helpMenu = nullptr;

    // actions (from the form, by name)
    MainWindowActions* m_actions = nullptr;
    bool m_deferWhileHidden = false;
    bool m_loadPending = false;

    QList<qint64> m_failedDeletes;
    bool m_demo = false;
};
