// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

class Clock;

// The entry dialog's form without its widgets: what the fields hold (texts as typed, picker ids) goes in; the Entry
// to save, the problem of each field and the texts shown beside the fields come out.
//
// Times accept what people type (TimeInputParser) and are placed in the user's time zone, so that a night with a
// clock change has its real length and a time that does not exist on that day is a problem. An end before the start
// needs "ends the next day"; a relative end ("+3h" from 22:00) finds its day by itself. 23:59:59 h is the longest
// entry (Entry::MaxDurationSeconds). Editing keeps the exact original value (seconds included) of every time the
// user did not change: the form tells the draft which fields were edited (edited(), nextDayEdited()).
//
// Every message keeps the translation context of EntryEditDialog, where it was written first, so that the existing
// translations keep working.
class EntryDraft
{
public:
    enum class Mode
    {
        Create,
        Edit
    };
    enum class Field
    {
        Date,
        Start,
        End,
        Duration,
        Customer,
        Project,
        Service,
        LumpSumService,
        Quantity,
        Amount,
        Description,
        Billable
    };

    // What the form holds. Picker ids: > 0 a choice, 0 none, < 0 typed text that matches no choice (the message
    // quotes the text).
    struct Input
    {
        Entry::Type type = Entry::Type::Time;
        QDate date;
        QString start;
        QString end;
        bool nextDay = false;
        QString duration;
        qint64 customerId = 0;
        QString customerText;
        qint64 projectId = 0;
        qint64 serviceId = 0;
        QString serviceText;
        qint64 lumpSumServiceId = 0;
        QString lumpSumServiceText;
        QString quantity;
        QString amount;
        QString description;
        int billable = Entry::NotBillable;
        qint64 userId = 0; // the signed-in user, 0 when not known yet (a new entry then keeps its template's)
    };

    struct Result
    {
        Entry entry; // what Save sends
        QHash<Field, QString> errors; // translated, one per field
        QString computed; // beside the duration: the computed end or duration, or how long a running entry runs
        QString firstError; // the first problem in the order of the fields; empty when the form is valid
        bool isValid() const { return errors.isEmpty(); }
    };

    // The times after the user left a time field, in their usual form ("930" -> "09:30"); a field without a value
    // here keeps what was typed.
    struct NormalTimes
    {
        std::optional<QString> start;
        std::optional<QString> end;
        std::optional<bool> nextDay;
        std::optional<QString> duration;
    };

    // clock gives "now" (a running entry, new entries of today); nullptr is the system clock.
    explicit EntryDraft(const Clock* clock = nullptr);

    // The user's time zone and time format; the default is the system zone and 24 h.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    QTimeZone timeZone() const { return m_zone; }
    void setTwelveHour(bool twelveHour) { m_twelveHour = twelveHour; }

    // A new entry of that type on date (today when invalid); a time entry starts at suggestedStart when given, today
    // an hour ago on the quarter hour, on other days at 9:00 (lump sums at noon).
    void startNew(Entry::Type type, QDate date, const QDateTime& suggestedStart, qint64 userId);
    void startEdit(const Entry& entry);
    // A new entry with the fields of entry (not billed, not running, no server ids). A time entry's copy starts
    // where the last entry of its day ends (the known entries and entry itself), with the same duration, cut at
    // midnight (duplicateNote() says so).
    void startDuplicate(const Entry& entry);
    // Why the duplicate's times are not simply after the day's last entry; empty when they are.
    QString duplicateNote() const { return m_duplicateNote; }

