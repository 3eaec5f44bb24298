// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sortranks.h"

#include <QHash>

#include <algorithm>
#include <cmath>
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
    if (keys.isEmpty())
        return {};
    const int type = keys.first().typeId();
    const bool sameType
        = std::all_of(keys.cbegin(), keys.cend(), [type](const QVariant& key) { return key.typeId() == type; });
    if (!sameType)
        return {};
    if (isInteger(type)) {
        std::vector<qint64> numbers;
        numbers.reserve(size_t(keys.size()));
        for (const QVariant& key : keys)
            numbers.push_back(key.toLongLong());
        return ofIntegers(numbers);
    }
    if (type == QMetaType::Double) {
        std::vector<double> numbers;
        numbers.reserve(size_t(keys.size()));
        for (const QVariant& key : keys)
            numbers.push_back(key.toDouble());
        return ofDoubles(numbers);
    }
    if (type == QMetaType::QString)
        return ofTexts(keys);
    return {};
}

QList<int> SortRanks::ofKeys(const Keys& keys)
{
    switch (keys.kind) {
    case Keys::Kind::Integers:
        return ofIntegers(keys.integers);
    case Keys::Kind::Doubles:
        return ofDoubles(keys.doubles);
    case Keys::Kind::Texts:
        return ofTextTable(keys.texts, keys.textOfRow);
    case Keys::Kind::None:
        break;
    }
    return {};
}

QList<int> SortRanks::ofIntegers(const std::vector<qint64>& keys)
{
    struct Item
    {
        qint64 key;
        int row;
    };
    std::vector<Item> items;
    items.reserve(keys.size());
    for (size_t row = 0; row < keys.size(); ++row)
        items.push_back({ keys[row], int(row) });
    return ranksOf(items, [](const Item& a, const Item& b) { return threeWay(a.key, b.key); });
}

QList<int> SortRanks::ofDoubles(const std::vector<double>& keys)
{
    struct Item
    {
        double key;
        int row;
    };
    std::vector<Item> items;
    items.reserve(keys.size());
    for (size_t row = 0; row < keys.size(); ++row) {
        const double key = keys[row];
        if (std::isnan(key))
            return {}; // unordered: QVariant::compare's answer is not an order
        items.push_back({ key, int(row) });
    }
    return ranksOf(items, [](const Item& a, const Item& b) { return threeWay(a.key, b.key); });
}

QList<int> SortRanks::ofTexts(const QList<QVariant>& keys)
{
    // Equal texts are common (names, recurring descriptions): each distinct text is sorted once.
    QHash<QString, int> numbers; // text -> its index in texts
    numbers.reserve(keys.size());
    QStringList texts;
    std::vector<int> textOfRow;
    textOfRow.reserve(size_t(keys.size()));
    for (const QVariant& key : keys) {
        const QString text = key.toString();
        auto it = numbers.find(text);
        if (it == numbers.end()) {
            it = numbers.insert(text, int(texts.size()));
            texts.append(text);
        }
        textOfRow.push_back(*it);
    }
    return ofTextTable(texts, textOfRow);
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
