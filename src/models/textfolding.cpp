// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/textfolding.h"

QString TextFolding::fold(const QString& text)
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

bool TextFolding::contains(const QString& haystack, const QString& needle)
{
    return fold(haystack).contains(fold(needle));
}
