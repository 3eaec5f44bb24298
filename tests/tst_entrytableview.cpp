// SPDX-License-Identifier: GPL-3.0-or-later
// EntryTableView over the window's chain (EntryTableModel -> EntryFilterProxyModel -> DayGroupProxyModel, with
// DayTotalsModel for the headers): the columns are measured again when what they show may have changed width, not
// when a day's header changes (its total changes with every slice of a load and every minute of a running clock:
// measuring then was a few ms in most event-loop turns of a large load). Rows pouring in repaint the viewport once
// per interval (ViewportRepaintHold), not after every slice; rows arriving or changing out of view repaint nothing.
// TodayInView (the view's companion while a range loads) goes to where the view ends up, not to every newest day.
#include "gui/mainwindow/entrytableview.h"
#include "gui/mainwindow/todayinview.h"
#include "gui/mainwindow/viewportrepainthold.h"
#include "models/daterange.h"
#include "models/daygroupproxymodel.h"
#include "models/daytotalsmodel.h"
#include "models/entryfilterproxymodel.h"
#include "models/entrytablemodel.h"
#include "support/manualclock.h"
#include "support/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>

#include <memory>

namespace {
// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

void spinTurns(int turns)
{
    for (int i = 0; i < turns; ++i)
        QCoreApplication::processEvents();
}

const QTimeZone Berlin("Europe/Berlin");
const QDateTime Now(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC); // Wednesday 16:00 in Berlin

// Customer <id>'s (or customer's) entry on date from hour for minutes, in Berlin.
Entry entryAt(qint64 id, QDate date, int hour, int minutes, qint64 customer = 0)
{
    const QDateTime since = QDateTime(date, QTime(hour, 0), Berlin).toUTC();
    return timeEntry(id, since, since.addSecs(minutes * 60), customer > 0 ? customer : id);
}
} // namespace

class TestEntryTableView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<EntryTableModel> m_model;
    std::unique_ptr<EntryFilterProxyModel> m_proxy;
    std::unique_ptr<DayTotalsModel> m_totals;
    std::unique_ptr<DayGroupProxyModel> m_groups;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<EntryTableView> m_view;

private slots:
    void init();
    void cleanup();
    void dayHeaderChangesDoNotMeasureAgain();
    void amountsThatChangeFormMeasureAgain();
    void rowsPouringInPaintOncePerInterval();
    void rowsOutOfViewPaintNothing();
    void todayInViewWaitsForItsDay();

private:
    // A viewport that shows about five of the nine rows.
    void showFewRows();
};

void TestEntryTableView::init()
{
    m_clock = std::make_unique<ManualClock>(Now);
    m_model = std::make_unique<EntryTableModel>(nullptr, m_clock.get());
    m_model->setTimeZone(Berlin);
    m_proxy = std::make_unique<EntryFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(EntryTableModel::DateColumn, Qt::AscendingOrder);
    m_totals = std::make_unique<DayTotalsModel>(m_clock.get());
    m_totals->setRange(DateRange::week(QDate(2026, 11, 25), Berlin, true));
    m_totals->setSourceModel(m_proxy.get());
    m_groups = std::make_unique<DayGroupProxyModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_groups.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_groups->setDayTotals(m_totals.get());
    m_groups->setSourceModel(m_proxy.get());
    const QDate monday(2026, 11, 23);
    for (int day = 0; day < 3; ++day) {
        m_model->upsertEntry(entryAt(1 + 2 * day, monday.addDays(day), 9, 60));
        m_model->upsertEntry(entryAt(2 + 2 * day, monday.addDays(day), 11, 90));
    }
    m_totals->recompute();
    m_view = std::make_unique<EntryTableView>();
    m_view->resize(900, 400);
    m_view->setModel(m_groups.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCoreApplication::processEvents();
    QCOMPARE(m_groups->rowCount(), 3 + 6);
}

void TestEntryTableView::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_groups.reset();
    m_totals.reset();
    m_proxy.reset();
    m_model.reset();
    m_clock.reset();
}

void TestEntryTableView::dayHeaderChangesDoNotMeasureAgain()
{
    const int fits = m_view->fits();
    QVERIFY(fits >= 1);
    // Every header row tells a change of all its columns (as when the days' totals change).
    m_groups->retranslate();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(m_view->fits(), fits);
}

void TestEntryTableView::amountsThatChangeFormMeasureAgain()
{
    const int fits = m_view->fits();
    m_model->setCurrency(QStringLiteral("EUR")); // every amount and revenue shown in another form
    QTRY_COMPARE(m_view->fits(), fits + 1);
}

