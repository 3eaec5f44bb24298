// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/moneyformat.h"

#include <QHash>
#include <QRegularExpression>

namespace {

bool isIsoCode(const QString& text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    return code.match(text).hasMatch();
}

// The symbol of the first locale that uses the code, preferring one of `language`; empty when none does.
QString lookUpSymbol(const QString& code, QLocale::Language language)
{
    QString fallback;
    const QList<QLocale> locales
        = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& candidate : locales) {
        if (candidate.currencySymbol(QLocale::CurrencyIsoCode) != code)
            continue;
        const QString symbol = candidate.currencySymbol(QLocale::CurrencySymbol);
        if (symbol.isEmpty())
            continue;
        if (candidate.language() == language)
            return symbol;
        if (fallback.isEmpty())
            fallback = symbol;
    }
    return fallback;
}

} // namespace

QString MoneyFormat::symbol(const QString& currency, const QLocale& locale)
{
    const QString text = currency.trimmed();
    if (!isIsoCode(text))
        return text;
    static QHash<QString, QString> cache; // code + language → symbol (the GUI thread only)
    const QString key = text + QLatin1Char('/') + QString::number(int(locale.language()));
    auto it = cache.constFind(key);
    if (it == cache.constEnd()) {
        const QString found = lookUpSymbol(text, locale.language());
        it = cache.insert(key, found.isEmpty() ? text : found);
    }
    return *it;
}

QString MoneyFormat::format(double value, const QString& currency, const QLocale& locale)
{
    if (currency.trimmed().isEmpty())
        return locale.toString(value, 'f', 2);
    return locale.toCurrencyString(value, symbol(currency, locale), 2);
}
