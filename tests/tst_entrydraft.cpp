// SPDX-License-Identifier: GPL-3.0-or-later
// The entry form without widgets: what people type into the entry dialog's fields becomes an Entry, a problem per
// field or the computed texts beside the fields. The OS zone is New York, the user's Berlin (the user's decides).
#include "models/entrydraft.h"
#include "support/manualclock.h"
#include "support/scopedostimezone.h"

#include <QLocale>
#include <QTest>

#include <optional>

namespace {

using F = EntryDraft::Field;

QDateTime utc(int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

const QDate Day(2026, 11, 24);

} // namespace

class TestEntryDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void typedTimes();
    void durationAndRelativeEnd();
    void entryAcrossMidnight();
    void dstNightDuration();
    void timeInAClockChangeGap();
    void timeMessages();
    void longestEntry();
    void pickerMessages();
    void lumpSumValue();
    void lumpSumService();
    void editKeepsUntouchedTimes();
    void editLumpSumKeepsTimeOfDay();
    void editRunningEntry();
    void newEntryStart();
    void duplicate();
    void duplicateGoesAfterTheDaysLastEntry();
    void duplicateCutAtMidnight();
    void overlapsAndAdjust();
    void knownEntriesFromASourceAreReadWhenNeeded();
    void inputForEntry();
    void billableAndSubproject();
    void texts();

private:
    // A new time entry on Day with a customer and a service chosen, and these times.
    EntryDraft::Input timeInput(const QString& start, const QString& end, const QString& duration = {}) const;

    std::optional<ScopedOsTimeZone> m_osTimeZone;
    std::optional<ManualClock> m_clock;
    std::optional<EntryDraft> m_draft;
};

void TestEntryDraft::initTestCase()
{
    m_osTimeZone.emplace("America/New_York");
}

void TestEntryDraft::cleanupTestCase()
{
    m_osTimeZone.reset();
}

void TestEntryDraft::init()
{
    m_clock.emplace(utc(2026, 11, 25, 10));
    m_draft.emplace(&*m_clock);
    m_draft->setTimeZone(QTimeZone("Europe/Berlin"));
    m_draft->startNew(Entry::Type::Time, Day, {}, 7);
}

EntryDraft::Input TestEntryDraft::timeInput(const QString& start, const QString& end, const QString& duration) const
{
    EntryDraft::Input in;
    in.type = Entry::Type::Time;
    in.date = Day;
    in.start = start;
    in.end = end;
    in.duration = duration;
    in.customerId = 1;
    in.serviceId = 3;
    in.userId = 7;
    return in;
}

void TestEntryDraft::typedTimes()
{
    const auto r = m_draft->evaluate(timeInput(QStringLiteral(" 930 "), QStringLiteral("10:45")));
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QVERIFY(r.firstError.isEmpty());
    QCOMPARE(r.entry.timeSince, utc(2026, 11, 24, 8, 30));
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 24, 9, 45));
    QCOMPARE(r.entry.customersId, qint64(1));
    QCOMPARE(r.entry.servicesId, std::optional<qint64>(3));
    QCOMPARE(r.entry.usersId, qint64(7));
    QCOMPARE(r.computed, QStringLiteral("1:15 h (1.25 h)"));
    m_draft->edited(F::Start);
    const auto normal = m_draft->normalTimes(timeInput(QStringLiteral("930"), QStringLiteral("10:45")));
    QCOMPARE(normal.start, std::optional<QString>(QStringLiteral("09:30")));
    QCOMPARE(normal.end, std::optional<QString>(QStringLiteral("10:45")));
    QCOMPARE(normal.duration, std::optional<QString>(QStringLiteral("1:15")));
    QCOMPARE(normal.nextDay, std::optional<bool>(false));
}

