// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeserver/fakeapi.h"

#include "fakeserver/fakejson.h"

namespace {

using Id = FakeMessages::Id;
using Parse = FakeRequest::Parse;

} // namespace

FakeApi::FakeApi(FakeStore& store, const FakeTimeSource& time)
    : m_store(store)
    , m_time(time)
{ }

// ---- error formats -------------------------------------------------------------------------------------

QJsonObject FakeApi::errorItem(const QString& type, const QString& message, const QString& path,
                               const QJsonValue& details)
{
    return QJsonObject {
        { QStringLiteral("type"), type },
        { QStringLiteral("message"), message },
        { QStringLiteral("path"), path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path) },
        { QStringLiteral("details"), details },
    };
}

FakeApi::Reply FakeApi::generalError(int status, const QJsonArray& errors)
{
    Reply reply;
    reply.status = status;
    reply.body.insert(QStringLiteral("errors"), errors);
    return reply;
}

FakeApi::Reply FakeApi::generalError(int status, const QString& type, const QString& message, const QString& path,
                                     const QJsonValue& details)
{
    return generalError(status, QJsonArray { errorItem(type, message, path, details) });
}

FakeApi::Reply FakeApi::simpleError(int status, const QString& message, const QStringList& fields)
{
    QJsonObject error {
        { QStringLiteral("code"), status },
        { QStringLiteral("message"), message },
    };
    if (!fields.isEmpty())
        error.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    Reply reply;
    reply.status = status;
    reply.body.insert(QStringLiteral("error"), error);
    return reply;
}

bool FakeApi::usesSimpleErrors(const QString& path)
{
    return path == QLatin1String("/api/v2/entries") || path.startsWith(QLatin1String("/api/v2/entries/"));
}

bool FakeApi::isBillableValue(qint64 value)
{
    return value == 0 || value == 1 || value == 2;
}

QString FakeApi::filterKey(const QString& name)
{
    return QStringLiteral("filter[") + name + QLatin1Char(']');
}

QJsonObject FakeApi::expectedValues(const QStringList& values)
{
    return QJsonObject { { QStringLiteral("expected_values"), QJsonArray::fromStringList(values) } };
}

QJsonObject FakeApi::notBetween(double minimum, double maximum)
{
    return QJsonObject {
        { QStringLiteral("min"), minimum },
        { QStringLiteral("max"), maximum },
        { QStringLiteral("inclusive"), true },
    };
}

QJsonObject FakeApi::fieldsDetails(const QStringList& fields)
{
    return QJsonObject { { QStringLiteral("fields"), QJsonArray::fromStringList(fields) } };
}

FakeApi::Reply FakeApi::dataReply(const QJsonValue& value)
{
    Reply reply;
    reply.body.insert(QStringLiteral("data"), value);
    return reply;
}

QJsonObject FakeApi::unexpectedValue(const FakeRequest& request, const QString& key, const QStringList& expected) const
{
    return errorItem(QStringLiteral("UnexpectedValue"),
                     text(Id::InvalidValue, request).arg(expected.join(QStringLiteral(", "))), key,
                     expectedValues(expected));
}

QJsonObject FakeApi::outOfRange(const FakeRequest& request, const QString& key, qint64 minimum, qint64 maximum) const
{
    return errorItem(QStringLiteral("NotBetween"), text(Id::NotBetween, request).arg(minimum).arg(maximum), key,
                     notBetween(double(minimum), double(maximum)));
}

// ---- shared checks -------------------------------------------------------------------------------------

QString FakeApi::text(FakeMessages::Id id, const FakeRequest& request) const
{
    return FakeMessages::text(id, request.language());
}

FakeApi::Reply FakeApi::notFound(const FakeRequest& request, const QString& path) const
{
    return generalError(404, QStringLiteral("ResourceNotFound"), text(Id::ResourceNotFound, request), path);
}

QJsonValue FakeApi::entryJson(const FakeStore::Entry* entry) const
{
    return FakeJson::entryOrNull(m_store, entry, now());
}

const FakeStore::Entry* FakeApi::visibleEntry(qint64 id) const
{
    const FakeStore::Entry* entry = m_store.entry(id);
    if (!entry)
        return nullptr;
    if (entry->usersId != me() && !isOwner())
        return nullptr;
    return entry;
}

bool FakeApi::checkUser(const FakeRequest& request, const QString& key, Reply* error) const
{
    qint64 usersId = 0;
    const Parse parse = request.integer(key, &usersId);
    if (parse == Parse::Missing || parse == Parse::Null || (parse == Parse::Ok && usersId == me()))
        return true;
    if (parse == Parse::Invalid) {
        *error = usesSimpleErrors(request.path())
            ? simpleError(400, text(Id::InvalidFields, request).arg(key), { key })
            : generalError(400, QJsonArray { unexpectedValue(request, key, { QStringLiteral("integer") }) });
        return false;
    }
    if (!isOwner())
        *error = generalError(403, QStringLiteral("Forbidden"), text(Id::Forbidden, request), key);
    else
        *error = notFound(request, key);
    return false;
}

bool FakeApi::readId(const FakeRequest& request, const QString& key, bool required, qint64* value,
                     QJsonArray* errors) const
{
    qint64 id = 0;
    switch (request.integer(key, &id)) {
    case Parse::Ok:
        if (id >= (required ? 1 : 0)) {
            *value = id;
            return true;
        }
        break;
    case Parse::Missing:
    case Parse::Null:
        *value = 0;
        if (!required)
            return true;
        errors->append(errorItem(QStringLiteral("Empty"), text(Id::Required, request), key));
        return false;
    case Parse::Invalid:
        break;
    }
    *value = 0;
    errors->append(unexpectedValue(request, key, { QStringLiteral("integer") }));
    return false;
}
