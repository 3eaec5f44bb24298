// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/csvwriter.h"

#include "core/export/csvfield.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>

CsvWriter::CsvWriter(QChar separator)
    : m_separator(separator)
{ }

void CsvWriter::addRow(const QStringList& fields)
{
    m_rows.append(fields);
}

void CsvWriter::addModel(const QAbstractItemModel* model, int role)
{
    if (!model)
        return;
    QList<Field> fields;
    for (int c = 0; c < model->columnCount(); ++c)
        fields.append({ c, role });
    addModel(model, fields);
}

void CsvWriter::addModel(const QAbstractItemModel* model, const QList<Field>& fields,
                         const std::function<bool(int row)>& include)
{
    if (!model)
        return;
    QStringList header;
    for (const Field& field : fields) {
        QVariant title = model->headerData(field.column, Qt::Horizontal, field.role);
        if (!title.isValid())
            title = model->headerData(field.column, Qt::Horizontal, Qt::DisplayRole);
        header.append(title.toString());
    }
    addRow(header);
    const int rows = model->rowCount();
    for (int r = 0; r < rows; ++r) {
        if (include && !include(r))
            continue;
        QStringList cells;
        cells.reserve(fields.size());
        for (const Field& field : fields) {
            const QString text = model->index(r, field.column).data(field.role).toString();
            cells.append(field.number ? localizedNumber(text) : text);
        }
        addRow(cells);
    }
}

QString CsvWriter::localizedNumber(const QString& text) const
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (m_decimalMark == QLatin1Char('.') || !plainNumber.match(text).hasMatch())
        return text;
    QString out = text;
    out.replace(QLatin1Char('.'), m_decimalMark);
    return out;
}

QString CsvWriter::quote(const QString& input) const
{
    return CsvField::quote(input, m_separator);
}

QString CsvWriter::text() const
{
    QString out;
    for (const QStringList& row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                out += m_separator;
            out += quote(row.at(i));
        }
        out += QStringLiteral("\r\n");
    }
    return out;
}

QByteArray CsvWriter::toUtf8(bool withBom) const
{
    QByteArray bytes = withBom ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    bytes += text().toUtf8();
    return bytes;
}

void CsvWriter::saveInBackground(const QString& path, QObject* context,
                                 std::function<void(bool ok, const QString& error)> done) const
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([bytes = toUtf8(), path, guard, done = std::move(done)] {
        QSaveFile file(path);
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        const QString error = ok ? QString() : file.errorString();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ok, error, done] {
                if (guard)
                    done(ok, error);
            },
            Qt::QueuedConnection);
    });
}