void TestEntryDraft::durationAndRelativeEnd()
{
    m_draft->edited(F::Start);
    m_draft->edited(F::Duration);
    auto in = timeInput(QStringLiteral("9"), QString(), QStringLiteral("1.25h"));
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 24, 9, 15));
    QCOMPARE(r.computed, QStringLiteral("ends 10:15"));
    auto normal = m_draft->normalTimes(in);
    QCOMPARE(normal.end, std::optional<QString>(QStringLiteral("10:15")));
    QCOMPARE(normal.duration, std::optional<QString>(QStringLiteral("1:15")));
    // The duration decides while it was typed last, even with an end in the field.
    in.end = QStringLiteral("10:15");
    in.duration = QStringLiteral("2:30");
    r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 24, 10, 30));
    QCOMPARE(r.computed, QStringLiteral("ends 11:30"));
    // A relative end counts from the start.
    m_draft->edited(F::End);
    in.end = QStringLiteral("+15m");
    r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 24, 8, 15));
    normal = m_draft->normalTimes(in);
    QCOMPARE(normal.end, std::optional<QString>(QStringLiteral("09:15")));
    QCOMPARE(normal.duration, std::optional<QString>(QStringLiteral("0:15")));
}

void TestEntryDraft::entryAcrossMidnight()
{
    m_draft->edited(F::End);
    auto in = timeInput(QStringLiteral("22:00"), QStringLiteral("1:30"));
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.errors.value(F::End), QStringLiteral("End must be after start — or tick “Ends the next day”."));
    QCOMPARE(r.firstError, r.errors.value(F::End));
    in.nextDay = true;
    m_draft->nextDayEdited();
    r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QCOMPARE(r.computed, QStringLiteral("3:30 h (3.50 h)"));
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 25, 0, 30));
    in.end = QStringLiteral("-24h"); // relative: back to 22:00 of the first day
    QCOMPARE(m_draft->evaluate(in).errors.value(F::End), QStringLiteral("End must be after start."));
    // A relative end that passes midnight finds the next day by itself.
    in.nextDay = false;
    in.end = QStringLiteral("+4h");
    r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeSince, utc(2026, 11, 24, 21));
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 25, 1));
    const auto normal = m_draft->normalTimes(in);
    QCOMPARE(normal.end, std::optional<QString>(QStringLiteral("02:00")));
    QCOMPARE(normal.nextDay, std::optional<bool>(true));
    // A duration past midnight says which day it ends.
    m_draft->edited(F::Duration);
    in.duration = QStringLiteral("3h");
    QCOMPARE(m_draft->evaluate(in).computed, QStringLiteral("ends 01:00 (+1)"));
}

void TestEntryDraft::dstNightDuration()
{
    // 25 Oct 2026: Berlin's clocks go back at 03:00. 01:30 -> 04:00 local is 3:30 hours.
    m_draft->edited(F::Start);
    m_draft->edited(F::End);
    auto in = timeInput(QStringLiteral("1:30"), QStringLiteral("4:00"));
    in.date = QDate(2026, 10, 25);
    const auto r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeSince, utc(2026, 10, 24, 23, 30));
    QCOMPARE(r.entry.timeUntil, utc(2026, 10, 25, 3));
    QCOMPARE(r.computed, QStringLiteral("3:30 h (3.50 h)"));
    QCOMPARE(m_draft->normalTimes(in).duration, std::optional<QString>(QStringLiteral("3:30")));
    // And 2 hours of duration from 01:30 end at 02:30 of the second (winter) 02:00 hour.
    m_draft->edited(F::Duration);
    in.duration = QStringLiteral("2h");
    QCOMPARE(m_draft->evaluate(in).entry.timeUntil, utc(2026, 10, 25, 1, 30));
}

void TestEntryDraft::timeInAClockChangeGap()
{
    // 29 Mar 2026: Berlin's clocks jump from 02:00 to 03:00; 02:30 does not exist that day.
    m_draft->edited(F::Start);
    m_draft->edited(F::End);
    auto in = timeInput(QStringLiteral("2:30"), QStringLiteral("4:00"));
    in.date = QDate(2026, 3, 29);
    const QString gap = QStringLiteral("This time does not exist on that day (the clocks change).");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Start), gap);
    in.start = QStringLiteral("1:00");
    in.end = QStringLiteral("2:30");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::End), gap);
    in.end = QStringLiteral("3:30");
    const auto r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QCOMPARE(r.computed, QStringLiteral("1:30 h (1.50 h)"));
}

