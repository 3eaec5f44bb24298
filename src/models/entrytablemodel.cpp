// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/entrytablemodel.h"

#include "api/apiclient.h"
#include "core/platform/dateformats.h"
#include "core/tracking/clock.h"
#include "models/customerlistmodel.h"
#include "models/daterange.h"
#include "models/lumpsumservicelistmodel.h"
#include "models/masterdata.h"
#include "models/moneyformat.h"
#include "models/projectlistmodel.h"
#include "models/servicelistmodel.h"
#include "models/textfolding.h"
#include "models/timeinputparser.h"

#include <QFont>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <string_view>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcEntryModel, "clockodo.models.entries", QtInfoMsg)

namespace {

bool entryLess(const Entry& a, const Entry& b)
{
    if (a.timeSince != b.timeSince)
        return a.timeSince < b.timeSince;
    return a.id < b.id;
}

bool sameQuery(const EntryQuery& a, const EntryQuery& b)
{
    return a.queryItems() == b.queryItems();
}

// The description's first line (what QString::section('\n', 0, 0) gives, without splitting the whole text).
QString firstLine(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}

// text.toLower(), quicker for ASCII-only text (there only A-Z change; anything else goes the Unicode way): the text
// columns' sort keys, 100,000 of them per click on a header.
QString lowered(const QString& text)
{
    const QChar* chars = text.constData();
    bool upper = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = chars[i].unicode();
        if (c >= 0x80)
            return text.toLower();
        upper = upper || (c >= u'A' && c <= u'Z');
    }
    if (!upper)
        return text;
    QString result(text.size(), Qt::Uninitialized);
    QChar* out = result.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = chars[i].unicode();
        out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
    }
    return result;
}

QString formatQuantity(double value)
{
    // Quantities such as 12 km or 2.5 h: no trailing zeros.
    return QLocale().toString(value, 'g', 12);
}

} // namespace

EntryTableModel::EntryTableModel(ApiClient* api, Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_clock(clock ? clock : Clock::system())
    , m_zone(QTimeZone::systemTimeZone())
    , m_zoneOffsets(m_zone)
    , m_insertQueue(new EntryInsertQueue([this](const QList<Entry>& slice) { applyPage(slice); }, this))
    , m_ticker(new QTimer(this))
{
    connect(m_insertQueue, &EntryInsertQueue::drained, this, [this] {
        if (m_finishing)
            finishLoad();
    });
    m_ticker->setTimerType(Qt::CoarseTimer);
    connect(m_ticker, &QTimer::timeout, this, &EntryTableModel::tick);
    m_marks = new EntryOverlapMarks(this);
    connect(m_marks, &EntryOverlapMarks::rowsChanged, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), { Qt::ToolTipRole, OverlapsRole });
    });
    connect(m_marks, &EntryOverlapMarks::finished, this, [this] {
        m_finishing = false;
        emit loadingChanged(false);
        emit loadFinished();
    });
}

EntryTableModel::~EntryTableModel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

int EntryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex EntryTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_entries.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

void EntryTableModel::setMasterData(MasterData* masterData)
{
    if (m_masterData == masterData)
        return;
    if (m_masterData)
        m_masterData->disconnect(this);
    m_masterData = masterData;
    if (masterData) {
        connect(masterData, &MasterData::loaded, this, &EntryTableModel::retranslate);
    }
    retranslate();
}

void EntryTableModel::setTimeZone(const QTimeZone& zone)
{
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (z == m_zone)
        return;
    m_zone = z;
    m_zoneOffsets.setZone(z);
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowFacts[row].date = localDate(m_entries.at(row));
    retranslate();
}

void EntryTableModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0, AmountColumn), index(int(m_entries.size()) - 1, AmountColumn), { Qt::DisplayRole });
        emit dataChanged(index(0, RevenueColumn), index(int(m_entries.size()) - 1, RevenueColumn), { Qt::DisplayRole });
    }
}

