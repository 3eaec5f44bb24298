// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/csvfield.h"

QString CsvField::quote(const QString& input, QChar separator)
{
    QString field = input;
    if (!field.isEmpty()) {
        const QChar first = field.at(0);
        const bool number = first == QLatin1Char('-') && field.size() > 1 && field.at(1).isDigit();
        if (!number
            && (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')))
            field.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = field.contains(separator) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
        || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QString CsvField::line(const QStringList& fields, QChar separator)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        out += quote(fields.at(i), separator);
    }
    out += QStringLiteral("\r\n");
    return out;
}
