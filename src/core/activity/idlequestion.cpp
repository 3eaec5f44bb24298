// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/idlequestion.h"

#include "api/transport/apitime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue optionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

std::optional<qint64> readOptionalId(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(ApiTime::format(t)) : QJsonValue();
}
} // namespace

IdleQuestion IdleQuestion::about(const Entry& running, const QDateTime& idleStart)
{
    IdleQuestion q;
    q.entryId = running.id;
    q.entrySince = running.timeSince;
    q.customersId = running.customersId;
    q.projectsId = running.projectsId;
    q.subprojectsId = running.subprojectsId;
    q.servicesId = running.servicesId.value_or(0);
    q.billable = running.billable;
    q.text = running.text;
    q.idleStart = idleStart.toUTC();
    return q;
}

bool IdleQuestion::concerns(const Entry& running) const
{
    return running.id == entryId && running.timeSince == entrySince;
}

Entry IdleQuestion::task() const
{
    Entry e;
    e.id = entryId;
    e.customersId = customersId;
    e.projectsId = projectsId;
    e.subprojectsId = subprojectsId;
    e.servicesId = servicesId > 0 ? std::optional<qint64>(servicesId) : std::nullopt;
    e.billable = billable;
    e.text = text;
    e.timeSince = entrySince;
    return e;
}

QByteArray IdleQuestion::toJson() const
{
    const QJsonObject o {
        { QStringLiteral("entry_id"), entryId },
        { QStringLiteral("entry_since"), time(entrySince) },
        { QStringLiteral("customers_id"), customersId },
        { QStringLiteral("projects_id"), optionalId(projectsId) },
        { QStringLiteral("subprojects_id"), optionalId(subprojectsId) },
        { QStringLiteral("services_id"), servicesId },
        { QStringLiteral("billable"), billable },
        { QStringLiteral("text"), text },
        { QStringLiteral("idle_start"), time(idleStart) },
        { QStringLiteral("idle_end"), time(idleEnd) },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<IdleQuestion> IdleQuestion::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    IdleQuestion q;
    q.entryId = o.value(QStringLiteral("entry_id")).toInteger();
    q.entrySince = ApiTime::parse(o.value(QStringLiteral("entry_since")).toString());
    q.customersId = o.value(QStringLiteral("customers_id")).toInteger();
    q.projectsId = readOptionalId(o, QStringLiteral("projects_id"));
    q.subprojectsId = readOptionalId(o, QStringLiteral("subprojects_id"));
    q.servicesId = o.value(QStringLiteral("services_id")).toInteger();
    q.billable = o.value(QStringLiteral("billable")).toInt();
    q.text = o.value(QStringLiteral("text")).toString();
    q.idleStart = ApiTime::parse(o.value(QStringLiteral("idle_start")).toString());
    q.idleEnd = ApiTime::parse(o.value(QStringLiteral("idle_end")).toString());
    if (!q.idleStart.isValid() || !q.entrySince.isValid())
        return std::nullopt;
    return q;
}
