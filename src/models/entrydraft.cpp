// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entrydraft.h"

#include "core/platform/dateformats.h"
#include "core/tracking/clock.h"
#include "models/daterange.h"
#include "models/moneyformat.h"
#include "models/overlapindex.h"
#include "models/timeinputparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

// Every message keeps the translation context of EntryEditDialog, where it was written first, so that the existing
// translations keep working: QCoreApplication::translate("EntryEditDialog", ...) instead of tr().

namespace {

constexpr int SecondsPerDay = 86400;

QString quoted(const QString& text)
{
    //: quotation marks around something the user typed
    return QCoreApplication::translate("EntryEditDialog", "“%1”").arg(text);
}

} // namespace

// The times of a time entry while they are evaluated.
struct EntryDraft::TimeSpan
{
    QString startText;
    QString endText;
    QString durationText;
    std::optional<int> startSeconds;
    QDateTime since;
    QDateTime until;
    Field field = Field::End; // the field that decides the end: End or Duration
};

EntryDraft::EntryDraft(const Clock* clock)
    : m_clock(clock ? clock : Clock::system())
    , m_zone(QTimeZone::systemTimeZone())
{ }

const QList<EntryDraft::Field>& EntryDraft::allFields()
{
    using F = Field;
    static const QList<F> fields {
        F::Date,    F::Start,          F::End,      F::Duration, F::Customer,    F::Project,
        F::Service, F::LumpSumService, F::Quantity, F::Amount,   F::Description, F::Billable
    };
    return fields;
}

// --- starting -----------------------------------------------------------------------------------------------

void EntryDraft::startNew(Entry::Type type, QDate date, const QDateTime& suggestedStart, qint64 userId)
{
    m_mode = Mode::Create;
    m_duplicate = false;
    Entry entry;
    entry.type = type;
    entry.usersId = userId;
    const QDate today = DateRange::localDate(now(), m_zone);
    const QDate day = date.isValid() ? date : today;
    if (suggestedStart.isValid()) {
        entry.timeSince = suggestedStart.toUTC();
    } else if (day == today) {
        // Today: an hour ago, on the quarter hour.
        const QDateTime local = now().toTimeZone(m_zone).addSecs(-3600);
        const int seconds = local.time().msecsSinceStartOfDay() / 1000;
        entry.timeSince = localMoment(local.date(), seconds - seconds % 900);
    } else {
        entry.timeSince = localMoment(day, (type == Entry::Type::Time ? 9 : 12) * 3600);
    }
    if (!entry.timeSince.isValid() || DateRange::localDate(entry.timeSince, m_zone) != day)
        entry.timeSince = localMoment(day, 12 * 3600);
    m_original = entry;
    resetEdits();
}

void EntryDraft::startEdit(const Entry& entry)
{
    m_mode = Mode::Edit;
    m_duplicate = false;
    m_original = entry;
    resetEdits();
}

void EntryDraft::startDuplicate(const Entry& entry)
{
    m_mode = Mode::Create;
    m_duplicate = true;
    Entry copy = entry;
    copy.id = 0;
    copy.clocked = false;
    copy.clockedOffline = false;
    copy.timeClockedSince = {};
    copy.timeInsert = {};
    copy.timeLastChange = {};
    copy.timeLastChangeWorkTime = {};
    copy.textsId.reset();
    if (copy.billable == Entry::Billed)
        copy.billable = Entry::IsBillable; // a copy has not been invoiced
    if (copy.isRunning())
        copy.timeUntil = now();
    m_duplicateNote.clear();
    if (copy.type == Entry::Type::Time)
        placeDuplicate(entry, &copy);
    m_original = copy;
    resetEdits();
}

