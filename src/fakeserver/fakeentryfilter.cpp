// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeentryfilter.h"

#include "fakeserver/fakeapi.h"

#include <algorithm>

using Parse = FakeRequest::Parse;

QStringList FakeEntryFilter::readIds(const FakeRequest& request, const QStringList& names)
{
    QStringList invalid;
    for (const QString& name : names) {
        QList<qint64> ids;
        const Parse parse = request.integerList(FakeApi::filterKey(name), &ids);
        if (parse == Parse::Invalid)
            invalid.append(FakeApi::filterKey(name));
        else if (parse == Parse::Ok)
            m_ids.append({ name, ids });
    }
    return invalid;
}

bool FakeEntryFilter::readBillable(const FakeRequest& request)
{
    const Parse parse = request.integer(FakeApi::filterKey(QStringLiteral("billable")), &m_billable);
    const bool valid
        = parse != Parse::Invalid && !(parse == Parse::Ok && !FakeApi::isBillableValue(m_billable) && m_billable != 12);
    if (parse != Parse::Ok)
        m_billable = -1;
    return valid;
}

bool FakeEntryFilter::matches(const FakeStore::Entry& entry) const
{
    const bool filteredOut = std::any_of(m_ids.cbegin(), m_ids.cend(), [&](const auto& filter) {
        return !filter.second.contains(field(entry, filter.first));
    });
    return !filteredOut && (m_billable < 0 || matchesBillable(entry, m_billable));
}

qint64 FakeEntryFilter::field(const FakeStore::Entry& entry, const QString& name)
{
    if (name == QLatin1String("users_id"))
        return entry.usersId;
    if (name == QLatin1String("customers_id"))
        return entry.customersId;
    if (name == QLatin1String("projects_id"))
        return entry.projectsId;
    if (name == QLatin1String("subprojects_id"))
        return entry.subprojectsId;
    if (name == QLatin1String("services_id"))
        return entry.type == FakeStore::LumpSumServiceEntry ? 0 : entry.servicesId;
    if (name == QLatin1String("lumpsum_services_id"))
        return entry.type == FakeStore::LumpSumServiceEntry ? entry.lumpSumServicesId : 0;
    if (name == QLatin1String("texts_id"))
        return entry.textsId;
    return 0;
}

bool FakeEntryFilter::matchesBillable(const FakeStore::Entry& entry, qint64 filter)
{
    if (filter == 12)
        return entry.billable == 1 || entry.billable == 2;
    return entry.billable == filter;
}

QString FakeEntryFilter::key() const
{
    QString key = QString::number(m_billable);
    for (const auto& filter : m_ids) {
        key += QLatin1Char(';') + filter.first + QLatin1Char('=');
        for (qint64 id : filter.second)
            key += QString::number(id) + QLatin1Char(',');
    }
    return key;
}
