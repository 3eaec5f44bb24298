// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reportmodel.h"

#include "api/entries/entry.h"
#include "core/platform/dateformats.h"
#include "core/tracking/clock.h"
#include "models/entrytablemodel.h"
#include "models/moneyformat.h"
#include "models/timeinputparser.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <numeric>

struct ReportNode
{
    QString key;
    QString name;
    QDate date;
    qint64 seconds = 0;
    double lumpSums = 0;
    double revenue = 0;
    bool hasRevenue = false;
    int entries = 0;
    ReportNode* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<ReportNode>> children;
    QHash<QString, ReportNode*> byKey;

    ReportNode* child(const QString& childKey, const QString& childName)
    {
        if (ReportNode* found = byKey.value(childKey))
            return found;
        auto node = std::make_unique<ReportNode>();
        node->key = childKey;
        node->name = childName;
        node->parent = this;
        node->row = int(children.size());
        byKey.insert(childKey, node.get());
        children.push_back(std::move(node));
        return children.back().get();
    }
    bool sameShape(const ReportNode& other) const
    {
        if (key != other.key || name != other.name || children.size() != other.children.size())
            return false;
        for (size_t i = 0; i < children.size(); ++i) {
            if (!children[i]->sameShape(*other.children[i]))
                return false;
        }
        return true;
    }
    void copyValues(const ReportNode& other)
    {
        seconds = other.seconds;
        lumpSums = other.lumpSums;
        revenue = other.revenue;
        hasRevenue = other.hasRevenue;
        entries = other.entries;
        for (size_t i = 0; i < children.size(); ++i)
            children[i]->copyValues(*other.children[i]);
    }
};

namespace {
struct Amounts
{
    qint64 seconds = 0;
    double lumpSums = 0;
    std::optional<double> revenue;
    int entries = 0;
};

struct PathPart
{
    QString key;
    QString name;
    QDate date;
};

void addAlong(ReportModel::Node* root, const QList<PathPart>& path, const Amounts& amounts)
{
    ReportModel::Node* node = root;
    auto add = [&amounts](ReportModel::Node* n) {
        n->seconds += amounts.seconds;
        n->lumpSums += amounts.lumpSums;
        n->entries += amounts.entries;
        if (amounts.revenue) {
            n->revenue += *amounts.revenue;
            n->hasRevenue = true;
        }
    };
    add(node);
    for (const PathPart& part : path) {
        node = node->child(part.key, part.name);
        node->date = part.date;
        add(node);
    }
}
} // namespace

ReportModel::ReportModel(Clock* clock, QObject* parent)
    : QAbstractItemModel(parent)
    , m_clock(clock ? clock : Clock::system())
    , m_root(std::make_unique<Node>())
    , m_recomputeTimer(new QTimer(this))
    , m_loadTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &ReportModel::recompute);
    m_loadTimer->setSingleShot(true);
    m_loadTimer->setInterval(LoadIntervalMs);
    connect(m_loadTimer, &QTimer::timeout, this, &ReportModel::scheduleRecompute);
    m_tickTimer->setSingleShot(true);
    m_tickTimer->setInterval(TickIntervalMs);
    m_tickTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_tickTimer, &QTimer::timeout, this, &ReportModel::scheduleRecompute);
}

ReportModel::~ReportModel() = default;

ReportModel::Node* ReportModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ReportModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node* node = nodeOf(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ReportModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int ReportModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ReportModel::columnCount(const QModelIndex& /*parent*/) const
{
    return ColumnCount;
}

QVariant ReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return node->name;
        case HoursColumn:
            return TimeInputParser::formatDecimalHours(node->seconds);
        case LumpSumsColumn:
            return node->lumpSums != 0 ? MoneyFormat::format(node->lumpSums, m_currency, locale) : QString();
        case RevenueColumn:
            return node->hasRevenue ? MoneyFormat::format(node->revenue, m_currency, locale) : QString();
        case EntriesColumn:
            return locale.toString(node->entries);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == HoursColumn)
            return TimeInputParser::formatDuration(node->seconds);
        return {};
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return node->date.isValid() ? QVariant(node->date) : QVariant(node->name);
        case HoursColumn:
            return node->seconds;
        case LumpSumsColumn:
            return node->lumpSums;
        case RevenueColumn:
            return node->hasRevenue ? node->revenue : -1.0;
        case EntriesColumn:
            return node->entries;
        default:
            return {};
        }
    case SecondsRole:
        return node->seconds;
    case LumpSumsRole:
        return node->lumpSums;
    case RevenueRole:
        return node->hasRevenue ? QVariant(node->revenue) : QVariant();
    case EntryCountRole:
        return node->entries;
    case DateRole:
        return node->date.isValid() ? QVariant(node->date) : QVariant();
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return m_grouping == ByDay ? tr("Day / customer") : tr("Customer / project / service");
    case HoursColumn:
        return tr("Hours");
    case LumpSumsColumn:
        return tr("Lump sums");
    case RevenueColumn:
        return tr("Revenue");
    case EntriesColumn:
        return tr("Entries");
    default:
        return {};
    }
}

