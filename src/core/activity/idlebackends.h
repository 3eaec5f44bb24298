// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

#include <QList>
#include <QPointer>

class Clock;

// The idle backends of this platform, tried in order: probe() asks them all, and the first that answers is the
// active one (name()); the idle time comes from it alone. Lock, sleep and shutdown are told by every backend that
// answered (logind and the screen saver may both be there), and the inhibitor comes from the first that can take one.
class IdleBackends : public IdleSource
{
    Q_OBJECT
public:
    // Takes the candidates (in the order they are tried) as its children.
    explicit IdleBackends(const QList<IdleSource*>& candidates, QObject* parent = nullptr);

    // This platform's candidates: on Linux Mutter, org.freedesktop.ScreenSaver, X11 (when built with
    // xcb-screensaver and on X11), logind (system bus); GetLastInputInfo on Windows; CGEventSource on macOS.
    static QList<IdleSource*> platformCandidates(Clock* clock = nullptr);

    // The active backend's name, empty before probe() answered or when none answered.
    QString name() const override;
    void probe() override;
    void requestIdleTime() override;
    void watchForActivity() override;
    void takeDelayInhibitor(const QString& what) override;
    void releaseInhibitor() override;
    bool holdsInhibitor() const override;
    bool canInhibit() const override;

    bool isProbed() const { return m_probed; }
    IdleSource* active() const { return m_active; }
    QList<IdleSource*> candidates() const { return m_candidates; }
    QList<IdleSource*> available() const { return m_available; }

    // What the last probe of any IdleBackends in this process found: the active backend's name, empty when none;
    // probed false until one answered. For the Settings page, which has no handle on the app's wiring.
    static QString processActiveName();
    static bool processProbed();

private:
    void onProbed(IdleSource* source, bool available);
    IdleSource* inhibitorSource() const;

    QList<IdleSource*> m_candidates;
    QList<IdleSource*> m_available;
    QList<IdleSource*> m_answered;
    QPointer<IdleSource> m_active;
    bool m_probed = false;
};
