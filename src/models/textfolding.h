// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The one way text is compared when the user searches (the pickers' completers, the table's filter): decomposed
// (NFD), combining marks dropped, case-folded. So "lumiere" finds "Lumière" and "lumière" finds "Lumiere", "back"
// finds "Bäckerei" and "bäck" finds "Backerei".
class TextFolding
{
public:
    // The folded form of text ("Bäckerei" -> "backerei").
    static QString fold(const QString& text);
    // The same by normalizing the whole text (fold() does so only for texts with characters from U+2100 on); tests
    // compare the two.
    static QString foldByNormalizing(const QString& text);
    // haystack contains needle, both folded (an empty needle is contained in everything).
    static bool contains(const QString& haystack, const QString& needle);
};
