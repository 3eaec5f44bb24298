// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/trayiconpainter.h"

#include <QByteArrayList>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace {

// The placeholder colours of the SVG files.
const QByteArray s_foreground = QByteArrayLiteral("#010203");
const QByteArray s_accent = QByteArrayLiteral("#040506");

// The error badge's red (before it is moved to the ink luminance).
const QColor s_errorRed(0xd9, 0x30, 0x25);

QByteArray rawSvg(const QString& name)
{
    static QHash<QString, QByteArray> s_cache;
    auto it = s_cache.find(name);
    if (it == s_cache.end()) {
        QFile file(QStringLiteral(":/icons/tray-%1.svg").arg(name));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly))
            data = file.readAll();
        it = s_cache.insert(name, data);
    }
    return *it;
}

QByteArray hex(const QColor& color)
{
    return color.name(QColor::HexRgb).toLatin1();
}

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QString TrayIconPainter::Look::key() const
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(int(state))
        .arg(int(badge))
        .arg(customerColor)
        .arg(qRound(hourProgress * 60));
}

TrayIconPainter::TrayIconPainter(const QPalette& palette, Style style)
    : m_palette(palette)
    , m_style(style)
{ }

bool TrayIconPainter::panelIsDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

TrayIconPainter::Style TrayIconPainter::desktopStyle()
{
    return styleForDesktop(qgetenv("XDG_CURRENT_DESKTOP"));
}

TrayIconPainter::Style TrayIconPainter::styleForDesktop(const QByteArray& xdgCurrentDesktop)
{
    // A colon-separated list ("ubuntu:GNOME", "KDE").
    for (const QByteArray& name : xdgCurrentDesktop.split(':')) {
        const QByteArray lower = name.trimmed().toLower();
        if (lower == "gnome" || lower == "kde")
            return Style::Symbolic;
    }
    return Style::Colour;
}

