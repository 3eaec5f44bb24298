// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A project (/v4/projects).
class Project
{
public:
    qint64 id = 0;
    qint64 customersId = 0;
    QString name;
    QString number;
    bool active = true;
    bool billableDefault = false;
    bool completed = false;
    QDateTime completedAt;
    bool testData = false;
    int countSubprojects = 0;
    QList<qint64> serviceAssignments;

    // Offered in pickers for new time: active and not completed.
    bool isSelectable() const { return active && !completed; }

    static std::optional<Project> fromJson(const QJsonObject& object, const QString& path, QString* error);
    friend bool operator==(const Project&, const Project&) = default;
};

Q_DECLARE_METATYPE(Project)