// The copy of a time entry goes after the last entry of its day (the original included), so that it does not
// overlap; it keeps the duration unless that would pass midnight.
void EntryDraft::placeDuplicate(const Entry& source, Entry* copy)
{
    const QDate day = DateRange::localDate(copy->timeSince, m_zone);
    const qint64 duration = copy->timeSince.secsTo(copy->timeUntil);
    QDateTime lastEnd;
    const auto consider = [&](const Entry& e) {
        const auto span = OverlapIndex::spanOf(e, now());
        const bool sameUser = e.usersId == 0 || source.usersId == 0 || e.usersId == source.usersId;
        if (span && sameUser && DateRange::localDate(span->since, m_zone) == day)
            lastEnd = lastEnd.isValid() ? std::max(lastEnd, span->until) : span->until;
    };
    for (const Entry& e : known())
        consider(e);
    consider(source);
    const QDateTime midnight = localMoment(day.addDays(1), 0);
    if (!lastEnd.isValid() || !midnight.isValid() || duration <= 0)
        return;
    if (lastEnd >= midnight) {
        m_duplicateNote = QCoreApplication::translate(
            "EntryEditDialog", "The day has no time left after its last entry: the copy keeps the original times.");
        return;
    }
    copy->timeSince = lastEnd;
    copy->timeUntil = lastEnd.addSecs(duration);
    if (copy->timeUntil > midnight) {
        //: %1 is how much shorter the copy is, e.g. "1:30"
        m_duplicateNote = QCoreApplication::translate("EntryEditDialog",
                                                      "The copy starts after the day's last entry and would pass "
                                                      "midnight: it ends at midnight, %1 h shorter than the original.")
                              .arg(TimeInputParser::formatDuration(midnight.secsTo(copy->timeUntil)));
        copy->timeUntil = midnight;
    }
}

QList<Entry> EntryDraft::overlapsOf(const Entry& entry) const
{
    QList<Entry> overlaps;
    const auto span = OverlapIndex::spanOf(entry, now());
    if (!span)
        return overlaps;
    for (const Entry& e : known()) {
        if ((entry.id != 0 && e.id == entry.id) || (entry.usersId > 0 && e.usersId > 0 && e.usersId != entry.usersId))
            continue;
        const auto other = OverlapIndex::spanOf(e, now());
        if (other && other->since < span->until && span->since < other->until)
            overlaps.append(e);
    }
    std::sort(overlaps.begin(), overlaps.end(),
              [](const Entry& a, const Entry& b) { return a.timeSince < b.timeSince; });
    return overlaps;
}

std::optional<Entry> EntryDraft::adjusted(const Entry& entry) const
{
    const auto span = OverlapIndex::spanOf(entry, now());
    if (!span)
        return std::nullopt;
    QDateTime since = span->since;
    QDateTime until = span->until;
    for (const Entry& other : overlapsOf(entry)) {
        const auto o = OverlapIndex::spanOf(other, now());
        if (o->since <= span->since)
            since = std::max(since, o->until); // began earlier: start when it ends
        else
            until = std::min(until, o->since); // begins later: end when it starts
    }
    if (until <= since || (entry.isRunning() && until != span->until))
        return std::nullopt;
    Entry moved = entry;
    moved.timeSince = since;
    if (!entry.isRunning())
        moved.timeUntil = until;
    return moved;
}

QString EntryDraft::spanText(const Entry& entry) const
{
    //: an entry's time span: "09:00–10:30", or "09:00–running"
    return QCoreApplication::translate("EntryTableModel", "%1–%2")
        .arg(formatTime(entry.timeSince),
             entry.isRunning() ? QCoreApplication::translate("EntryTableModel", "running")
                               : formatTime(entry.timeUntil));
}

void EntryDraft::resetEdits()
{
    m_dateDirty = m_startDirty = m_endDirty = m_durationDirty = m_nextDayDirty = false;
    m_timeSource = TimeSource::End;
}

void EntryDraft::edited(Field field)
{
    switch (field) {
    case Field::Date:
        m_dateDirty = true;
        break;
    case Field::Start:
        m_startDirty = true;
        break;
    case Field::End:
        m_endDirty = true;
        m_timeSource = TimeSource::End;
        break;
    case Field::Duration:
        m_durationDirty = true;
        m_timeSource = TimeSource::Duration;
        break;
    default:
        break;
    }
}

