// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QString>

// Draws the tray icon: the SVGs in :/icons/tray-*.svg, coloured for the palette (outline = window text, halo =
// window, so the icon stays readable on light and dark panels) and, while running, filled with the customer's
// Clockodo colour and the progress of the current hour as a pie. Rendered for several sizes so the icon stays
// crisp at any scale. No QObject; cheap to copy.
class TrayIconPainter
{
public:
    enum class State
    {
        Stopped,
        Running,
    };
    enum class Badge
    {
        None,
        Offline, // no connection, rate-limited
        Error, // signed out, server error
    };

    struct Look
    {
        State state = State::Stopped;
        Badge badge = Badge::None;
        int customerColor = 0; // 1..9; 0 = the palette's highlight
        double hourProgress = 0.0; // 0..1: the part of the current hour the clock has run

        // Identifies a look: the icon is only handed to the tray again when this changes.
        QString key() const;
        friend bool operator==(const Look&, const Look&) = default;
    };

    explicit TrayIconPainter(const QPalette& palette = QPalette());

    void setPalette(const QPalette& palette) { m_palette = palette; }
    const QPalette& palette() const { return m_palette; }

    QIcon icon(const Look& look) const;
    QPixmap pixmap(const Look& look, int size) const;

    // Clockodo's customer colours 1..9 (BloodOrange, Sunflower, LightGreen, Caribbean, Sky, BrandBlue, BluePurple,
    // Magenta, ChewingGum); an invalid QColor for anything else.
    static QColor customerColor(int index);
    // The pixel sizes the icon is rendered in.
    static QList<int> sizes();

private:
    QColor accent(const Look& look) const;
    QByteArray svg(const QString& name, const QColor& accentColor) const;
    static QByteArray onlyGroups(const QByteArray& svg, const QStringList& ids);

    QPalette m_palette;
};
