// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakestore.h"

#include <QDateTime>

// Deterministic demo account: the user Erika Mustermann (Europe/Berlin, German), customers, projects,
// services, lump-sum services and about four weeks of entries on working days before "now".
class FakeDemoData
{
public:
    // The demo user (Erika Mustermann); keeps the e-mail address.
    static void seedUser(FakeStore& store);
    // Replaces master data and entries of store (the user's e-mail is kept). The same seed and now give
    // the same data.
    static void seed(FakeStore& store, const QDateTime& now, quint32 seed);
    // Adds count finished, non-overlapping time entries of the current user between from and to, spread
    // evenly, on active customers/projects/services (for benchmarks). Needs seeded master data.
    static void addSyntheticEntries(FakeStore& store, int count, const QDateTime& from, const QDateTime& to,
                                    quint32 seed, const QDateTime& now);
};
