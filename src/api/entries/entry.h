// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One Clockodo entry (/v2/entries): a time entry, a lump-sum value or a lump-sum service.
// A running clock is a time entry without time_until.
class Entry
{
public:
    enum class Type
    {
        Time = 1,
        LumpSumValue = 2,
        LumpSumService = 3
    };
    enum Billable
    {
        NotBillable = 0,
        IsBillable = 1,
        Billed = 2
    };
    // Clockodo's maximum length of a time entry: 23:59:59 h (the stopwatch, the entry dialog).
    static constexpr qint64 MaxDurationSeconds = 86399;

    qint64 id = 0;
    Type type = Type::Time;
    qint64 customersId = 0;
    std::optional<qint64> projectsId;
    std::optional<qint64> subprojectsId;
    std::optional<qint64> servicesId;
    std::optional<qint64> lumpSumServicesId;
    std::optional<qint64> textsId;
    qint64 usersId = 0;
    int billable = NotBillable;
    QString text;
    QDateTime timeSince;
    QDateTime timeUntil; // invalid: the clock runs
    QDateTime timeInsert;
    QDateTime timeLastChange;
    QDateTime timeLastChangeWorkTime;
    QDateTime timeClockedSince;
    std::optional<qint64> duration; // seconds; null while running
    bool clocked = false;
    bool clockedOffline = false;
    bool testData = false;
    std::optional<double> lumpSum;
    std::optional<double> lumpSumServicesAmount;
    std::optional<double> lumpSumServicesPrice;
    std::optional<double> hourlyRate;
    std::optional<double> revenue;
    // enhanced list only
    QString customersName;
    QString projectsName;
    QString subprojectsName;
    QString servicesName;
    QString lumpSumServicesName;
    QString usersName;

    bool isRunning() const { return type == Type::Time && !timeUntil.isValid(); }
    // Seconds worked, for a running entry up to `now`.
    qint64 durationAt(const QDateTime& now) const;

    static std::optional<Entry> fromJson(const QJsonObject& object, const QString& path, QString* error);
    // The body of POST /v2/entries for this entry's type.
    QJsonObject toCreateJson() const;
    // The body of PUT /v2/entries/{id}: only the writable fields that differ between the two.
    static QJsonObject changes(const Entry& before, const Entry& after);

    friend bool operator==(const Entry&, const Entry&) = default;
};

// Every member is a Qt value or trivially copyable: lists of entries move by memmove when they grow.
Q_DECLARE_TYPEINFO(Entry, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Entry)