void EntryDraft::nextDayEdited()
{
    m_nextDayDirty = true;
    m_timeSource = TimeSource::End;
}

EntryDraft::Input EntryDraft::inputFor(const Entry& entry) const
{
    Input in;
    in.type = entry.type;
    const QDateTime start = entry.timeSince.toTimeZone(m_zone);
    in.date = start.date();
    if (entry.type == Entry::Type::Time)
        in.start = formatTime(entry.timeSince);
    if (entry.type == Entry::Type::Time && entry.timeUntil.isValid()) {
        const QDateTime end = entry.timeUntil.toTimeZone(m_zone);
        in.end = formatTime(entry.timeUntil);
        in.nextDay = start.date().daysTo(end.date()) > 0;
        in.duration = TimeInputParser::formatDuration(entry.timeSince.secsTo(entry.timeUntil));
    }
    in.customerId = entry.customersId;
    in.projectId = entry.projectsId.value_or(0);
    in.serviceId = entry.servicesId.value_or(0);
    in.lumpSumServiceId = entry.lumpSumServicesId.value_or(0);
    const QLocale locale;
    in.quantity = entry.lumpSumServicesAmount ? locale.toString(*entry.lumpSumServicesAmount, 'g', 12) : QString();
    in.amount = entry.lumpSum ? locale.toString(*entry.lumpSum, 'f', 2) : QString();
    in.description = entry.text;
    in.billable = std::clamp(entry.billable, 0, m_mode == Mode::Edit ? 2 : 1);
    in.userId = entry.usersId;
    return in;
}

// --- evaluation ---------------------------------------------------------------------------------------------

EntryDraft::Result EntryDraft::evaluate(const Input& input) const
{
    Result result;
    const bool editing = m_mode == Mode::Edit;
    Entry& e = result.entry;
    e = m_original;
    e.type = input.type;
    if (!editing) {
        e.id = 0;
        if (input.userId > 0)
            e.usersId = input.userId;
    }
    evaluatePickers(input, result);
    if (input.type == Entry::Type::Time)
        evaluateTimes(input, result);
    else
        evaluateLumpSum(input, result);
    e.text = input.description.trimmed();
    e.billable = std::clamp(input.billable, 0, editing ? 2 : 1);
    for (Field f : allFields()) {
        if (result.errors.contains(f)) {
            result.firstError = result.errors.value(f);
            break;
        }
    }
    return result;
}

