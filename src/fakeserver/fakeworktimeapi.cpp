// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeworktimeapi.h"

#include <QTimeZone>

namespace {

using Id = FakeMessages::Id;
using Parse = FakeRequest::Parse;

const QStringList& absenceKeys()
{
    static const QStringList keys { QStringLiteral("regular_holidays"), QStringLiteral("sick_self"),
                                    QStringLiteral("sick_child"),       QStringLiteral("special_leaves"),
                                    QStringLiteral("school"),           QStringLiteral("maternity_protection"),
                                    QStringLiteral("home_office"),      QStringLiteral("out_of_office"),
                                    QStringLiteral("quarantine"),       QStringLiteral("military_service") };
    return keys;
}

// The summary key an AbsenceType counts under (empty: none, e.g. overtime reduction).
QString absenceKey(int type)
{
    switch (type) {
    case 1:
        return QStringLiteral("regular_holidays");
    case 2:
    case 10:
        return QStringLiteral("special_leaves");
    case 4:
    case 11:
    case 15:
        return QStringLiteral("sick_self");
    case 5:
    case 12:
        return QStringLiteral("sick_child");
    case 6:
        return QStringLiteral("school");
    case 7:
        return QStringLiteral("maternity_protection");
    case 8:
        return QStringLiteral("home_office");
    case 9:
        return QStringLiteral("out_of_office");
    case 13:
        return QStringLiteral("quarantine");
    case 14:
        return QStringLiteral("military_service");
    default:
        return {};
    }
}

QJsonObject zeroAbsences()
{
    QJsonObject o;
    for (const QString& key : absenceKeys())
        o.insert(key, 0.0);
    return o;
}

QJsonObject zeroSurcharges()
{
    return QJsonObject { { QStringLiteral("saturday"), 0.0 },    { QStringLiteral("sunday"), 0.0 },
                         { QStringLiteral("nonbusiness"), 0.0 }, { QStringLiteral("nonbusiness_special"), 0.0 },
                         { QStringLiteral("night"), 0.0 },       { QStringLiteral("night_increased"), 0.0 } };
}

void addTo(QJsonObject* sum, const QJsonObject& add)
{
    for (auto it = add.begin(); it != add.end(); ++it)
        sum->insert(it.key(), sum->value(it.key()).toDouble() + it.value().toDouble());
}

QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    return QDate(year, (h + l - 7 * m + 114) / 31, ((h + l - 7 * m + 114) % 31) + 1);
}

} // namespace

FakeWorkTimeApi::FakeWorkTimeApi(FakeStore& store, const FakeTimeSource& time)
    : FakeApi(store, time)
{ }

void FakeWorkTimeApi::seedDemo(const QDateTime& now)
{
    const QTimeZone zone(store().user().timezone.toUtf8());
    const QDate today = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    m_data = Data {};
    // The demo's entries cover the last four weeks; the target hours start with them, the time before is carried over.
    m_data.targetSince = today.addDays(-28);
    m_data.overtimeCarryoverSeconds = 12.5 * 3600;
    m_data.holidaysCarry = 2;
    for (int year = today.year() - 1; year <= today.year() + 1; ++year) {
        const QDate easter = easterSunday(year);
        for (const QDate& d :
             { QDate(year, 1, 1), easter.addDays(-2), easter.addDays(1), QDate(year, 5, 1), easter.addDays(39),
               easter.addDays(50), QDate(year, 10, 3), QDate(year, 12, 25), QDate(year, 12, 26) })
            m_data.nonbusinessDays.append(d);
    }
    const QDate pastVacation = today.addDays(-70).addDays(1 - today.addDays(-70).dayOfWeek());
    m_data.absences.append({ 1, pastVacation, pastVacation.addDays(11), 1, 1 });
    const QDate sick = today.addDays(-45).addDays(1 - today.addDays(-45).dayOfWeek()).addDays(2);
    m_data.absences.append({ 2, sick, sick, 4, 1 });
    const QDate nextVacation = today.addDays(21).addDays(1 - today.addDays(21).dayOfWeek());
    m_data.absences.append({ 3, nextVacation, nextVacation.addDays(4), 1, 1 });
    const QDate asked = today.addDays(49).addDays(1 - today.addDays(49).dayOfWeek()).addDays(4);
    m_data.absences.append({ 4, asked, asked, 1, 0 });
}