void TestEntryDraft::timeMessages()
{
    auto in = timeInput(QStringLiteral("25:00"), QStringLiteral("11"));
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Start),
             QStringLiteral("“25:00” is not a time. Try 9, 930, 9:30 or 9pm."));
    in.start = QString();
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Start), QStringLiteral("Enter the start time."));
    in.start = QStringLiteral("10");
    in.end = QStringLiteral("9");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::End),
             QStringLiteral("End must be after start — or tick “Ends the next day”."));
    in.end = QStringLiteral("später");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::End),
             QStringLiteral("“später” is not a time. Try 17:00, 1730 or +1h."));
    in.end = QString();
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.errors.value(F::End), QStringLiteral("Enter an end time or a duration."));
    QCOMPARE(r.errors.size(), 1);
    m_draft->edited(F::Duration);
    in.duration = QStringLiteral("0");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Duration), QStringLiteral("The duration must be more than zero."));
    in.duration = QStringLiteral("25h");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Duration),
             QStringLiteral("An entry can be at most 23:59:59 hours long."));
    in.duration = QStringLiteral("eine Stunde");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Duration),
             QStringLiteral("“eine Stunde” is not a duration. Try 1:15, 1.25h or 75m."));
    in.duration = QStringLiteral("1h");
    r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QVERIFY(r.computed.startsWith(QStringLiteral("ends 11:00")));
}

void TestEntryDraft::longestEntry()
{
    QCOMPARE(Entry::MaxDurationSeconds, 23 * 3600 + 59 * 60 + 59);
    m_draft->edited(F::Duration);
    auto in = timeInput(QStringLiteral("0:00"), QString(), QStringLiteral("23:59:59"));
    auto r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QCOMPARE(r.entry.timeSince.secsTo(r.entry.timeUntil), Entry::MaxDurationSeconds);
    in.duration = QStringLiteral("24h");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Duration),
             QStringLiteral("An entry can be at most 23:59:59 hours long."));
    // The same limit for an end on the next day, at the end field.
    m_draft->edited(F::End);
    in.start = QStringLiteral("9");
    in.end = QStringLiteral("9:30");
    in.nextDay = true;
    QCOMPARE(m_draft->evaluate(in).errors.value(F::End),
             QStringLiteral("An entry can be at most 23:59:59 hours long."));
}

void TestEntryDraft::pickerMessages()
{
    auto in = timeInput(QStringLiteral("9"), QStringLiteral("10"));
    in.customerId = -1;
    in.customerText = QStringLiteral("Niemand GmbH");
    in.serviceId = 0;
    in.projectId = -1;
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.errors.value(F::Customer), QStringLiteral("“Niemand GmbH” is not a customer you can choose."));
    QCOMPARE(r.errors.value(F::Project),
             QStringLiteral("Choose a project of this customer, or leave the field empty."));
    QCOMPARE(r.errors.value(F::Service), QStringLiteral("Choose a service."));
    QCOMPARE(r.firstError, r.errors.value(F::Customer)); // in the order of the form
    QCOMPARE(r.entry.customersId, qint64(0));
    QVERIFY(!r.entry.projectsId);
    in.customerId = 0;
    in.projectId = 0;
    in.serviceId = -1;
    in.serviceText = QStringLiteral("Putzen");
    r = m_draft->evaluate(in);
    QCOMPARE(r.firstError, QStringLiteral("Choose a customer."));
    QCOMPARE(r.errors.value(F::Service),
             QStringLiteral("“Putzen” is not a service you can choose for this customer and project."));
    QVERIFY(!r.errors.contains(F::Project)); // the project is optional
}

