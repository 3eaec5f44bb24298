// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowloadprobe.h"

#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/mainwindow.h"
#include "models/daterange.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>

void WindowLoadProbe::install()
{
    const int days = qEnvironmentVariableIntValue("CLOCKODO_BENCH_WINDOW_DAYS");
    if (days <= 0 || !QCoreApplication::instance())
        return;
    QCoreApplication::instance()->installEventFilter(new WindowLoadProbe(days, QCoreApplication::instance()));
}

namespace {
// CPU time of the calling thread (the GUI thread here), in ns.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void installWindowLoadProbe()
{
    WindowLoadProbe::install();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installWindowLoadProbe)

WindowLoadProbe::WindowLoadProbe(int days, QObject* parent)
    : QObject(parent)
    , m_days(days)
{
    m_stallTimer.setTimerType(Qt::PreciseTimer);
    m_stallTimer.setInterval(1);
    connect(&m_stallTimer, &QTimer::timeout, this, &WindowLoadProbe::tick);
}

bool WindowLoadProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && event->type() == QEvent::Show) {
        if (auto* window = qobject_cast<MainWindow*>(watched)) {
            m_seen = true;
            m_window = window;
            QTimer::singleShot(0, this, &WindowLoadProbe::waitForFirstLoad);
        }
    }
    return QObject::eventFilter(watched, event);
}

// Polls every 20 ms until the window's own first load has finished (it starts once the user is known).
void WindowLoadProbe::waitForFirstLoad()
{
    if (!m_window)
        return;
    EntryTableModel* model = m_window->entryModel();
    if (!model || !model->hasQuery() || model->isLoading()) {
        QTimer::singleShot(20, this, &WindowLoadProbe::waitForFirstLoad);
        return;
    }
    QTimer::singleShot(500, this, &WindowLoadProbe::startMeasuredLoad); // let the first rows paint
}

void WindowLoadProbe::startMeasuredLoad()
{
    if (!m_window)
        return;
    EntryTableModel* model = m_window->entryModel();
    const QTimeZone zone = m_window->range().timeZone();
    const QDate today = DateRange::localDate(QDateTime::currentDateTimeUtc(), zone);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_firstRowsMs < 0)
            m_firstRowsMs = double(m_clock.nsecsElapsed()) / 1e6;
    });
    connect(model, &EntryTableModel::loadFinished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_allRowsMs >= 0)
                return;
            m_allRowsMs = double(m_clock.nsecsElapsed()) / 1e6;
            m_guiCpuMs = double(threadCpuNs() - m_startCpuNs) / 1e6;
            QTimer::singleShot(200, this, &WindowLoadProbe::finish);
        });
    });
    if (qEnvironmentVariable("CLOCKODO_BENCH_SLOW_EVENT_MS").toDouble() > 0)
        std::fprintf(stderr, "CLOCKODO_BENCH window-load-start at=%lld\n",
                     static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    m_clock.start();
    m_lastTickNs = 0;
    m_startCpuNs = threadCpuNs();
    m_lastTickCpuNs = m_startCpuNs;
    m_stallTimer.start();
    m_window->setRange(DateRange::custom(today.addDays(-(m_days - 1)), today, zone));
}

void WindowLoadProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_maxLatenessNs = std::max(m_maxLatenessNs, now - m_lastTickNs - 1000000);
    m_lastTickNs = now;
    const qint64 cpu = threadCpuNs();
    if (cpu - m_lastTickCpuNs > m_maxGapCpuNs)
        m_maxGapAtMs = double(now) / 1e6;
    m_maxGapCpuNs = std::max(m_maxGapCpuNs, cpu - m_lastTickCpuNs);
    m_lastTickCpuNs = cpu;
}

// A user's re-sort of the loaded table (a click on a column header), measured as the call takes (wall clock and the
// GUI thread's CPU): by description (text keys), then by date descending (the days regroup in reverse).
void WindowLoadProbe::measureResort(int column, Qt::SortOrder order, double* wallMs, double* cpuMs)
{
    if (!m_window || !m_window->entryView())
        return;
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu = threadCpuNs();
    m_window->entryView()->sortByColumn(column, order);
    *cpuMs = double(threadCpuNs() - cpu) / 1e6;
    *wallMs = double(wall.nsecsElapsed()) / 1e6;
}

// A saved edit, a new entry and a deletion as the window applies them to its model (EntryTableModel::upsertEntry(),
// removeEntry()): the call's wall-clock time and the GUI thread's CPU in it. The edit moves the entry in the middle
// of the table one day earlier (its day and its place in the model's order change) and changes its description.
void WindowLoadProbe::measureEdits(double* editMs, double* createMs, double* deleteMs)
{
    if (!m_window)
        return;
    EntryTableModel* model = m_window->entryModel();
    if (model->rowCount() < 2)
        return;
    const auto timed = [](const std::function<void()>& action) {
        const qint64 cpu = threadCpuNs();
        action();
        return double(threadCpuNs() - cpu) / 1e6;
    };
    Entry edited = model->entryAt(model->rowCount() / 2);
    edited.timeSince = edited.timeSince.addDays(-1);
    if (edited.timeUntil.isValid())
        edited.timeUntil = edited.timeUntil.addDays(-1);
    edited.text = QStringLiteral("Edited by the bench");
    *editMs = timed([&] { model->upsertEntry(edited); });
    Entry created = model->entryAt(model->rowCount() / 3);
    created.id = std::numeric_limits<qint64>::max() - 1;
    created.text = QStringLiteral("Created by the bench");
    *createMs = timed([&] { model->upsertEntry(created); });
    *deleteMs = timed([&] { model->removeEntry(created.id); });
}

