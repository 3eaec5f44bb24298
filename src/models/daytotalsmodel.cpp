// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/daytotalsmodel.h"

#include "api/entries/entry.h"
#include "core/platform/dateformats.h"
#include "core/tracking/clock.h"
#include "models/entryrowreader.h"
#include "models/entrytablemodel.h"
#include "models/timeinputparser.h"

#include <QFont>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <vector>

DayTotalsModel::DayTotalsModel(Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_recomputeTimer(new QTimer(this))
    , m_dirtyTimer(new QTimer(this))
{
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &DayTotalsModel::recomputeStep);
    m_dirtyTimer->setSingleShot(true);
    m_dirtyTimer->setInterval(0);
    connect(m_dirtyTimer, &QTimer::timeout, this, &DayTotalsModel::recomputeDirty);
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
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
            if (!parent.isValid())
                rowsInsertedAt(first, last);
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex& parent, int first, int last) {
                    if (!parent.isValid())
                        rowsAboutToBeRemovedAt(first, last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex& parent, int first, int last) {
            if (!parent.isValid())
                rowsRemovedAt(first, last);
        });
        connect(model, &QAbstractItemModel::modelReset, this, &DayTotalsModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::layoutChanged, this, &DayTotalsModel::sourceLayoutChanged);
        // rowsMoved: the same rows in other places, the spans are kept by id; nothing to do.
        connect(model, &QAbstractItemModel::dataChanged, this, &DayTotalsModel::rowsChanged);
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
    m_daySpans = QList<QList<Span>>(range.dayCount());
    m_dirty = QList<bool>(range.dayCount(), false);
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

void DayTotalsModel::setSliceRows(int rows)
{
    m_sliceRows = std::max(1, rows);
}

void DayTotalsModel::scheduleRecompute()
{
    m_reading.reset(); // rows came, went or moved: a reading starts over
    m_recomputeTimer->start();
}

void DayTotalsModel::scheduleDirty()
{
    if (!m_recomputeTimer->isActive())
        m_dirtyTimer->start();
}

DayTotalsModel::Span DayTotalsModel::readRow(const EntryRowReader& reader, int row) const
{
    Span span;
    if (reader.isDirect()) {
        const Entry* e = reader.entry(row);
        if (!e)
            return span;
        span.id = e->id;
        if (e->type != Entry::Type::Time)
            return span;
        const QDateTime until = reader.table()->effectiveUntil(*e);
        if (!e->timeSince.isValid() || !until.isValid())
            return span;
        span.userId = e->usersId;
        span.since = e->timeSince.toMSecsSinceEpoch();
        span.until = until.toMSecsSinceEpoch();
        span.counts = true;
        return span;
    }
    const QModelIndex index = m_source->index(row, 0);
    span.id = index.data(EntryTableModel::IdRole).toLongLong();
    if (index.data(EntryTableModel::TypeRole).toInt() != int(Entry::Type::Time))
        return span;
    const QDateTime since = index.data(EntryTableModel::SinceRole).toDateTime();
    const QDateTime until = index.data(EntryTableModel::EffectiveUntilRole).toDateTime();
    if (!since.isValid() || !until.isValid())
        return span;
    span.userId = index.data(EntryTableModel::UserIdRole).toLongLong();
    span.since = since.toMSecsSinceEpoch();
    span.until = until.toMSecsSinceEpoch();
    span.counts = true;
    return span;
}

void DayTotalsModel::place(const Span& span, int sign)
{
    placeIn(m_daySpans, span, sign, &m_dirty);
}

void DayTotalsModel::placeIn(QList<QList<Span>>& daySpans, const Span& span, int sign, QList<bool>* dirty) const
{
    if (!span.counts || span.until <= span.since || m_boundaries.size() < 2)
        return;
    // The days [first, last] the span touches.
    const auto firstIt = std::upper_bound(m_boundaries.cbegin(), m_boundaries.cend(), span.since);
    const int first = std::max(0, int(firstIt - m_boundaries.cbegin()) - 1);
    for (int day = first; day + 1 < m_boundaries.size() && m_boundaries.at(day) < span.until; ++day) {
        if (m_boundaries.at(day + 1) <= span.since)
            continue;
        QList<Span>& spans = daySpans[day];
        if (sign > 0) {
            spans.append(span);
        } else {
            const auto it = std::find_if(spans.begin(), spans.end(), [&span](const Span& s) {
                return s.id == span.id && s.since == span.since && s.until == span.until && s.userId == span.userId;
            });
            if (it != spans.end())
                spans.erase(it);
        }
        if (dirty)
            (*dirty)[day] = true;
    }
}

