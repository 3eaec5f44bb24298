// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class MainWindow;

// Measuring aid of bench_scale.sh, linked only into clockodo-desktop-bench beside BenchProbe. Active when
// CLOCKODO_BENCH_WINDOW_DAYS=<days> is set: when the main window is first shown and its own first load (the current
// week) has finished, it points the window at the last <days> days (DateRange::custom, today included) and measures
// that load from the setRange() call:
//   first rows - until the first rowsInserted of the window's entry model,
//   all rows   - until loadFinished plus one event-loop turn (the day totals and the chart follow it),
//   max stall  - the largest lateness of a 1 ms precise QTimer on the GUI thread (gap between ticks minus 1 ms),
//                from the setRange() call until 200 ms after all rows,
//   max stall CPU - the GUI thread's own CPU time (CLOCK_THREAD_CPUTIME_ID) in its costliest gap between two ticks
//                of that timer: unlike the lateness it does not grow when other processes take the core, so it shows
//                the longest event-loop turn on a loaded machine too,
//                (and when it ended: max-stall-cpu-at-ms, to compare with all rows),
//   GUI CPU    - the GUI thread's CPU time from the setRange() call to all rows,
//   re-sort    - then (after the 200 ms) the table sorted by description and then by date descending, as a click on
//                a column header does: the call's wall-clock time and the GUI thread's CPU in it,
//   edit, create, delete - then the GUI thread's CPU in the entry model's taking of a saved edit (the entry in the
//                middle of the table moved to the day before, a new description), of a new entry and of its deletion
//                (EntryTableModel::upsertEntry(), removeEntry(): what the window does after the server confirmed),
//   page       - then the GUI thread's CPU of each page down through the table (a screenful painted for the first
//                time), median and max of PagingSteps,
//   filter     - then the text filter typed a letter at a time ("review", FilterKeystrokeMs apart, as the filter
//                bar's line edit sets it on each keystroke) and cleared: the GUI thread's CPU of the costliest
//                keystroke (the call with the viewport's repaint), of the clearing, and of the costliest event-loop
//                turn from the first keystroke until FilterSettleMs after the clearing (what follows in later turns:
//                over EntryFilterProxyModel::scanRows() rows the slices of the text's test and the turn it takes
//                effect in, the day totals, the repaint).
// It prints "CLOCKODO_BENCH window-load first-rows-ms=… all-rows-ms=… max-stall-ms=… max-stall-cpu-ms=…
// gui-cpu-ms=… resort-text-ms=… resort-text-cpu-ms=… resort-date-ms=… resort-date-cpu-ms=… edit-cpu-ms=…
// create-cpu-ms=… delete-cpu-ms=… page-cpu-ms=… page-max-cpu-ms=… filter-type-max-cpu-ms=…
// filter-clear-cpu-ms=… filter-turn-max-cpu-ms=… rows=… at=<epoch ms>" to stderr.
class WindowLoadProbe : public QObject
{
    Q_OBJECT
public:
    static void install();
    static constexpr int PagingSteps = 40;
    static constexpr int FilterKeystrokeMs = 150;
    static constexpr int FilterSettleMs = 500;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    WindowLoadProbe(int days, QObject* parent);
    void waitForFirstLoad();
    void startMeasuredLoad();
    void tick();
    void measureResort(int column, Qt::SortOrder order, double* wallMs, double* cpuMs);
    void measureEdits(double* editMs, double* createMs, double* deleteMs);
    void measurePaging(double* medianMs, double* maxMs);
    void finish();
    void startFilter();
    void filterStep(qsizetype length);
    void report();

    int m_days = 0;
    bool m_seen = false;
    QPointer<MainWindow> m_window;
    QTimer m_stallTimer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxLatenessNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_startCpuNs = 0;
    qint64 m_maxGapCpuNs = 0;
    double m_maxGapAtMs = -1; // when that gap ended, from the setRange() call
    double m_guiCpuMs = -1;
    double m_firstRowsMs = -1;
    double m_allRowsMs = -1;
    int m_rows = -1;
    double m_stallMs = -1;
    double m_stallCpuMs = -1;
    double m_stallAtMs = -1;
    double m_resortTextMs = -1, m_resortTextCpuMs = -1, m_resortDateMs = -1, m_resortDateCpuMs = -1;
    double m_editMs = -1, m_createMs = -1, m_deleteMs = -1;
    double m_pageMs = -1, m_pageMaxMs = -1;
    double m_filterTypeMaxMs = 0, m_filterClearMs = -1, m_filterTurnMaxMs = -1;
};
