// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeentrylistwriter.h"

#include "fakeserver/fakejson.h"

#include <QLocale>

#include <charconv>
#include <cmath>

namespace {

using Entry = FakeStore::Entry;

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

void appendInteger(QByteArray* out, qint64 value)
{
    char buffer[24];
    const std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, value);
    out->append(buffer, end.ptr - buffer);
}

void appendIdOrNull(QByteArray* out, qint64 id)
{
    if (id > 0)
        appendInteger(out, id);
    else
        out->append("null", 4);
}

void appendBool(QByteArray* out, bool value)
{
    if (value)
        out->append("true", 4);
    else
        out->append("false", 5);
}

void appendTimestampOrNull(QByteArray* out, const QDateTime& dateTime)
{
    if (dateTime.isValid())
        FakeJson::appendTimestamp(out, dateTime);
    else
        out->append("null", 4);
}

// ,"key": (every key but the first, "billable", which every entry has).
template<qsizetype N>
void appendKey(QByteArray* out, const char (&key)[N])
{
    out->append(key, N - 1);
}

// Appends the UTF-8 of the UTF-16 code unit at *src (advancing past a surrogate pair), or false for a lone surrogate.
bool appendUtf8(QByteArray* out, const char16_t*& src, const char16_t* end)
{
    const char16_t unit = *src;
    if (unit < 0x800) {
        const char bytes[2] = { char(0xc0 | (unit >> 6)), char(0x80 | (unit & 0x3f)) };
        out->append(bytes, 2);
    } else if (!QChar::isSurrogate(unit)) {
        const char bytes[3]
            = { char(0xe0 | (unit >> 12)), char(0x80 | ((unit >> 6) & 0x3f)), char(0x80 | (unit & 0x3f)) };
        out->append(bytes, 3);
    } else {
        if (!QChar::isHighSurrogate(unit) || src + 1 == end || !QChar::isLowSurrogate(src[1]))
            return false;
        const char32_t code = QChar::surrogateToUcs4(unit, src[1]);
        const char bytes[4] = { char(0xf0 | (code >> 18)), char(0x80 | ((code >> 12) & 0x3f)),
                                char(0x80 | ((code >> 6) & 0x3f)), char(0x80 | (code & 0x3f)) };
        out->append(bytes, 4);
        ++src;
    }
    ++src;
    return true;
}

void appendEscapedAscii(QByteArray* out, char16_t unit)
{
    out->append('\\');
    switch (unit) {
    case 0x22:
        out->append('"');
        break;
    case 0x5c:
        out->append('\\');
        break;
    case 0x08:
        out->append('b');
        break;
    case 0x0c:
        out->append('f');
        break;
    case 0x0a:
        out->append('n');
        break;
    case 0x0d:
        out->append('r');
        break;
    case 0x09:
        out->append('t');
        break;
    default: {
        const char bytes[5] = { 'u', '0', '0', hexDigit(unit >> 4), hexDigit(unit & 0xf) };
        out->append(bytes, 5);
    }
    }
}

QByteArray stringBytes(const QString& text)
{
    QByteArray bytes;
    FakeEntryListWriter::appendString(&bytes, text);
    return bytes;
}

QByteArray doubleBytes(double value)
{
    QByteArray bytes;
    FakeEntryListWriter::appendDouble(&bytes, value);
    return bytes;
}

} // namespace

FakeEntryListWriter::FakeEntryListWriter(const FakeStore& store, const QDateTime& now, bool enhanced)
    : m_store(store)
    , m_now(now)
    , m_enhanced(enhanced)
    , m_owner(store.user().role == QLatin1String("owner"))
    , m_userName(stringBytes(store.user().name))
{ }

