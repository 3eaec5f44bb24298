// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/timeofdayformat.h"

QString TimeOfDayFormat::format(QTime time, bool twelveHour, const QLocale& locale)
{
    if (!time.isValid())
        return {};
    return twelveHour ? locale.toString(time, QStringLiteral("h:mm AP")) : time.toString(QStringLiteral("HH:mm"));
}
