// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// A span of whole local days [first, last] in the Clockodo user's time zone (not necessarily the OS zone),
// together with the period that produced it. Day boundaries are computed with QTimeZone, so a day is 23 or 25
// hours long across a DST change, and a week containing one is 167 or 169 hours long.
class DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)
public:
    enum class Period
    {
        Day,
        Week,
        Month,
        Custom
    };

    DateRange() = default;

    static DateRange day(QDate date, const QTimeZone& zone);
    // The week containing date; it starts on Monday or, when weekstartMonday is false, on Sunday.
    static DateRange week(QDate date, const QTimeZone& zone, bool weekstartMonday);
    static DateRange month(QDate date, const QTimeZone& zone);
    // first and last are swapped when given in the wrong order.
    static DateRange custom(QDate first, QDate last, const QTimeZone& zone);
    // The range of that period containing date (Custom: that single day).
    static DateRange forPeriod(Period period, QDate date, const QTimeZone& zone, bool weekstartMonday);

    bool isValid() const { return m_first.isValid() && m_last.isValid(); }
    Period period() const { return m_period; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    QTimeZone timeZone() const { return m_zone; }
    bool weekstartMonday() const { return m_weekstartMonday; }
    int dayCount() const;
    QList<QDate> days() const;
    bool contains(QDate date) const { return date >= m_first && date <= m_last; }
    // Index of date in days(), or -1.
    int dayIndex(QDate date) const { return contains(date) ? int(m_first.daysTo(date)) : -1; }

    // The first moment of the first day, in UTC.
    QDateTime sinceUtc() const;
    // The first moment of the day after the last day, in UTC (exclusive end).
    QDateTime untilUtc() const;
    qint64 lengthSeconds() const { return sinceUtc().secsTo(untilUtc()); }
    // The UTC milliseconds at which each day starts, plus the exclusive end: dayCount() + 1 values.
    QList<qint64> dayBoundariesMSecs() const;

    // The same kind of range moved forward/back by one period (a custom range by its own length).
    DateRange next() const;
    DateRange previous() const;
    // Moved by steps periods (negative: back).
    DateRange shifted(int steps) const;
    // The same kind of range around date (a custom range keeps its length and starts at date).
    DateRange containing(QDate date) const;

    // The first moment of date in zone, as UTC (the first valid moment when midnight is skipped).
    static QDateTime startOfDay(QDate date, const QTimeZone& zone);
    // The calendar date of moment in zone.
    static QDate localDate(const QDateTime& moment, const QTimeZone& zone);
    // The zone for an IANA id such as "Europe/Berlin"; the system zone when the id is empty or unknown.
    static QTimeZone zoneFromId(const QString& ianaId);

    // Adds the seconds of [since, until) that fall on each day to perDay (dayCount() values), given the
    // boundaries from dayBoundariesMSecs(). An interval crossing midnight is split; parts outside are ignored.
    static void addSecondsPerDay(const QList<qint64>& boundariesMSecs, const QDateTime& since, const QDateTime& until,
                                 QList<qint64>* perDay);

    // "Week 48, 23–29 Nov 2026", "Monday, 23 November 2026", "November 2026", "3 Nov – 5 Dec 2026".
    QString title(const QLocale& locale = QLocale()) const;
    // What to say when the range holds no entries.
    QString emptyText() const;

    friend bool operator==(const DateRange& a, const DateRange& b)
    {
        return a.m_period == b.m_period && a.m_first == b.m_first && a.m_last == b.m_last && a.m_zone == b.m_zone
            && a.m_weekstartMonday == b.m_weekstartMonday;
    }

private:
    Period m_period = Period::Day;
    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
    bool m_weekstartMonday = true;
};
