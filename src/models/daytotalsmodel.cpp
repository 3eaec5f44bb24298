// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/daytotalsmodel.h"

#include "api/entries/entry.h"
#include "core/tracking/clock.h"
#include "models/dateformats.h"
#include "models/entrytablemodel.h"
#include "models/overlapindex.h"
#include "models/timeinputparser.h"

#include <QFont>
#include <QLocale>
#include <QTimer>

#include <algorithm>

DayTotalsModel::DayTotalsModel(Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_recomputeTimer(new QTimer(this))
{
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &DayTotalsModel::recompute);
}

int DayTotalsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_seconds.size());
}

int DayTotalsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate DayTotalsModel::today() const
{
    return DateRange::localDate(m_clock->nowUtc(), m_range.timeZone());
}

QVariant DayTotalsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const QDate date = m_range.first().addDays(index.row());
    const qint64 seconds = m_seconds.at(index.row());
    const qint64 booked = m_booked.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn:
            return QLocale().toString(date, DateFormats::weekdayDayMonth());
        case DurationColumn:
            return TimeInputParser::formatDuration(seconds);
        case HoursColumn:
            //: decimal hours, e.g. "6.75 h"
            return tr("%1 h").arg(TimeInputParser::formatDecimalHours(seconds));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return workedAndBookedText(seconds, booked);
    case Qt::TextAlignmentRole:
        if (index.column() != DayColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::FontRole:
        if (date == today()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        //: e.g. "Monday 23 November: 6:45 hours"
        return tr("%1: %2 hours")
            .arg(QLocale().toString(date, DateFormats::longWeekdayDayMonth()),
                 TimeInputParser::formatDuration(seconds));
    case DateRole:
        return date;
    case SecondsRole:
        return seconds;
    case BookedSecondsRole:
        return booked;
    case IsTodayRole:
        return date == today();
    default:
        return {};
    }
}

QVariant DayTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DayColumn:
        return tr("Day");
    case DurationColumn:
        return tr("Total");
    case HoursColumn:
        return tr("Hours");
    default:
        return {};
    }
}

void DayTotalsModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_source == model)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &DayTotalsModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &DayTotalsModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::modelReset, this, &DayTotalsModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DayTotalsModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::dataChanged, this, &DayTotalsModel::scheduleRecompute);
    }
    scheduleRecompute();
}

void DayTotalsModel::setRange(const DateRange& range)
{
    if (range == m_range)
        return;
    beginResetModel();
    m_range = range;
    m_boundaries = range.dayBoundariesMSecs();
    m_seconds = QList<qint64>(range.dayCount(), 0);
    m_total = 0;
    m_booked = m_seconds;
    m_totalBooked = 0;
    endResetModel();
    scheduleRecompute();
    emit totalsChanged();
}

qint64 DayTotalsModel::seconds(QDate date) const
{
    const int i = m_range.dayIndex(date);
    return i < 0 ? 0 : m_seconds.at(i);
}

qint64 DayTotalsModel::bookedSeconds(QDate date) const
{
    const int i = m_range.dayIndex(date);
    return i < 0 ? 0 : m_booked.value(i);
}

QString DayTotalsModel::workedAndBookedText(qint64 worked, qint64 booked)
{
    if (booked <= worked)
        return {};
    //: a day or range whose entries overlap: "9:00 h worked, 10:00 h booked"
    return tr("%1 h worked, %2 h booked")
        .arg(TimeInputParser::formatDuration(worked), TimeInputParser::formatDuration(booked));
}

qint64 DayTotalsModel::maximumDaySeconds() const
{
    return m_seconds.isEmpty() ? 0 : *std::max_element(m_seconds.cbegin(), m_seconds.cend());
}

void DayTotalsModel::scheduleRecompute()
{
    m_recomputeTimer->start();
}

void DayTotalsModel::recompute()
{
    m_recomputeTimer->stop();
    QList<qint64> seconds(m_range.dayCount(), 0);
    QList<qint64> booked = seconds;
    if (m_source) {
        QList<Entry> entries;
        const int rows = m_source->rowCount();
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_source->index(row, 0);
            if (index.data(EntryTableModel::TypeRole).toInt() != int(Entry::Type::Time))
                continue;
            const QDateTime since = index.data(EntryTableModel::SinceRole).toDateTime();
            const QDateTime until = index.data(EntryTableModel::EffectiveUntilRole).toDateTime();
            DateRange::addSecondsPerDay(m_boundaries, since, until, &booked);
            // The wall-clock spans (a running entry up to now, as EffectiveUntilRole says).
            Entry span = index.data(EntryTableModel::EntryRole).value<Entry>();
            span.timeSince = since;
            span.timeUntil = until;
            entries.append(span);
        }
        // Every wall-clock second once: the merged intervals of each user.
        const OverlapIndex overlaps(entries, m_clock->nowUtc());
        for (const OverlapIndex::Interval& interval : overlaps.merged())
            DateRange::addSecondsPerDay(m_boundaries, interval.since, interval.until, &seconds);
    }
    qint64 total = 0;
    for (qint64 s : std::as_const(seconds))
        total += s;
    qint64 totalBooked = 0;
    for (qint64 s : std::as_const(booked))
        totalBooked += s;
    if (seconds == m_seconds && total == m_total && booked == m_booked)
        return;
    m_seconds = seconds;
    m_total = total;
    m_booked = booked;
    m_totalBooked = totalBooked;
    if (!m_seconds.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_seconds.size()) - 1, ColumnCount - 1));
    emit totalsChanged();
}

void DayTotalsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_seconds.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_seconds.size()) - 1, ColumnCount - 1));
}
