// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/textfolding.h"

#include <QHash>
#include <QVarLengthArray>

#include <array>

namespace {

// Every character below U+2100 (Latin, Greek, Cyrillic and the other alphabets, general punctuation, currency signs)
// folded on its own, once: decomposition goes character by character and the marks it yields are dropped, case
// folding maps one character at a time, so a text of only these characters folds as its characters do. One code unit
// per character; Removed for a mark, Longer for the few that fold to more than one (looked up in `longer`).
struct FoldTable
{
    static constexpr char16_t End = 0x2100;
    static constexpr char16_t Removed = 0xFFFF;
    static constexpr char16_t Longer = 0xFFFE;
    std::array<char16_t, End> single {};
    QHash<char16_t, QString> longer;
};

const FoldTable& foldTable()
{
    static const FoldTable table = [] {
        FoldTable t;
        for (char16_t c = 0; c < FoldTable::End; ++c) {
            const QString folded = TextFolding::foldByNormalizing(QString(QChar(c)));
            if (folded.isEmpty()) {
                t.single[c] = FoldTable::Removed;
            } else if (folded.size() == 1 && folded.at(0).unicode() < FoldTable::Longer) {
                t.single[c] = folded.at(0).unicode();
            } else {
                t.single[c] = FoldTable::Longer;
                t.longer.insert(c, folded);
            }
        }
        return t;
    }();
    return table;
}

} // namespace

QString TextFolding::fold(const QString& text)
{
    // The table's filter folds every row's text on each keystroke (100,000 rows): characters by table, the whole
    // text normalized only when it holds others (CJK, Hangul, surrogate pairs, ...).
    const qsizetype size = text.size();
    const auto* chars = reinterpret_cast<const char16_t*>(text.constData());
    qsizetype i = 0;
    while (i < size && chars[i] < 0x80 && !(chars[i] >= u'A' && chars[i] <= u'Z'))
        ++i;
    if (i == size)
        return text; // folded already
    const FoldTable& table = foldTable();
    QVarLengthArray<char16_t, 512> out;
    out.reserve(size + 8);
    out.append(chars, i);
    for (; i < size; ++i) {
        const char16_t c = chars[i];
        if (c >= FoldTable::End)
            return foldByNormalizing(text);
        const char16_t folded = table.single[c];
        if (folded == FoldTable::Removed)
            continue;
        if (folded == FoldTable::Longer) {
            const QString longer = table.longer.value(c);
            out.append(reinterpret_cast<const char16_t*>(longer.constData()), longer.size());
            continue;
        }
        out.append(folded);
    }
    return QString(reinterpret_cast<const QChar*>(out.constData()), out.size());
}

bool TextFolding::contains(const QString& haystack, const QString& needle)
{
    return fold(haystack).contains(fold(needle));
}

QString TextFolding::foldByNormalizing(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    return folded.toCaseFolded();
}
