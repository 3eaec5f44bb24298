// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/worktime/worktimeservice.h"

#include "api/apiclient.h"
#include "core/session/accountdata.h"
#include "core/tracking/clock.h"
#include "core/tracking/stopwatch.h"
#include "core/worktime/worktimetext.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWorkTime, "clockodo.worktime", QtInfoMsg)

WorkTimeService::WorkTimeService(AccountData* account, Stopwatch* stopwatch, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_account(account)
    , m_stopwatch(stopwatch)
    , m_clock(clock ? clock : Clock::system())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(TickIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &WorkTimeService::tick);
    m_timer->start();
    connect(account, &AccountData::cleared, this, &WorkTimeService::clear);
    connect(account, &AccountData::userChanged, this, [this] {
        if (!m_fetchedOnce)
            refresh();
    });
    if (stopwatch) {
        connect(stopwatch, &Stopwatch::actionSucceeded, this, [this](Stopwatch::Action action) {
            // A stopped clock became an entry: the report knows it now.
            if (action != Stopwatch::Action::Start)
                refresh();
            emit changed();
        });
        // A clock started, stopped or switched on another device shows at once (the picture adds the running
        // clock live, but nobody asks for it until `changed`); a stopped one is an entry the report learns of.
        connect(stopwatch, &Stopwatch::remoteChange, this, [this](Stopwatch::RemoteChange kind) {
            if (kind == Stopwatch::RemoteChange::Stopped || kind == Stopwatch::RemoteChange::Switched)
                refresh();
            emit changed();
        });
    }
}

void WorkTimeService::setTicking(bool on)
{
    if (on)
        m_timer->start();
    else
        m_timer->stop();
}

QDate WorkTimeService::localToday() const
{
    return m_clock->nowUtc().toTimeZone(m_account ? m_account->timeZone() : QTimeZone::systemTimeZone()).date();
}

qint64 WorkTimeService::runningSince(const QDate& from) const
{
    if (!m_stopwatch || !m_stopwatch->isRunning() || !m_account)
        return 0;
    const QDateTime since = m_stopwatch->running()->timeSince;
    const QDateTime start(from, QTime(0, 0), m_account->timeZone());
    const QDateTime begin = qMax(since, start);
    return qMax<qint64>(0, begin.secsTo(m_clock->nowUtc()));
}

WorkTimePicture WorkTimeService::picture() const
{
    if (!m_report)
        return {};
    const QDate today = localToday();
    const bool monday = !m_account || m_account->user().weekstartMonday;
    return WorkTimePicture::compute(*m_report, m_absences, today, runningSince(today),
                                    runningSince(WorkTimePicture::weekStart(today, monday)), monday,
                                    m_otherYearReport ? &*m_otherYearReport : nullptr);
}

QString WorkTimeService::line() const
{
    return available() ? WorkTimeText::line(picture()) : QString();
}

void WorkTimeService::tick()
{
    if (m_account && m_account->hasUser() && m_state != State::Loading) {
        const bool hourPassed = m_clock->monotonicMs() - m_lastFetchMs >= RefreshIntervalMs;
        const bool newDay = m_fetchedDay.isValid() && localToday() != m_fetchedDay;
        if (!m_fetchedOnce || hourPassed || newDay || m_refreshWanted)
            refresh();
    }
    const QString shown = line();
    if (shown != m_shownLine) {
        m_shownLine = shown;
        emit changed();
    }
    checkReminders();
}

void WorkTimeService::refresh()
{
    if (!m_account || !m_account->hasUser() || !m_account->api())
        return;
    if (m_pending > 0 || (m_fetchedOnce && m_clock->monotonicMs() - m_lastFetchMs < MinGapMs)) {
        m_refreshWanted = true; // what is on its way may not know the latest change
        return;
    }
    m_refreshWanted = false;
    fetch();
}

void WorkTimeService::fetch()
{
    ApiClient* api = m_account->api();
    const qint64 userId = m_account->user().id;
    const QDate today = localToday();
    m_fetchedOnce = true;
    m_lastFetchMs = m_clock->monotonicMs();
    m_fetchedDay = today;
    m_failed = false;
    m_forbidden = false;
    m_state = State::Loading;
    m_pending = 2;
    m_requests += 2;
    const quint64 generation = ++m_generation;
    fetchOtherYear(WorkTimePicture::otherYearOfWeek(today, m_account->user().weekstartMonday), generation);
    ApiReply* report = api->userReport(userId, today.year());
    connect(report, &ApiReply::finished, this, [this, report, generation] {
        if (generation != m_generation)
            return;
        if (report->isOk())
            m_report = report->valueAs<UserReport>();
        else if (report->error().httpStatus == 403)
            m_forbidden = true;
        else
            m_failed = true;
        finishFetch();
    });
    ApiReply* absences = api->absences(userId, today.year());
    connect(absences, &ApiReply::finished, this, [this, absences, generation] {
        if (generation != m_generation)
            return;
        // Absences are extra: without them (403, an error) the picture just lists none.
        m_absences = absences->isOk() ? absences->valueAs<QList<Absence>>() : QList<Absence>();
        finishFetch();
    });
}

void WorkTimeService::fetchOtherYear(int year, quint64 generation)
{
    // A week across New Year: its days in the other year are in that year's report. Only then a third request; when
    // it fails, the week counts this year's days alone.
    if (year == 0) {
        m_otherYearReport.reset();
        return;
    }
    ++m_pending;
    ++m_requests;
    ApiReply* report = m_account->api()->userReport(m_account->user().id, year);
    connect(report, &ApiReply::finished, this, [this, report, generation, year] {
        if (generation != m_generation)
            return;
        if (report->isOk())
            m_otherYearReport = report->valueAs<UserReport>();
        else
            qCInfo(lcWorkTime) << "no user report of" << year << "for the week across New Year, HTTP"
                               << report->error().httpStatus;
        finishFetch();
    });
}

void WorkTimeService::finishFetch()
{
    if (--m_pending > 0)
        return;
    if (m_forbidden) {
        m_report.reset();
        m_state = State::Forbidden;
        qCInfo(lcWorkTime) << "the user may not see the user report: no work-time picture";
    } else {
        m_state = m_failed ? State::Failed : State::Ready;
    }
    m_shownLine = line();
    emit changed();
}

void WorkTimeService::clear()
{
    ++m_generation;
    m_pending = 0;
    m_report.reset();
    m_otherYearReport.reset();
    m_absences.clear();
    m_state = State::Unknown;
    m_fetchedOnce = false;
    m_refreshWanted = false;
    m_fetchedDay = {};
    m_reminders.reset();
    m_shownLine.clear();
    emit changed();
}

void WorkTimeService::checkReminders()
{
    if (!m_remindersEnabled || !m_account || !m_account->hasUser())
        return;
    ReminderScheduler::Situation s;
    s.nowUtc = m_clock->nowUtc();
    s.zone = m_account->timeZone();
    s.doNotDisturb = m_doNotDisturb;
    if (m_stopwatch && m_stopwatch->isRunning()) {
        s.running = true;
        s.runningEntryId = m_stopwatch->running()->id;
        s.runningSince = m_stopwatch->running()->timeSince;
    }
    if (m_report) {
        const WorkTimePicture p = picture();
        s.dayOff = p.dayOff;
        if (p.hasTarget)
            s.todayTargetSeconds = p.dayOff ? 0 : p.todayTargetSeconds;
    }
    for (const ReminderScheduler::Reminder& r : m_reminders.check(s))
        emit reminderDue(r.kind, r.title, r.message);
}
