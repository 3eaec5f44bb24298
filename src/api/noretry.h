// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class ApiError;
class ApiReply;
class QObject;

// One request as a single attempt, whatever the ApiClient's RetryPolicy says: when the client schedules a retry, the
// reply is aborted before anything is sent again, its connections to context are cut (context sees no finished()),
// and givenUp is called with the error that would have been retried. For a caller with a back-off of its own (the
// offline uploader's probe, which must come at least once a minute, not after the client's retries). Other requests
// of the same client keep their retries.
class NoRetry
{
public:
    static void apply(ApiReply* reply, QObject* context, const std::function<void(const ApiError& reason)>& givenUp);
};
