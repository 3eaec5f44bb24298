// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

// Windows: GetLastInputInfo (the tick of the last input) against GetTickCount. Compiled only on Windows; written
// but never run in this project's tests (README, "Idle and lock").
class WindowsIdleSource : public IdleSource
{
    Q_OBJECT
public:
    explicit WindowsIdleSource(QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("GetLastInputInfo"); }
    void probe() override;
    void requestIdleTime() override;
};