void TestEntryDraft::lumpSumValue()
{
    m_draft->startNew(Entry::Type::LumpSumValue, Day, {}, 7);
    EntryDraft::Input in = m_draft->inputFor(m_draft->original());
    QCOMPARE(in.type, Entry::Type::LumpSumValue);
    QVERIFY(in.start.isEmpty());
    in.customerId = 1;
    in.serviceId = 3;
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Amount), QStringLiteral("Enter the amount."));
    in.amount = QStringLiteral("viel");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Amount), QStringLiteral("“viel” is not a number."));
    in.amount = QStringLiteral("0");
    QCOMPARE(m_draft->evaluate(in).errors.value(F::Amount), QStringLiteral("Enter an amount greater than 0."));
    in.amount = QStringLiteral("123.45");
    in.start = QStringLiteral("nonsense"); // the time fields do not count for lump sums
    const auto r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QCOMPARE(r.entry.type, Entry::Type::LumpSumValue);
    QCOMPARE(r.entry.lumpSum, std::optional<double>(123.45));
    QCOMPARE(r.entry.servicesId, std::optional<qint64>(3));
    QCOMPARE(r.entry.timeSince, utc(2026, 11, 24, 11)); // noon in Berlin
    QVERIFY(!r.entry.timeUntil.isValid());
    QVERIFY(r.computed.isEmpty());
}

void TestEntryDraft::lumpSumService()
{
    m_draft->startNew(Entry::Type::LumpSumService, Day, {}, 7);
    EntryDraft::Input in = m_draft->inputFor(m_draft->original());
    in.customerId = 1;
    in.serviceId = 3;
    in.lumpSumServiceId = -1;
    in.lumpSumServiceText = QStringLiteral("Taxi");
    in.quantity = QStringLiteral("-2");
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.errors.value(F::LumpSumService), QStringLiteral("“Taxi” is not a lump-sum service you can choose."));
    QCOMPARE(r.errors.value(F::Quantity), QStringLiteral("Enter an amount greater than 0."));
    QVERIFY(!r.errors.contains(F::Service));
    in.lumpSumServiceId = 0;
    in.quantity = QString();
    r = m_draft->evaluate(in);
    QCOMPARE(r.errors.value(F::LumpSumService), QStringLiteral("Choose a lump-sum service."));
    QCOMPARE(r.errors.value(F::Quantity), QStringLiteral("Enter the quantity."));
    in.lumpSumServiceId = 9;
    in.quantity = QStringLiteral("42");
    r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QCOMPARE(r.entry.lumpSumServicesId, std::optional<qint64>(9));
    QCOMPARE(r.entry.lumpSumServicesAmount, std::optional<double>(42));
    QVERIFY(!r.entry.servicesId);
}

void TestEntryDraft::editKeepsUntouchedTimes()
{
    // A clocked entry has seconds; showing 09:00 and 10:00 must not move it when only the text changes.
    Entry original;
    original.id = 12;
    original.usersId = 5;
    original.customersId = 1;
    original.servicesId = 3;
    original.timeSince = utc(2026, 11, 24, 8, 0, 17);
    original.timeUntil = utc(2026, 11, 24, 9, 0, 42);
    m_draft->startEdit(original);
    QCOMPARE(m_draft->mode(), EntryDraft::Mode::Edit);
    EntryDraft::Input in = m_draft->inputFor(original);
    QCOMPARE(in.start, QStringLiteral("09:00"));
    QCOMPARE(in.end, QStringLiteral("10:00"));
    in.description = QStringLiteral("  neu ");
    in.userId = 7;
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeSince, original.timeSince);
    QCOMPARE(r.entry.timeUntil, original.timeUntil);
    QCOMPARE(r.entry.id, qint64(12));
    QCOMPARE(r.entry.usersId, qint64(5)); // an edit keeps the entry's user
    QCOMPARE(Entry::changes(original, r.entry).keys(), QStringList { QStringLiteral("text") });
    QVERIFY(!m_draft->normalTimes(in).end);
    // A changed end is taken as typed; the untouched start keeps its seconds.
    m_draft->edited(F::End);
    in.end = QStringLiteral("10:30");
    r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeSince, original.timeSince);
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 24, 9, 30));
}

void TestEntryDraft::editLumpSumKeepsTimeOfDay()
{
    Entry original;
    original.id = 13;
    original.type = Entry::Type::LumpSumService;
    original.customersId = 1;
    original.lumpSumServicesId = 9;
    original.lumpSumServicesAmount = 12;
    original.timeSince = utc(2026, 11, 24, 11);
    m_draft->startEdit(original);
    EntryDraft::Input in = m_draft->inputFor(original);
    QCOMPARE(in.quantity, QStringLiteral("12"));
    QCOMPARE(m_draft->evaluate(in).entry.timeSince, original.timeSince);
    // Another day: the booking moves, keeping its time of day.
    m_draft->edited(F::Date);
    in.date = QDate(2026, 11, 26);
    QCOMPARE(m_draft->evaluate(in).entry.timeSince, utc(2026, 11, 26, 11));
}