void EntryDraft::evaluatePickers(const Input& input, Result& result) const
{
    auto& errors = result.errors;
    Entry& e = result.entry;
    if (input.customerId == 0)
        errors.insert(Field::Customer, QCoreApplication::translate("EntryEditDialog", "Choose a customer."));
    else if (input.customerId < 0)
        errors.insert(Field::Customer,
                      QCoreApplication::translate("EntryEditDialog", "%1 is not a customer you can choose.")
                          .arg(quoted(input.customerText)));
    e.customersId = std::max<qint64>(input.customerId, 0);
    if (input.projectId < 0)
        errors.insert(Field::Project,
                      QCoreApplication::translate("EntryEditDialog",
                                                  "Choose a project of this customer, or leave the field empty."));
    e.projectsId = input.projectId > 0 ? std::optional<qint64>(input.projectId) : std::nullopt;
    if (e.projectsId != m_original.projectsId)
        e.subprojectsId.reset(); // a subproject belongs to its project
    if (input.type == Entry::Type::LumpSumService) {
        const qint64 id = input.lumpSumServiceId;
        if (id == 0)
            errors.insert(Field::LumpSumService,
                          QCoreApplication::translate("EntryEditDialog", "Choose a lump-sum service."));
        else if (id < 0)
            errors.insert(Field::LumpSumService,
                          QCoreApplication::translate("EntryEditDialog", "%1 is not a lump-sum service you can choose.")
                              .arg(quoted(input.lumpSumServiceText)));
        e.lumpSumServicesId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    } else {
        const qint64 id = input.serviceId;
        if (id == 0)
            errors.insert(Field::Service, QCoreApplication::translate("EntryEditDialog", "Choose a service."));
        else if (id < 0)
            errors.insert(Field::Service,
                          QCoreApplication::translate(
                              "EntryEditDialog", "%1 is not a service you can choose for this customer and project.")
                              .arg(quoted(input.serviceText)));
        e.servicesId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
}

void EntryDraft::evaluateTimes(const Input& input, Result& result) const
{
    TimeSpan span;
    span.startText = input.start.trimmed();
    span.endText = input.end.trimmed();
    span.durationText = input.duration.trimmed();
    span.startSeconds = TimeInputParser::parseTime(span.startText);
    span.since = startMoment(input, span, result);
    span.until = endMoment(input, span, result);
    result.computed = checkSpan(input, span, result);
    Entry& e = result.entry;
    e.timeSince = span.since;
    e.timeUntil = span.until;
    e.lumpSum.reset();
    e.lumpSumServicesAmount.reset();
    e.lumpSumServicesId.reset();
}

QDateTime EntryDraft::startMoment(const Input& input, const TimeSpan& span, Result& result) const
{
    if (m_mode == Mode::Edit && !m_startDirty && !m_dateDirty && m_original.timeSince.isValid())
        return m_original.timeSince;
    if (!span.startSeconds) {
        result.errors.insert(
            Field::Start,
            span.startText.isEmpty()
                ? QCoreApplication::translate("EntryEditDialog", "Enter the start time.")
                : QCoreApplication::translate("EntryEditDialog", "%1 is not a time. Try 9, 930, 9:30 or 9pm.")
                      .arg(quoted(span.startText)));
        return {};
    }
    QDateTime since = localMoment(input.date, *span.startSeconds);
    if (!since.isValid())
        result.errors.insert(Field::Start,
                             QCoreApplication::translate("EntryEditDialog",
                                                         "This time does not exist on that day (the clocks change)."));
    return since;
}

QDateTime EntryDraft::endMoment(const Input& input, TimeSpan& span, Result& result) const
{
    const auto fromDuration = [&]() -> QDateTime {
        span.field = Field::Duration;
        const auto duration = TimeInputParser::parseDuration(span.durationText);
        if (!duration) {
            result.errors.insert(
                Field::Duration,
                QCoreApplication::translate("EntryEditDialog", "%1 is not a duration. Try 1:15, 1.25h or 75m.")
                    .arg(quoted(span.durationText)));
            return {};
        }
        return span.since.isValid() ? span.since.addSecs(*duration) : QDateTime();
    };
    if (m_timeSource == TimeSource::Duration && !span.durationText.isEmpty())
        return fromDuration();
    if (!span.endText.isEmpty())
        return endFromTime(input, span, result);
    if (!span.durationText.isEmpty())
        return fromDuration();
    if (!editsRunningEntry())
        result.errors.insert(Field::End,
                             QCoreApplication::translate("EntryEditDialog", "Enter an end time or a duration."));
    return {};
}

QDateTime EntryDraft::endFromTime(const Input& input, const TimeSpan& span, Result& result) const
{
    const auto endSeconds = TimeInputParser::parseTime(span.endText, span.startSeconds);
    if (!endSeconds) {
        result.errors.insert(Field::End,
                             QCoreApplication::translate("EntryEditDialog", "%1 is not a time. Try 17:00, 1730 or +1h.")
                                 .arg(quoted(span.endText)));
        return {};
    }
    if (m_mode == Mode::Edit && !m_endDirty && !m_durationDirty && !m_dateDirty && !m_nextDayDirty
        && m_original.timeUntil.isValid())
        return m_original.timeUntil;
    int seconds = *endSeconds;
    int days = input.nextDay ? 1 : 0;
    // "+3h" from 22:00 lands on the next day.
    const int wrap = seconds >= 0 ? seconds / SecondsPerDay : -((-seconds + SecondsPerDay - 1) / SecondsPerDay);
    days += wrap;
    seconds -= wrap * SecondsPerDay;
    QDateTime until = localMoment(input.date.addDays(days), seconds);
    if (!until.isValid())
        result.errors.insert(Field::End,
                             QCoreApplication::translate("EntryEditDialog",
                                                         "This time does not exist on that day (the clocks change)."));
    return until;
}

// Checks the length of the entry; returns the computed text beside the duration.
QString EntryDraft::checkSpan(const Input& input, const TimeSpan& span, Result& result) const
{
    if (span.since.isValid() && span.until.isValid() && !result.errors.contains(span.field)) {
        const qint64 seconds = span.since.secsTo(span.until);
        if (seconds <= 0) {
            if (span.field == Field::Duration)
                result.errors.insert(
                    Field::Duration,
                    QCoreApplication::translate("EntryEditDialog", "The duration must be more than zero."));
            else if (input.nextDay)
                result.errors.insert(Field::End,
                                     QCoreApplication::translate("EntryEditDialog", "End must be after start."));
            else
                result.errors.insert(Field::End,
                                     QCoreApplication::translate(
                                         "EntryEditDialog", "End must be after start — or tick “Ends the next day”."));
            return {};
        }
        if (seconds > Entry::MaxDurationSeconds) {
            result.errors.insert(
                span.field,
                QCoreApplication::translate("EntryEditDialog", "An entry can be at most 23:59:59 hours long."));
            return {};
        }
        if (span.field == Field::Duration) {
            const qint64 days = input.date.daysTo(DateRange::localDate(span.until, m_zone));
            //: the end computed from start + duration, e.g. "ends 10:45" or "ends 01:30 (+1)"
            return days > 0
                ? QCoreApplication::translate("EntryEditDialog", "ends %1 (+%2)").arg(formatTime(span.until)).arg(days)
                : QCoreApplication::translate("EntryEditDialog", "ends %1").arg(formatTime(span.until));
        }
        //: the duration computed from start and end, e.g. "1:15 h (1.25 h)"
        return QCoreApplication::translate("EntryEditDialog", "%1 h (%2 h)")
            .arg(TimeInputParser::formatDuration(seconds), TimeInputParser::formatDecimalHours(seconds));
    }
    if (editsRunningEntry() && !span.until.isValid() && span.since.isValid())
        return QCoreApplication::translate("EntryEditDialog", "running for %1 h")
            .arg(TimeInputParser::formatDuration(span.since.secsTo(now())));
    return {};
}

void EntryDraft::evaluateLumpSum(const Input& input, Result& result) const
{
    Entry& e = result.entry;
    const bool editing = m_mode == Mode::Edit;
    // Lump sums are booked on a day; keep the original time of day, else noon (safe from zone shifts).
    if (editing && !m_dateDirty && m_original.timeSince.isValid()) {
        e.timeSince = m_original.timeSince;
    } else {
        int seconds = 12 * 3600;
        if (m_original.timeSince.isValid() && m_original.type != Entry::Type::Time)
            seconds = m_original.timeSince.toTimeZone(m_zone).time().msecsSinceStartOfDay() / 1000;
        e.timeSince = localMoment(input.date, seconds);
        if (!e.timeSince.isValid())
            e.timeSince = localMoment(input.date, 12 * 3600);
    }
    if (!editing)
        e.timeUntil = {};
    const auto positive = [&](const QString& typed, Field field, const QString& emptyText) -> std::optional<double> {
        const QString text = typed.trimmed();
        const auto value = TimeInputParser::parseNumber(text);
        if (text.isEmpty())
            result.errors.insert(field, emptyText);
        else if (!value)
            result.errors.insert(
                field, QCoreApplication::translate("EntryEditDialog", "%1 is not a number.").arg(quoted(text)));
        else if (*value <= 0)
            result.errors.insert(field,
                                 QCoreApplication::translate("EntryEditDialog", "Enter an amount greater than 0."));
        return value;
    };
    if (input.type == Entry::Type::LumpSumValue) {
        e.lumpSum = positive(input.amount, Field::Amount,
                             QCoreApplication::translate("EntryEditDialog", "Enter the amount."));
        e.lumpSumServicesAmount.reset();
        e.lumpSumServicesId.reset();
    } else {
        e.lumpSumServicesAmount = positive(input.quantity, Field::Quantity,
                                           QCoreApplication::translate("EntryEditDialog", "Enter the quantity."));
        e.lumpSum.reset();
        e.servicesId.reset();
    }
}

EntryDraft::NormalTimes EntryDraft::normalTimes(const Input& input) const
{
    NormalTimes normal;
    if (input.type != Entry::Type::Time)
        return normal;
    const Result result = evaluate(input);
    const Entry& e = result.entry;
    if (m_startDirty && !result.errors.contains(Field::Start) && e.timeSince.isValid())
        normal.start = formatTime(e.timeSince);
    const bool timesOk = !result.errors.contains(Field::End) && !result.errors.contains(Field::Duration)
        && e.timeSince.isValid() && e.timeUntil.isValid();
    if (timesOk && (m_endDirty || m_durationDirty || m_startDirty)) {
        normal.end = formatTime(e.timeUntil);
        normal.nextDay = input.date.daysTo(DateRange::localDate(e.timeUntil, m_zone)) > 0;
        normal.duration = TimeInputParser::formatDuration(e.timeSince.secsTo(e.timeUntil));
    }
    return normal;
}

QDateTime EntryDraft::localMoment(QDate date, int secondsOfDay) const
{
    const QDateTime local(date, QTime::fromMSecsSinceStartOfDay(secondsOfDay * 1000), m_zone);
    return local.isValid() ? local.toUTC() : QDateTime();
}

QString EntryDraft::formatTime(const QDateTime& moment) const
{
    return TimeInputParser::formatTime(moment.toTimeZone(m_zone).time(), m_twelveHour);
}

QDateTime EntryDraft::now() const
{
    return m_clock->nowUtc();
}

// --- texts --------------------------------------------------------------------------------------------------

QString EntryDraft::title(Entry::Type type) const
{
    if (m_mode == Mode::Edit) {
        switch (type) {
        case Entry::Type::Time:
            return QCoreApplication::translate("EntryEditDialog", "Edit time entry");
        case Entry::Type::LumpSumValue:
            return QCoreApplication::translate("EntryEditDialog", "Edit lump-sum value");
        case Entry::Type::LumpSumService:
            return QCoreApplication::translate("EntryEditDialog", "Edit lump-sum service");
        }
        return {};
    }
    if (m_duplicate)
        //: window title: a new entry made as a copy of another one (noun, not a command)
        return QCoreApplication::translate("EntryEditDialog", "Duplicate entry");
    switch (type) {
    case Entry::Type::Time:
        return QCoreApplication::translate("EntryEditDialog", "New time entry");
    case Entry::Type::LumpSumValue:
        return QCoreApplication::translate("EntryEditDialog", "New lump-sum value");
    case Entry::Type::LumpSumService:
        return QCoreApplication::translate("EntryEditDialog", "New lump-sum service");
    }
    return {};
}

// The name of a field inside "Changed there: %1.".
QString EntryDraft::changedFieldName(Field field)
{
    switch (field) {
    case Field::Date:
    case Field::Start:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "start");
    case Field::End:
    case Field::Duration:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "end");
    case Field::Customer:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "customer");
    case Field::Project:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "project");
    case Field::Service:
    case Field::LumpSumService:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "service");
    case Field::Quantity:
    case Field::Amount:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "amount");
    case Field::Description:
        //: a field name inside "Changed there: %1." (lowercase in English)
        return QCoreApplication::translate("EntryEditDialog", "description");
    case Field::Billable:
        //: a field name inside "Changed there: %1." (lowercase in English), the billable state
        return QCoreApplication::translate("EntryEditDialog", "billable");
    }
    return {};
}