void EntryTableModel::setTimeFormat12h(bool on)
{
    if (on == m_twelveHour)
        return;
    m_twelveHour = on;
    retranslate();
}

void EntryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

// --- data ---------------------------------------------------------------------------------------------------

QString EntryTableModel::customerName(const Entry& e) const
{
    if (!e.customersName.isEmpty() || !m_masterData)
        return e.customersName;
    return m_masterData->customers()->nameOf(e.customersId);
}

QString EntryTableModel::projectName(const Entry& e) const
{
    if (!e.projectsId)
        return {};
    if (!e.projectsName.isEmpty() || !m_masterData)
        return e.projectsName;
    return m_masterData->projects()->nameOf(*e.projectsId);
}

QString EntryTableModel::serviceName(const Entry& e) const
{
    if (e.type == Entry::Type::LumpSumService) {
        if (!e.lumpSumServicesName.isEmpty() || !m_masterData || !e.lumpSumServicesId)
            return e.lumpSumServicesName;
        return m_masterData->lumpSumServices()->nameOf(*e.lumpSumServicesId);
    }
    if (!e.servicesName.isEmpty() || !m_masterData || !e.servicesId)
        return e.servicesName;
    return m_masterData->services()->nameOf(*e.servicesId);
}

QString EntryTableModel::foldedName(NameKind kind, qint64 id, const QString& name) const
{
    if (name.isEmpty())
        return name;
    QHash<qint64, FoldedName>& cache = m_foldedNames.at(size_t(kind));
    const auto it = cache.constFind(id);
    if (it != cache.cend() && it->name == name)
        return it->folded;
    if (it == cache.cend() && cache.size() >= MaxFoldedNames)
        cache.clear(); // another account's ids: not kept forever
    QString folded = TextFolding::fold(name);
    cache.insert(id, FoldedName { name, folded });
    return folded;
}

bool EntryTableModel::containsAllWords(int row, const QStringList& foldedWords) const
{
    const Entry& e = m_entries.at(row);
    const bool lumpSum = e.type == Entry::Type::LumpSumService;
    const QString names[] = {
        foldedName(NameKind::Customer, e.customersId, customerName(e)),
        foldedName(NameKind::Project, e.projectsId.value_or(0), projectName(e)),
        lumpSum ? foldedName(NameKind::LumpSumService, e.lumpSumServicesId.value_or(0), serviceName(e))
                : foldedName(NameKind::Service, e.servicesId.value_or(0), serviceName(e)),
    };
    QString text;
    bool textFolded = false;
    for (const QString& word : foldedWords) {
        // SearchTextRole's lines: a word (no line break in it) is in them when it is in one of them.
        if (word.contains(QLatin1Char('\n')))
            return TextFolding::fold(data(index(row, 0), SearchTextRole).toString()).contains(word);
        if (std::any_of(std::begin(names), std::end(names),
                        [&word](const QString& name) { return name.contains(word); }))
            continue;
        if (!textFolded) {
            text = TextFolding::fold(e.text);
            textFolded = true;
        }
        if (!text.contains(word))
            return false;
    }
    return true;
}

QString EntryTableModel::amountText(const Entry& e, bool forExport) const
{
    switch (e.type) {
    case Entry::Type::Time:
        return {};
    case Entry::Type::LumpSumValue:
        if (!e.lumpSum)
            return {};
        return forExport ? QString::number(*e.lumpSum, 'f', 2) : MoneyFormat::format(*e.lumpSum, m_currency);
    case Entry::Type::LumpSumService: {
        if (!e.lumpSumServicesAmount)
            return {};
        QString unit;
        if (m_masterData && e.lumpSumServicesId) {
            if (const auto* item = m_masterData->lumpSumServices()->item(*e.lumpSumServicesId))
                unit = item->unit;
        }
        const QString quantity
            = forExport ? QString::number(*e.lumpSumServicesAmount, 'g', 12) : formatQuantity(*e.lumpSumServicesAmount);
        return unit.isEmpty() ? quantity : quantity + QLatin1Char(' ') + unit;
    }
    }
    return {};
}

