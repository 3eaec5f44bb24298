// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/correctclockdialog.h"

#include "core/platform/dateformats.h"
#include "core/tracking/stopwatchsession.h"
#include "gui/widgets/taskpicker.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

QPointer<CorrectClockDialog> CorrectClockDialog::s_open;

CorrectClockDialog::CorrectClockDialog(StopwatchSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_picker(new TaskPicker(session->catalog(), this))
    , m_startLabel(new QLabel(this))
    , m_start(new QDateTimeEdit(this))
    , m_minus5(new QPushButton(this))
    , m_minus15(new QPushButton(this))
    , m_plus5(new QPushButton(this))
    , m_duration(new QLabel(this))
    , m_message(new QLabel(this))
    , m_useFreeStart(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    m_start->setDisplayFormat(DateFormats::shortDateTime(m_start->locale()));
    Stopwatch* stopwatch = session->stopwatch();
    if (stopwatch->running())
        m_entry = *stopwatch->running();
    m_saveButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);

    m_start->setCalendarPopup(true);
    // The edit shows wall-clock time in the account's zone (the table's), not the OS's: it carries that wall time
    // as a zone-less UTC value; newStart() reads it back in the account's zone.
    m_start->setTimeSpec(Qt::UTC);
    setStart(m_entry.timeSince);
    m_start->setMaximumDateTime(latestWallTime(stopwatch->serverNow()));
    m_startLabel->setBuddy(m_start);
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_start, 1);
    startRow->addWidget(m_minus15);
    startRow->addWidget(m_minus5);
    startRow->addWidget(m_plus5);
    m_picker->formLayout()->addRow(m_startLabel, startRow);
    m_picker->formLayout()->addRow(QString(), m_duration);

    m_message->setWordWrap(true);
    m_useFreeStart->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_message);
    layout->addWidget(m_useFreeStart, 0, Qt::AlignLeft);
    layout->addWidget(m_buttons);

    m_picker->setClock(session->clock());
    m_picker->setTask(m_entry);
    connect(m_picker, &TaskPicker::changed, this, &CorrectClockDialog::updateState);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &CorrectClockDialog::updateState);
    connect(m_minus5, &QPushButton::clicked, this, [this] { shiftStart(-5); });
    connect(m_minus15, &QPushButton::clicked, this, [this] { shiftStart(-15); });
    connect(m_plus5, &QPushButton::clicked, this, [this] { shiftStart(5); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectClockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CorrectClockDialog::reject);
    connect(m_useFreeStart, &QPushButton::clicked, this, [this] {
        setStart(m_freeStart);
        m_useFreeStart->hide();
        m_overlapShown = false;
        accept();
    });

    connect(stopwatch, &Stopwatch::stateChanged, this, &CorrectClockDialog::updateState);
    connect(stopwatch, &Stopwatch::actionSucceeded, this, [this](Stopwatch::Action action, const QString&) {
        if ((action == Stopwatch::Action::Edit && m_step == Step::Editing)
            || (action == Stopwatch::Action::CorrectStart && m_step == Step::Correcting)) {
            if (m_session->stopwatch()->running())
                m_entry = *m_session->stopwatch()->running();
            next();
        }
    });
    connect(stopwatch, &Stopwatch::actionFailed, this,
            [this](Stopwatch::Action action, const ApiError&, const QString& message) {
                if ((action == Stopwatch::Action::Edit && m_step == Step::Editing)
                    || (action == Stopwatch::Action::CorrectStart && m_step == Step::Correcting)) {
                    m_step = Step::Idle;
                    m_message->setText(message);
                    if (m_session->stopwatch()->running())
                        m_entry = *m_session->stopwatch()->running();
                    updateState();
                }
            });
    connect(stopwatch, &Stopwatch::correctionOverlapping, this,
            [this](const ClockCorrection::Result& result, const QString&) {
                if (m_step != Step::Correcting)
                    return;
                m_step = Step::Idle;
                if (m_session->stopwatch()->running())
                    m_entry = *m_session->stopwatch()->running();
                m_freeStart = result.overlappingFreeTimeSince;
                m_overlapShown = true;
                m_message->setText(overlapText());
                if (m_freeStart.isValid()) {
                    m_useFreeStart->setText(
                        tr("Start at %1 instead").arg(m_session->stopwatch()->timeText(m_freeStart)));
                    m_useFreeStart->show();
                }
                updateState();
            });

    retranslateUi();
    updateState();
}

CorrectClockDialog* CorrectClockDialog::showFor(StopwatchSession* session, QWidget* parent)
{
    if (!session->stopwatch()->isRunning())
        return nullptr;
    if (!s_open) {
        s_open = new CorrectClockDialog(session, parent);
        s_open->setAttribute(Qt::WA_DeleteOnClose);
    }
    s_open->show();
    s_open->raise();
    s_open->activateWindow();
    return s_open;
}

void CorrectClockDialog::retranslateUi()
{
    setWindowTitle(tr("Edit running clock"));
    m_startLabel->setText(tr("S&tarted at:"));
    m_minus15->setText(tr("−15 min"));
    m_minus5->setText(tr("−5 min"));
    m_plus5->setText(tr("+5 min"));
    m_minus15->setAccessibleName(tr("Start 15 minutes earlier"));
    m_minus5->setAccessibleName(tr("Start 5 minutes earlier"));
    m_plus5->setAccessibleName(tr("Start 5 minutes later"));
    m_saveButton->setText(tr("Sa&ve"));
    if (m_freeStart.isValid())
        m_useFreeStart->setText(tr("Start at %1 instead").arg(m_session->stopwatch()->timeText(m_freeStart)));
    if (m_overlapShown)
        m_message->setText(overlapText());
    updateState();
}