void ReportModel::setSourceModel(QAbstractItemModel* model)
{
    if (m_source == model)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ReportModel::sourceRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ReportModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::modelReset, this, &ReportModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ReportModel::scheduleRecompute);
        connect(model, &QAbstractItemModel::dataChanged, this, &ReportModel::sourceDataChanged);
        connect(model, &QObject::destroyed, this, &ReportModel::scheduleRecompute);
    }
    scheduleRecompute();
}

void ReportModel::setRange(const DateRange& range)
{
    if (range == m_range)
        return;
    m_range = range;
    scheduleRecompute();
}

void ReportModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    m_root = std::make_unique<Node>();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
    recompute();
}

void ReportModel::scheduleRecompute()
{
    // Every page of a large list, every tick of a running clock: not read again while nobody looks.
    if (m_active) {
        m_recomputeTimer->start();
        return;
    }
    m_stale = true;
    // Hidden, it is not computed, and it keeps nothing it can no longer vouch for: a view that reads it hidden (or a
    // screen reader) must not see rows that left the table, nor another account's names after a switch. Emptying
    // is cheap and happens once; it is computed again when shown.
    if (!m_root->children.empty() || m_root->entries > 0) {
        beginResetModel();
        m_root = std::make_unique<Node>();
        endResetModel();
        emit totalsChanged();
    }
}

void ReportModel::sourceRowsInserted()
{
    if (m_sourceLoading && m_active) {
        if (!m_loadTimer->isActive())
            m_loadTimer->start();
        return;
    }
    scheduleRecompute();
}

void ReportModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const bool tick = topLeft.column() == EntryTableModel::DurationColumn
        && bottomRight.column() == EntryTableModel::DurationColumn;
    if (tick && m_active) {
        if (!m_recomputeTimer->isActive() && !m_tickTimer->isActive())
            m_tickTimer->start();
        return;
    }
    scheduleRecompute();
}

void ReportModel::setLoadIntervalMs(int ms)
{
    m_loadTimer->setInterval(ms);
}

void ReportModel::setSourceLoading(bool loading)
{
    if (loading == m_sourceLoading)
        return;
    m_sourceLoading = loading;
    if (!loading && m_loadTimer->isActive()) {
        m_loadTimer->stop();
        scheduleRecompute();
    }
}

void ReportModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active && m_stale)
        scheduleRecompute();
    else if (!active && (m_recomputeTimer->isActive() || m_loadTimer->isActive() || m_tickTimer->isActive()))
        m_stale = true;
    if (!active) {
        m_recomputeTimer->stop();
        m_loadTimer->stop();
        m_tickTimer->stop();
    }
}

void ReportModel::setCurrency(const QString& currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    retranslate();
    emit totalsChanged();
}

void ReportModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Group names ("No project", dates) are in the UI language.
    beginResetModel();
    m_root = std::make_unique<Node>();
    endResetModel();
    recompute();
}

