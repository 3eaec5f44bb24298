// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/entries/entry.h"
#include "api/entries/entryquery.h"
#include "api/transport/apierror.h"
#include "models/entryinsertqueue.h"
#include "models/entryoverlapmarks.h"
#include "models/overlapindex.h"
#include "models/sortranks.h"
#include "models/zoneoffsetcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <optional>

class Clock;
class MasterData;
class QTimer;

// The entries of one query (a time window plus server-side filters), fed asynchronously from GET /v2/entries with
// enhanced_list: the rows of the first page appear as soon as it arrives and later pages are appended with
// beginInsertRows, never with a reset. Reloading the same query updates the rows in place (dataChanged per changed
// row, inserts and removals only where something changed), so the view keeps its selection.
//
// Rows come in the server's order (time_since, then id); a row whose start changes later (a local edit, a reload)
// keeps its place, and whoever shows the entries orders them (DayGroupProxyModel; EntryFilterProxyModel sorted). Times
// are shown in the Clockodo user's time zone (setTimeZone), in 24 h or 12 h form. A running entry's duration cell
// ticks: dataChanged for that cell only, every second while the entries are on screen (setFastTicking) and every minute
// otherwise.
//
// Time entries of one user that overlap are marked (OverlapsRole; the tooltip of the date and time cells names the
// other entries); when an overlap appears or goes, dataChanged tells just the rows concerned. Billed entries
// (billable 2) are locked (LockedRole; the billable cell's tooltip gives the reason). The view draws the marks.
class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // "Not billable", "Billable" or "Billed", translated.
    static QString billableText(int billable);
    enum Column
    {
        DateColumn,
        StartColumn,
        EndColumn,
        DurationColumn,
        CustomerColumn,
        ProjectColumn,
        ServiceColumn,
        AmountColumn, // lump-sum value (money) or lump-sum service quantity with its unit
        DescriptionColumn,
        BillableColumn,
        RevenueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        EntryRole = Qt::UserRole + 1, // the whole Entry
        IdRole,
        TypeRole, // int(Entry::Type)
        SortRole, // a value that sorts the column properly
        ExportRole, // the cell for CSV: ISO local date, 24 h local times, plain numbers
        DecimalHoursRole, // the duration as decimal hours for CSV ("1.25")
        LocalDateRole, // QDate of the start in the user's time zone
        SinceRole, // QDateTime (UTC)
        EffectiveUntilRole, // QDateTime (UTC); now for a running entry, the start for lump sums
        RunningRole,
        CustomerIdRole,
        ProjectIdRole,
        ServiceIdRole, // services_id, or lumpsum_services_id for lump-sum services
        BillableRole,
        SearchTextRole, // customer, project, service and description, a line each, for free-text filtering (not folded)
        OverlapsRole, // QVariantList of the ids of the entries this one overlaps (empty: none)
        LockedRole, // billed: shown read-only until the user unlocks it
        UserIdRole, // users_id (qint64)
    };
    Q_ENUM(Role)

    explicit EntryTableModel(ApiClient* api, Clock* clock = nullptr, QObject* parent = nullptr);
    ~EntryTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // As QAbstractTableModel's, without its two virtual calls (a sort of 100,000 rows asks 3.4 million times).
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Names of customers etc. when the server did not send them (single-entry answers have no *_name fields),
    // and the units of lump-sum services.
    void setMasterData(MasterData* masterData);
    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    void setTimeFormat12h(bool on);
    bool timeFormat12h() const { return m_twelveHour; }
    // The account's currency (AccountData::currency(); empty: unknown): revenues and lump-sum values are shown with
    // it (MoneyFormat); exports keep plain numbers.
    void setCurrency(const QString& currency);
    QString currency() const { return m_currency; }
    Clock* clock() const { return m_clock; }

    // --- loading ---
    // Loads the entries of query. A different query than the last one clears the rows first; the same query
    // updates the rows in place. A load in flight is aborted.
    void load(const EntryQuery& query);
    // The last query again, in place.
    void refresh();
    // Reads back from the server what a confirmed save (or undo) changed, with the names and revenue that the answer
    // of POST/PUT lacks: the query's entries within the span of the saved entries, applied as upsertEntry() does.
    // Where refresh() reads the whole range again (a hundred requests at 100,000 rows, against an enhanced list said
    // to allow 300 requests per 15 minutes), this is the span's page. Nothing while a load runs: it reads them too.
    void readBack(const QList<Entry>& saved);
    bool hasQuery() const { return m_hasQuery; }
    EntryQuery query() const { return m_query; }
    bool isLoading() const { return m_reply != nullptr || m_finishing; }
    // Where arrived pages wait to go into the rows a slice per event-loop turn (see there; tests tune it).
    EntryInsertQueue* insertQueue() const { return m_insertQueue; }
    ApiError lastError() const { return m_lastError; }

    // --- local changes after the dialogs saved ---
    // Inserts the entry at its place, or updates the row with its id (moving it when its start changed).
    // Entries outside the current query's time window are removed instead.
    void upsertEntry(const Entry& entry);
    bool removeEntry(qint64 id);
    // Sends DELETE for every id; each row disappears when its DELETE succeeded (or the entry was gone already).
    void deleteEntries(const QList<qint64>& ids);

    const QList<Entry>& entries() const { return m_entries; }
    int rowOfId(qint64 id) const { return m_rowById.value(id, -1); }
    const Entry& entryAt(int row) const { return m_entries.at(row); }
    // A row's id and local date (localDate()) from a compact list beside the entries: the day groups read them for
    // every row of a filter change, and at 100,000 rows reading them from the entries (several cache lines each)
    // was most of a cleared filter's cost to them. sortKey() of the date and start columns comes from there too.
    qint64 idAt(int row) const { return m_rowFacts.at(row).id; }
    QDate localDateAt(int row) const { return m_rowFacts.at(row).date; }
    // What data(SortRole) gives for column, for every row in one call (EntryFilterProxyModel's sort): no index and no
    // QVariant per row, and a text that repeats (names, descriptions) read and lower-cased once.
    SortRanks::Keys sortKeys(int column) const;
    // Whether each of the words (folded, TextFolding) is in the row's customer, project, service or description,
    // folded: what EntryFilterProxyModel asks of every row on each keystroke, without building SearchTextRole's text
    // and a QVariant for it (names folded once).
    bool containsAllWords(int row, const QStringList& foldedWords) const;
    // LocalDateRole and EffectiveUntilRole of an entry, and SortRole of a row's column (EntryRowReader reads them
    // without an index and data() call).
    QDate localDate(const Entry& e) const;
    QDateTime effectiveUntil(const Entry& e) const;
    QVariant sortKey(int row, int column) const;
    // The same as an integer for the date and start columns (the start in ms), without a QVariant; nullopt for others.
    std::optional<qint64> integerSortKey(int row, int column) const
    {
        if (column == DateColumn || column == StartColumn)
            return m_rowFacts.at(row).sinceMs;
        return std::nullopt;
    }
    bool hasRunningEntry() const { return !m_runningIds.isEmpty(); }
    // Which rows overlap which (the running entry up to the last tick).
    const OverlapIndex& overlaps() const { return m_marks->index(); }
    // "09:00–10:30 Bakery · Consulting": the time span and the task of a time entry, for messages.
    QString spanText(const Entry& e) const;
    // Why a billed entry is locked.
    static QString lockedText();

    // --- ticking ---
    // Per-second ticking while the entries are visible; per-minute otherwise.
    void setFastTicking(bool fast);
    bool fastTicking() const { return m_fastTicking; }
    int tickIntervalMs() const;
    bool isTicking() const;

