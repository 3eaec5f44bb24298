// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>

// Qt's own notification balloon (QBalloonTip, shown by QSystemTrayIcon::showMessage on an XEmbed tray) leaves
// pixmaps in the global QPixmapCache with every message that nothing looks up again: the balloon sets a palette of
// its own (a new palette cache key each time, so new Fusion button panels) and takes a new close icon from the style
// (a new pixmap, so new scaled copies). They stay until QPixmapCache's 10 MB limit evicts them: ~1.5 kB of heap per
// message plus the fragmentation they cause (issue 16, the start/stop soak). watchBalloons() finds the balloon
// among the top-level widgets; when it is gone, QPixmapCache is emptied (the tray icons are cached elsewhere,
// TrayIconCache; whatever else was in it is rendered again on its next paint). Not reachable from here: Qt 6.4's
// cache keeps the string keys of those pixmaps (~0.45 kB per balloon shown, heaptrack) after they are evicted or
// cleared. No balloon (a StatusNotifierItem tray, notifications over D-Bus): nothing happens.
class BalloonCacheTrimmer : public QObject
{
    Q_OBJECT
public:
    explicit BalloonCacheTrimmer(QObject* parent = nullptr);

    // Balloons being watched and times QPixmapCache was emptied; for tests.
    qsizetype watchedBalloons() const { return m_watched.size(); }
    int trims() const { return m_trims; }

public slots:
    // Call after QSystemTrayIcon::showMessage (e.g. queued on TrayController::noticed).
    void watchBalloons();

private:
    void trim();

    QSet<QObject*> m_watched;
    int m_trims = 0;
};