QString EntryTableModel::billableText(int billable)
{
    switch (billable) {
    case Entry::IsBillable:
        return tr("Billable");
    case Entry::Billed:
        return tr("Billed");
    default:
        return tr("Not billable");
    }
}

QString EntryTableModel::lockedText()
{
    return tr("Billed: locked so that the invoice stays right. Open it to unlock it for changes.");
}

QString EntryTableModel::spanText(const Entry& e) const
{
    const QLocale locale;
    QString when = TimeInputParser::formatTime(e.timeSince.toTimeZone(m_zone).time(), m_twelveHour, locale);
    //: an entry's time span: "09:00–10:30", or "09:00–running"
    when = tr("%1–%2").arg(
        when,
        e.isRunning() ? tr("running")
                      : TimeInputParser::formatTime(e.timeUntil.toTimeZone(m_zone).time(), m_twelveHour, locale));
    QStringList task { customerName(e) };
    if (!projectName(e).isEmpty())
        task.append(projectName(e));
    if (!serviceName(e).isEmpty())
        task.append(serviceName(e));
    task.removeAll(QString());
    return task.isEmpty() ? when : when + QLatin1Char(' ') + task.join(QStringLiteral(" · "));
}

QString EntryTableModel::overlapText(const Entry& e) const
{
    QStringList others;
    for (qint64 id : m_marks->index().overlapsOf(e.id)) {
        const int row = rowOfId(id);
        if (row >= 0)
            others.append(spanText(m_entries.at(row)));
    }
    //: tooltip of an entry whose time overlaps other entries; %1 lists them, one a line
    return tr("Overlaps with:\n%1\nThe day's total counts this time once.").arg(others.join(QLatin1Char('\n')));
}

QVariant EntryTableModel::displayData(const Entry& e, int column) const
{
    const bool time = e.type == Entry::Type::Time;
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return locale.toString(e.timeSince.toTimeZone(m_zone).date(), DateFormats::weekdayDayMonth());
    case StartColumn:
        return time ? TimeInputParser::formatTime(e.timeSince.toTimeZone(m_zone).time(), m_twelveHour, locale)
                    : QString();
    case EndColumn: {
        if (!time)
            return {};
        if (e.isRunning())
            return tr("running");
        const QDateTime start = e.timeSince.toTimeZone(m_zone);
        const QDateTime end = e.timeUntil.toTimeZone(m_zone);
        QString text = TimeInputParser::formatTime(end.time(), m_twelveHour, locale);
        const qint64 days = start.date().daysTo(end.date());
        if (days > 0)
            //: an end time on a later day than the start, e.g. "02:00 (+1)"
            text = tr("%1 (+%2)").arg(text).arg(days);
        return text;
    }
    case DurationColumn:
        return time ? TimeInputParser::formatDuration(e.durationAt(m_clock->nowUtc()), e.isRunning()) : QString();
    case CustomerColumn:
        return customerName(e);
    case ProjectColumn:
        return projectName(e);
    case ServiceColumn:
        return serviceName(e);
    case AmountColumn:
        return amountText(e, false);
    case DescriptionColumn:
        return firstLine(e.text);
    case BillableColumn:
        return billableText(e.billable);
    case RevenueColumn:
        return e.revenue ? MoneyFormat::format(*e.revenue, m_currency) : QString();
    default:
        return {};
    }
}

QVariant EntryTableModel::exportData(const Entry& e, int column) const
{
    const bool time = e.type == Entry::Type::Time;
    const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    switch (column) {
    case DateColumn:
        return e.timeSince.toTimeZone(m_zone).date().toString(Qt::ISODate);
    case StartColumn:
        return time ? e.timeSince.toTimeZone(m_zone).toString(dateTimeFormat) : QString();
    case EndColumn:
        return time && !e.isRunning() ? e.timeUntil.toTimeZone(m_zone).toString(dateTimeFormat) : QString();
    case DurationColumn:
        return time ? TimeInputParser::formatDuration(e.durationAt(m_clock->nowUtc())) : QString();
    case AmountColumn:
        return amountText(e, true);
    case DescriptionColumn:
        return e.text;
    case RevenueColumn:
        return e.revenue ? QString::number(*e.revenue, 'f', 2) : QString();
    default:
        return displayData(e, column);
    }
}

