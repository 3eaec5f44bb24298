// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/entries/entrypagereader.h"

#include "api/transport/apitime.h"

#include <QJsonValue>

#include <array>
#include <charconv>
#include <cstring>
#include <string_view>

namespace {

// The fields Entry::fromJson reads, in the order of their keys (the order QJsonDocument writes and the API sends).
enum Field : int
{
    Billable,
    Clocked,
    ClockedOffline,
    CustomersId,
    CustomersName,
    Duration,
    HourlyRate,
    Id,
    LumpSum,
    LumpSumServicesAmount,
    LumpSumServicesId,
    LumpSumServicesName,
    LumpSumServicesPrice,
    ProjectsId,
    ProjectsName,
    Revenue,
    ServicesId,
    ServicesName,
    SubprojectsId,
    SubprojectsName,
    TestData,
    Text,
    TextsId,
    TimeClockedSince,
    TimeInsert,
    TimeLastChange,
    TimeLastChangeWorkTime,
    TimeSince,
    TimeUntil,
    Type,
    UsersId,
    UsersName,
    FieldCount
};

constexpr std::array<std::string_view, FieldCount> Keys { "billable",
                                                          "clocked",
                                                          "clocked_offline",
                                                          "customers_id",
                                                          "customers_name",
                                                          "duration",
                                                          "hourly_rate",
                                                          "id",
                                                          "lumpsum",
                                                          "lumpsum_services_amount",
                                                          "lumpsum_services_id",
                                                          "lumpsum_services_name",
                                                          "lumpsum_services_price",
                                                          "projects_id",
                                                          "projects_name",
                                                          "revenue",
                                                          "services_id",
                                                          "services_name",
                                                          "subprojects_id",
                                                          "subprojects_name",
                                                          "test_data",
                                                          "text",
                                                          "texts_id",
                                                          "time_clocked_since",
                                                          "time_insert",
                                                          "time_last_change",
                                                          "time_last_change_work_time",
                                                          "time_since",
                                                          "time_until",
                                                          "type",
                                                          "users_id",
                                                          "users_name" };

// The fields without which Entry::fromJson refuses an entry.
constexpr quint64 Required = (quint64(1) << Id) | (quint64(1) << Type) | (quint64(1) << CustomersId)
    | (quint64(1) << UsersId) | (quint64(1) << TimeSince);

// Nesting of unknown values this reader follows (QJsonDocument allows more; deeper ones go the usual way).
constexpr int MaxDepth = 32;
// An integer of at most 15 digits is exact as an IEEE double, as JsonReader requires of ids (|n| <= 2^53 - 1).
constexpr qsizetype MaxIntegerDigits = 15;
// A decimal fraction without exponent up to this length reads the same in every correctly rounding parser.
constexpr qsizetype MaxDecimalLength = 24;

// The bytes that end a run of ordinary characters in a string: the quote, the backslash, controls, non-ASCII.
constexpr std::array<bool, 256> EndsOrdinaryRun = [] {
    std::array<bool, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
    return table;
}();

bool equals(QByteArrayView a, std::string_view b)
{
    return size_t(a.size()) == b.size() && std::memcmp(a.data(), b.data(), b.size()) == 0;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at raw[at], or -1.
int hex4(QByteArrayView raw, qsizetype at)
{
    if (at + 4 > raw.size())
        return -1;
    int code = 0;
    for (qsizetype k = at; k < at + 4; ++k) {
        const int h = hexValue(raw[k]);
        if (h < 0)
            return -1;
        code = code * 16 + h;
    }
    return code;
}

void appendUtf8(QByteArray* out, char32_t c)
{
    if (c < 0x80) {
        out->append(char(c));
    } else if (c < 0x800) {
        out->append(char(0xC0 | (c >> 6)));
        out->append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->append(char(0xE0 | (c >> 12)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    } else {
        out->append(char(0xF0 | (c >> 18)));
        out->append(char(0x80 | ((c >> 12) & 0x3F)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    }
}

// The text of a JSON string's raw content (between the quotes), as QJsonDocument reads it. Refused: escapes of
// U+FFFD and above, surrogates not in pairs, and a result with U+FFFD (what QString makes of invalid UTF-8).
bool decode(QByteArrayView raw, bool plain, QString* text)
{
    if (plain) {
        *text = QString::fromLatin1(raw.data(), raw.size());
        return true;
    }
    if (std::memchr(raw.data(), '\\', size_t(raw.size())) == nullptr) {
        *text = QString::fromUtf8(raw.data(), raw.size());
        return !text->contains(QChar(QChar::ReplacementCharacter));
    }
    QByteArray utf8;
    utf8.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            utf8.append(c);
            continue;
        }
        const char escaped = raw[++i]; // rawString guarantees a character after each backslash
        switch (escaped) {
        case '"':
        case '\\':
        case '/':
            utf8.append(escaped);
            break;
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            const int code = hex4(raw, i + 1);
            i += 4;
            if (code >= 0xDC00 && code <= 0xDFFF)
                return false; // a low surrogate without its high one
            if (code < 0xD800 || code > 0xDBFF) {
                if (code < 0 || code >= 0xFFFD)
                    return false;
                appendUtf8(&utf8, char32_t(code));
                break;
            }
            // A high surrogate: only with its low one ("\ud83d\ude42"), the character they make.
            const int low = i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' ? hex4(raw, i + 3) : -1;
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            appendUtf8(&utf8, 0x10000 + ((char32_t(code) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
            i += 6;
            break;
        }
        default:
            return false;
        }
    }
    *text = QString::fromUtf8(utf8);
    return !text->contains(QChar(QChar::ReplacementCharacter));
}

} // namespace

EntryPageReader::EntryPageReader(const QByteArray& body)
    : m_at(body.constData())
    , m_end(body.constData() + body.size())
{ }

std::optional<QList<Entry>> EntryPageReader::read(const QByteArray& body, QJsonObject* root)
{
    EntryPageReader reader(body);
    QList<Entry> entries;
    QJsonObject rest;
    if (!reader.readRoot(&entries, &rest))
        return std::nullopt;
    *root = rest;
    return entries;
}

bool EntryPageReader::readRoot(QList<Entry>* entries, QJsonObject* root)
{
    if (!consume('{'))
        return false;
    bool haveEntries = false;
    bool havePaging = false;
    for (bool more = true; more;) {
        QByteArrayView name;
        if (!key(&name))
            return false;
        if (equals(name, "entries")) {
            if (haveEntries || !readEntries(entries))
                return false;
            haveEntries = true;
        } else if (equals(name, "paging")) {
            QJsonObject paging;
            if (havePaging || !readFlatObject(&paging))
                return false;
            havePaging = true;
            root->insert(QLatin1String("paging"), paging);
        } else if (!skipValue(0)) {
            return false;
        }
        if (!next('}', &more))
            return false;
    }
    skipSpace();
    return haveEntries && m_at == m_end;
}

bool EntryPageReader::readEntries(QList<Entry>* entries)
{
    if (!consume('['))
        return false;
    skipSpace();
    if (consume(']'))
        return true;
    for (bool more = true; more;) {
        if (!readEntry(&entries->emplace_back()) || !next(']', &more))
            return false;
    }
    return true;
}

bool EntryPageReader::readEntry(Entry* entry)
{
    if (!consume('{'))
        return false;
    quint64 seen = 0;
    for (bool more = true; more;) {
        QByteArrayView name;
        if (!key(&name))
            return false;
        int field = -1;
        if (m_hint < FieldCount && equals(name, Keys[m_hint])) {
            field = m_hint;
        } else {
            for (int i = 0; i < FieldCount && field < 0; ++i) {
                if (equals(name, Keys[i]))
                    field = i;
            }
        }
        if (field < 0) {
            if (!skipValue(0))
                return false;
        } else {
            m_hint = field + 1;
            skipSpace();
            if ((seen & (quint64(1) << field)) || !readField(field, entry))
                return false;
            seen |= quint64(1) << field;
        }
        if (!next('}', &more))
            return false;
    }
    m_hint = 0;
    if ((seen & Required) != Required)
        return false;
    // Entry::fromJson refuses a time entry that ends before it starts.
    return !(entry->type == Entry::Type::Time && entry->timeUntil.isValid() && entry->timeUntil < entry->timeSince);
}

bool EntryPageReader::readField(int field, Entry* e)
{
    switch (Field(field)) {
    case Id:
        return integer(&e->id);
    case Type: {
        qint64 type = 0;
        if (!integer(&type) || type < 1 || type > 3)
            return false;
        e->type = static_cast<Entry::Type>(type);
        return true;
    }
    case CustomersId:
        return integer(&e->customersId);
    case ProjectsId:
        return optionalInteger(&e->projectsId);
    case SubprojectsId:
        return optionalInteger(&e->subprojectsId);
    case ServicesId:
        return optionalInteger(&e->servicesId);
    case LumpSumServicesId:
        return optionalInteger(&e->lumpSumServicesId);
    case TextsId:
        return optionalInteger(&e->textsId);
    case UsersId:
        return integer(&e->usersId);
    case Billable: {
        std::optional<qint64> billable;
        if (!optionalInteger(&billable))
            return false;
        e->billable = static_cast<int>(billable.value_or(0));
        return true;
    }
    case Text:
        return optionalString(&e->text);
    case TimeSince:
        return dateTime(&e->timeSince, false);
    case TimeUntil:
        return dateTime(&e->timeUntil, true);
    case TimeInsert:
        return dateTime(&e->timeInsert, true);
    case TimeLastChange:
        return dateTime(&e->timeLastChange, true);
    case TimeLastChangeWorkTime:
        return dateTime(&e->timeLastChangeWorkTime, true);
    case TimeClockedSince:
        return dateTime(&e->timeClockedSince, true);
    case Duration:
        return optionalInteger(&e->duration);
    case Clocked:
        return boolean(&e->clocked);
    case ClockedOffline:
        return boolean(&e->clockedOffline);
    case TestData:
        return boolean(&e->testData);
    case LumpSum:
        return optionalNumber(&e->lumpSum);
    case LumpSumServicesAmount:
        return optionalNumber(&e->lumpSumServicesAmount);
    case LumpSumServicesPrice:
        return optionalNumber(&e->lumpSumServicesPrice);
    case HourlyRate:
        return optionalNumber(&e->hourlyRate);
    case Revenue:
        return optionalNumber(&e->revenue);
    case CustomersName:
        return optionalString(&e->customersName);
    case ProjectsName:
        return optionalString(&e->projectsName);
    case SubprojectsName:
        return optionalString(&e->subprojectsName);
    case ServicesName:
        return optionalString(&e->servicesName);
    case LumpSumServicesName:
        return optionalString(&e->lumpSumServicesName);
    case UsersName:
        return optionalString(&e->usersName);
    case FieldCount:
        break;
    }
    return false;
}

// An object of plain values (integers, strings, booleans, null), such as "paging".
bool EntryPageReader::readFlatObject(QJsonObject* object)
{
    if (!consume('{'))
        return false;
    skipSpace();
    if (consume('}'))
        return true;
    for (bool more = true; more;) {
        QByteArrayView name;
        if (!key(&name))
            return false;
        const QString member = QString::fromLatin1(name.data(), name.size());
        if (object->contains(member))
            return false;
        skipSpace();
        if (m_at >= m_end)
            return false;
        QJsonValue value;
        if (*m_at == 'n') {
            if (!literal("null"))
                return false;
            value = QJsonValue(QJsonValue::Null);
        } else if (*m_at == 't' || *m_at == 'f') {
            bool b = false;
            if (!boolean(&b))
                return false;
            value = b;
        } else if (*m_at == '"') {
            QString text;
            if (!string(&text))
                return false;
            value = text;
        } else {
            qint64 n = 0;
            if (!integer(&n))
                return false;
            value = n;
        }
        object->insert(member, value);
        if (!next('}', &more))
            return false;
    }
    return true;
}

bool EntryPageReader::skipValue(int depth)
{
    skipSpace();
    if (m_at >= m_end)
        return false;
    const char c = *m_at;
    if (c == '"') {
        QString text;
        return string(&text);
    }
    if (c == '{' || c == '[') {
        if (depth >= MaxDepth)
            return false;
        ++m_at;
        const char close = c == '{' ? '}' : ']';
        skipSpace();
        if (consume(close))
            return true;
        for (bool more = true; more;) {
            if (c == '{') {
                QString name;
                skipSpace();
                if (!string(&name) || !consume(':'))
                    return false;
            }
            if (!skipValue(depth + 1) || !next(close, &more))
                return false;
        }
        return true;
    }
    if (c == 't')
        return literal("true");
    if (c == 'f')
        return literal("false");
    if (c == 'n')
        return literal("null");
    QByteArrayView token;
    bool integral = false;
    if (!numberToken(&token, &integral))
        return false;
    const qsizetype digitCount = token.size() - (token.front() == '-' ? 1 : 0);
    return integral ? digitCount <= MaxIntegerDigits : token.size() <= MaxDecimalLength;
}

void EntryPageReader::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool EntryPageReader::consume(char c)
{
    skipSpace();
    if (m_at >= m_end || *m_at != c)
        return false;
    ++m_at;
    return true;
}

bool EntryPageReader::next(char close, bool* more)
{
    skipSpace();
    if (m_at < m_end && (*m_at == ',' || *m_at == close)) {
        *more = *m_at == ',';
        ++m_at;
        return true;
    }
    return false;
}

// A member's name (plain ASCII, no escapes: nothing else is a name this reader knows) and the colon after it.
bool EntryPageReader::key(QByteArrayView* name)
{
    skipSpace();
    bool plain = false;
    return rawString(name, &plain) && plain && consume(':');
}

bool EntryPageReader::literal(QByteArrayView word)
{
    if (m_end - m_at < word.size() || std::memcmp(m_at, word.data(), size_t(word.size())) != 0)
        return false;
    m_at += word.size();
    return true;
}

// The raw content of the string at m_at; plain: ASCII without escapes. Control characters are refused.
bool EntryPageReader::rawString(QByteArrayView* raw, bool* plain)
{
    if (m_at >= m_end || *m_at != '"')
        return false;
    const char* start = ++m_at;
    bool simple = true;
    while (m_at < m_end) {
        while (m_at < m_end && !EndsOrdinaryRun[static_cast<unsigned char>(*m_at)])
            ++m_at;
        if (m_at >= m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            *raw = QByteArrayView(start, m_at - start);
            *plain = simple;
            ++m_at;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (++m_at >= m_end)
                return false;
            simple = false;
        } else if (c >= 0x80) {
            simple = false;
        }
        ++m_at;
    }
    return false;
}

bool EntryPageReader::string(QString* text)
{
    QByteArrayView raw;
    bool plain = false;
    return rawString(&raw, &plain) && decode(raw, plain, text);
}

bool EntryPageReader::optionalString(QString* text)
{
    if (m_at < m_end && *m_at == 'n')
        return literal("null");
    return string(text);
}

// A number as JSON writes it; integral: without fraction and exponent.
bool EntryPageReader::numberToken(QByteArrayView* token, bool* integral)
{
    const char* start = m_at;
    if (m_at < m_end && *m_at == '-')
        ++m_at;
    if (m_at >= m_end || !isDigit(*m_at))
        return false;
    if (*m_at++ != '0') {
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    *integral = true;
    if (m_at < m_end && *m_at == '.') {
        *integral = false;
        if (++m_at >= m_end || !isDigit(*m_at))
            return false;
        while (m_at < m_end && isDigit(*m_at))
            ++m_at;
    }
    if (m_at < m_end && (*m_at == 'e' || *m_at == 'E'))
        return false; // an exponent: left to Qt
    *token = QByteArrayView(start, m_at - start);
    return true;
}

bool EntryPageReader::integer(qint64* value)
{
    QByteArrayView token;
    bool integral = false;
    if (!numberToken(&token, &integral) || !integral)
        return false;
    const bool negative = token.front() == '-';
    const QByteArrayView digitsOnly = negative ? token.sliced(1) : token;
    if (digitsOnly.size() > MaxIntegerDigits || (negative && equals(digitsOnly, "0")))
        return false;
    qint64 n = 0;
    for (const char c : digitsOnly)
        n = n * 10 + (c - '0');
    *value = negative ? -n : n;
    return true;
}

bool EntryPageReader::optionalInteger(std::optional<qint64>* value)
{
    if (m_at < m_end && *m_at == 'n')
        return literal("null");
    qint64 n = 0;
    if (!integer(&n))
        return false;
    *value = n;
    return true;
}

bool EntryPageReader::optionalNumber(std::optional<double>* value)
{
    if (m_at < m_end && *m_at == 'n')
        return literal("null");
    const char* start = m_at;
    QByteArrayView token;
    bool integral = false;
    if (!numberToken(&token, &integral))
        return false;
    if (integral) {
        m_at = start;
        qint64 n = 0;
        if (!integer(&n))
            return false;
        *value = double(n);
        return true;
    }
    if (token.size() > MaxDecimalLength)
        return false;
    double d = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), d);
    if (error != std::errc() || end != token.data() + token.size())
        return false;
    *value = d;
    return true;
}

// JsonReader::boolean: true, false, 0, 1; null is false.
bool EntryPageReader::boolean(bool* value)
{
    if (m_at >= m_end)
        return false;
    switch (*m_at) {
    case 't':
        *value = true;
        return literal("true");
    case 'f':
        *value = false;
        return literal("false");
    case 'n':
        *value = false;
        return literal("null");
    default:
        break;
    }
    qint64 n = 0;
    if (!integer(&n) || (n != 0 && n != 1))
        return false;
    *value = n == 1;
    return true;
}

bool EntryPageReader::dateTime(QDateTime* value, bool optional)
{
    if (optional && m_at < m_end && *m_at == 'n')
        return literal("null");
    QByteArrayView raw;
    bool plain = false;
    if (!rawString(&raw, &plain))
        return false;
    if (plain) {
        *value = ApiTime::parse(QLatin1String(raw.data(), raw.size()));
    } else {
        QString text;
        if (!decode(raw, false, &text))
            return false;
        *value = ApiTime::parse(text);
    }
    return value->isValid();
}