void TestEntryDraft::editRunningEntry()
{
    Entry running;
    running.id = 14;
    running.customersId = 1;
    running.servicesId = 3;
    running.timeSince = utc(2026, 11, 25, 9);
    m_draft->startEdit(running);
    QVERIFY(m_draft->editsRunningEntry());
    EntryDraft::Input in = m_draft->inputFor(running);
    QVERIFY(in.end.isEmpty());
    auto r = m_draft->evaluate(in);
    QVERIFY2(r.isValid(), qPrintable(r.firstError)); // no end needed while it runs
    QCOMPARE(r.computed, QStringLiteral("running for 1:00 h"));
    m_draft->edited(F::Start);
    in.start = QStringLiteral("9:30");
    r = m_draft->evaluate(in);
    QCOMPARE(r.entry.timeSince, utc(2026, 11, 25, 8, 30));
    QVERIFY(!r.entry.timeUntil.isValid());
    QCOMPARE(Entry::changes(running, r.entry).keys(), QStringList { QStringLiteral("time_since") });
}

void TestEntryDraft::newEntryStart()
{
    // Today (11:07 in Berlin): an hour ago, on the quarter hour.
    m_clock->setNowUtc(utc(2026, 11, 25, 10, 7));
    m_draft->startNew(Entry::Type::Time, QDate(2026, 11, 25), {}, 7);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 25, 9));
    QCOMPARE(m_draft->original().usersId, qint64(7));
    m_draft->startNew(Entry::Type::Time, QDate(), {}, 7);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 25, 9));
    // Other days at 9:00, lump sums at noon, or where the caller suggests.
    m_draft->startNew(Entry::Type::Time, Day, {}, 7);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 24, 8));
    m_draft->startNew(Entry::Type::LumpSumValue, Day, {}, 7);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 24, 11));
    m_draft->startNew(Entry::Type::Time, Day, utc(2026, 11, 24, 13, 10), 7);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 24, 13, 10));
    QCOMPARE(m_draft->mode(), EntryDraft::Mode::Create);
    QVERIFY(!m_draft->isDuplicate());
    QCOMPARE(m_draft->title(Entry::Type::Time), QStringLiteral("New time entry"));
    QCOMPARE(m_draft->title(Entry::Type::LumpSumService), QStringLiteral("New lump-sum service"));
}

void TestEntryDraft::duplicate()
{
    Entry entry;
    entry.id = 15;
    entry.customersId = 1;
    entry.servicesId = 3;
    entry.billable = Entry::Billed;
    entry.clocked = true;
    entry.textsId = 4;
    entry.timeSince = utc(2026, 11, 25, 8);
    m_draft->startDuplicate(entry); // a running entry: the copy ends now
    QCOMPARE(m_draft->mode(), EntryDraft::Mode::Create);
    QVERIFY(m_draft->isDuplicate());
    QCOMPARE(m_draft->title(Entry::Type::Time), QStringLiteral("Duplicate entry"));
    const Entry& copy = m_draft->original();
    QCOMPARE(copy.id, qint64(0));
    QCOMPARE(copy.billable, int(Entry::IsBillable)); // a copy is not billed yet
    QVERIFY(!copy.clocked);
    QVERIFY(!copy.textsId);
    // The original runs 8:00 until now (10:00): the copy of its two hours starts when it ends.
    QCOMPARE(copy.timeSince, utc(2026, 11, 25, 10));
    QCOMPARE(copy.timeUntil, utc(2026, 11, 25, 12));
    QVERIFY(m_draft->duplicateNote().isEmpty());
    const auto r = m_draft->evaluate(m_draft->inputFor(copy));
    QVERIFY2(r.isValid(), qPrintable(r.firstError));
    QCOMPARE(r.entry.id, qint64(0));
    QCOMPARE(r.entry.timeSince, utc(2026, 11, 25, 10));
    QCOMPARE(r.entry.timeUntil, utc(2026, 11, 25, 12));
}

