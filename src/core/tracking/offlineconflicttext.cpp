// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlineconflicttext.h"

#include "core/platform/dateformats.h"
#include "core/tracking/offlinematch.h"
#include "core/tracking/offlineuploader.h"

#include <QLocale>

OfflineConflictText::OfflineConflictText(const QTimeZone& zone)
    : m_zone(zone)
{ }

QString OfflineConflictText::forCode(const QString& code)
{
    if (code == OfflineUploader::ClockRunningElsewhere)
        return tr("Another clock was started on Clockodo meanwhile.");
    if (code == OfflineUploader::Overlap)
        return tr("The period overlaps entries made elsewhere meanwhile.");
    if (code == OfflineUploader::Inactive)
        return tr("Clockodo no longer accepts this customer, project or service.");
    if (code == OfflineUploader::TooLong)
        return tr("The period is longer than an entry may be (23:59:59 h).");
    if (code == OfflineUploader::TooShort)
        return tr("The period is shorter than a second.");
    if (code == OfflineUploader::StoppedElsewhere)
        return tr("The clock was stopped elsewhere at another time.");
    if (code == OfflineUploader::EntryDeleted)
        return tr("The entry was deleted on Clockodo meanwhile.");
    return tr("Clockodo refused the upload.");
}

QString OfflineConflictText::message(const QString& code, const QString& detail)
{
    return detail.isEmpty() ? forCode(code) : forCode(code) + QLatin1Char(' ') + detail;
}

QString OfflineConflictText::refusalCode(const ApiError& error)
{
    return OfflineMatch::namesTask(error) ? OfflineUploader::Inactive : OfflineUploader::Rejected;
}

QString OfflineConflictText::overlap(const QList<Entry>& others) const
{
    if (others.isEmpty())
        return QString();
    const Entry& first = others.first();
    return tr("%n entry(s) made elsewhere overlap it, the first from %1 to %2.", nullptr, int(others.size()))
        .arg(timeText(first.timeSince), first.timeUntil.isValid() ? timeText(first.timeUntil) : tr("now"));
}

QString OfflineConflictText::runningElsewhere(const Entry& running) const
{
    return tr("It runs since %1: \"%2\".").arg(timeText(running.timeSince), running.text);
}

QString OfflineConflictText::stoppedElsewhere(const Entry& entry, const QDateTime& wanted) const
{
    return tr("Clockodo has it end at %1; you stopped it at %2.")
        .arg(entry.timeUntil.isValid() ? timeText(entry.timeUntil) : tr("now"), timeText(wanted));
}

QString OfflineConflictText::timeText(const QDateTime& utc) const
{
    const QLocale locale;
    return locale.toString(utc.toTimeZone(m_zone), DateFormats::shortDateTime(locale));
}
