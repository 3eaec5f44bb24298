// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QObject>
#include <QtGlobal>

// A point in time in UTC, to the minute.
QDateTime utc(int y, int m, int d, int h, int min = 0);

// A time entry of user (7 by default) from since to until (invalid: running), for customer "Customer <customer>",
// service 1, with text; its duration in seconds when it has ended. For models fed without the fake server.
Entry timeEntry(qint64 id, const QDateTime& since, const QDateTime& until, qint64 customer = 1,
                const QString& text = {}, qint64 user = 7);

// An entry as the fake server stores it (FakeClockodoServer::entry()), read like the API client reads it; an empty
// Entry when it does not parse.
Entry entryFrom(const QJsonObject& json);

// The child object (widget) with this objectName; aborts the test run when there is none, so that a renamed
// widget shows as such and not as a crash on a null pointer.
template<typename T>
T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}
