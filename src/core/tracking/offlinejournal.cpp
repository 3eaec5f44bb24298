// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tracking/offlinejournal.h"

#include "core/tracking/journalstore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QStandardPaths>
#include <QThread>

OfflineJournal::OfflineJournal(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    qRegisterMetaType<OfflineRecord>();
    qRegisterMetaType<QList<OfflineRecord>>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("clockodo-journal"));
    m_store = new JournalStore(path);
    m_store->moveToThread(m_thread);
    // The store (and its connection) dies in its own thread once the thread's loop ends.
    connect(m_thread, &QThread::finished, m_store, &QObject::deleteLater);
    connect(m_store, &JournalStore::opened, this, &OfflineJournal::onOpened, Qt::QueuedConnection);
    connect(m_store, &JournalStore::written, this, &OfflineJournal::onWritten, Qt::QueuedConnection);
    connect(
        m_store, &JournalStore::movedAside, this,
        [this](const QString& aside) {
            emit corruptFileMovedAside(aside,
                                       tr("The offline journal could not be read and was moved aside to %1. A new "
                                          "journal was started: what was recorded offline before is not uploaded.")
                                           .arg(aside));
        },
        Qt::QueuedConnection);
    m_thread->start();
}

OfflineJournal::~OfflineJournal()
{
    // Queued writes are still handled: quit() only ends the loop after the events already posted.
    m_thread->quit();
    m_thread->wait();
}

QString OfflineJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/offline-journal.sqlite");
}

void OfflineJournal::open(const QString& accountKey)
{
    ++m_generation;
    m_accountKey = accountKey;
    m_loaded = false;
    m_lastError.clear();
    m_records.clear();
    m_writtenSinceOpen.clear();
    m_before.clear(); // a late failure of the previous account's write restores nothing here
    emit changed();
    if (accountKey.isEmpty())
        return;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(m_store,
                              [store = m_store, generation, accountKey] { store->open(generation, accountKey); });
}

void OfflineJournal::close()
{
    open(QString());
}

std::optional<OfflineRecord> OfflineJournal::record(const QString& id) const
{
    for (const OfflineRecord& r : m_records) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<OfflineRecord> OfflineJournal::running() const
{
    for (const OfflineRecord& r : m_records) {
        if (r.kind == OfflineRecord::Kind::Period && r.state == OfflineRecord::State::Running)
            return r;
    }
    return std::nullopt;
}

int OfflineJournal::waitingCount() const
{
    int count = 0;
    for (const OfflineRecord& r : m_records) {
        if (r.isWaiting())
            ++count;
    }
    return count;
}

quint64 OfflineJournal::write(const OfflineRecord& record)
{
    const quint64 ticket = m_nextTicket++;
    if (m_accountKey.isEmpty() || record.id.isEmpty()) {
        const QString error = m_accountKey.isEmpty() ? tr("The offline journal belongs to no account.")
                                                     : tr("An offline record needs an id.");
        QMetaObject::invokeMethod(
            this, [this, ticket, error] { emit written(ticket, false, error); }, Qt::QueuedConnection);
        return ticket;
    }
    m_pending.insert(ticket);
    m_before.insert(ticket, { record.id, this->record(record.id) });
    m_writtenSinceOpen.insert(record.id);
    applyToMirror(record);
    const QString accountKey = m_accountKey;
    QMetaObject::invokeMethod(
        m_store, [store = m_store, ticket, accountKey, record] { store->write(ticket, accountKey, record); });
    emit changed();
    return ticket;
}

void OfflineJournal::applyToMirror(const OfflineRecord& record)
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == record.id) {
            if (record.isDone())
                m_records.removeAt(i);
            else
                m_records[i] = record;
            return;
        }
    }
    if (!record.isDone())
        m_records.append(record);
}

void OfflineJournal::onOpened(quint64 generation, const QString& accountKey, const QList<OfflineRecord>& records,
                              const QString& error)
{
    if (generation != m_generation || accountKey != m_accountKey)
        return; // an account that is no longer open
    // The disk's records first (in their order), then what was written since open() and is not on that list; a
    // record written since open() is newer in the mirror than on the list.
    QList<OfflineRecord> merged;
    QSet<QString> listed;
    for (const OfflineRecord& r : records) {
        listed.insert(r.id);
        if (!m_writtenSinceOpen.contains(r.id)) {
            merged.append(r);
        } else if (const std::optional<OfflineRecord> mine = record(r.id)) {
            merged.append(*mine);
        }
    }
    for (const OfflineRecord& r : std::as_const(m_records)) {
        if (!listed.contains(r.id))
            merged.append(r);
    }
    m_records = merged;
    m_writtenSinceOpen.clear();
    m_lastError = error;
    m_loaded = true;
    emit changed();
    emit loaded();
}

void OfflineJournal::onWritten(quint64 ticket, bool ok, const QString& error)
{
    m_pending.remove(ticket);
    const Before before = m_before.take(ticket);
    if (!ok && !before.id.isEmpty()) {
        // Taken back unless a later write of the same record is still on its way (it carries the newer state).
        bool later = false;
        for (auto it = m_before.cbegin(); it != m_before.cend() && !later; ++it)
            later = it.key() > ticket && it.value().id == before.id;
        if (!later) {
            m_records.removeIf([&](const OfflineRecord& r) { return r.id == before.id; });
            if (before.record)
                applyToMirror(*before.record);
            emit changed();
        }
    }
    emit written(ticket, ok, error);
}