void TestEntryTableView::rowsPouringInPaintOncePerInterval()
{
    ViewportRepaintHold* hold = m_view->repaintHold();
    hold->setIntervalMs(3600 * 1000); // the interval never ends by itself here: the test ends it (release)
    auto* counter = new PaintCounter(m_view->viewport());
    spinTurns(5);
    QVERIFY(!hold->holding());
    const QDate thursday(2026, 11, 26);
    // The first rows paint at once.
    m_model->upsertEntry(entryAt(20, thursday, 8, 30));
    QTRY_VERIFY(counter->paints > 0);
    spinTurns(5);
    const int first = counter->paints;
    // More rows within the interval, each in a turn of its own, as a load's slices: held, nothing lost.
    for (int i = 0; i < 4; ++i) {
        m_model->upsertEntry(entryAt(21 + i, thursday, 9 + i, 30));
        spinTurns(5);
    }
    QCOMPARE(counter->paints, first);
    QVERIFY(hold->holding());
    QCOMPARE(m_groups->rowCount(), 4 + 6 + 5);
    // The interval's end paints what was held, once.
    hold->release();
    QTRY_VERIFY(counter->paints > first);
    spinTurns(5);
    QCOMPARE(counter->paints, first + 1);
    QVERIFY(!hold->holding());
    // A quiet interval later the next rows paint at once again.
    hold->release();
    m_model->upsertEntry(entryAt(30, thursday, 15, 30));
    QTRY_VERIFY(counter->paints > first + 1);
}

void TestEntryTableView::showFewRows()
{
    m_view->resize(900, m_view->verticalHeader()->defaultSectionSize() * 5 + m_view->horizontalHeader()->height());
    spinTurns(5);
    m_view->verticalHeader()->hide(); // as in the window (its width would follow the number of digits)
    m_view->fitColumns(); // with the vertical scroll bar that came with the smaller size
    spinTurns(5);
    const int last = m_view->rowAt(m_view->viewport()->height() - 1);
    QVERIFY(last >= 3);
    QVERIFY(last < m_groups->rowCount() - 2);
}

void TestEntryTableView::rowsOutOfViewPaintNothing()
{
    showFewRows();
    auto* counter = new PaintCounter(m_view->viewport());
    spinTurns(5);
    const int paints = counter->paints;
    const int maximum = m_view->verticalScrollBar()->maximum();
    // Rows arriving below what the viewport shows (a range loading in date order): a new day at the bottom, a row at
    // the end of the last day (customers already shown: the columns keep their widths). Neither laid out nor painted
    // nor held; the scroll range follows.
    m_model->upsertEntry(entryAt(40, QDate(2026, 11, 27), 9, 30, 1));
    spinTurns(3);
    m_model->upsertEntry(entryAt(41, QDate(2026, 11, 25), 16, 30, 2));
    spinTurns(5);
    QCOMPARE(m_groups->rowCount(), 9 + 3);
    QCOMPARE(counter->paints, paints);
    QVERIFY(!m_view->repaintHold()->holding());
    QTRY_VERIFY(m_view->verticalScrollBar()->maximum() > maximum);
    // Changes of rows out of view (the row and its day's header, whose total changes): nothing to paint either.
    m_model->upsertEntry(entryAt(40, QDate(2026, 11, 27), 9, 45, 1));
    spinTurns(5);
    QCOMPARE(counter->paints, paints);
    // A change in view paints, and so does a row arriving in view (Monday's first).
    m_model->upsertEntry(entryAt(1, QDate(2026, 11, 23), 9, 75, 1));
    QTRY_VERIFY(counter->paints > paints);
    spinTurns(5);
    const int changed = counter->paints;
    m_model->upsertEntry(entryAt(42, QDate(2026, 11, 23), 7, 30, 1));
    QTRY_VERIFY(counter->paints > changed);
    QCOMPARE(m_view->model()->index(1, 0).data(EntryTableModel::IdRole).toLongLong(), 42);
}

void TestEntryTableView::todayInViewWaitsForItsDay()
{
    showFewRows();
    const auto visible = [this](int row) {
        const QRect rect = m_view->visualRect(m_view->model()->index(row, 0));
        return row >= 0 && rect.isValid() && m_view->viewport()->rect().contains(rect);
    };
    // A range that holds today (Friday here) loads in date order: the newest day so far is not chased.
    TodayInView inView(m_view.get(), m_model.get());
    inView.arm(QDate(2026, 11, 27));
    m_model->upsertEntry(entryAt(50, QDate(2026, 11, 26), 9, 30));
    spinTurns(5);
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    QVERIFY(visible(0));
    // Today's header arrives: there it goes.
    m_model->upsertEntry(entryAt(51, QDate(2026, 11, 27), 9, 30));
    QTRY_VERIFY(visible(m_groups->headerRowOf(QDate(2026, 11, 27))));
    QVERIFY(!visible(0));

    // A range without today: nothing moves until the load is done, then the newest day shows.
    m_view->scrollToTop();
    inView.arm(QDate());
    m_model->upsertEntry(entryAt(52, QDate(2026, 11, 28), 9, 30));
    spinTurns(5);
    QCOMPARE(m_view->verticalScrollBar()->value(), 0);
    emit m_model->loadFinished();
    QTRY_VERIFY(visible(m_groups->headerRowOf(QDate(2026, 11, 28))));
    QVERIFY(!visible(0));
}

QTEST_MAIN(TestEntryTableView)
#include "tst_entrytableview.moc"