QString EntryDraft::conflictText(const Entry& serverEntry) const
{
    QStringList changed;
    const QJsonObject diff = Entry::changes(m_original, serverEntry);
    for (auto it = diff.begin(); it != diff.end(); ++it) {
        const auto field = fieldForApiName(it.key(), serverEntry.type);
        if (!field)
            continue;
        const QString name = changedFieldName(*field);
        if (!changed.contains(name))
            changed.append(name);
    }
    const QString when = serverEntry.timeLastChange.isValid()
        ? QLocale().toString(serverEntry.timeLastChange.toTimeZone(m_zone), DateFormats::shortDateTime(QLocale()))
        : QString();
    const QString fields = QLocale().createSeparatedList(changed);
    if (!when.isEmpty() && !fields.isEmpty())
        //: %1 is the date and time of the last change, %2 the changed fields
        return QCoreApplication::translate(
                   "EntryEditDialog",
                   "This entry was changed in Clockodo after you opened it. Last change: %1. Changed there: %2. "
                   "Save your version over it, or discard your changes and load the newer one?")
            .arg(when, fields);
    if (!when.isEmpty())
        //: %1 is the date and time of the last change
        return QCoreApplication::translate(
                   "EntryEditDialog",
                   "This entry was changed in Clockodo after you opened it. Last change: %1. Save your version over "
                   "it, or discard your changes and load the newer one?")
            .arg(when);
    if (!fields.isEmpty())
        //: %1 are the changed fields, e.g. "start, end and customer"
        return QCoreApplication::translate(
                   "EntryEditDialog",
                   "This entry was changed in Clockodo after you opened it. Changed there: %1. Save your version over "
                   "it, or discard your changes and load the newer one?")
            .arg(fields);
    return QCoreApplication::translate(
        "EntryEditDialog",
        "This entry was changed in Clockodo after you opened it. Save your version over it, or discard your "
        "changes and load the newer one?");
}