void FakeEntryListWriter::appendString(QByteArray* out, const QString& text)
{
    out->append('"');
    const char16_t* src = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t* run = src;
        while (src != end && *src >= 0x20 && *src < 0x80 && *src != 0x22 && *src != 0x5c)
            ++src;
        for (; run != src; ++run)
            out->append(char(*run));
        if (src == end)
            break;
        const char16_t unit = *src;
        if (unit < 0x80) {
            appendEscapedAscii(out, unit);
            ++src;
        } else if (!appendUtf8(out, src, end)) {
            const char bytes[6] = { '\\',
                                    'u',
                                    hexDigit((unit >> 12) & 0xf),
                                    hexDigit((unit >> 8) & 0xf),
                                    hexDigit((unit >> 4) & 0xf),
                                    hexDigit(unit & 0xf) };
            out->append(bytes, 6);
            ++src;
        }
    }
    out->append('"');
}

void FakeEntryListWriter::appendDouble(QByteArray* out, double value)
{
    if (std::isfinite(value))
        out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        out->append("null", 4);
}

const QByteArray& FakeEntryListWriter::customerName(qint64 id)
{
    auto it = m_customerNames.constFind(id);
    if (it == m_customerNames.constEnd()) {
        const FakeStore::Customer* customer = m_store.customer(id);
        it = m_customerNames.insert(id, stringBytes(customer ? customer->name : QString()));
    }
    return *it;
}

const QByteArray& FakeEntryListWriter::projectName(qint64 id)
{
    auto it = m_projectNames.constFind(id);
    if (it == m_projectNames.constEnd()) {
        const FakeStore::Project* project = m_store.project(id);
        it = m_projectNames.insert(id, project ? stringBytes(project->name) : QByteArrayLiteral("null"));
    }
    return *it;
}

const QByteArray& FakeEntryListWriter::serviceName(qint64 id)
{
    auto it = m_serviceNames.constFind(id);
    if (it == m_serviceNames.constEnd()) {
        const FakeStore::Service* service = m_store.service(id);
        it = m_serviceNames.insert(id, stringBytes(service ? service->name : QString()));
    }
    return *it;
}

const QByteArray& FakeEntryListWriter::lumpSumServicePrice(qint64 id)
{
    auto it = m_lumpSumPrices.constFind(id);
    if (it == m_lumpSumPrices.constEnd()) {
        const FakeStore::LumpSumService* service = m_store.lumpSumService(id);
        it = m_lumpSumPrices.insert(id, doubleBytes(service ? service->price : 0.0));
    }
    return *it;
}

// The keys in the order QJsonObject keeps them (sorted), each written only where FakeJson::entry sets it.
void FakeEntryListWriter::appendEntry(QByteArray* out, const Entry& entry)
{
    const bool time = entry.type == FakeStore::TimeEntry;
    const bool value = entry.type == FakeStore::LumpSumValueEntry;
    const bool service = !time && !value; // FakeJson::entry's default branch
    appendKey(out, "{\"billable\":");
    appendInteger(out, entry.billable);
    if (time) {
        appendKey(out, ",\"clocked\":");
        appendBool(out, entry.clocked);
        appendKey(out, ",\"clocked_offline\":");
        appendBool(out, entry.clockedOffline);
    }
    appendKey(out, ",\"customers_id\":");
    appendInteger(out, entry.customersId);
    if (m_enhanced) {
        appendKey(out, ",\"customers_name\":");
        out->append(customerName(entry.customersId));
    }
    if (time) {
        appendKey(out, ",\"duration\":");
        if (entry.isRunning())
            out->append("null", 4);
        else
            appendInteger(out, entry.seconds(m_now));
    }
    if (m_enhanced && m_owner && time) {
        appendKey(out, ",\"hourly_rate\":");
        appendDouble(out, entry.hourlyRate);
    }
    appendKey(out, ",\"id\":");
    appendInteger(out, entry.id);
    if (value) {
        appendKey(out, ",\"lumpsum\":");
        appendDouble(out, entry.lumpsum);
    }
    if (service) {
        appendKey(out, ",\"lumpsum_services_amount\":");
        appendDouble(out, entry.lumpSumServicesAmount);
        appendKey(out, ",\"lumpsum_services_id\":");
        appendIdOrNull(out, entry.lumpSumServicesId);
    }
    appendPriceToSubprojects(out, entry);
    appendTextToUser(out, entry);
    out->append('}');
}

