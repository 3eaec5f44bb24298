// SPDX-License-Identifier: GPL-3.0-or-later
// The tray icon is readable on light and dark panels: every state (stopped, running in each customer colour,
// offline, error, and running with either badge), in both variants the palette picks (light and dark theme) and
// both styles (colour, symbolic), rendered through TrayIconCache/TrayIconEngine at tray sizes onto a white, a #F0F0F0
// and a #1F1F1F panel.
//
// The rule, per icon and panel: a pixel is significant when the icon covers it to at least 90 % (alpha >= 230);
// its colour is the icon composited over the panel. At least 90 % of the significant pixels must have a WCAG 2
// contrast ratio of at least 3:1 with the panel (the rest are anti-aliased edges), and the same holds for the
// badge's own pixels (within its disc) where there is a badge. Significant pixels must cover at least 8 % of the
// icon (an empty or faint icon fails). CLOCKODO_TRAY_GRID=<file.png> writes every icon on every panel as a grid.
#include "gui/tray/trayiconcache.h"
#include "gui/tray/trayiconpainter.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

namespace {

using Look = TrayIconPainter::Look;

struct Measure
{
    int significant = 0;
    int passing = 0;
    int badgeSignificant = 0;
    int badgePassing = 0;
    double minContrast = 21.0;
};

QPalette themePalette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x30, 0x8c, 0xc6));
    return p;
}

QList<QPair<QString, Look>> looks()
{
    QList<QPair<QString, Look>> result;
    Look stopped;
    result.append({ QStringLiteral("stopped"), stopped });
    for (int color = 0; color <= 9; ++color) {
        Look running;
        running.state = TrayIconPainter::State::Running;
        running.customerColor = color;
        running.hourProgress = 0.4;
        result.append({ QStringLiteral("running-c%1").arg(color), running });
    }
    for (auto badge : { TrayIconPainter::Badge::Offline, TrayIconPainter::Badge::Error }) {
        const QString name
            = badge == TrayIconPainter::Badge::Offline ? QStringLiteral("offline") : QStringLiteral("error");
        Look l;
        l.badge = badge;
        result.append({ name, l });
        Look r = l;
        r.state = TrayIconPainter::State::Running;
        r.customerColor = 2; // Sunflower: the lightest customer colour
        r.hourProgress = 0.75;
        result.append({ QStringLiteral("running-%1").arg(name), r });
    }
    return result;
}

// The icon through the engine (what QSystemTrayIcon asks for), at size × size.
QImage render(const TrayIconCache& cache, const Look& look, int size)
{
    return cache.icon(look).pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

Measure measure(const QImage& icon, const QColor& panel, bool badge)
{
    Measure m;
    const double scale = icon.width() / 64.0;
    const QPointF badgeCentre(47 * scale, 49 * scale);
    const double badgeRadius = 13.5 * scale;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            const QRgb px = icon.pixel(x, y);
            const int alpha = qAlpha(px);
            if (alpha < 230)
                continue;
            const double a = alpha / 255.0;
            // Un-premultiplied ARGB32 composited over the panel.
            const QColor composite(qRound(qRed(px) * a + panel.red() * (1 - a)),
                                   qRound(qGreen(px) * a + panel.green() * (1 - a)),
                                   qRound(qBlue(px) * a + panel.blue() * (1 - a)));
            const double c = TrayIconPainter::contrast(composite, panel);
            const bool ok = c >= 3.0;
            ++m.significant;
            m.passing += ok ? 1 : 0;
            m.minContrast = std::min(m.minContrast, c);
            const QPointF d = QPointF(x + 0.5, y + 0.5) - badgeCentre;
            if (badge && std::hypot(d.x(), d.y()) <= badgeRadius) {
                ++m.badgeSignificant;
                m.badgePassing += ok ? 1 : 0;
            }
        }
    }
    return m;
}

} // namespace

class TestTrayIconContrast : public QObject
{
    Q_OBJECT

private slots:
    void inkBandGivesThreeToOneOnBothPanels()
    {
        // The band itself: its ends reach 3:1 against the light and the dark panel.
        for (double l : { TrayIconPainter::MinInkLuminance, TrayIconPainter::MaxInkLuminance }) {
            const double onLight = (TrayIconPainter::relativeLuminance(QColor(0xf0, 0xf0, 0xf0)) + 0.05) / (l + 0.05);
            const double onDark = (l + 0.05) / (TrayIconPainter::relativeLuminance(QColor(0x1f, 0x1f, 0x1f)) + 0.05);
            QVERIFY2(onLight >= 3.0 && onDark >= 3.0, qPrintable(QStringLiteral("%1 %2").arg(onLight).arg(onDark)));
        }
        // The reported failure: the old stopped grey on a dark panel.
        QVERIFY(TrayIconPainter::contrast(QColor(0x3c, 0x3c, 0x3c), QColor(0x1f, 0x1f, 0x1f)) < 1.5);
        // Every colour the painter draws with lands in the band, for either variant.
        for (bool dark : { false, true }) {
            TrayIconPainter painter(themePalette(dark));
            for (int i = 1; i <= 9; ++i) {
                const double l
                    = TrayIconPainter::relativeLuminance(painter.inkColor(TrayIconPainter::customerColor(i)));
                QVERIFY2(l >= TrayIconPainter::MinInkLuminance && l <= TrayIconPainter::MaxInkLuminance,
                         qPrintable(QString::number(l)));
            }
        }
    }

