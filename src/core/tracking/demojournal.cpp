// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/demojournal.h"

#include "core/tracking/offlinejournal.h"
#include "core/tracking/offlinerecord.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcDemoJournal, "clockodo.core.demojournal", QtInfoMsg)

namespace {

const QLatin1String DemoPrefix("demo#");

void discardAll(OfflineJournal* journal)
{
    if (!DemoJournal::isDemoKey(journal->accountKey()))
        return;
    const QList<OfflineRecord> records = journal->records();
    for (OfflineRecord record : records) {
        record.state = OfflineRecord::State::Discarded;
        journal->write(record);
    }
    if (!records.isEmpty())
        qCInfo(lcDemoJournal) << "a new demo: discarded" << records.size() << "records of an earlier demo";
}

} // namespace

QString DemoJournal::accountKey(qint64 userId)
{
    return DemoPrefix + QString::number(userId);
}

bool DemoJournal::isDemoKey(const QString& accountKey)
{
    return accountKey.startsWith(DemoPrefix);
}

void DemoJournal::startFresh(OfflineJournal* journal)
{
    if (!journal || !isDemoKey(journal->accountKey()))
        return;
    if (journal->isLoaded()) {
        discardAll(journal);
        return;
    }
    const QString key = journal->accountKey();
    QObject::connect(
        journal, &OfflineJournal::loaded, journal,
        [journal, key] {
            if (journal->accountKey() == key)
                discardAll(journal);
        },
        Qt::SingleShotConnection);
}
