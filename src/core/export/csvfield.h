// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

// One CSV field as RFC 4180 wants it (quoted when it holds the separator, quotes, line breaks or outer spaces;
// quotes doubled), with text that a spreadsheet would run as a formula (=, +, @, a minus not starting a number)
// prefixed by an apostrophe. Shared by CsvWriter (models) and the CSV export.
class CsvField
{
public:
    static QString quote(const QString& field, QChar separator);
    // The fields quoted and joined, ending in CRLF.
    static QString line(const QStringList& fields, QChar separator);
};