// From lumpsum_services_price to subprojects_name: the enhanced names and revenue, between them the ids.
void FakeEntryListWriter::appendPriceToSubprojects(QByteArray* out, const Entry& entry)
{
    const bool time = entry.type == FakeStore::TimeEntry;
    const bool value = entry.type == FakeStore::LumpSumValueEntry;
    const bool lumpSumService = entry.type == FakeStore::LumpSumServiceEntry;
    if (m_enhanced && lumpSumService) {
        appendKey(out, ",\"lumpsum_services_price\":");
        out->append(lumpSumServicePrice(entry.lumpSumServicesId));
    }
    appendKey(out, ",\"projects_id\":");
    appendIdOrNull(out, entry.projectsId);
    if (m_enhanced) {
        appendKey(out, ",\"projects_name\":");
        out->append(projectName(entry.projectsId));
    }
    if (m_enhanced && m_owner) {
        appendKey(out, ",\"revenue\":");
        appendDouble(out, FakeJson::revenue(m_store, entry, m_now));
    }
    if (time || value) {
        appendKey(out, ",\"services_id\":");
        appendIdOrNull(out, entry.servicesId);
    }
    if (m_enhanced && !lumpSumService) {
        appendKey(out, ",\"services_name\":");
        out->append(serviceName(entry.servicesId));
    }
    appendKey(out, ",\"subprojects_id\":");
    appendIdOrNull(out, entry.subprojectsId);
    if (m_enhanced)
        appendKey(out, ",\"subprojects_name\":null");
}

// From test_data to the end: text, the timestamps, type and user.
void FakeEntryListWriter::appendTextToUser(QByteArray* out, const Entry& entry)
{
    const bool time = entry.type == FakeStore::TimeEntry;
    appendKey(out, ",\"test_data\":false,\"text\":");
    if (entry.text.isEmpty())
        out->append("null", 4);
    else
        appendString(out, entry.text);
    appendKey(out, ",\"texts_id\":");
    appendIdOrNull(out, entry.textsId);
    if (time) {
        appendKey(out, ",\"time_clocked_since\":");
        appendTimestampOrNull(out, entry.clockedSince);
    }
    appendKey(out, ",\"time_insert\":");
    FakeJson::appendTimestamp(out, entry.inserted);
    appendKey(out, ",\"time_last_change\":");
    FakeJson::appendTimestamp(out, entry.lastChange);
    if (time) {
        appendKey(out, ",\"time_last_change_work_time\":");
        FakeJson::appendTimestamp(out, entry.lastChangeWorkTime);
    }
    appendKey(out, ",\"time_since\":");
    FakeJson::appendTimestamp(out, entry.since);
    appendKey(out, ",\"time_until\":");
    appendTimestampOrNull(out, entry.until);
    appendKey(out, ",\"type\":");
    appendInteger(out, entry.type);
    appendKey(out, ",\"users_id\":");
    appendInteger(out, entry.usersId);
    if (m_enhanced) {
        appendKey(out, ",\"users_name\":");
        if (entry.usersId == m_store.user().id)
            out->append(m_userName);
        else
            out->append("\"\"", 2);
    }
}

QByteArray FakeEntryListWriter::listBody(const QList<const Entry*>& entries, const QByteArray& pagingJson)
{
    QByteArray out;
    out.reserve(32 + pagingJson.size() + entries.size() * (m_enhanced ? 720 : 560));
    out.append("{\"entries\":[", 12);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendEntry(&out, *entries.at(i));
    }
    out.append("],\"paging\":", 11);
    out.append(pagingJson);
    out.append('}');
    return out;
}
