// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/daterange.h"

#include "core/platform/dateformats.h"

#include <algorithm>

namespace {

QDate weekStart(QDate date, bool weekstartMonday)
{
    const int dow = date.dayOfWeek(); // 1 = Monday … 7 = Sunday
    return date.addDays(weekstartMonday ? -(dow - 1) : -(dow % 7));
}

} // namespace

DateRange DateRange::day(QDate date, const QTimeZone& zone)
{
    DateRange r;
    r.m_period = Period::Day;
    r.m_first = date;
    r.m_last = date;
    r.m_zone = zone;
    return r;
}

DateRange DateRange::week(QDate date, const QTimeZone& zone, bool weekstartMonday)
{
    DateRange r;
    r.m_period = Period::Week;
    r.m_first = weekStart(date, weekstartMonday);
    r.m_last = r.m_first.addDays(6);
    r.m_zone = zone;
    r.m_weekstartMonday = weekstartMonday;
    return r;
}

DateRange DateRange::month(QDate date, const QTimeZone& zone)
{
    DateRange r;
    r.m_period = Period::Month;
    r.m_first = QDate(date.year(), date.month(), 1);
    r.m_last = r.m_first.addMonths(1).addDays(-1);
    r.m_zone = zone;
    return r;
}

DateRange DateRange::custom(QDate first, QDate last, const QTimeZone& zone)
{
    DateRange r;
    r.m_period = Period::Custom;
    r.m_first = std::min(first, last);
    r.m_last = std::max(first, last);
    r.m_zone = zone;
    return r;
}

DateRange DateRange::forPeriod(Period period, QDate date, const QTimeZone& zone, bool weekstartMonday)
{
    DateRange r;
    switch (period) {
    case Period::Day:
        r = day(date, zone);
        break;
    case Period::Week:
        r = week(date, zone, weekstartMonday);
        break;
    case Period::Month:
        r = month(date, zone);
        break;
    case Period::Custom:
        r = custom(date, date, zone);
        break;
    }
    r.m_weekstartMonday = weekstartMonday;
    return r;
}

int DateRange::dayCount() const
{
    return isValid() ? int(m_first.daysTo(m_last)) + 1 : 0;
}

QList<QDate> DateRange::days() const
{
    QList<QDate> result;
    result.reserve(dayCount());
    for (QDate d = m_first; isValid() && d <= m_last; d = d.addDays(1))
        result.append(d);
    return result;
}

QDateTime DateRange::sinceUtc() const
{
    return isValid() ? startOfDay(m_first, m_zone) : QDateTime();
}

QDateTime DateRange::untilUtc() const
{
    return isValid() ? startOfDay(m_last.addDays(1), m_zone) : QDateTime();
}

QList<qint64> DateRange::dayBoundariesMSecs() const
{
    QList<qint64> result;
    if (!isValid())
        return result;
    result.reserve(dayCount() + 1);
    for (QDate d = m_first; d <= m_last.addDays(1); d = d.addDays(1))
        result.append(startOfDay(d, m_zone).toMSecsSinceEpoch());
    return result;
}

DateRange DateRange::next() const
{
    return shifted(1);
}

DateRange DateRange::previous() const
{
    return shifted(-1);
}

DateRange DateRange::shifted(int steps) const
{
    if (!isValid())
        return *this;
    if (m_period == Period::Custom) {
        const qint64 length = dayCount();
        DateRange r = custom(m_first.addDays(steps * length), m_last.addDays(steps * length), m_zone);
        r.m_weekstartMonday = m_weekstartMonday;
        return r;
    }
    QDate anchor;
    switch (m_period) {
    case Period::Day:
        anchor = m_first.addDays(steps);
        break;
    case Period::Week:
        anchor = m_first.addDays(qint64(7) * steps);
        break;
    case Period::Month:
    case Period::Custom:
        anchor = m_first.addMonths(steps);
        break;
    }
    return forPeriod(m_period, anchor, m_zone, m_weekstartMonday);
}

DateRange DateRange::containing(QDate date) const
{
    if (m_period == Period::Custom) {
        DateRange r = custom(date, date.addDays(std::max(0, dayCount() - 1)), m_zone);
        r.m_weekstartMonday = m_weekstartMonday;
        return r;
    }
    return forPeriod(m_period, date, m_zone, m_weekstartMonday);
}

QDateTime DateRange::startOfDay(QDate date, const QTimeZone& zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return date.startOfDay(z).toUTC();
}

QDate DateRange::localDate(const QDateTime& moment, const QTimeZone& zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return moment.toTimeZone(z).date();
}

QTimeZone DateRange::zoneFromId(const QString& ianaId)
{
    if (!ianaId.isEmpty()) {
        QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

void DateRange::addSecondsPerDay(const QList<qint64>& boundaries, const QDateTime& since, const QDateTime& until,
                                 QList<qint64>* perDay)
{
    if (boundaries.size() < 2 || !since.isValid() || !until.isValid() || !perDay)
        return;
    qint64 from = std::max(since.toMSecsSinceEpoch(), boundaries.first());
    const qint64 to = std::min(until.toMSecsSinceEpoch(), boundaries.last());
    if (from >= to)
        return;
    // The day holding `from`: the last boundary <= from.
    auto it = std::upper_bound(boundaries.cbegin(), boundaries.cend(), from);
    qsizetype day = std::distance(boundaries.cbegin(), it) - 1;
    while (from < to && day < perDay->size() && day + 1 < boundaries.size()) {
        const qint64 dayEnd = std::min(to, boundaries.at(day + 1));
        (*perDay)[day] += (dayEnd - from) / 1000;
        from = dayEnd;
        ++day;
    }
}

QString DateRange::title(const QLocale& locale) const
{
    if (!isValid())
        return {};
    const auto span = [&locale](QDate a, QDate b) {
        if (a.year() != b.year())
            return locale.toString(a, DateFormats::dayMonthYear()) + QStringLiteral(" – ")
                + locale.toString(b, DateFormats::dayMonthYear());
        if (a.month() != b.month())
            return locale.toString(a, DateFormats::dayMonth()) + QStringLiteral(" – ")
                + locale.toString(b, DateFormats::dayMonthYear());
        if (a == b)
            return locale.toString(a, DateFormats::dayMonthYear());
        return locale.toString(a, QStringLiteral("d")) + QStringLiteral("–")
            + locale.toString(b, DateFormats::dayMonthYear());
    };
    switch (m_period) {
    case Period::Day:
        return locale.toString(m_first, QLocale::LongFormat);
    case Period::Week: {
        // ISO week number of the week's Monday (for a Sunday start, the day after the first).
        const int weekNumber = (m_weekstartMonday ? m_first : m_first.addDays(1)).weekNumber();
        //: %1 is the week number, %2 the days, e.g. "Week 48, 23–29 Nov 2026"
        return tr("Week %1, %2").arg(weekNumber).arg(span(m_first, m_last));
    }
    case Period::Month:
        return locale.standaloneMonthName(m_first.month(), QLocale::LongFormat) + QLatin1Char(' ')
            + QString::number(m_first.year());
    case Period::Custom:
        return span(m_first, m_last);
    }
    return {};
}

QString DateRange::emptyText() const
{
    switch (m_period) {
    case Period::Day:
        return tr("No entries on this day — start the clock or press Ins");
    case Period::Week:
        return tr("No entries this week — start the clock or press Ins");
    case Period::Month:
        return tr("No entries this month — start the clock or press Ins");
    case Period::Custom:
        break;
    }
    return tr("No entries in this period — start the clock or press Ins");
}