QVariant EntryTableModel::sortData(const Entry& e, int column) const
{
    switch (column) {
    case DateColumn:
    case StartColumn:
        return e.timeSince.toMSecsSinceEpoch();
    case EndColumn:
        return e.isRunning() ? std::numeric_limits<qint64>::max()
                             : (e.timeUntil.isValid() ? e.timeUntil : e.timeSince).toMSecsSinceEpoch();
    case DurationColumn:
        // A running entry sorts by its whole minutes: in a table sorted by duration its tick moves it at most once a
        // minute (each move re-sorts the proxy and regroups the day headers, ~0.2 s at 100k rows).
        return e.isRunning() ? e.durationAt(m_clock->nowUtc()) / 60 * 60 : e.durationAt(m_clock->nowUtc());
    case AmountColumn:
        return e.type == Entry::Type::LumpSumValue ? e.lumpSum.value_or(0) : e.lumpSumServicesAmount.value_or(0);
    case BillableColumn:
        return e.billable;
    case RevenueColumn:
        return e.revenue.value_or(0);
    default:
        return lowered(displayData(e, column).toString());
    }
}

QVariant EntryTableModel::sortKey(int row, int column) const
{
    if (column == DateColumn || column == StartColumn)
        return m_rowFacts.at(row).sinceMs; // as sortData(), without reading the entry
    return sortData(m_entries.at(row), column);
}

SortRanks::Keys EntryTableModel::sortKeys(int column) const
{
    SortRanks::Keys keys;
    if (column < 0 || column >= ColumnCount)
        return keys;
    if (column == CustomerColumn || column == ProjectColumn || column == ServiceColumn || column == DescriptionColumn) {
        // As sortData: the lower-cased display text, here once per distinct text (names and descriptions repeat).
        // Two looks: by the text's data first (the API client shares equal texts of a list, TextPool, so 100,000
        // entries hold a few dozen), by content for data not seen before (std::hash of views: at 100k rows a third
        // of what QHash<QString> takes). Every text looked up by its data is kept alive here, so that no other
        // text can take its address during the call.
        struct Data
        {
            const QChar* chars;
            qsizetype size;
            bool operator==(const Data& other) const { return chars == other.chars && size == other.size; }
        };
        struct DataHash
        {
            size_t operator()(const Data& d) const
            {
                return std::hash<const void*>()(d.chars) ^ (size_t(d.size) * 0x9E3779B97F4A7C15u);
            }
        };
        std::unordered_map<Data, int, DataHash> byData;
        std::unordered_map<std::u16string_view, int> byText;
        QStringList kept;
        keys.textOfRow.reserve(size_t(m_entries.size()));
        const auto add = [&](const QString& raw) {
            auto it = byData.find({ raw.constData(), raw.size() });
            if (it == byData.end()) {
                kept.append(raw);
                const QString& text = kept.constLast();
                const std::u16string_view view(reinterpret_cast<const char16_t*>(text.constData()),
                                               size_t(text.size()));
                const auto [known, fresh] = byText.try_emplace(view, int(keys.texts.size()));
                if (fresh)
                    keys.texts.append(lowered(column == DescriptionColumn ? firstLine(text) : text));
                it = byData.emplace(Data { text.constData(), text.size() }, known->second).first;
            }
            keys.textOfRow.push_back(it->second);
        };
        for (const Entry& e : m_entries) {
            if (column == DescriptionColumn) {
                add(e.text);
                continue;
            }
            add(column == CustomerColumn ? customerName(e) : column == ProjectColumn ? projectName(e) : serviceName(e));
        }
        keys.kind = SortRanks::Keys::Kind::Texts;
        return keys;
    }
    if (column == DateColumn || column == StartColumn) {
        // As sortData, without a QVariant per row (the table's default order and a user's usual re-sort).
        keys.integers.reserve(size_t(m_entries.size()));
        for (const Entry& e : m_entries)
            keys.integers.push_back(e.timeSince.toMSecsSinceEpoch());
        keys.kind = SortRanks::Keys::Kind::Integers;
        return keys;
    }
    // The other number columns: sortData's values, ranked as SortRanks::of ranks them.
    QList<QVariant> values;
    values.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        values.append(sortData(e, column));
    return SortRanks::keysOf(values);
}