namespace {

Entry timeEntry(qint64 id, const QDateTime& since, const QDateTime& until)
{
    Entry e;
    e.id = id;
    e.usersId = 7;
    e.customersId = 1;
    e.servicesId = 3;
    e.timeSince = since;
    e.timeUntil = until;
    return e;
}

} // namespace

void TestEntryDraft::duplicateGoesAfterTheDaysLastEntry()
{
    // Tuesday in Berlin (UTC+1): 8:00-9:30 is duplicated, the day's last entry ends 16:15; Wednesday's does not count.
    const Entry source = timeEntry(1, utc(2026, 11, 24, 7), utc(2026, 11, 24, 8, 30));
    m_draft->setKnownEntries({ source, timeEntry(2, utc(2026, 11, 24, 13), utc(2026, 11, 24, 15, 15)),
                               timeEntry(3, utc(2026, 11, 24, 9), utc(2026, 11, 24, 10)),
                               timeEntry(4, utc(2026, 11, 25, 7), utc(2026, 11, 25, 9)) });
    m_draft->startDuplicate(source);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 24, 15, 15));
    QCOMPARE(m_draft->original().timeUntil, utc(2026, 11, 24, 16, 45));
    QVERIFY(m_draft->duplicateNote().isEmpty());
    QVERIFY(m_draft->overlapsOf(m_draft->original()).isEmpty());
    const EntryDraft::Input in = m_draft->inputFor(m_draft->original());
    QCOMPARE(in.date, Day);
    QCOMPARE(in.start, QStringLiteral("16:15"));
    QCOMPARE(in.end, QStringLiteral("17:45"));
}

void TestEntryDraft::duplicateCutAtMidnight()
{
    // Three hours copied after an entry that ends 22:30 in Berlin: the copy ends at midnight, 1:30 h shorter.
    const Entry source = timeEntry(1, utc(2026, 11, 24, 7), utc(2026, 11, 24, 10));
    m_draft->setKnownEntries({ source, timeEntry(2, utc(2026, 11, 24, 20), utc(2026, 11, 24, 21, 30)) });
    m_draft->startDuplicate(source);
    QCOMPARE(m_draft->original().timeSince, utc(2026, 11, 24, 21, 30));
    QCOMPARE(m_draft->original().timeUntil, utc(2026, 11, 24, 23));
    QVERIFY2(m_draft->duplicateNote().contains(QStringLiteral("midnight")), qPrintable(m_draft->duplicateNote()));
    QVERIFY(m_draft->duplicateNote().contains(QStringLiteral("1:30")));

    // A day whose last entry runs past midnight has no room: the copy keeps its times and says so.
    m_draft->setKnownEntries({ source, timeEntry(3, utc(2026, 11, 24, 22), utc(2026, 11, 25, 1)) });
    m_draft->startDuplicate(source);
    QCOMPARE(m_draft->original().timeSince, source.timeSince);
    QCOMPARE(m_draft->original().timeUntil, source.timeUntil);
    QVERIFY(m_draft->duplicateNote().contains(QStringLiteral("no time left")));
}

void TestEntryDraft::knownEntriesFromASourceAreReadWhenNeeded()
{
    // Issue 16: the window lends its model's rows; the draft keeps no share of them (the model's next change would
    // copy every row), and sees what the model holds when it checks.
    QList<Entry> rows { timeEntry(1, utc(2026, 11, 24, 7), utc(2026, 11, 24, 9)) }; // 8:00-10:00 Berlin
    rows.reserve(4);
    m_draft->setKnownEntriesSource([&rows]() -> const QList<Entry>& { return rows; });
    QVERIFY(rows.isDetached());
    const auto r = m_draft->evaluate(timeInput(QStringLiteral("9:30"), QStringLiteral("12:30")));
    QVERIFY(r.isValid());
    QCOMPARE(m_draft->overlapsOf(r.entry).size(), 1);
    QVERIFY(rows.isDetached());
    rows.append(timeEntry(2, utc(2026, 11, 24, 11), utc(2026, 11, 24, 12))); // 12:00-13:00, after the source was set
    const QList<Entry> overlaps = m_draft->overlapsOf(r.entry);
    QCOMPARE(overlaps.size(), 2);
    QCOMPARE(overlaps.at(1).id, 2);
    // A list given instead replaces the source.
    m_draft->setKnownEntries({});
    QVERIFY(m_draft->overlapsOf(r.entry).isEmpty());
}

