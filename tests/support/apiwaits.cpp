// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/apiwaits.h"

#include "api/apiclient.h"
#include "api/apireply.h"

#include <QSignalSpy>

bool waitFor(ApiReply* reply, int timeoutMs)
{
    if (!reply)
        return false;
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &ApiReply::finished);
    return finished.wait(timeoutMs);
}

QStringList pendingRequests(const ApiClient* api)
{
    QStringList pending;
    for (const ApiReply* reply : api->findChildren<ApiReply*>(Qt::FindDirectChildrenOnly)) {
        if (!reply->isFinished())
            pending << QString::fromLatin1(reply->verb()) + QLatin1Char(' ') + reply->path();
    }
    return pending;
}