    // The entries the user has in view (the table's): the overlap check and the place of a duplicate. Set before
    // starting.
    void setKnownEntries(const QList<Entry>& entries)
    {
        m_known = entries;
        m_knownSource = nullptr;
    }
    // The same, read from source whenever they are needed: the window's model lends its list. A copy kept here would
    // share it, and the model's next change (a page of a load, the saved entry) would then copy every row (~40 ms at
    // 100,000 rows).
    void setKnownEntriesSource(std::function<const QList<Entry>&()> source)
    {
        m_known.clear();
        m_knownSource = std::move(source);
    }
    // The known time entries of the same user that entry's time span overlaps (itself excluded), by start.
    QList<Entry> overlapsOf(const Entry& entry) const;
    // entry moved clear of its overlaps: the start to the end of an entry that began earlier, the end to the start
    // of one that begins later. nullopt when nothing would be left (or a running entry's end would have to move).
    std::optional<Entry> adjusted(const Entry& entry) const;
    // "09:00–10:30" in the user's zone and format ("09:00–running" for a running entry).
    QString spanText(const Entry& entry) const;

    Mode mode() const { return m_mode; }
    bool isDuplicate() const { return m_duplicate; }
    // The entry as loaded (edit) or the template (new, duplicate).
    const Entry& original() const { return m_original; }
    // Editing an entry whose clock runs: it needs no end.
    bool editsRunningEntry() const { return m_mode == Mode::Edit && m_original.isRunning(); }

    // The user changed the field (Date, Start, End or Duration; others need no note). End and Duration also say
    // which of the two decides the end.
    void edited(Field field);
    void nextDayEdited();

    // The form's fields for entry.
    Input inputFor(const Entry& entry) const;
    Result evaluate(const Input& input) const;
    NormalTimes normalTimes(const Input& input) const;

    // The window title for the mode and the type.
    QString title(Entry::Type type) const;
    // The question when the entry was changed on the server after the form was opened.
    QString conflictText(const Entry& serverEntry) const;
    // A warning for dates up to the user's edit lock, empty for others.
    static QString editLockHint(QDate date, QDate editLock);
    // "0.30 per km · total 12.60"; the total only when quantityText is a positive number. With the account's currency
    // the amounts carry it (MoneyFormat: "€0.30 per km · total €12.60").
    static QString lumpSumPriceText(const QString& unit, double price, const QString& quantityText,
                                    const QString& currency = {});
    // Every field, in the order of the form.
    static const QList<Field>& allFields();
    // "time_until" -> Field::End etc.; nullopt for names the form has no field for.
    static std::optional<Field> fieldForApiName(const QString& name, Entry::Type type);

private:
    struct TimeSpan; // the times of a time entry while they are evaluated

    void resetEdits();
    void placeDuplicate(const Entry& source, Entry* copy);
    void evaluatePickers(const Input& input, Result& result) const;
    void evaluateTimes(const Input& input, Result& result) const;
    QDateTime startMoment(const Input& input, const TimeSpan& span, Result& result) const;
    QDateTime endMoment(const Input& input, TimeSpan& span, Result& result) const;
    QDateTime endFromTime(const Input& input, const TimeSpan& span, Result& result) const;
    QString checkSpan(const Input& input, const TimeSpan& span, Result& result) const;
    void evaluateLumpSum(const Input& input, Result& result) const;
    QDateTime localMoment(QDate date, int secondsOfDay) const;
    static QString changedFieldName(Field field);
    QString formatTime(const QDateTime& moment) const;
    QDateTime now() const;

    const Clock* m_clock = nullptr;
    QTimeZone m_zone;
    bool m_twelveHour = false;

    Mode m_mode = Mode::Create;
    bool m_duplicate = false;
    Entry m_original;
    const QList<Entry>& known() const { return m_knownSource ? m_knownSource() : m_known; }
    QList<Entry> m_known;
    std::function<const QList<Entry>&()> m_knownSource;
    QString m_duplicateNote;

    // Which times the user changed; untouched times keep their exact original value (seconds included).
    bool m_dateDirty = false;
    bool m_startDirty = false;
    bool m_endDirty = false;
    bool m_durationDirty = false;
    bool m_nextDayDirty = false;
    enum class TimeSource
    {
        End,
        Duration
    };
    TimeSource m_timeSource = TimeSource::End;
};