void TestEntryDraft::overlapsAndAdjust()
{
    const Entry morning = timeEntry(1, utc(2026, 11, 24, 7), utc(2026, 11, 24, 9)); // 8:00-10:00 Berlin
    const Entry noon = timeEntry(2, utc(2026, 11, 24, 11), utc(2026, 11, 24, 12)); // 12:00-13:00
    Entry otherUser = timeEntry(3, utc(2026, 11, 24, 8), utc(2026, 11, 24, 10));
    otherUser.usersId = 8;
    m_draft->setKnownEntries({ morning, noon, otherUser });

    // 9:30-10:30 overlaps the morning: the start moves to its end.
    auto r = m_draft->evaluate(timeInput(QStringLiteral("9:30"), QStringLiteral("10:30")));
    QVERIFY(r.isValid());
    QList<Entry> overlaps = m_draft->overlapsOf(r.entry);
    QCOMPARE(overlaps.size(), 1);
    QCOMPARE(overlaps.first().id, morning.id);
    QCOMPARE(m_draft->spanText(overlaps.first()), QStringLiteral("08:00–10:00"));
    auto moved = m_draft->adjusted(r.entry);
    QVERIFY(moved);
    QCOMPARE(moved->timeSince, utc(2026, 11, 24, 9));
    QCOMPARE(moved->timeUntil, utc(2026, 11, 24, 9, 30));
    QVERIFY(m_draft->overlapsOf(*moved).isEmpty());

    // 11:00-12:30 runs into noon: the end moves to its start. 10:00-12:00 touches both and overlaps none.
    r = m_draft->evaluate(timeInput(QStringLiteral("11:00"), QStringLiteral("12:30")));
    moved = m_draft->adjusted(r.entry);
    QVERIFY(moved);
    QCOMPARE(moved->timeSince, utc(2026, 11, 24, 10));
    QCOMPARE(moved->timeUntil, utc(2026, 11, 24, 11));
    r = m_draft->evaluate(timeInput(QStringLiteral("10:00"), QStringLiteral("12:00")));
    QVERIFY(m_draft->overlapsOf(r.entry).isEmpty());

    // Inside the morning nothing is left to keep.
    r = m_draft->evaluate(timeInput(QStringLiteral("8:30"), QStringLiteral("9:30")));
    QCOMPARE(m_draft->overlapsOf(r.entry).size(), 1);
    QVERIFY(!m_draft->adjusted(r.entry));

    // Editing the morning itself: it does not overlap itself.
    m_draft->startEdit(morning);
    r = m_draft->evaluate(m_draft->inputFor(morning));
    QVERIFY(m_draft->overlapsOf(r.entry).isEmpty());
}

void TestEntryDraft::inputForEntry()
{
    Entry entry;
    entry.customersId = 1;
    entry.projectsId = 2;
    entry.servicesId = 3;
    entry.text = QStringLiteral("Nachtschicht");
    entry.billable = Entry::IsBillable;
    entry.timeSince = utc(2026, 11, 24, 21);
    entry.timeUntil = utc(2026, 11, 25, 1, 15);
    m_draft->startEdit(entry);
    EntryDraft::Input in = m_draft->inputFor(entry);
    QCOMPARE(in.date, Day);
    QCOMPARE(in.start, QStringLiteral("22:00"));
    QCOMPARE(in.end, QStringLiteral("02:15"));
    QVERIFY(in.nextDay);
    QCOMPARE(in.duration, QStringLiteral("4:15"));
    QCOMPARE(in.customerId, qint64(1));
    QCOMPARE(in.projectId, qint64(2));
    QCOMPARE(in.serviceId, qint64(3));
    QCOMPARE(in.lumpSumServiceId, qint64(0));
    QCOMPARE(in.description, entry.text);
    QCOMPARE(in.billable, int(Entry::IsBillable));
    QCOMPARE(m_draft->title(Entry::Type::Time), QStringLiteral("Edit time entry"));
    m_draft->setTwelveHour(true);
    in = m_draft->inputFor(entry);
    QCOMPARE(in.start, QStringLiteral("10:00 PM"));
    QCOMPARE(in.end, QStringLiteral("2:15 AM"));
}