double TrayIconPainter::relativeLuminance(const QColor& color)
{
    const QColor c = color.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double TrayIconPainter::contrast(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor TrayIconPainter::inkColor(const QColor& color) const
{
    // A little lighter on a dark panel, a little darker on a light one; 3:1 against both either way.
    const double target = panelIsDark(m_palette) ? MaxInkLuminance - 0.02 : MinInkLuminance + 0.02;
    const QColor hsl = color.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    float low = 0.0F;
    float high = 1.0F;
    for (int i = 0; i < 24; ++i) { // luminance grows with HSL lightness
        const float mid = (low + high) / 2;
        if (relativeLuminance(QColor::fromHslF(hue, saturation, mid)) < target)
            low = mid;
        else
            high = mid;
    }
    return QColor::fromHslF(hue, saturation, (low + high) / 2).toRgb();
}

QColor TrayIconPainter::neutral() const
{
    // The theme's text colour (its hue, if it has one) at the ink luminance.
    return inkColor(m_palette.color(QPalette::WindowText));
}

QColor TrayIconPainter::customerColor(int index)
{
    // Approximations of Clockodo's named colours (the API only names them).
    static const QColor s_colors[] = {
        QColor(0xe4, 0x57, 0x2e), // 1 BloodOrange
        QColor(0xf2, 0xb1, 0x1b), // 2 Sunflower
        QColor(0x7c, 0xc2, 0x4a), // 3 LightGreen
        QColor(0x1b, 0xb0, 0xa3), // 4 Caribbean
        QColor(0x3d, 0xa5, 0xe0), // 5 Sky
        QColor(0x2f, 0x6b, 0xd8), // 6 BrandBlue
        QColor(0x72, 0x5c, 0xd6), // 7 BluePurple
        QColor(0xc9, 0x3c, 0xb0), // 8 Magenta
        QColor(0xef, 0x7a, 0xa8), // 9 ChewingGum
    };
    if (index < 1 || index > 9)
        return QColor();
    return s_colors[index - 1];
}

QList<int> TrayIconPainter::sizes()
{
    return { 16, 22, 24, 32, 44, 48, 64, 96, 128 };
}

QColor TrayIconPainter::accent(const Look& look) const
{
    if (m_style == Style::Symbolic)
        return neutral();
    const QColor customer = customerColor(look.customerColor);
    return inkColor(customer.isValid() ? customer : m_palette.color(QPalette::Highlight));
}

QByteArray TrayIconPainter::svg(const QString& name, const QColor& ink, const QColor& accentColor) const
{
    QByteArray data = rawSvg(name);
    data.replace(s_foreground, hex(ink));
    data.replace(s_accent, hex(accentColor));
    return data;
}

void TrayIconPainter::paintBadge(QPainter* painter, Badge badge, double scale) const
{
    if (badge == Badge::None)
        return;
    // A gap between the badge and the clock: the panel shows through (cleared, not painted).
    const QPointF centre(47 * scale, 49 * scale);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setCompositionMode(QPainter::CompositionMode_Clear);
    painter->setBrush(Qt::black);
    painter->drawEllipse(centre, 16 * scale, 16 * scale);
    painter->setCompositionMode(QPainter::CompositionMode_SourceOver);
    // The disc with its mark cut out, so the mark has the panel's colour and the disc's contrast.
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addEllipse(centre, 13.5 * scale, 13.5 * scale);
    if (badge == Badge::Offline) {
        for (double dx : { -6.5, 0.0, 6.5 })
            path.addEllipse(QPointF((47 + dx) * scale, 49 * scale), 2.9 * scale, 2.9 * scale);
    } else {
        path.addRoundedRect(QRectF(44.6 * scale, 38.5 * scale, 4.8 * scale, 13 * scale), 2.4 * scale, 2.4 * scale);
        path.addEllipse(QPointF(47 * scale, 56.8 * scale), 2.8 * scale, 2.8 * scale);
    }
    const bool red = badge == Badge::Error && m_style == Style::Colour;
    painter->setBrush(red ? inkColor(s_errorRed) : neutral());
    painter->drawPath(path);
    painter->restore();
}

QByteArray TrayIconPainter::onlyGroups(const QByteArray& svg, const QStringList& ids)
{
    // Keeps the <svg> element and the top-level groups named in ids (the files keep each part in one
    // top-level <g id="…"> … </g> without nested groups of the same depth being named).
    const int open = svg.indexOf("<svg");
    const int openEnd = svg.indexOf('>', open);
    if (open < 0 || openEnd < 0)
        return svg;
    QByteArray result = svg.left(openEnd + 1);
    for (const QString& id : ids) {
        const QByteArray marker = "<g id=\"" + id.toLatin1() + "\"";
        const int start = svg.indexOf(marker);
        if (start < 0)
            continue;
        // Find the matching </g>.
        int depth = 0;
        int pos = start;
        while (pos < svg.size()) {
            const int nextOpen = svg.indexOf("<g", pos + 1);
            const int nextClose = svg.indexOf("</g>", pos + 1);
            if (nextClose < 0)
                break;
            if (nextOpen >= 0 && nextOpen < nextClose) {
                ++depth;
                pos = nextOpen;
            } else {
                if (depth == 0) {
                    result += svg.mid(start, nextClose + 4 - start);
                    break;
                }
                --depth;
                pos = nextClose;
            }
        }
    }
    result += "</svg>";
    return result;
}

QPixmap TrayIconPainter::pixmap(const Look& look, int size) const
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bounds(0, 0, size, size);
    const double scale = size / 64.0;
    const QColor accentColor = accent(look);
    const QColor ink = neutral();

    const auto render = [&](const QByteArray& data) {
        QSvgRenderer renderer(data);
        if (renderer.isValid())
            renderer.render(&painter, bounds);
        return renderer.isValid();
    };

    if (look.state == State::Running) {
        const QByteArray running = svg(QStringLiteral("running"), ink, accentColor);
        render(onlyGroups(running, { QStringLiteral("face") }));
        // The current hour: a pie from twelve o'clock, clockwise.
        const double progress = std::clamp(look.hourProgress, 0.0, 1.0);
        if (progress > 0.0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(accentColor);
            const QRectF face(QPointF((32 - 23) * scale, (35 - 23) * scale), QSizeF(46 * scale, 46 * scale));
            painter.drawPie(face, 90 * 16, -qRound(progress * 360 * 16));
        }
        render(onlyGroups(running, { QStringLiteral("ring") }));
        paintBadge(&painter, look.badge, scale);
        return pixmap;
    }

    QString name = QStringLiteral("stopped");
    if (look.badge == Badge::Offline)
        name = QStringLiteral("offline");
    else if (look.badge == Badge::Error)
        name = QStringLiteral("error");
    if (!render(svg(name, ink, accentColor))) {
        // Without the resource (should not happen): a plain ring.
        painter.setPen(QPen(ink, std::max(1.0, 6 * scale)));
        painter.drawEllipse(bounds.adjusted(6 * scale, 9 * scale, -6 * scale, -3 * scale));
    }
    paintBadge(&painter, look.badge, scale);
    return pixmap;
}

QIcon TrayIconPainter::icon(const Look& look) const
{
    QIcon icon;
    for (int size : sizes())
        icon.addPixmap(pixmap(look, size));
    return icon;
}
