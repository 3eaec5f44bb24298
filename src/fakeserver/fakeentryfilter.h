// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakerequest.h"
#include "fakeserver/fakestore.h"

#include <QList>
#include <QPair>
#include <QStringList>

// The entry filters GET /v2/entries and GET /v3/entriesTexts share: filter[<id field>] (one id or a list)
// and filter[billable] (0, 1, 2 or 12 = billable or billed). Reading reports the invalid keys; each
// endpoint turns them into its own error format.
class FakeEntryFilter
{
public:
    // Reads filter[name] for each of names; returns the keys ("filter[name]") that are not integer lists.
    QStringList readIds(const FakeRequest& request, const QStringList& names);
    // Reads filter[billable]; false when it is present but invalid.
    bool readBillable(const FakeRequest& request);

    bool matches(const FakeStore::Entry& entry) const;
    // The filters read, as text: equal keys filter alike.
    QString key() const;

private:
    // The value an id filter compares: services_id is 0 for lump sum service entries, and so on.
    static qint64 field(const FakeStore::Entry& entry, const QString& name);
    static bool matchesBillable(const FakeStore::Entry& entry, qint64 filter);

    QList<QPair<QString, QList<qint64>>> m_ids;
    qint64 m_billable = -1; // -1: no billable filter
};
