// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

// macOS: CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateCombinedSessionState, kCGAnyInputEventType).
// Compiled only on macOS; written but never run in this project's tests (README, "Idle and lock").
class MacIdleSource : public IdleSource
{
    Q_OBJECT
public:
    explicit MacIdleSource(QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("CGEventSourceSecondsSinceLastEventType"); }
    void probe() override;
    void requestIdleTime() override;
};