FakeWorkTimeApi::Reply FakeWorkTimeApi::forbidden(const FakeRequest& request) const
{
    return generalError(403, QStringLiteral("Forbidden"), text(Id::Forbidden, request));
}

QHash<QDate, qint64> FakeWorkTimeApi::hoursByDay(int year) const
{
    QTimeZone zone(store().user().timezone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    QHash<QDate, qint64> hours;
    for (const FakeStore::Entry& entry : store().entries()) {
        if (entry.usersId != me() || entry.type != FakeStore::TimeEntry || entry.isRunning())
            continue;
        QDateTime from = entry.since.toTimeZone(zone);
        const QDateTime until = entry.until.toTimeZone(zone);
        while (from < until) {
            const QDateTime midnight(from.date().addDays(1), QTime(0, 0), zone);
            const QDateTime end = qMin(midnight, until);
            if (from.date().year() == year)
                hours[from.date()] += from.secsTo(end);
            from = end;
        }
    }
    return hours;
}

const FakeWorkTimeApi::Absence* FakeWorkTimeApi::dayAbsence(const QDate& date) const
{
    for (const Absence& a : m_data.absences) {
        if (a.status == 1 && date >= a.since && date <= a.until)
            return &a;
    }
    return nullptr;
}

QJsonObject FakeWorkTimeApi::day(const QDate& date, const QHash<QDate, qint64>& hours, const QDate& today) const
{
    const bool nonbusiness = m_data.nonbusinessDays.contains(date);
    const bool weekday = date.dayOfWeek() <= 5;
    const bool workday = weekday && (!m_data.targetSince.isValid() || date >= m_data.targetSince);
    const Absence* absence = weekday && !nonbusiness ? dayAbsence(date) : nullptr;
    QJsonObject counts = zeroAbsences();
    if (absence && !absenceKey(absence->type).isEmpty())
        counts.insert(absenceKey(absence->type), 1.0);
    const double worked = double(hours.value(date));
    QJsonValue target = QJsonValue::Null;
    QJsonValue targetRaw = QJsonValue::Null;
    double diff = 0;
    if (m_data.hasTargetHours) {
        const double raw = workday ? double(m_data.dailyTargetSeconds) : 0.0;
        const double planned = (nonbusiness || absence) ? 0.0 : raw;
        target = planned;
        targetRaw = raw;
        if (date <= today)
            diff = worked - planned;
    }
    return QJsonObject {
        { QStringLiteral("date"), date.toString(Qt::ISODate) },
        { QStringLiteral("weekday"), date.dayOfWeek() },
        { QStringLiteral("nonbusiness"), nonbusiness },
        { QStringLiteral("count_absence"), counts },
        { QStringLiteral("count_reduction_used"), 0.0 },
        { QStringLiteral("target"), target },
        { QStringLiteral("target_raw"), targetRaw },
        { QStringLiteral("surcharges"), zeroSurcharges() },
        { QStringLiteral("hours"), worked },
        { QStringLiteral("hours_without_compensation"), worked },
        { QStringLiteral("diff"), diff },
    };
}

namespace {

// Adds the day's numbers to a week or month object (sum_target stays null while every target is).
void addDay(QJsonObject* sums, const QJsonObject& day)
{
    const QJsonValue target = day.value(QLatin1String("target"));
    if (!target.isNull())
        sums->insert(QStringLiteral("sum_target"),
                     sums->value(QLatin1String("sum_target")).toDouble() + target.toDouble());
    for (const char* key : { "sum_hours", "diff" }) {
        const QString source
            = QLatin1String(key) == QLatin1String("sum_hours") ? QStringLiteral("hours") : QStringLiteral("diff");
        sums->insert(QLatin1String(key), sums->value(QLatin1String(key)).toDouble() + day.value(source).toDouble());
    }
}

QJsonObject emptySums(int nr)
{
    return QJsonObject { { QStringLiteral("nr"), nr },         { QStringLiteral("sum_target"), QJsonValue::Null },
                         { QStringLiteral("sum_hours"), 0.0 }, { QStringLiteral("sum_reduction_used"), 0.0 },
                         { QStringLiteral("diff"), 0.0 },      { QStringLiteral("surcharges"), zeroSurcharges() } };
}

} // namespace

FakeWorkTimeApi::Reply FakeWorkTimeApi::userReport(const FakeRequest& request, qint64 id) const
{
    if (!m_data.allowed)
        return forbidden(request);
    if (id != me())
        return isOwner() ? notFound(request) : forbidden(request);
    QJsonArray errors;
    qint64 year = 0;
    const Parse yearParse = request.integer(QStringLiteral("year"), &year);
    if (yearParse == Parse::Missing || yearParse == Parse::Null)
        errors.append(errorItem(QStringLiteral("Empty"), text(Id::Required, request), QStringLiteral("year")));
    else if (yearParse == Parse::Invalid)
        errors.append(unexpectedValue(request, QStringLiteral("year"), { QStringLiteral("integer") }));
    else if (year < 1910 || year > 2027)
        errors.append(outOfRange(request, QStringLiteral("year"), 1910, 2027));
    qint64 type = 0;
    const Parse typeParse = request.integer(QStringLiteral("type"), &type);
    if (typeParse == Parse::Invalid || (typeParse == Parse::Ok && (type < 0 || type > 4)))
        errors.append(unexpectedValue(request, QStringLiteral("type"),
                                      { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("3"), QStringLiteral("4") }));
    if (!errors.isEmpty())
        return generalError(400, errors);

    QTimeZone zone(store().user().timezone.toUtf8());
    const QDate today = now().toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
    const QHash<QDate, qint64> hours = hoursByDay(int(year));
    QJsonObject report = emptySums(0);
    report.remove(QStringLiteral("nr"));
    QJsonObject sumAbsence = zeroAbsences();
    double workdays = 0;
    QJsonArray months;
    for (int month = 1; month <= 12; ++month) {
        QJsonObject monthSums = emptySums(month);
        QJsonArray weeks;
        QJsonObject week;
        QJsonArray weekDays;
        const QDate first(int(year), month, 1);
        for (QDate date = first; date.month() == month; date = date.addDays(1)) {
            const QJsonObject d = day(date, hours, today);
            addDay(&report, d);
            addDay(&monthSums, d);
            addTo(&sumAbsence, d.value(QLatin1String("count_absence")).toObject());
            if (d.value(QLatin1String("target")).toDouble() > 0)
                ++workdays;
            if (week.isEmpty())
                week = emptySums(date.weekNumber());
            addDay(&week, d);
            weekDays.append(d);
            if (date.dayOfWeek() == 7 || date.addDays(1).month() != month) {
                week.insert(QStringLiteral("day_details"), type >= 3 ? QJsonValue(weekDays) : QJsonValue::Null);
                weeks.append(week);
                week = {};
                weekDays = {};
            }
        }
        monthSums.insert(QStringLiteral("sum_hours_without_compensation"), monthSums.value(QLatin1String("sum_hours")));
        monthSums.insert(QStringLiteral("sum_overtime_reduced"), 0.0);
        monthSums.insert(QStringLiteral("week_details"), type >= 2 ? QJsonValue(weeks) : QJsonValue::Null);
        months.append(monthSums);
    }
    const FakeStore::User& user = store().user();
    report.insert(QStringLiteral("users_id"), user.id);
    report.insert(QStringLiteral("users_name"), user.name);
    report.insert(QStringLiteral("users_number"), user.number.isEmpty() ? QJsonValue::Null : QJsonValue(user.number));
    report.insert(QStringLiteral("users_email"), user.email);
    report.insert(QStringLiteral("sum_reduction_planned"), 0.0);
    report.insert(QStringLiteral("overtime_carryover"), m_data.overtimeCarryoverSeconds);
    report.insert(QStringLiteral("overtime_reduced"), 0.0);
    report.insert(QStringLiteral("holidays_quota"), m_data.holidaysQuota);
    report.insert(QStringLiteral("holidays_carry"), m_data.holidaysCarry);
    report.insert(QStringLiteral("sum_absence"), sumAbsence);
    report.insert(QStringLiteral("workdays"), workdays);
    report.insert(QStringLiteral("month_details"), type >= 1 ? QJsonValue(months) : QJsonValue::Null);
    Reply reply;
    reply.body.insert(QStringLiteral("userreport"), report);
    return reply;
}

FakeWorkTimeApi::Reply FakeWorkTimeApi::absences(const FakeRequest& request) const
{
    if (!m_data.allowed)
        return forbidden(request);
    static const QStringList known { filterKey(QStringLiteral("users_id")),
                                     filterKey(QStringLiteral("year")),
                                     filterKey(QStringLiteral("status")),
                                     filterKey(QStringLiteral("type")),
                                     filterKey(QStringLiteral("teams_id")),
                                     filterKey(QStringLiteral("users_active")),
                                     QStringLiteral("scope") };
    QJsonArray errors;
    for (const auto& [key, value] : request.queryItems()) {
        QString base = key;
        if (base.endsWith(QLatin1String("[]")))
            base.chop(2);
        if (base.startsWith(QLatin1String("filter[")) && !known.contains(base))
            errors.append(errorItem(QStringLiteral("UnknownField"), text(Id::InvalidFields, request).arg(key), key));
    }
    QList<qint64> users;
    if (request.integerList(filterKey(QStringLiteral("users_id")), &users) == Parse::Invalid)
        errors.append(unexpectedValue(request, filterKey(QStringLiteral("users_id")), { QStringLiteral("integer") }));
    QList<qint64> years;
    const Parse yearParse = request.integerList(filterKey(QStringLiteral("year")), &years);
    if (yearParse == Parse::Invalid)
        errors.append(unexpectedValue(request, filterKey(QStringLiteral("year")), { QStringLiteral("integer") }));
    for (qint64 y : std::as_const(years)) {
        if (y < 2000 || y > 2037)
            errors.append(outOfRange(request, filterKey(QStringLiteral("year")), 2000, 2037));
    }
    QString scope;
    if (request.string(QStringLiteral("scope"), &scope) == Parse::Ok && scope != QLatin1String("manageableAbsences")
        && scope != QLatin1String("viewableAbsences"))
        errors.append(unexpectedValue(request, QStringLiteral("scope"),
                                      { QStringLiteral("manageableAbsences"), QStringLiteral("viewableAbsences") }));
    if (!errors.isEmpty())
        return generalError(400, errors);
    for (qint64 u : std::as_const(users)) {
        if (u != me() && !isOwner())
            return forbidden(request);
    }
    QJsonArray data;
    const bool mine = users.isEmpty() || users.contains(me());
    for (const Absence& a : m_data.absences) {
        if (!mine)
            break;
        if (!years.isEmpty() && !years.contains(a.since.year()) && !years.contains(a.until.year()))
            continue;
        double days = 0;
        for (QDate d = a.since; d <= a.until; d = d.addDays(1))
            days += (d.dayOfWeek() <= 5 && !m_data.nonbusinessDays.contains(d)) ? 1 : 0;
        data.append(QJsonObject { { QStringLiteral("id"), a.id },
                                  { QStringLiteral("users_id"), me() },
                                  { QStringLiteral("date_since"), a.since.toString(Qt::ISODate) },
                                  { QStringLiteral("date_until"), a.until.toString(Qt::ISODate) },
                                  { QStringLiteral("type"), a.type },
                                  { QStringLiteral("status"), a.status },
                                  { QStringLiteral("note"), QJsonValue::Null },
                                  { QStringLiteral("public_note"), QJsonValue::Null },
                                  { QStringLiteral("sick_note"), QJsonValue::Null },
                                  { QStringLiteral("count_days"), days },
                                  { QStringLiteral("count_hours"), QJsonValue::Null } });
    }
    return dataReply(data);
}
