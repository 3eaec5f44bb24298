// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/noretry.h"

#include "api/apireply.h"

void NoRetry::apply(ApiReply* reply, QObject* context, const std::function<void(const ApiError& reason)>& givenUp)
{
    QObject::connect(reply, &ApiReply::retryScheduled, context,
                     [reply, context, givenUp](int, int, const ApiError& reason) {
                         reply->disconnect(context);
                         reply->abort(); // stops the retry timer; the reply deletes itself
                         givenUp(reason);
                     });
}