QString CorrectClockDialog::overlapText() const
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const QString start = stopwatch->timeText(m_entry.timeSince);
    if (m_freeStart.isValid())
        //: %1 is the start just saved, %2 the earliest start without overlap
        return tr("The start %1 was saved as entered and overlaps your previous entry. The earliest start without "
                  "overlap is %2.")
            .arg(start, stopwatch->timeText(m_freeStart));
    return tr("The start %1 was saved as entered and overlaps your previous entry.").arg(start);
}

void CorrectClockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LocaleChange) {
        // A date-time edit keeps the display format of the locale it was created with.
        const QSignalBlocker blocker(m_start);
        m_start->setDisplayFormat(DateFormats::shortDateTime(m_start->locale()));
    }
    QDialog::changeEvent(event);
}

void CorrectClockDialog::shiftStart(int minutes)
{
    // By the clock, not by the wall time: 15 minutes earlier stays 15 minutes on a day the clocks change.
    setStart(newStart().addSecs(qint64(minutes) * 60));
}

QTimeZone CorrectClockDialog::timeZone() const
{
    return m_session->stopwatch()->timeZone();
}

QDateTime CorrectClockDialog::wallTime(const QDateTime& utc) const
{
    const QDateTime local = utc.toTimeZone(timeZone());
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime CorrectClockDialog::latestWallTime(const QDateTime& utc) const
{
    // The latest wall time up to `utc`: after the clocks went back, the hour before showed later times than now.
    QDateTime latest = wallTime(utc);
    const QTimeZone::OffsetData change = timeZone().previousTransition(utc);
    if (change.atUtc.isValid()) {
        const QDateTime before = wallTime(change.atUtc.addSecs(-1));
        if (before > latest)
            latest = before;
    }
    return latest;
}

void CorrectClockDialog::setStart(const QDateTime& utc)
{
    m_shownStart = utc.toUTC();
    m_start->setDateTime(wallTime(m_shownStart));
}

QDateTime CorrectClockDialog::newStart() const
{
    const QDateTime wall = m_start->dateTime();
    const QTime time(wall.time().hour(), wall.time().minute(), wall.time().second());
    // The moment last shown, when the edit still shows it (an hour that repeats when the clocks go back stays the
    // one it was).
    QDateTime shown = m_shownStart;
    shown.setTime(QTime(shown.time().hour(), shown.time().minute(), shown.time().second()));
    if (wallTime(shown) == QDateTime(wall.date(), time, Qt::UTC))
        return shown;
    QDateTime start(wall.date(), time, timeZone());
    if (!start.isValid()) // an hour skipped when the clocks go forward: the moment an hour later on the wall
        start = QDateTime(wall.date(), time.addSecs(3600), timeZone());
    return start.toUTC();
}

bool CorrectClockDialog::taskChanged() const
{
    return !Entry::changes(m_entry, m_picker->applyTo(m_entry)).isEmpty();
}

bool CorrectClockDialog::startChanged() const
{
    return std::abs(newStart().secsTo(m_entry.timeSince)) >= 1;
}

void CorrectClockDialog::updateState()
{
    const Stopwatch* stopwatch = m_session->stopwatch();
    const bool stillRunning = stopwatch->running() && stopwatch->running()->id == m_entry.id;
    const QDateTime now = stopwatch->serverNow();
    m_duration->setText(tr("Elapsed with this start: %1").arg(Stopwatch::formatHoursMinutes(newStart().secsTo(now))));
    QString problem;
    QString shown; // the picker's problem waits while the user types in it
    if (!stillRunning) {
        problem = shown = tr("This clock no longer runs.");
    } else if (newStart() > now) {
        problem = shown = tr("The start must not lie in the future.");
    } else {
        problem = m_picker->problem();
        shown = m_picker->shownProblem();
    }
    if (m_step == Step::Idle && !m_overlapShown && !shown.isEmpty())
        m_message->setText(shown);
    else if (m_step == Step::Idle && !m_overlapShown && m_message->text() == tr("Saving…"))
        m_message->clear();
    m_saveButton->setEnabled(m_step == Step::Idle && stillRunning && problem.isEmpty()
                             && (taskChanged() || startChanged()) && !stopwatch->isBusy());
    m_picker->setEnabled(m_step == Step::Idle);
    m_start->setEnabled(m_step == Step::Idle && stillRunning);
}

void CorrectClockDialog::accept()
{
    if (m_step != Step::Idle)
        return;
    m_overlapShown = false;
    m_useFreeStart->hide();
    m_message->setText(tr("Saving…"));
    next();
}

void CorrectClockDialog::next()
{
    Stopwatch* stopwatch = m_session->stopwatch();
    if (taskChanged()) {
        m_step = Step::Editing;
        updateState();
        stopwatch->editRunning(m_picker->applyTo(m_entry));
        return;
    }
    if (startChanged()) {
        m_step = Step::Correcting;
        updateState();
        stopwatch->correctStart(newStart());
        return;
    }
    m_step = Step::Idle;
    QDialog::accept();
}
