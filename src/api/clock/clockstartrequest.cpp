// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/clock/clockstartrequest.h"

#include "api/transport/apitime.h"

QJsonObject ClockStartRequest::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("customers_id"), customersId);
    o.insert(QLatin1String("services_id"), servicesId);
    if (projectsId)
        o.insert(QLatin1String("projects_id"), *projectsId);
    if (subprojectsId)
        o.insert(QLatin1String("subprojects_id"), *subprojectsId);
    if (billable)
        o.insert(QLatin1String("billable"), *billable);
    if (!text.isEmpty())
        o.insert(QLatin1String("text"), text);
    if (timeSince.isValid())
        o.insert(QLatin1String("time_since"), ApiTime::format(timeSince));
    return o;
}
