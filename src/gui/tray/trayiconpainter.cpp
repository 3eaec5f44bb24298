// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/trayiconpainter.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>

#include <algorithm>

namespace {

// The placeholder colours of the SVG files.
const QByteArray s_foreground = QByteArrayLiteral("#010203");
const QByteArray s_accent = QByteArrayLiteral("#040506");
const QByteArray s_halo = QByteArrayLiteral("#070809");

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

// Mixes b into a by t (0..1).
QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
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

TrayIconPainter::TrayIconPainter(const QPalette& palette)
    : m_palette(palette)
{ }

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
    const QColor customer = customerColor(look.customerColor);
    return customer.isValid() ? customer : m_palette.color(QPalette::Highlight);
}

QByteArray TrayIconPainter::svg(const QString& name, const QColor& accentColor) const
{
    const QColor window = m_palette.color(QPalette::Window);
    // Stopped reads as a quiet grey outline; the other states keep the full text colour.
    const QColor text = name == QLatin1String("stopped") ? mix(m_palette.color(QPalette::WindowText), window, 0.25)
                                                         : m_palette.color(QPalette::WindowText);
    QByteArray data = rawSvg(name);
    data.replace(s_foreground, hex(text));
    data.replace(s_halo, hex(window));
    data.replace(s_accent, hex(accentColor));
    return data;
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

    const auto render = [&](const QByteArray& data) {
        QSvgRenderer renderer(data);
        if (renderer.isValid())
            renderer.render(&painter, bounds);
        return renderer.isValid();
    };

    if (look.state == State::Running) {
        const QByteArray running = svg(QStringLiteral("running"), accentColor);
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
        if (look.badge != Badge::None) {
            const QString name = look.badge == Badge::Offline ? QStringLiteral("offline") : QStringLiteral("error");
            render(onlyGroups(svg(name, accentColor), { QStringLiteral("badge") }));
        }
        return pixmap;
    }

    QString name = QStringLiteral("stopped");
    if (look.badge == Badge::Offline)
        name = QStringLiteral("offline");
    else if (look.badge == Badge::Error)
        name = QStringLiteral("error");
    if (!render(svg(name, accentColor))) {
        // Without the resource (should not happen): a plain ring.
        painter.setPen(QPen(mix(m_palette.color(QPalette::WindowText), m_palette.color(QPalette::Window), 0.2),
                            std::max(1.0, 5 * scale)));
        painter.drawEllipse(bounds.adjusted(6 * scale, 9 * scale, -6 * scale, -3 * scale));
    }
    return pixmap;
}

QIcon TrayIconPainter::icon(const Look& look) const
{
    QIcon icon;
    for (int size : sizes())
        icon.addPixmap(pixmap(look, size));
    return icon;
}