public slots:
    // Emits dataChanged for the duration cell of every running entry (called by the timer; tests call it after
    // moving a ManualClock).
    void tick();
    // After a language change: headers and texts again.
    void retranslate();

signals:
    void loadingChanged(bool loading);
    // Every page of a load arrived.
    void loadFinished();
    void loadFailed(const ApiError& error);
    // One page arrived (1-based) of countPages.
    void pageLoaded(int page, int countPages);
    // The load's first page says how many entries the range holds (the server's word, capped): whoever keeps
    // something per row can make room for them at once instead of growing (a hash that doubles rehashes everything).
    void rowsExpected(qsizetype count);
    // deleteEntries() is done: which ids are gone, which failed and the first error.
    void deleteFinished(const QList<qint64>& deleted, const QList<qint64>& failed, const ApiError& error);

private:
    void applyPage(const QList<Entry>& page);
    void replyFinished(ApiReply* reply);
    void finishLoad();
    void insertSorted(const Entry& entry);
    void updateRow(int row, const Entry& entry);
    void removeRowAt(int row);
    void rebuildIndex(int fromRow = 0);
    void noteRunning(const Entry& entry);
    void updateTicker();
    QString overlapText(const Entry& e) const;
    bool inWindow(const Entry& entry) const;
    QString customerName(const Entry& e) const;
    QString projectName(const Entry& e) const;
    QString serviceName(const Entry& e) const;
    enum class NameKind
    {
        Customer,
        Project,
        Service,
        LumpSumService,
        Count
    };
    // A customer's, project's, service's or lump-sum service's name, folded: kept by id while the name stays the same
    // (an id hashes faster than the name).
    QString foldedName(NameKind kind, qint64 id, const QString& name) const;
    QString amountText(const Entry& e, bool forExport) const;
    QVariant displayData(const Entry& e, int column) const;
    QVariant exportData(const Entry& e, int column) const;
    QVariant sortData(const Entry& e, int column) const;

    QPointer<ApiClient> m_api;
    Clock* m_clock = nullptr;
    QPointer<MasterData> m_masterData;
    QTimeZone m_zone;
    ZoneOffsetCache m_zoneOffsets; // of m_zone: localDate() without a conversion per entry
    QString m_currency;
    bool m_twelveHour = false;

    QList<Entry> m_entries;
    // Per row, beside m_entries (idAt(), localDateAt()).
    struct RowFacts
    {
        qint64 id = 0;
        QDate date;
        qint64 sinceMs = 0; // the key of the date and start columns
    };
    QList<RowFacts> m_rowFacts;
    RowFacts factsOf(const Entry& e) const { return { e.id, localDate(e), e.timeSince.toMSecsSinceEpoch() }; }
    QHash<qint64, int> m_rowById;
    QSet<qint64> m_runningIds;
    EntryOverlapMarks* m_marks = nullptr; // which rows overlap which, and the telling of their changes

    EntryQuery m_query;
    bool m_hasQuery = false;
    QPointer<ApiReply> m_reply;
    quint64 m_loadGeneration = 0; // counts load() calls: a read-back for an older query is dropped
    EntryInsertQueue* m_insertQueue = nullptr;
    bool m_finishing = false; // the reply is done; finishLoad follows once the queue has drained
    QSet<qint64> m_seenIds;
    // Rows this load may not send exist (there were rows when it began, or one was added meanwhile): finishLoad looks
    // for them. A load into an empty table skips that walk over every row (~2 ms at 100,000 rows).
    bool m_unseenRowsPossible = false;
    ApiError m_lastError;

    struct FoldedName
    {
        QString name;
        QString folded;
    };
    static constexpr qsizetype MaxFoldedNames = 10000;
    mutable std::array<QHash<qint64, FoldedName>, size_t(NameKind::Count)> m_foldedNames; // by kind and id
    QTimer* m_ticker = nullptr;
    bool m_fastTicking = false;
};
