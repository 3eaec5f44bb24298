// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/trayballoon.h"

#include <QApplication>
#include <QGridLayout>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr int Gap = 4; // between the popup and the tray icon or the screen's edge
constexpr int IconSide = 32;

} // namespace

TrayBalloon::TrayBalloon(QWidget* parent)
    : QWidget(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_timeout(new QTimer(this))
{
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_QuitOnClose, false);
    setFocusPolicy(Qt::NoFocus);
    // Set once: the same palette (and cache key) for every message.
    QPalette colours = QToolTip::palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    setAutoFillBackground(true);

    m_icon->setFixedSize(IconSide, IconSide);
    m_icon->setAlignment(Qt::AlignCenter);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The style's close icon, taken once (each standardIcon() call is a new icon with pixmaps of its own).
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setIconSize(QSize(12, 12));
    m_close->setAutoRaise(true);
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto* layout = new QGridLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->setContentsMargins(10, 8, 6, 10);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1, Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_close, 0, 2, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_text, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &QWidget::hide);
    retranslateUi();
}

bool TrayBalloon::replacesQtBalloon(const QSystemTrayIcon* tray)
{
    if (!tray || !tray->isVisible() || QGuiApplication::platformName() != QLatin1String("xcb"))
        return false;
    const auto widgets = QApplication::topLevelWidgets();
    return std::any_of(widgets.cbegin(), widgets.cend(), [](const QWidget* widget) {
        return widget->inherits("QSystemTrayIconSys") || widget->objectName() == QLatin1String("QSystemTrayIconSys");
    });
}

QPoint TrayBalloon::placement(const QRect& trayGeometry, const QSize& size, const QRect& available, const QRect& screen)
{
    const int right = available.right() + 1 - size.width();
    const int bottom = available.bottom() + 1 - size.height();
    if (trayGeometry.isEmpty()) {
        const bool panelAtTop = available.top() > screen.top();
        return { std::max(available.left(), right - Gap),
                 panelAtTop ? available.top() + Gap : std::max(available.top(), bottom - Gap) };
    }
    const int x = trayGeometry.center().x() - size.width() / 2;
    const bool iconInUpperHalf = trayGeometry.center().y() < screen.center().y();
    const int y = iconInUpperHalf ? trayGeometry.bottom() + 1 + Gap : trayGeometry.top() - Gap - size.height();
    return { std::max(available.left(), std::min(x, right)), std::max(available.top(), std::min(y, bottom)) };
}

void TrayBalloon::showMessage(const QIcon& icon, const QString& title, const QString& message,
                              const QRect& trayGeometry, int msecs)
{
    QScreen* screen = trayGeometry.isEmpty() ? nullptr : QGuiApplication::screenAt(trayGeometry.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    const QRect whole = screen ? screen->geometry() : available;

    const QPixmap picture = icon.pixmap(QSize(IconSide, IconSide), screen ? screen->devicePixelRatio() : 1.0);
    m_icon->setPixmap(picture);
    m_icon->setVisible(!picture.isNull());
    m_title->setText(title);
    m_text->setText(message);
    // The text on one line if it fits, else wrapped at the limit (Qt's balloon: a third of the screen).
    const int limit = textWidthLimit(available);
    int natural = 0;
    for (const QString& line : message.split(QLatin1Char('\n')))
        natural = std::max(natural, m_text->fontMetrics().horizontalAdvance(line) + 1);
    const int width = std::clamp(natural, std::min(limit, 12 * m_text->fontMetrics().averageCharWidth()), limit);
    m_text->setFixedWidth(width);
    m_text->setFixedHeight(m_text->heightForWidth(width));
    layout()->activate();
    adjustSize();

    move(placement(trayGeometry, size(), available, whole));
    if (msecs > 0)
        m_timeout->start(msecs);
    else
        m_timeout->stop();
    show();
    raise();
    update();
}

QString TrayBalloon::title() const
{
    return m_title->text();
}

QString TrayBalloon::message() const
{
    return m_text->text();
}

int TrayBalloon::textWidthLimit(const QRect& available) const
{
    const int chars = 48 * m_text->fontMetrics().averageCharWidth();
    return std::max(120, std::min(chars, available.width() / 3));
}

void TrayBalloon::mousePressEvent(QMouseEvent* event)
{
    // As Qt's balloon: any click closes it, a left click is the message's click.
    hide();
    if (event->button() == Qt::LeftButton)
        emit clicked();
}

void TrayBalloon::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::Dark));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void TrayBalloon::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TrayBalloon::hideEvent(QHideEvent* event)
{
    m_timeout->stop();
    QWidget::hideEvent(event);
}

void TrayBalloon::retranslateUi()
{
    //: the close button of the tray's message popup (tooltip and accessible name)
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
}
