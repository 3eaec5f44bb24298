// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sortranks.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <type_traits>
#include <vector>

namespace {

// Sorts items by (compare, row) and gives every row its place. compare is three-way (<0, 0, >0).
template<typename Item, typename Compare>
QList<int> ranksOf(std::vector<Item>& items, Compare compare)
{
    std::sort(items.begin(), items.end(), [&compare](const Item& a, const Item& b) {
        const int c = compare(a, b);
        return c != 0 ? c < 0 : a.row < b.row;
    });
    QList<int> ranks(qsizetype(items.size()), 0);
    for (size_t i = 0; i < items.size(); ++i)
        ranks[items[i].row] = int(i);
    return ranks;
}

template<typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool isInteger(int typeId)
{
    return typeId == QMetaType::Int || typeId == QMetaType::LongLong;
}

} // namespace

QList<int> SortRanks::of(const QList<QVariant>& keys)
{
    return ofKeys(keysOf(keys));
}

SortRanks::Keys SortRanks::keysOf(const QList<QVariant>& values)
{
    Keys keys;
    if (values.isEmpty())
        return keys;
    // Integers of either width are one type (QVariant::compare compares them by value).
    const auto typeOf = [](const QVariant& key) {
        return isInteger(key.typeId()) ? int(QMetaType::LongLong) : key.typeId();
    };
    const int type = typeOf(values.first());
    const bool sameType
        = std::all_of(values.cbegin(), values.cend(), [&](const QVariant& key) { return typeOf(key) == type; });
    if (!sameType)
        return keys;
    if (type == QMetaType::LongLong) {
        keys.integers.reserve(size_t(values.size()));
        for (const QVariant& value : values)
            keys.integers.push_back(value.toLongLong());
        keys.kind = Keys::Kind::Integers;
    } else if (type == QMetaType::Double) {
        keys.doubles.reserve(size_t(values.size()));
        for (const QVariant& value : values)
            keys.doubles.push_back(value.toDouble());
        keys.kind = Keys::Kind::Doubles;
    } else if (type == QMetaType::QString) {
        // Equal texts are common (names, recurring descriptions): each distinct text is sorted once.
        QHash<QString, int> numbers; // text -> its index in texts
        numbers.reserve(values.size());
        keys.textOfRow.reserve(size_t(values.size()));
        for (const QVariant& value : values) {
            const QString text = value.toString();
            auto it = numbers.find(text);
            if (it == numbers.end()) {
                it = numbers.insert(text, int(keys.texts.size()));
                keys.texts.append(text);
            }
            keys.textOfRow.push_back(*it);
        }
        keys.kind = Keys::Kind::Texts;
    }
    return keys;
}

QList<int> SortRanks::ofKeys(const Keys& keys)
{
    switch (keys.kind) {
    case Keys::Kind::Integers:
        return ofNumbers(keys.integers);
    case Keys::Kind::Doubles:
        return ofNumbers(keys.doubles);
    case Keys::Kind::Texts:
        return ofTextTable(keys.texts, keys.textOfRow);
    case Keys::Kind::None:
        break;
    }
    return {};
}

template<typename Numbers>
QList<int> SortRanks::ofNumbers(const Numbers& keys)
{
    using Number = typename Numbers::value_type;
    struct Item
    {
        Number key;
        int row;
    };
    if constexpr (std::is_floating_point_v<Number>) {
        if (std::any_of(keys.cbegin(), keys.cend(), [](Number key) { return std::isnan(key); }))
            return {}; // unordered: QVariant::compare's answer is not an order
    }
    // Keys already in row order (dates and start times: the table is ordered by start): every row is its own rank.
    if (std::is_sorted(keys.cbegin(), keys.cend())) {
        QList<int> ranks(qsizetype(keys.size()), 0);
        std::iota(ranks.begin(), ranks.end(), 0);
        return ranks;
    }
    std::vector<Item> items;
    items.reserve(size_t(keys.size()));
    for (size_t row = 0; row < size_t(keys.size()); ++row)
        items.push_back({ keys[row], int(row) });
    return ranksOf(items, [](const Item& a, const Item& b) { return threeWay(a.key, b.key); });
}

QList<int> SortRanks::ofIntegers(const QList<qint64>& keys)
{
    return ofNumbers(keys);
}

QList<int> SortRanks::ofTextTable(const QStringList& texts, const std::vector<int>& textOfRow)
{
    if (textOfRow.empty())
        return {};
    // The first four UTF-16 code units as one number (missing ones as 0) settle most comparisons without touching
    // the strings: numbers that differ order as the texts do (a text that ends early is a prefix of the other, or
    // has a smaller code unit there); equal ones leave it to the whole texts.
    struct Item
    {
        quint64 prefix;
        int text;
    };
    std::vector<Item> items;
    items.reserve(size_t(texts.size()));
    for (int i = 0; i < texts.size(); ++i) {
        const QString& text = texts.at(i);
        quint64 prefix = 0;
        for (int k = 0; k < 4; ++k)
            prefix = (prefix << 16) | (k < text.size() ? text.at(k).unicode() : 0u);
        items.push_back({ prefix, i });
    }
    const auto compare = [&texts](const Item& a, const Item& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix ? -1 : 1;
        return texts.at(a.text).compare(texts.at(b.text));
    };
    std::sort(items.begin(), items.end(), [&compare](const Item& a, const Item& b) { return compare(a, b) < 0; });
    // Each text's group: equal texts share one, in the texts' order.
    std::vector<int> groupOfText(size_t(texts.size()), 0);
    int group = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0 && compare(items[i - 1], items[i]) != 0)
            ++group;
        groupOfText[size_t(items[i].text)] = group;
    }
    // Counting: where each group's rows start, then the rows in order (row order within a group).
    std::vector<int> next(size_t(group) + 2, 0);
    for (int text : textOfRow)
        ++next[size_t(groupOfText[size_t(text)]) + 1];
    for (size_t i = 1; i < next.size(); ++i)
        next[i] += next[i - 1];
    QList<int> ranks(qsizetype(textOfRow.size()), 0);
    for (size_t row = 0; row < textOfRow.size(); ++row)
        ranks[qsizetype(row)] = next[size_t(groupOfText[size_t(textOfRow[row])])]++;
    return ranks;
}