// Page down through the loaded table as a user reading it does: each step shows a screenful of rows not painted
// before. The GUI thread's CPU of each step (the scroll and the synchronous repaint of the viewport): median, max.
void WindowLoadProbe::measurePaging(double* medianMs, double* maxMs)
{
    if (!m_window || !m_window->entryView())
        return;
    EntryTableView* view = m_window->entryView();
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(bar->minimum());
    view->viewport()->repaint();
    QList<double> steps;
    for (int i = 0; i < PagingSteps && bar->value() < bar->maximum(); ++i) {
        const qint64 cpu = threadCpuNs();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        steps.append(double(threadCpuNs() - cpu) / 1e6);
    }
    if (steps.isEmpty())
        return;
    std::sort(steps.begin(), steps.end());
    *medianMs = steps.at(steps.size() / 2);
    *maxMs = steps.last();
}

// The text filter typed as a user does, a letter at a time (FilterKeystrokeMs apart), then cleared: the GUI thread's
// CPU of each keystroke's call with the viewport's repaint, and of every event-loop turn meanwhile (what follows a
// keystroke in later turns: the day totals, the report, the chart), until FilterSettleMs after the clearing.
void WindowLoadProbe::startFilter()
{
    if (!m_window || !m_window->filterModel() || !m_window->entryView()) {
        report();
        return;
    }
    m_maxGapCpuNs = 0;
    m_lastTickCpuNs = threadCpuNs();
    m_stallTimer.start();
    QTimer::singleShot(0, this, [this] { filterStep(1); });
}

void WindowLoadProbe::filterStep(qsizetype length)
{
    if (!m_window) {
        report();
        return;
    }
    static const QString word = QStringLiteral("review");
    const qint64 cpu = threadCpuNs();
    m_window->filterModel()->setText(length <= word.size() ? word.left(length) : QString());
    m_window->entryView()->viewport()->repaint();
    const double ms = double(threadCpuNs() - cpu) / 1e6;
    if (length <= word.size()) {
        m_filterTypeMaxMs = std::max(m_filterTypeMaxMs, ms);
        QTimer::singleShot(FilterKeystrokeMs, this, [this, length] { filterStep(length + 1); });
        return;
    }
    m_filterClearMs = ms;
    QTimer::singleShot(FilterSettleMs, this, [this] {
        tick();
        m_stallTimer.stop();
        m_filterTurnMaxMs = double(m_maxGapCpuNs) / 1e6;
        report();
    });
}

void WindowLoadProbe::finish()
{
    tick();
    m_stallTimer.stop();
    m_rows = m_window ? m_window->entryModel()->rowCount() : -1;
    m_stallMs = double(m_maxLatenessNs) / 1e6;
    m_stallCpuMs = double(m_maxGapCpuNs) / 1e6;
    m_stallAtMs = m_maxGapAtMs;
    measureResort(EntryTableModel::DescriptionColumn, Qt::AscendingOrder, &m_resortTextMs, &m_resortTextCpuMs);
    measureResort(EntryTableModel::DateColumn, Qt::DescendingOrder, &m_resortDateMs, &m_resortDateCpuMs);
    measureEdits(&m_editMs, &m_createMs, &m_deleteMs);
    measurePaging(&m_pageMs, &m_pageMaxMs);
    startFilter();
}

void WindowLoadProbe::report()
{
    std::fprintf(
        stderr,
        "CLOCKODO_BENCH window-load first-rows-ms=%.1f all-rows-ms=%.1f max-stall-ms=%.1f "
        "max-stall-cpu-ms=%.1f max-stall-cpu-at-ms=%.1f gui-cpu-ms=%.1f resort-text-ms=%.1f resort-text-cpu-ms=%.1f "
        "resort-date-ms=%.1f resort-date-cpu-ms=%.1f edit-cpu-ms=%.1f create-cpu-ms=%.1f delete-cpu-ms=%.1f "
        "page-cpu-ms=%.1f page-max-cpu-ms=%.1f filter-type-max-cpu-ms=%.1f filter-clear-cpu-ms=%.1f "
        "filter-turn-max-cpu-ms=%.1f rows=%d at=%lld\n",
        m_firstRowsMs, m_allRowsMs, m_stallMs, m_stallCpuMs, m_stallAtMs, m_guiCpuMs, m_resortTextMs, m_resortTextCpuMs,
        m_resortDateMs, m_resortDateCpuMs, m_editMs, m_createMs, m_deleteMs, m_pageMs, m_pageMaxMs, m_filterTypeMaxMs,
        m_filterClearMs, m_filterTurnMaxMs, m_rows, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stderr);
}
