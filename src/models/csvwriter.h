// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtCore/qnamespace.h>

#include <functional>

class QObject;

class QAbstractItemModel;

// Comma-separated values as RFC 4180 wants them: fields with the separator, quotes, line breaks or outer spaces
// are quoted (quotes doubled), lines end in CRLF, the bytes are UTF-8 (with a BOM by default, so that spreadsheet
// programs recognise the encoding). Text that a spreadsheet would run as a formula (=, +, @, a minus not starting
// a number) is prefixed with an apostrophe.
class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = QLatin1Char(','));

    QChar separator() const { return m_separator; }
    void setSeparator(QChar separator) { m_separator = separator; }
    // The decimal mark of number fields (Field::number): '.' by default, ',' for German and French spreadsheets.
    QChar decimalMark() const { return m_decimalMark; }
    void setDecimalMark(QChar mark) { m_decimalMark = mark; }

    void addRow(const QStringList& fields);
    int rowCount() const { return int(m_rows.size()); }
    void clear() { m_rows.clear(); }

    // One CSV column: a model column read through a role. The header is the model's headerData for that
    // column and role (DisplayRole when the model has none for the role).
    struct Field
    {
        int column = 0;
        int role = Qt::DisplayRole;
        // A plain number ("1.25", "-3"): written with decimalMark().
        bool number = false;
    };

    // Every row of model (in the model's order, i.e. the view's sorting and filtering when model is the view's),
    // preceded by the horizontal header; with include, only the rows it accepts (e.g. no day headers).
    void addModel(const QAbstractItemModel* model, const QList<Field>& fields,
                  const std::function<bool(int row)>& include = {});
    // All columns through one role.
    void addModel(const QAbstractItemModel* model, int role);

    QString text() const;
    QByteArray toUtf8(bool withBom = true) const;

    QString quote(const QString& field) const;
    // text with decimalMark() when it is a plain number ("-1.25"), else unchanged.
    QString localizedNumber(const QString& text) const;

    // Writes toUtf8() to path on a pool thread (through QSaveFile: a failed write leaves the old file whole) and then
    // calls done(ok, error) in context's thread; not at all when context is gone by then.
    void saveInBackground(const QString& path, QObject* context,
                          std::function<void(bool ok, const QString& error)> done) const;

private:
    QChar m_separator;
    QChar m_decimalMark = QLatin1Char('.');
    QList<QStringList> m_rows;
};
