// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QString>

// Draws the tray icon: the SVGs in :/icons/tray-*.svg and, while running, the customer's Clockodo colour with the
// progress of the current hour as a pie; offline and error add a badge (dots or "!" cut out of a disc). Rendered for
// several sizes so the icon stays crisp at any scale. No QObject; cheap to copy.
//
// Readable on any panel: a tray cannot tell the panel's colour (an XEmbed tray paints its own background), so every
// colour the icon draws with is a tone whose WCAG contrast is at least 3:1 against a light panel (white, #F0F0F0)
// and a dark one (#1F1F1F) alike: a relative luminance between LightPanelLuminance and DarkPanelLuminance
// (inkColor()). Within that band the palette picks the variant: a little lighter when the panel is probably dark
// (panelIsDark()), a little darker when it is light. The symbolic style (desktops that expect monochrome status
// icons, desktopStyle()) draws everything in the one neutral ink, without the customer's colour.
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
    enum class Style
    {
        Colour, // the customer's colour while running, a red error badge
        Symbolic, // one neutral ink for everything
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

    // The relative luminances an ink must lie between for 3:1 against both panels (with a margin):
    // (0.871 + 0.05) / (L + 0.05) >= 3 for #F0F0F0 and (L + 0.05) / (0.0137 + 0.05) >= 3 for #1F1F1F.
    static constexpr double MinInkLuminance = 0.15;
    static constexpr double MaxInkLuminance = 0.24;

    explicit TrayIconPainter(const QPalette& palette = QPalette(), Style style = desktopStyle());

    void setPalette(const QPalette& palette) { m_palette = palette; }
    const QPalette& palette() const { return m_palette; }
    void setStyle(Style style) { m_style = style; }
    Style style() const { return m_style; }

    QIcon icon(const Look& look) const;
    QPixmap pixmap(const Look& look, int size) const;

    // Clockodo's customer colours 1..9 (BloodOrange, Sunflower, LightGreen, Caribbean, Sky, BrandBlue, BluePurple,
    // Magenta, ChewingGum); an invalid QColor for anything else.
    static QColor customerColor(int index);
    // The pixel sizes the icon is rendered in.
    static QList<int> sizes();

    // The panel is probably dark: the palette's window is darker than its text (Qt 6.4 has no colour-scheme hint).
    static bool panelIsDark(const QPalette& palette);
    // The style the desktop expects: Symbolic where status icons are monochrome (GNOME, KDE Plasma: from
    // XDG_CURRENT_DESKTOP), else Colour.
    static Style desktopStyle();
    static Style styleForDesktop(const QByteArray& xdgCurrentDesktop);
    // WCAG 2 relative luminance (0..1) and contrast ratio (1..21).
    static double relativeLuminance(const QColor& color);
    static double contrast(const QColor& a, const QColor& b);
    // color moved (hue and saturation kept) to the ink luminance for this palette's panel.
    QColor inkColor(const QColor& color) const;

private:
    QColor accent(const Look& look) const;
    QColor neutral() const;
    QByteArray svg(const QString& name, const QColor& ink, const QColor& accentColor) const;
    void paintBadge(QPainter* painter, Badge badge, double scale) const;
    static QByteArray onlyGroups(const QByteArray& svg, const QStringList& ids);

    QPalette m_palette;
    Style m_style = Style::Colour;
};