void TestEntryDraft::billableAndSubproject()
{
    Entry entry;
    entry.id = 16;
    entry.customersId = 1;
    entry.projectsId = 2;
    entry.subprojectsId = 20;
    entry.servicesId = 3;
    entry.billable = Entry::Billed;
    entry.timeSince = utc(2026, 11, 24, 8);
    entry.timeUntil = utc(2026, 11, 24, 9);
    m_draft->startEdit(entry);
    EntryDraft::Input in = m_draft->inputFor(entry);
    auto r = m_draft->evaluate(in);
    QCOMPARE(r.entry.billable, int(Entry::Billed)); // an edit may keep "billed"
    QCOMPARE(r.entry.subprojectsId, std::optional<qint64>(20));
    in.projectId = 0;
    r = m_draft->evaluate(in);
    QVERIFY(!r.entry.subprojectsId); // a subproject belongs to its project
    // POST /v2/entries takes billable 0 or 1 only.
    m_draft->startNew(Entry::Type::Time, Day, {}, 7);
    in = timeInput(QStringLiteral("9"), QStringLiteral("10"));
    in.billable = Entry::Billed;
    QCOMPARE(m_draft->evaluate(in).entry.billable, int(Entry::IsBillable));
}

void TestEntryDraft::texts()
{
    QCOMPARE(EntryDraft::lumpSumPriceText(QStringLiteral("km"), 0.3, QStringLiteral("42")),
             QStringLiteral("0.30 per km · total 12.60"));
    QCOMPARE(EntryDraft::lumpSumPriceText(QString(), 0.3, QString()), QStringLiteral("0.30 per unit"));
    QCOMPARE(EntryDraft::lumpSumPriceText(QStringLiteral("km"), 0.3, QStringLiteral("0")),
             QStringLiteral("0.30 per km"));

    const QDate lock(2026, 11, 20);
    QVERIFY(EntryDraft::editLockHint(lock, lock).startsWith(QStringLiteral("Entries up to ")));
    QVERIFY(EntryDraft::editLockHint(lock.addDays(1), lock).isEmpty());
    QVERIFY(EntryDraft::editLockHint(lock, QDate()).isEmpty());

    QCOMPARE(EntryDraft::fieldForApiName(QStringLiteral("time_since"), Entry::Type::Time), std::optional<F>(F::Start));
    QCOMPARE(EntryDraft::fieldForApiName(QStringLiteral("time_since"), Entry::Type::LumpSumValue),
             std::optional<F>(F::Date));
    QCOMPARE(EntryDraft::fieldForApiName(QStringLiteral("subprojects_id"), Entry::Type::Time),
             std::optional<F>(F::Project));
    QVERIFY(!EntryDraft::fieldForApiName(QStringLiteral("users_id"), Entry::Type::Time));

    Entry mine;
    mine.id = 17;
    mine.customersId = 1;
    mine.servicesId = 3;
    mine.text = QStringLiteral("Original");
    mine.timeSince = utc(2026, 11, 24, 8);
    mine.timeUntil = utc(2026, 11, 24, 9);
    m_draft->startEdit(mine);
    Entry theirs = mine;
    theirs.text = QStringLiteral("Vom Handy");
    theirs.customersId = 2;
    const QString changed
        = QLocale().createSeparatedList({ QStringLiteral("customer"), QStringLiteral("description") });
    QCOMPARE(m_draft->conflictText(theirs),
             QStringLiteral("This entry was changed in Clockodo after you opened it. Changed there: %1. Save your "
                            "version over it, or discard your changes and load the newer one?")
                 .arg(changed));
    theirs.timeLastChange = utc(2026, 11, 25, 9, 30);
    QVERIFY(m_draft->conflictText(theirs).contains(QStringLiteral("Last change: ")));
}

QTEST_GUILESS_MAIN(TestEntryDraft)
#include "tst_entrydraft.moc"
