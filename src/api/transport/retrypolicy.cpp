// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/transport/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

int RetryPolicy::backoffMs(int retry) const
{
    const double exponential = baseDelayMs * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min<double>(exponential, maxDelayMs);
    const double spread = capped * jitter * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    return std::max(0, static_cast<int>(std::lround(capped + spread)));
}