void DayTotalsModel::reserve(qsizetype rows)
{
    if (rows > m_spans.capacity())
        m_spans.reserve(rows);
}

bool DayTotalsModel::keep(const Span& span)
{
    return keepIn(m_spans, span);
}

bool DayTotalsModel::keepIn(QHash<qint64, Span>& spans, const Span& span)
{
    if (!span.counts)
        return true;
    const auto it = spans.find(span.id);
    if (it != spans.end())
        return false;
    spans.insert(span.id, span);
    return true;
}

void DayTotalsModel::rowsInsertedAt(int first, int last)
{
    const int known = m_rowCount;
    m_rowCount += last - first + 1;
    if (m_recomputeTimer->isActive() || m_ambiguous || first > known)
        return scheduleRecompute(); // everything is read again anyway
    const EntryRowReader reader(m_source);
    for (int row = first; row <= last; ++row) {
        const Span span = readRow(reader, row);
        if (!keep(span)) {
            m_ambiguous = true;
            return scheduleRecompute();
        }
        place(span, 1);
    }
    scheduleDirty();
}

void DayTotalsModel::rowsAboutToBeRemovedAt(int first, int last)
{
    if (m_recomputeTimer->isActive() || m_ambiguous || last >= m_rowCount)
        return scheduleRecompute();
    // The rows are still there; only their ids are read (a proxy may tell this after their data changed).
    const EntryRowReader reader(m_source);
    for (int row = first; row <= last; ++row) {
        const auto it = m_spans.find(reader.id(row));
        if (it == m_spans.end())
            continue; // a row that does not count
        place(*it, -1);
        m_spans.erase(it);
    }
}

void DayTotalsModel::rowsRemovedAt(int first, int last)
{
    m_rowCount = std::max(0, m_rowCount - (last - first + 1));
    scheduleDirty();
}

void DayTotalsModel::rowsChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    static const QList<int> relevant { EntryTableModel::EntryRole, EntryTableModel::TypeRole,
                                       EntryTableModel::SinceRole, EntryTableModel::EffectiveUntilRole,
                                       EntryTableModel::IdRole };
    if (!roles.isEmpty() && std::none_of(roles.cbegin(), roles.cend(), [](int r) { return relevant.contains(r); }))
        return; // tooltips, overlap marks: no time changed
    if (m_reading) {
        // Rows read already are read again; the others will be.
        const EntryRowReader reader(m_source);
        for (int row = topLeft.row(); row <= bottomRight.row() && row < m_reading->next; ++row)
            file(row, readRow(reader, row));
        return;
    }
    if (m_recomputeTimer->isActive() || m_ambiguous || bottomRight.row() >= m_rowCount)
        return scheduleRecompute();
    const EntryRowReader reader(m_source);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const Span span = readRow(reader, row);
        const auto it = m_spans.find(span.id);
        if (it == m_spans.end()) {
            keep(span);
            place(span, 1);
            continue;
        }
        const Span& old = *it;
        if (span.counts && span.since == old.since && span.until == old.until && span.userId == old.userId)
            continue;
        place(old, -1);
        if (span.counts) {
            *it = span;
            place(span, 1);
        } else {
            m_spans.erase(it);
        }
    }
    scheduleDirty();
}

void DayTotalsModel::sourceLayoutChanged(const QList<QPersistentModelIndex>& parents,
                                         QAbstractItemModel::LayoutChangeHint hint)
{
    Q_UNUSED(parents)
    // Sorted: the same rows in another order, the same totals (the spans are kept by id, not by row).
    if (hint == QAbstractItemModel::VerticalSortHint && m_source && m_source->rowCount() == m_rowCount && !m_reading)
        return;
    scheduleRecompute();
}

