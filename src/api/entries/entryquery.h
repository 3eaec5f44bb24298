// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// The parameters of GET /v2/entries: a time window (required), server-side filters and the page size.
class EntryQuery
{
public:
    QDateTime since;
    QDateTime until;
    std::optional<qint64> usersId;
    std::optional<qint64> customersId;
    std::optional<qint64> projectsId;
    std::optional<qint64> servicesId;
    std::optional<qint64> lumpSumServicesId;
    std::optional<int> billable; // 0, 1, 2 or 12 (billable or billed)
    QString text;
    bool enhancedList = true;
    int itemsPerPage = 1000; // the API's maximum for entries

    bool isValid() const { return since.isValid() && until.isValid() && since < until; }
    // Everything but `page`, which the paging loop adds.
    QList<QPair<QString, QString>> queryItems() const;
};