QVariant EntryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    const Entry& e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        if (column == DescriptionColumn && !e.text.isEmpty())
            return e.text;
        if (column <= DurationColumn && m_marks->index().hasOverlap(e.id))
            return overlapText(e);
        if (column == BillableColumn && e.billable == Entry::Billed)
            return lockedText();
        if (e.isRunning())
            return tr("Running since %1")
                .arg(TimeInputParser::formatTime(e.timeSince.toTimeZone(m_zone).time(), m_twelveHour));
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == AmountColumn || column == RevenueColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::FontRole:
        if (e.isRunning()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case EntryRole:
        return QVariant::fromValue(e);
    case IdRole:
        return e.id;
    case TypeRole:
        return int(e.type);
    case SortRole:
        return sortData(e, column);
    case ExportRole:
        return exportData(e, column);
    case DecimalHoursRole:
        return e.type == Entry::Type::Time ? QString::number(double(e.durationAt(m_clock->nowUtc())) / 3600.0, 'f', 2)
                                           : QString();
    case LocalDateRole:
        return localDate(e);
    case SinceRole:
        return e.timeSince;
    case EffectiveUntilRole:
        return effectiveUntil(e);
    case RunningRole:
        return e.isRunning();
    case CustomerIdRole:
        return e.customersId;
    case ProjectIdRole:
        return e.projectsId ? QVariant(*e.projectsId) : QVariant();
    case ServiceIdRole:
        if (e.type == Entry::Type::LumpSumService)
            return e.lumpSumServicesId ? QVariant(*e.lumpSumServicesId) : QVariant();
        return e.servicesId ? QVariant(*e.servicesId) : QVariant();
    case BillableRole:
        return e.billable;
    case OverlapsRole: {
        QVariantList ids;
        for (qint64 id : m_marks->index().overlapsOf(e.id))
            ids.append(id);
        return ids;
    }
    case LockedRole:
        return e.billable == Entry::Billed;
    case UserIdRole:
        return e.usersId;
    case SearchTextRole:
        return QStringList { customerName(e), projectName(e), serviceName(e), e.text }.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QDate EntryTableModel::localDate(const Entry& e) const
{
    return m_zoneOffsets.localDate(e.timeSince);
}

QDateTime EntryTableModel::effectiveUntil(const Entry& e) const
{
    if (e.type != Entry::Type::Time)
        return e.timeSince;
    return e.isRunning() ? std::max(e.timeSince, m_clock->nowUtc()) : e.timeUntil;
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DecimalHoursRole)
        return section == DurationColumn ? tr("Hours (decimal)") : QVariant();
    if (role != Qt::DisplayRole && role != ExportRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case CustomerColumn:
        return tr("Customer");
    case ProjectColumn:
        return tr("Project");
    case ServiceColumn:
        return tr("Service");
    case AmountColumn:
        return tr("Amount");
    case DescriptionColumn:
        return tr("Description");
    case BillableColumn:
        return tr("Billable");
    case RevenueColumn:
        return tr("Revenue");
    default:
        return {};
    }
}

// --- loading ------------------------------------------------------------------------------------------------

