// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>

#include <optional>

// The "paging" object of every list answer.
class Paging
{
public:
    int itemsPerPage = 0;
    int currentPage = 1;
    int countPages = 1;
    int countItems = 0;

    // True when another page follows (an empty result may say 0 or 1 pages).
    bool hasNextPage() const { return currentPage < countPages; }

    static std::optional<Paging> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const Paging&, const Paging&) = default;
};

Q_DECLARE_METATYPE(Paging)