QPair<qint64, qint64> DayTotalsModel::computeDay(int i) const
{
    // On milliseconds, sorted by user and start, merged in one pass: a day of a large range holds thousands of spans
    // and is computed again after every page of a load.
    struct Piece
    {
        qint64 userId;
        qint64 from;
        qint64 to;
    };
    const qint64 dayStart = m_boundaries.at(i);
    const qint64 dayEnd = m_boundaries.at(i + 1);
    std::vector<Piece> pieces;
    pieces.reserve(size_t(m_daySpans.at(i).size()));
    qint64 bookedMs = 0;
    for (const Span& span : m_daySpans.at(i)) {
        const qint64 from = std::max(span.since, dayStart);
        const qint64 to = std::min(span.until, dayEnd);
        if (to <= from)
            continue;
        bookedMs += (to - from) / 1000 * 1000;
        pieces.push_back({ span.userId, from, to });
    }
    std::sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) {
        return a.userId != b.userId ? a.userId < b.userId : a.from < b.from;
    });
    qint64 worked = 0;
    for (size_t k = 0; k < pieces.size();) {
        // One merged interval: the pieces of one user that overlap or touch the first.
        qint64 from = pieces[k].from;
        qint64 to = pieces[k].to;
        size_t next = k + 1;
        for (; next < pieces.size() && pieces[next].userId == pieces[k].userId && pieces[next].from <= to; ++next)
            to = std::max(to, pieces[next].to);
        worked += (to - from) / 1000;
        k = next;
    }
    return { worked, bookedMs / 1000 };
}

void DayTotalsModel::recomputeDirty()
{
    m_dirtyTimer->stop();
    bool changed = false;
    for (int i = 0; i < m_dirty.size(); ++i) {
        if (!m_dirty.at(i))
            continue;
        m_dirty[i] = false;
        const auto [worked, booked] = computeDay(i);
        if (worked == m_seconds.at(i) && booked == m_booked.at(i))
            continue;
        m_total += worked - m_seconds.at(i);
        m_totalBooked += booked - m_booked.at(i);
        m_seconds[i] = worked;
        m_booked[i] = booked;
        changed = true;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    if (changed)
        emit totalsChanged();
}

void DayTotalsModel::recompute()
{
    m_recomputeTimer->stop();
    // Every row at once: a reading in one slice.
    const int rows = m_source ? m_source->rowCount() : 0;
    startReading(rows);
    readUpTo(rows);
    finishReading();
}

void DayTotalsModel::recomputeStep()
{
    const int rows = m_source ? m_source->rowCount() : 0;
    if (!m_reading) {
        if (rows <= m_sliceRows)
            return recompute();
        startReading(rows);
    }
    const int end = int(std::min<qint64>(qint64(m_reading->next) + m_sliceRows, rows));
    readUpTo(end);
    if (end < rows)
        return m_recomputeTimer->start();
    finishReading();
}

void DayTotalsModel::startReading(int rows)
{
    m_reading = Reading {};
    m_reading->rows.reserve(rows);
    m_reading->spans.reserve(rows);
    m_reading->daySpans = QList<QList<Span>>(m_range.dayCount());
}

void DayTotalsModel::readUpTo(int end)
{
    const EntryRowReader reader(m_source);
    for (int row = m_reading->next; row < end; ++row) {
        m_reading->rows.append(Span {});
        m_reading->next = row + 1;
        file(row, readRow(reader, row));
    }
}

void DayTotalsModel::finishReading()
{
    // Every row read and filed: the reading's spans take the place of the totals' in one go, every day recomputed.
    Reading done = std::move(*m_reading);
    m_reading.reset();
    m_dirtyTimer->stop();
    m_spans = std::move(done.spans);
    m_daySpans = std::move(done.daySpans);
    m_ambiguous = done.ambiguous;
    m_rowCount = int(done.rows.size());
    m_dirty = QList<bool>(m_range.dayCount(), true);
    recomputeDirty();
}

void DayTotalsModel::file(int row, const Span& span)
{
    Reading& reading = *m_reading;
    const Span old = reading.rows.at(row);
    // A row read again: its previous span goes from the days and, while ids are unique, from the ids.
    placeIn(reading.daySpans, old, -1);
    if (old.counts && !reading.ambiguous)
        reading.spans.remove(old.id);
    reading.rows[row] = span;
    if (!keepIn(reading.spans, span))
        reading.ambiguous = true; // counted all the same; the next change reads everything again
    placeIn(reading.daySpans, span, 1);
}

void DayTotalsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_seconds.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_seconds.size()) - 1, ColumnCount - 1));
}