void EntryTableModel::load(const EntryQuery& query)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply = nullptr;
    }
    m_insertQueue->clear();
    m_finishing = false;
    ++m_loadGeneration;
    m_marks->startLoad();
    const bool same = m_hasQuery && sameQuery(query, m_query);
    m_query = query;
    m_hasQuery = true;
    if (!same && !m_entries.isEmpty()) {
        beginResetModel();
        m_entries.clear();
        m_rowFacts.clear();
        m_rowById.clear();
        m_runningIds.clear();
        m_marks->clear();
        endResetModel();
        updateTicker();
    }
    m_seenIds.clear();
    m_unseenRowsPossible = !m_entries.isEmpty();
    m_lastError = {};
    if (!m_api || !query.isValid()) {
        m_lastError = ApiError::make(ApiError::Category::Configuration, QStringLiteral("invalid entry query"));
        emit loadFailed(m_lastError);
        return;
    }
    // Pages only: the rows are here, no second list of every entry (entries() keeps one for its finished()).
    ApiReply* reply = m_api->entryPages(query);
    m_reply = reply;
    connect(reply, &ApiReply::pageReceived, this, [this](const QVariant& items, const Paging& paging) {
        // Room for the whole range at once (growing a list of 100,000 entries page by page copies it), within
        // reason: the count is the server's word.
        const qsizetype expected = std::min<qsizetype>(paging.countItems, 250000);
        if (paging.currentPage <= 1 && expected > m_entries.size()) {
            m_entries.reserve(expected);
            m_rowFacts.reserve(expected);
            m_rowById.reserve(expected);
            m_seenIds.reserve(expected); // growing it rehashes every id seen so far within one turn
            emit rowsExpected(expected);
        }
        m_insertQueue->enqueue(items.value<QList<Entry>>());
        emit pageLoaded(paging.currentPage, paging.countPages);
    });
    connect(reply, &ApiReply::finished, this, [this, reply] { replyFinished(reply); });
    emit loadingChanged(true);
}

void EntryTableModel::refresh()
{
    if (m_hasQuery)
        load(m_query);
}

void EntryTableModel::readBack(const QList<Entry>& saved)
{
    if (!m_api || !m_hasQuery || m_reply || saved.isEmpty())
        return;
    QDateTime since;
    QDateTime until;
    const QDateTime now = m_clock->nowUtc();
    for (const Entry& e : saved) {
        if (!e.timeSince.isValid())
            continue;
        // A time entry's span (a running one up to now); a lump sum, or an empty span, a second at its start.
        const auto span = OverlapIndex::spanOf(e, now);
        const QDateTime end = span ? span->until : e.timeSince.addSecs(1);
        since = since.isValid() ? std::min(since, e.timeSince) : e.timeSince;
        until = until.isValid() ? std::max(until, end) : end;
    }
    EntryQuery query = m_query;
    if (!since.isValid() || !query.isValid())
        return;
    query.since = std::max(query.since, since);
    query.until = std::min(query.until, until);
    if (!query.isValid())
        return; // saved outside the window: nothing of it shows
    ApiReply* reply = m_api->entries(query);
    connect(reply, &ApiReply::finished, this, [this, reply, generation = m_loadGeneration] {
        if (generation != m_loadGeneration || !reply->isOk())
            return; // another query since, or the server did not answer: the rows keep what the save said
        for (const Entry& e : reply->valueAs<QList<Entry>>()) {
            if (rowOfId(e.id) >= 0 || inWindow(e))
                upsertEntry(e);
        }
    });
}

