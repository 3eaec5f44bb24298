// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What an endpoint of the fake answers: status, JSON body and extra headers (Allow, Retry-After).
// json, when not empty, is the body already written as compact JSON (the entry list's fast path) and replaces body.
struct FakeReply
{
    int status = 200;
    QJsonObject body;
    QByteArray json;
    QList<QPair<QByteArray, QByteArray>> headers;
};