QString EntryDraft::editLockHint(QDate date, QDate editLock)
{
    if (!editLock.isValid() || date > editLock)
        return {};
    return QCoreApplication::translate("EntryEditDialog",
                                       "Entries up to %1 are locked; Clockodo will probably refuse this change.")
        .arg(QLocale().toString(editLock, DateFormats::shortDateTime(QLocale())));
}

QString EntryDraft::lumpSumPriceText(const QString& unit, double price, const QString& quantityText,
                                     const QString& currency)
{
    const QLocale locale;
    //: stands in for a lump-sum service without a unit in "0.30 per unit"
    const QString unitName = unit.isEmpty() ? QCoreApplication::translate("EntryEditDialog", "unit") : unit;
    const QString priceText = MoneyFormat::format(price, currency, locale);
    const auto quantity = TimeInputParser::parseNumber(quantityText);
    if (quantity && *quantity > 0)
        //: lump-sum service price: "0.30 per km · total 12.60"
        return QCoreApplication::translate("EntryEditDialog", "%1 per %2 · total %3")
            .arg(priceText, unitName, MoneyFormat::format(*quantity * price, currency, locale));
    return QCoreApplication::translate("EntryEditDialog", "%1 per %2").arg(priceText, unitName);
}

std::optional<EntryDraft::Field> EntryDraft::fieldForApiName(const QString& name, Entry::Type type)
{
    static const QHash<QString, Field> fields {
        { QStringLiteral("time_until"), Field::End },
        { QStringLiteral("duration"), Field::Duration },
        { QStringLiteral("customers_id"), Field::Customer },
        { QStringLiteral("projects_id"), Field::Project },
        { QStringLiteral("subprojects_id"), Field::Project },
        { QStringLiteral("services_id"), Field::Service },
        { QStringLiteral("lumpsum_services_id"), Field::LumpSumService },
        { QStringLiteral("lumpsum_services_amount"), Field::Quantity },
        { QStringLiteral("lumpsum"), Field::Amount },
        { QStringLiteral("text"), Field::Description },
        { QStringLiteral("billable"), Field::Billable },
    };
    if (name == QLatin1String("time_since"))
        return type == Entry::Type::Time ? Field::Start : Field::Date;
    const auto it = fields.constFind(name);
    return it == fields.cend() ? std::nullopt : std::optional<Field>(*it);
}