void EntryTableModel::applyPage(const QList<Entry>& page)
{
    QList<Entry> fresh;
    for (const Entry& e : page) {
        // The server counts a running entry as open-ended; here it ends now (no rows in future ranges).
        if (e.isRunning() && !inWindow(e))
            continue;
        m_seenIds.insert(e.id);
        const int row = rowOfId(e.id);
        if (row >= 0)
            updateRow(row, e);
        else
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    std::stable_sort(fresh.begin(), fresh.end(), entryLess);
    if (m_entries.isEmpty() || !entryLess(fresh.first(), m_entries.last())) {
        // The usual case: the server sends pages in order, so a page goes to the end in one insertion.
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_entries.append(fresh);
        for (int row = first; row < m_entries.size(); ++row) {
            m_rowFacts.append(factsOf(m_entries.at(row)));
            m_rowById.insert(m_entries.at(row).id, row);
            noteRunning(m_entries.at(row));
        }
        endInsertRows();
    } else {
        for (const Entry& e : std::as_const(fresh))
            insertSorted(e);
    }
    updateTicker();
    // The overlap marks follow once the load is done (finishLoad): an index over all rows after every page made a
    // large range's load quadratic.
}

void EntryTableModel::replyFinished(ApiReply* reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_lastError = reply->isOk() ? ApiError() : reply->error();
    m_finishing = true;
    if (m_insertQueue->isEmpty())
        finishLoad();
}

void EntryTableModel::finishLoad()
{
    m_finishing = false;
    if (m_lastError.isError()) {
        qCWarning(lcEntryModel) << "loading entries failed:" << m_lastError.httpStatus << m_lastError.detail;
        emit loadingChanged(false);
        emit loadFailed(m_lastError);
        return;
    }
    // Rows the server no longer sends (deleted elsewhere, moved out of the window) go, in contiguous blocks.
    for (int row = m_unseenRowsPossible ? int(m_entries.size()) - 1 : -1; row >= 0;) {
        if (m_seenIds.contains(m_entries.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !m_seenIds.contains(m_entries.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        for (int r = first; r <= row; ++r) {
            m_rowById.remove(m_entries.at(r).id);
            m_runningIds.remove(m_entries.at(r).id);
        }
        m_entries.remove(first, row - first + 1);
        m_rowFacts.remove(first, row - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        row = first - 1;
    }
    m_seenIds.clear();
    updateTicker();
    // The load is finished when the marks are in, so that whoever waits for loadFinished sees them.
    m_finishing = m_api && m_api->parserPool();
    m_marks->buildThenFinish(m_api ? m_api->parserPool() : nullptr);
}

// --- row operations -----------------------------------------------------------------------------------------

void EntryTableModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_entries.size(); ++row)
        m_rowById.insert(m_entries.at(row).id, row);
}

void EntryTableModel::noteRunning(const Entry& entry)
{
    if (entry.isRunning())
        m_runningIds.insert(entry.id);
    else
        m_runningIds.remove(entry.id);
}

void EntryTableModel::insertSorted(const Entry& entry)
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry, entryLess);
    const int row = int(std::distance(m_entries.cbegin(), it));
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    m_rowFacts.insert(row, factsOf(entry));
    rebuildIndex(row);
    noteRunning(entry);
    endInsertRows();
}

void EntryTableModel::updateRow(int row, const Entry& entry)
{
    if (m_entries.at(row) == entry)
        return;
    // A new start keeps the row where it is: the window's day groups place it by its new start and move it there
    // themselves (DayGroupProxyModel). A move of the row here reached them as a layout change of every row through
    // the filter (QSortFilterProxyModel turns a source move into one): ~40 ms of one event-loop turn at 100,000 rows.
    m_entries[row] = entry;
    m_rowFacts[row] = factsOf(entry);
    noteRunning(entry);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void EntryTableModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    const qint64 id = m_entries.at(row).id;
    m_rowById.remove(id);
    m_runningIds.remove(id);
    m_entries.remove(row);
    m_rowFacts.remove(row);
    rebuildIndex(row);
    endRemoveRows();
}

bool EntryTableModel::inWindow(const Entry& entry) const
{
    if (!m_hasQuery || !m_query.isValid())
        return true;
    if (m_query.usersId && entry.usersId > 0 && entry.usersId != *m_query.usersId)
        return false;
    if (entry.type != Entry::Type::Time) // lump sums: booked at time_since
        return entry.timeSince >= m_query.since && entry.timeSince < m_query.until;
    if (entry.isRunning()) // runs until now: not in a window that lies in the future
        return entry.timeSince < m_query.until && m_clock->nowUtc() > m_query.since;
    return entry.timeSince < m_query.until && entry.timeUntil > m_query.since;
}

void EntryTableModel::upsertEntry(const Entry& entry)
{
    m_insertQueue->remove(entry.id); // a page's copy still on its way is older
    const int row = rowOfId(entry.id);
    if (!inWindow(entry)) {
        if (row >= 0)
            removeRowAt(row);
        updateTicker();
        m_marks->changed(entry.id);
        return;
    }
    if (row >= 0) {
        updateRow(row, entry);
    } else {
        insertSorted(entry);
        m_unseenRowsPossible = m_unseenRowsPossible || isLoading();
    }
    updateTicker();
    m_marks->changed(entry.id);
}

bool EntryTableModel::removeEntry(qint64 id)
{
    m_insertQueue->remove(id);
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    removeRowAt(row);
    updateTicker();
    m_marks->changed(id);
    return true;
}

void EntryTableModel::deleteEntries(const QList<qint64>& ids)
{
    struct Batch
    {
        int pending = 0;
        QList<qint64> deleted;
        QList<qint64> failed;
        ApiError error;
    };
    if (ids.isEmpty() || !m_api) {
        emit deleteFinished({}, ids, ApiError::make(ApiError::Category::Configuration));
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->pending = int(ids.size());
    for (qint64 id : ids) {
        const auto done = [this, id, batch](bool deleted, const ApiError& error) {
            if (deleted) {
                batch->deleted.append(id);
                removeEntry(id);
            } else {
                batch->failed.append(id);
                if (!batch->error.isError())
                    batch->error = error;
            }
            if (--batch->pending == 0)
                emit deleteFinished(batch->deleted, batch->failed, batch->error);
        };
        ApiReply* reply = m_api->deleteEntry(id);
        connect(reply, &ApiReply::finished, this, [this, reply, id, done] {
            // 404: somebody deleted it already; for the user the result is the same.
            if (reply->isOk() || reply->error().category == ApiError::Category::NotFound) {
                done(true, {});
            } else if (reply->error().outcomeUnknown) {
                // The answer was lost (the DELETE went out once, never twice): the entry itself tells.
                const ApiError error = reply->error();
                ApiReply* check = m_api->entry(id);
                connect(check, &ApiReply::finished, this,
                        [check, error, done] { done(check->error().category == ApiError::Category::NotFound, error); });
            } else {
                done(false, reply->error());
            }
        });
    }
}

// --- ticking ------------------------------------------------------------------------------------------------

void EntryTableModel::setFastTicking(bool fast)
{
    if (m_fastTicking == fast)
        return;
    m_fastTicking = fast;
    updateTicker();
    if (fast)
        tick(); // catch up at once when the view appears
}

int EntryTableModel::tickIntervalMs() const
{
    return m_fastTicking ? 1000 : 60000;
}

bool EntryTableModel::isTicking() const
{
    return m_ticker->isActive();
}

void EntryTableModel::updateTicker()
{
    if (m_runningIds.isEmpty()) {
        m_ticker->stop();
        return;
    }
    m_ticker->setTimerType(m_fastTicking ? Qt::PreciseTimer : Qt::CoarseTimer);
    if (!m_ticker->isActive() || m_ticker->interval() != tickIntervalMs())
        m_ticker->start(tickIntervalMs());
}

void EntryTableModel::tick()
{
    if (m_runningIds.isEmpty())
        return;
    for (qint64 id : std::as_const(m_runningIds)) {
        const int row = rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex cell = index(row, DurationColumn);
        emit dataChanged(cell, cell, { Qt::DisplayRole, SortRole, ExportRole, DecimalHoursRole, EffectiveUntilRole });
    }
    m_marks->tick(m_runningIds);
}
