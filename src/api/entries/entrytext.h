// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// A stored description text (/v3/entriesTexts), offered for autocompletion.
class EntryText
{
public:
    qint64 id = 0;
    QString label;
    QString value;

    static std::optional<EntryText> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const EntryText&, const EntryText&) = default;
};

Q_DECLARE_METATYPE(EntryText)
