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
    if (isInteger(type))
        return ofIntegers(keys);
    if (type == QMetaType::Double)
        return ofDoubles(keys);
    if (type == QMetaType::QString)
        return ofTexts(keys);
    return {};
}

QList<int> SortRanks::ofIntegers(const QList<QVariant>& keys)
{
    struct Item
    {
        qint64 key;
        int row;
    };
    std::vector<Item> items;
    items.reserve(size_t(keys.size()));
    for (int row = 0; row < keys.size(); ++row)
        items.push_back({ keys.at(row).toLongLong(), row });
    return ranksOf(items, [](const Item& a, const Item& b) { return threeWay(a.key, b.key); });
}

QList<int> SortRanks::ofDoubles(const QList<QVariant>& keys)
{
    struct Item
    {
        double key;
        int row;
    };
    std::vector<Item> items;
    items.reserve(size_t(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const double key = keys.at(row).toDouble();
        if (std::isnan(key))
            return {}; // unordered: QVariant::compare's answer is not an order
        items.push_back({ key, row });
    }
    return ranksOf(items, [](const Item& a, const Item& b) { return threeWay(a.key, b.key); });
}

QList<int> SortRanks::ofTexts(const QList<QVariant>& keys)
{
    // Equal texts are common (names, recurring descriptions): each distinct text is sorted once, then the rows are
    // placed by counting, in row order within a text.
    QHash<QString, int> numbers; // text -> its index in texts
    numbers.reserve(keys.size());
    QList<QString> texts;
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
    // The first four UTF-16 code units as one number (missing ones as 0) settle most comparisons without touching
    // the strings: numbers that differ order as the texts do (a text that ends early is a prefix of the other, or
    // has a smaller code unit there); equal ones leave it to the whole texts.
    struct Item
    {
        quint64 prefix;
        int row; // here: the text's index
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
    const QList<int> textRanks = ranksOf(items, [&texts](const Item& a, const Item& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix ? -1 : 1;
        return texts.at(a.row).compare(texts.at(b.row));
    });
    // Counting: where each text's rows start, then the rows in order.
    std::vector<int> next(size_t(texts.size()) + 1, 0);
    for (int text : textOfRow)
        ++next[size_t(textRanks.at(text)) + 1];
    for (size_t i = 1; i < next.size(); ++i)
        next[i] += next[i - 1];
    QList<int> ranks(keys.size(), 0);
    for (int row = 0; row < keys.size(); ++row)
        ranks[row] = next[size_t(textRanks.at(textOfRow[size_t(row)]))]++;
    return ranks;
}
