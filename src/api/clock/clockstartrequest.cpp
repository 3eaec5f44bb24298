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

ClockStartRequest ClockStartRequest::forTask(const Entry& task)
{
    ClockStartRequest request;
    request.customersId = task.customersId;
    request.servicesId = task.servicesId.value_or(0);
    if (task.projectsId && *task.projectsId > 0)
        request.projectsId = task.projectsId;
    if (task.subprojectsId && *task.subprojectsId > 0)
        request.subprojectsId = task.subprojectsId;
    // A billed entry (2) was billable work; the clock only takes 0 or 1.
    request.billable = task.billable == Entry::NotBillable ? 0 : 1;
    request.text = task.text;
    return request;
}