    void variantFollowsThePalette()
    {
        QVERIFY(TrayIconPainter::panelIsDark(themePalette(true)));
        QVERIFY(!TrayIconPainter::panelIsDark(themePalette(false)));
        const QColor onDark = TrayIconPainter(themePalette(true)).inkColor(Qt::gray);
        const QColor onLight = TrayIconPainter(themePalette(false)).inkColor(Qt::gray);
        QVERIFY(TrayIconPainter::relativeLuminance(onDark) > TrayIconPainter::relativeLuminance(onLight));
    }

    void symbolicWhereTheDesktopExpectsIt()
    {
        QCOMPARE(TrayIconPainter::styleForDesktop("GNOME"), TrayIconPainter::Style::Symbolic);
        QCOMPARE(TrayIconPainter::styleForDesktop("ubuntu:GNOME"), TrayIconPainter::Style::Symbolic);
        QCOMPARE(TrayIconPainter::styleForDesktop("KDE"), TrayIconPainter::Style::Symbolic);
        QCOMPARE(TrayIconPainter::styleForDesktop("XFCE"), TrayIconPainter::Style::Colour);
        QCOMPARE(TrayIconPainter::styleForDesktop(""), TrayIconPainter::Style::Colour);
    }

    void everyStateReadsOnLightAndDarkPanels_data()
    {
        QTest::addColumn<bool>("darkTheme");
        QTest::addColumn<int>("style");
        QTest::addColumn<int>("size");
        for (bool dark : { false, true }) {
            for (auto style : { TrayIconPainter::Style::Colour, TrayIconPainter::Style::Symbolic }) {
                for (int size : { 22, 32, 48 }) {
                    QTest::addRow("%s theme, %s, %d px", dark ? "dark" : "light",
                                  style == TrayIconPainter::Style::Colour ? "colour" : "symbolic", size)
                        << dark << int(style) << size;
                }
            }
        }
    }

    void everyStateReadsOnLightAndDarkPanels()
    {
        QFETCH(bool, darkTheme);
        QFETCH(int, style);
        QFETCH(int, size);
        TrayIconCache cache(themePalette(darkTheme));
        cache.setStyle(TrayIconPainter::Style(style));
        const QList<QColor> panels = { Qt::white, QColor(0xf0, 0xf0, 0xf0), QColor(0x1f, 0x1f, 0x1f) };
        double lowest = 21.0;
        for (const auto& [name, look] : looks()) {
            const QImage icon = render(cache, look, size);
            QCOMPARE(icon.width(), size);
            for (const QColor& panel : panels) {
                const Measure m = measure(icon, panel, look.badge != TrayIconPainter::Badge::None);
                const QString what = QStringLiteral("%1 on %2: %3 of %4 significant pixels reach 3:1")
                                         .arg(name, panel.name())
                                         .arg(m.passing)
                                         .arg(m.significant);
                QVERIFY2(m.significant >= 0.08 * size * size, qPrintable(what));
                QVERIFY2(m.passing >= 0.9 * m.significant, qPrintable(what));
                if (look.badge != TrayIconPainter::Badge::None) {
                    QVERIFY2(
                        m.badgeSignificant > 0 && m.badgePassing >= 0.9 * m.badgeSignificant,
                        qPrintable(what
                                   + QStringLiteral(" (badge: %1 of %2)").arg(m.badgePassing).arg(m.badgeSignificant)));
                }
                lowest = std::min(lowest, double(m.passing) / m.significant);
            }
        }
        qInfo("lowest share of significant pixels at 3:1: %.1f %%", lowest * 100);
    }

    void grid()
    {
        // For looking at: every look (columns) in both variants and styles (rows) on each panel.
        const QString file = qEnvironmentVariable("CLOCKODO_TRAY_GRID");
        if (file.isEmpty())
            QSKIP("set CLOCKODO_TRAY_GRID=<file.png> to write the grid");
        const int size = 32;
        const int cell = 44;
        const QList<QPair<QString, Look>> all = looks();
        const QList<QColor> panels = { Qt::white, QColor(0xf0, 0xf0, 0xf0), QColor(0x1f, 0x1f, 0x1f) };
        QImage grid(cell * int(all.size()), cell * 4 * int(panels.size()), QImage::Format_ARGB32);
        QPainter p(&grid);
        int row = 0;
        for (const QColor& panel : panels) {
            for (bool dark : { false, true }) {
                for (auto style : { TrayIconPainter::Style::Colour, TrayIconPainter::Style::Symbolic }) {
                    TrayIconCache cache(themePalette(dark));
                    cache.setStyle(style);
                    p.fillRect(0, row * cell, grid.width(), cell, panel);
                    for (int col = 0; col < all.size(); ++col)
                        p.drawImage(col * cell + (cell - size) / 2, row * cell + (cell - size) / 2,
                                    render(cache, all.at(col).second, size));
                    ++row;
                }
            }
        }
        p.end();
        QVERIFY(grid.save(file));
    }
};

QTEST_MAIN(TestTrayIconContrast)
#include "tst_trayiconcontrast.moc"