void ReportModel::addEntry(Node* root, int sourceRow, const QList<qint64>& boundaries) const
{
    const QModelIndex first = m_source->index(sourceRow, 0);
    const Entry e = first.data(EntryTableModel::EntryRole).value<Entry>();
    auto text = [this, sourceRow](int column, const QString& fallback) {
        const QString name = m_source->index(sourceRow, column).data().toString();
        return name.isEmpty() ? fallback : name;
    };
    QList<qint64> perDay(std::max<qsizetype>(boundaries.size() - 1, 0), 0);
    qint64 seconds = 0;
    if (e.type == Entry::Type::Time) {
        const QDateTime since = first.data(EntryTableModel::SinceRole).toDateTime();
        const QDateTime until = first.data(EntryTableModel::EffectiveUntilRole).toDateTime();
        if (boundaries.isEmpty())
            seconds = std::max<qint64>(since.secsTo(until), 0);
        else
            DateRange::addSecondsPerDay(boundaries, since, until, &perDay);
        seconds += std::accumulate(perDay.cbegin(), perDay.cend(), qint64(0));
    }
    Amounts amounts;
    amounts.entries = 1;
    if (e.type == Entry::Type::LumpSumValue)
        amounts.lumpSums = e.lumpSum.value_or(0);
    else if (e.type == Entry::Type::LumpSumService)
        amounts.lumpSums = e.lumpSumServicesAmount.value_or(0) * e.lumpSumServicesPrice.value_or(0);
    amounts.revenue = e.revenue;
    const PathPart customer { QStringLiteral("c%1").arg(e.customersId),
                              text(EntryTableModel::CustomerColumn, tr("No customer")),
                              {} };
    if (m_grouping == ByCustomer) {
        amounts.seconds = seconds;
        const qint64 project = e.projectsId.value_or(0);
        const QString service = e.type == Entry::Type::LumpSumService
            ? QStringLiteral("l%1").arg(e.lumpSumServicesId.value_or(0))
            : QStringLiteral("s%1").arg(e.servicesId.value_or(0));
        addAlong(root,
                 { customer,
                   { QStringLiteral("p%1").arg(project), text(EntryTableModel::ProjectColumn, tr("No project")), {} },
                   { service, text(EntryTableModel::ServiceColumn, tr("No service")), {} } },
                 amounts);
        return;
    }
    // By day: the time on the days it was worked, the rest (count, lump sums, revenue) on the start day.
    auto dayPart = [](QDate day) {
        return PathPart { QStringLiteral("d") + day.toString(Qt::ISODate),
                          QLocale().toString(day, DateFormats::weekdayDayMonth()), day };
    };
    QDate startDay = first.data(EntryTableModel::LocalDateRole).toDate();
    if (m_range.isValid())
        startDay = std::clamp(startDay, m_range.first(), m_range.last());
    if (boundaries.isEmpty()) {
        amounts.seconds = seconds;
        addAlong(root, { dayPart(startDay), customer }, amounts);
        return;
    }
    for (int i = 0; i < int(perDay.size()); ++i) {
        const QDate day = m_range.first().addDays(i);
        if (perDay.at(i) == 0 || day == startDay)
            continue;
        Amounts time;
        time.seconds = perDay.at(i);
        addAlong(root, { dayPart(day), customer }, time);
    }
    const int startIndex = int(m_range.first().daysTo(startDay));
    amounts.seconds = startIndex >= 0 && startIndex < int(perDay.size()) ? perDay.at(startIndex) : 0;
    addAlong(root, { dayPart(startDay), customer }, amounts);
}

void ReportModel::recompute()
{
    m_recomputeTimer->stop();
    m_loadTimer->stop();
    m_tickTimer->stop();
    ++m_computations;
    m_stale = false;
    auto root = std::make_unique<Node>();
    if (m_source) {
        const QList<qint64> boundaries = m_range.isValid() ? m_range.dayBoundariesMSecs() : QList<qint64>();
        const int rows = m_source->rowCount();
        for (int row = 0; row < rows; ++row)
            addEntry(root.get(), row, boundaries);
    }
    if (root->sameShape(*m_root)) {
        m_root->copyValues(*root);
        emitChanged(m_root.get(), {});
    } else {
        beginResetModel();
        m_root = std::move(root);
        endResetModel();
    }
    emit totalsChanged();
}

void ReportModel::emitChanged(Node* node, const QModelIndex& parent)
{
    const int rows = int(node->children.size());
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row)
        emitChanged(node->children[size_t(row)].get(), index(row, 0, parent));
}

qint64 ReportModel::totalSeconds() const
{
    return m_root->seconds;
}

double ReportModel::totalLumpSums() const
{
    return m_root->lumpSums;
}

QVariant ReportModel::totalRevenue() const
{
    return m_root->hasRevenue ? QVariant(m_root->revenue) : QVariant();
}

int ReportModel::totalEntries() const
{
    return m_root->entries;
}

QString ReportModel::totalsText() const
{
    const QLocale locale;
    //: the report's total line: decimal hours and the number of entries
    QString text = tr("Total: %1 h · %n entries", nullptr, m_root->entries)
                       .arg(TimeInputParser::formatDecimalHours(m_root->seconds));
    if (m_root->lumpSums != 0)
        text += QStringLiteral(" · ")
            + tr("lump sums %1").arg(MoneyFormat::format(m_root->lumpSums, m_currency, locale));
    if (m_root->hasRevenue)
        text += QStringLiteral(" · ") + tr("revenue %1").arg(MoneyFormat::format(m_root->revenue, m_currency, locale));
    return text;
}
