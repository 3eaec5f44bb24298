// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/exportrow.h"

namespace {

template<typename T>
QVariant optional(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant time(const QDateTime& value)
{
    return value.isValid() ? QVariant(ExportRow::utcText(value)) : QVariant();
}

} // namespace

const QList<ExportRow::Column>& ExportRow::columns()
{
    using T = QMetaType::Type;
    static const QList<Column> list {
        { QStringLiteral("id"), T::LongLong, true },
        { QStringLiteral("type"), T::LongLong, true },
        { QStringLiteral("customers_id"), T::LongLong, true },
        { QStringLiteral("projects_id"), T::LongLong },
        { QStringLiteral("subprojects_id"), T::LongLong },
        { QStringLiteral("services_id"), T::LongLong },
        { QStringLiteral("lumpsum_services_id"), T::LongLong },
        { QStringLiteral("texts_id"), T::LongLong },
        { QStringLiteral("users_id"), T::LongLong, true },
        { QStringLiteral("billable"), T::LongLong, true },
        { QStringLiteral("text"), T::QString },
        { QStringLiteral("time_since"), T::QString, true },
        { QStringLiteral("time_until"), T::QString },
        { QStringLiteral("duration"), T::LongLong },
        { QStringLiteral("time_insert"), T::QString },
        { QStringLiteral("time_last_change"), T::QString },
        { QStringLiteral("time_last_change_work_time"), T::QString },
        { QStringLiteral("time_clocked_since"), T::QString },
        { QStringLiteral("clocked"), T::Bool, true },
        { QStringLiteral("clocked_offline"), T::Bool, true },
        { QStringLiteral("test_data"), T::Bool, true },
        { QStringLiteral("lumpsum"), T::Double },
        { QStringLiteral("lumpsum_services_amount"), T::Double },
        { QStringLiteral("lumpsum_services_price"), T::Double },
        { QStringLiteral("hourly_rate"), T::Double },
        { QStringLiteral("revenue"), T::Double },
        { QStringLiteral("customers_name"), T::QString },
        { QStringLiteral("projects_name"), T::QString },
        { QStringLiteral("subprojects_name"), T::QString },
        { QStringLiteral("services_name"), T::QString },
        { QStringLiteral("lumpsum_services_name"), T::QString },
        { QStringLiteral("users_name"), T::QString },
        { QStringLiteral("local_date"), T::QString, true },
    };
    return list;
}

QString ExportRow::utcText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QList<QVariant> ExportRow::values(const Entry& e, const QTimeZone& zone)
{
    return {
        e.id,
        qint64(e.type),
        e.customersId,
        optional(e.projectsId),
        optional(e.subprojectsId),
        optional(e.servicesId),
        optional(e.lumpSumServicesId),
        optional(e.textsId),
        e.usersId,
        qint64(e.billable),
        text(e.text),
        time(e.timeSince),
        time(e.timeUntil),
        optional(e.duration),
        time(e.timeInsert),
        time(e.timeLastChange),
        time(e.timeLastChangeWorkTime),
        time(e.timeClockedSince),
        e.clocked,
        e.clockedOffline,
        e.testData,
        optional(e.lumpSum),
        optional(e.lumpSumServicesAmount),
        optional(e.lumpSumServicesPrice),
        optional(e.hourlyRate),
        optional(e.revenue),
        text(e.customersName),
        text(e.projectsName),
        text(e.subprojectsName),
        text(e.servicesName),
        text(e.lumpSumServicesName),
        text(e.usersName),
        e.timeSince.toTimeZone(zone).date().toString(Qt::ISODate),
    };
}
