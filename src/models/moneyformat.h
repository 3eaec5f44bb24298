// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Amounts of money as the user reads them: two decimals in the UI locale, with the account's currency where it is
// known (AccountData::currency()) placed the way the locale places it ("€1,234.50" in English, "1.234,50 €" in
// German, "1 234,50 €" in French). An ISO 4217 code is shown as its usual symbol ("EUR" → "€", "CHF" stays "CHF");
// anything else Clockodo stores is shown as it is. Without a currency the plain number, as before.
class MoneyFormat
{
public:
    static QString format(double value, const QString& currency, const QLocale& locale = QLocale());
    // The symbol for a currency: for an ISO code, the symbol of a locale that uses it (one of the UI language first);
    // the text itself otherwise.
    static QString symbol(const QString& currency, const QLocale& locale = QLocale());
};
