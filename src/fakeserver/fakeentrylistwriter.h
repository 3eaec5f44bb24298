// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakeserver/fakestore.h"

#include <QByteArray>
#include <QHash>

// The fast path of GET /v2/entries: writes the compact JSON of a list of entries straight into bytes, exactly the
// bytes QJsonDocument(FakeJson::entry(…)).toJson(QJsonDocument::Compact) gives (same keys in the same sorted order,
// same values, same number and string formatting), without building a QJsonObject per entry. FakeJson::entry stays
// the readable definition of the wire format; tst_fakeentrylistwriter holds the two together byte for byte.
// Names of customers, projects, services and the lump-sum service prices are looked up once per writer (per page).
class FakeEntryListWriter
{
public:
    FakeEntryListWriter(const FakeStore& store, const QDateTime& now, bool enhanced);

    // Appends the JSON object of one entry.
    void appendEntry(QByteArray* out, const FakeStore::Entry& entry);
    // {"entries":[…],"paging":{…}}: the whole body of the list reply.
    QByteArray listBody(const QList<const FakeStore::Entry*>& entries, const QByteArray& pagingJson);

    // JSON string literal (with the quotes) of text, escaped as QJsonDocument escapes it.
    static void appendString(QByteArray* out, const QString& text);
    // A JSON number as QJsonDocument writes a double (null when not finite).
    static void appendDouble(QByteArray* out, double value);

private:
    const QByteArray& customerName(qint64 id);
    const QByteArray& projectName(qint64 id);
    const QByteArray& serviceName(qint64 id);
    const QByteArray& lumpSumServicePrice(qint64 id);
    void appendTextToUser(QByteArray* out, const FakeStore::Entry& entry);
    void appendPriceToSubprojects(QByteArray* out, const FakeStore::Entry& entry);

    const FakeStore& m_store;
    const QDateTime m_now;
    const bool m_enhanced;
    const bool m_owner;
    QByteArray m_userName;
    QHash<qint64, QByteArray> m_customerNames;
    QHash<qint64, QByteArray> m_projectNames;
    QHash<qint64, QByteArray> m_serviceNames;
    QHash<qint64, QByteArray> m_lumpSumPrices;
};
