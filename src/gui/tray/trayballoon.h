// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QIcon;
class QLabel;
class QSystemTrayIcon;
class QTimer;
class QToolButton;

// The tray's message popup where Qt would show its own balloon (issue 16, the start/stop soak). On an XEmbed tray
// (no StatusNotifierItem host: Xvfb + trayer in the tests and benchmarks, older and lightweight desktops)
// QSystemTrayIcon::showMessage shows a new QBalloonTip for every message; each sets a palette of its own (a new
// palette cache key), so Fusion renders new button panels and close-icon pixmaps keyed by it into QPixmapCache, and
// Qt 6.4's cache keeps their string keys for good (~0.45 kB per message) even after clear(). One TrayBalloon is made
// once and shown again for every message: its palette, close icon and style pixmaps stay the same, so after the
// first message nothing new goes into QPixmapCache.
//
// Looks like Qt's balloon and a desktop notification: the message's icon, a bold title, the word-wrapped text and a
// small close button, next to the tray icon and inside that screen's available area. A tool-tip window shown
// without activation that takes no input focus (WindowDoesNotAcceptFocus): it never takes the focus from what the
// user types in. It hides after the timeout, on the
// close button, or on a click on its body, which emits clicked() (Qt's QSystemTrayIcon::messageClicked for it).
class TrayBalloon : public QWidget
{
    Q_OBJECT
public:
    explicit TrayBalloon(QWidget* parent = nullptr);

    // Whether QSystemTrayIcon::showMessage would show Qt's own QBalloonTip for tray: the rule of Qt 6.4's
    // qsystemtrayicon_x11.cpp (showMessage_sys): no platform tray icon (the platform theme made no QDBusTrayIcon,
    // as no StatusNotifierItem host was registered) and the icon embedded in an XEmbed tray by Qt itself, as a
    // top-level widget of class QSystemTrayIconSys. Only after tray->show().
    static bool replacesQtBalloon(const QSystemTrayIcon* tray);
    // Where a popup of size goes for a tray icon at trayGeometry (empty: unknown) within available (a screen's
    // available geometry): beside the icon, on the side away from the screen edge the icon is at; without the icon,
    // the top-right corner when a panel takes room at the top of screen, else the bottom-right one.
    static QPoint placement(const QRect& trayGeometry, const QSize& size, const QRect& available, const QRect& screen);

    // Shows the message (or replaces the one showing) next to trayGeometry (global; may be empty) for msecs (0: until
    // closed or clicked).
    void showMessage(const QIcon& icon, const QString& title, const QString& message, const QRect& trayGeometry,
                     int msecs);

    QString title() const;
    QString message() const;
    // For tests.
    QTimer* timeoutTimer() const { return m_timeout; }
    QToolButton* closeButton() const { return m_close; }

signals:
    // A left click on the popup's body (not the close button).
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslateUi();
    int textWidthLimit(const QRect& available) const;

    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    QTimer* m_timeout = nullptr;
};
