// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/entries/entry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Reads an answer of GET /v2/entries straight from its bytes, without a QJsonDocument: a page of 1000 entries costs
// the parser thread a fraction of QJsonDocument::fromJson plus Entry::fromJson (issue 16, bench/bench_parse.cpp).
// It reads only what it reads exactly as those two would, the shapes the API sends: valid JSON, numbers in plain
// notation, ids as integers, times as the API writes them. On anything else (invalid JSON, a wrong type, a missing
// field, an entry Entry::fromJson refuses, an exponent, an unusual escape, a duplicate key) it gives up (nullopt),
// and the answer is read the usual way, which reports what was wrong and where. tst_entrypagereader holds it to that.
class EntryPageReader
{
public:
    // The entries under "entries"; *root gets what the answer's reader needs besides them: {"paging": {…}} (the
    // paging object as sent, or nothing without one).
    static std::optional<QList<Entry>> read(const QByteArray& body, QJsonObject* root);

private:
    explicit EntryPageReader(const QByteArray& body);

    bool readRoot(QList<Entry>* entries, QJsonObject* root);
    bool readEntries(QList<Entry>* entries);
    bool readEntry(Entry* entry);
    bool readField(int field, Entry* entry);
    bool readFlatObject(QJsonObject* object);
    bool skipValue(int depth);

    void skipSpace();
    bool consume(char c);
    bool next(char close, bool* more); // after a member or item: ',' (more) or close
    bool key(QByteArrayView* name);
    bool literal(QByteArrayView word);
    bool rawString(QByteArrayView* raw, bool* plain);
    bool string(QString* text);
    bool optionalString(QString* text);
    bool numberToken(QByteArrayView* token, bool* integral);
    bool integer(qint64* value);
    bool optionalInteger(std::optional<qint64>* value);
    bool optionalNumber(std::optional<double>* value);
    bool boolean(bool* value);
    bool dateTime(QDateTime* value, bool optional);

    const char* m_at;
    const char* m_end;
    int m_hint = 0; // where the next key of an entry most likely is in the key table (they come sorted)
};
