// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/idlequestiondialog.h"

#include "core/activity/idletracker.h"
#include "core/platform/dateformats.h"
#include "core/tracking/stopwatch.h"
#include "core/tracking/stopwatchsession.h"
#include "gui/widgets/taskpicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

QPointer<IdleQuestionDialog> IdleQuestionDialog::s_current;

IdleQuestionDialog::IdleQuestionDialog(IdleTracker* tracker, StopwatchSession* session, const IdleQuestion& question,
                                       QWidget* parent)
    : QDialog(parent)
    , m_tracker(tracker)
    , m_session(session)
    , m_question(question)
    , m_span(new QLabel(this))
    , m_keep(new QRadioButton(this))
    , m_stop(new QRadioButton(this))
    , m_continue(new QRadioButton(this))
    , m_other(new QRadioButton(this))
    , m_picker(new TaskPicker(session->catalog(), this))
    , m_continueAfter(new QCheckBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("IdleQuestionDialog"));
    m_span->setWordWrap(true);
    m_span->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    auto* group = new QButtonGroup(this);
    for (QRadioButton* b : { m_keep, m_stop, m_continue, m_other })
        group->addButton(b);
    m_keep->setChecked(true);
    m_picker->setTask(question.task());
    m_continueAfter->setChecked(true);
    m_picker->setClock(session->clock());
    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_span);
    layout->addWidget(m_keep);
    layout->addWidget(m_stop);
    layout->addWidget(m_continue);
    layout->addWidget(m_other);
    auto* otherLayout = new QVBoxLayout;
    otherLayout->setContentsMargins(24, 0, 0, 0);
    otherLayout->addWidget(m_picker);
    otherLayout->addWidget(m_continueAfter);
    layout->addLayout(otherLayout);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(group, &QButtonGroup::buttonToggled, this, &IdleQuestionDialog::updateState);
    connect(m_picker, &TaskPicker::changed, this, &IdleQuestionDialog::updateState);
    connect(m_apply, &QPushButton::clicked, this, &IdleQuestionDialog::apply);
    if (tracker) {
        connect(tracker, &IdleTracker::questionClosed, this, &QDialog::accept);
        connect(tracker, &IdleTracker::answerFailed, this, [this](const QString& message) {
            m_problem->setText(message);
            m_problem->setVisible(true);
            updateState();
        });
        connect(tracker, &QObject::destroyed, this, &QObject::deleteLater);
    }
    retranslateUi();
}

void IdleQuestionDialog::follow(IdleTracker* tracker, StopwatchSession* session)
{
    connect(tracker, &IdleTracker::questionRaised, tracker, [tracker, session](const IdleQuestion& question) {
        if (s_current)
            s_current->deleteLater();
        s_current = new IdleQuestionDialog(tracker, session, question);
        s_current->setAttribute(Qt::WA_DeleteOnClose);
        s_current->show();
        s_current->raise();
        s_current->activateWindow();
    });
    // What fails after the window closed (booking the span, the new start) is still said.
    connect(tracker, &IdleTracker::answerFailed, tracker, [](const QString& message) {
        if (s_current && s_current->isVisible())
            return; // the window shows it
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Away from the computer"), message, QMessageBox::Ok);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    });
}

IdleQuestionDialog* IdleQuestionDialog::current()
{
    return s_current;
}

QString IdleQuestionDialog::timeText(const QDateTime& utc) const
{
    const Stopwatch* sw = m_session->stopwatch();
    const QDate day = utc.toTimeZone(sw->timeZone()).date();
    const QDate today = sw->serverNow().toTimeZone(sw->timeZone()).date();
    const QString time = sw->timeText(utc);
    if (day == today)
        return time;
    const QLocale locale;
    //: %1 a date, %2 a time of day
    return tr("%1, %2").arg(locale.toString(day, DateFormats::shortDate(locale)), time);
}

void IdleQuestionDialog::retranslateUi()
{
    setWindowTitle(tr("Away from the computer"));
    const QString from = timeText(m_question.idleStart);
    const QString until = timeText(m_question.idleEnd);
    const QString task = m_session->stopwatch()->describe(m_question.task());
    m_span->setText(tr("No input from %1 to %2 (%3) while the clock ran on %4. What should happen with this time?")
                        .arg(from, until, Stopwatch::formatHoursMinutes(m_question.idleSeconds()), task));
    m_keep->setText(tr("&Keep the time on the running task"));
    m_stop->setText(tr("&Stop the clock at %1").arg(from));
    m_continue->setText(tr("Stop at %1 and &continue the task now").arg(from));
    m_other->setText(tr("&Book %1 to %2 as another task:").arg(from, until));
    m_continueAfter->setText(tr("&Then continue the task that ran"));
    m_apply->setText(tr("&Apply"));
    updateState();
}

void IdleQuestionDialog::updateState()
{
    const bool other = m_other->isChecked();
    m_picker->setEnabled(other);
    m_continueAfter->setEnabled(other);
    const bool answering = m_tracker && m_tracker->isAnswering();
    m_apply->setEnabled(!answering && (!other || m_picker->isComplete()));
}

void IdleQuestionDialog::apply()
{
    if (!m_tracker || m_tracker->isAnswering() || !m_apply->isEnabled())
        return;
    m_problem->setVisible(false);
    IdleTracker::Choice choice = IdleTracker::Choice::Keep;
    std::optional<ClockStartRequest> other;
    if (m_stop->isChecked()) {
        choice = IdleTracker::Choice::StopAtIdleStart;
    } else if (m_continue->isChecked()) {
        choice = IdleTracker::Choice::StopAndContinue;
    } else if (m_other->isChecked()) {
        choice = IdleTracker::Choice::BookAsOtherTask;
        Entry picked = m_picker->applyTo(Entry());
        other = ClockStartRequest::forTask(picked);
        other->billable = picked.billable == Entry::NotBillable ? 0 : 1;
    }
    m_apply->setEnabled(false); // once per click: the tracker refuses a second answer anyway
    m_tracker->answer(choice, other, m_continueAfter->isChecked());
    updateState();
}

void IdleQuestionDialog::reject()
{
    // Escape does not dismiss the question: it stays until it is answered.
}

void IdleQuestionDialog::closeEvent(QCloseEvent* event)
{
    if (m_tracker && m_tracker->isAsking())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void IdleQuestionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
