// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How often and how long to wait before an automatic retry. Only idempotent requests (GET, PUT) are retried:
// 429 after Retry-After (or exponential backoff with jitter, capped), 5xx/network/timeout with backoff.
class RetryPolicy
{
public:
    int maxRetries = 3;
    int baseDelayMs = 1000;
    int maxDelayMs = 30000;
    int maxRetryAfterSeconds = 120; // a longer Retry-After fails the request instead of waiting
    double jitter = 0.25; // ± fraction of the delay

    // Delay before retry number `retry` (1-based).
    int backoffMs(int retry) const;
};
