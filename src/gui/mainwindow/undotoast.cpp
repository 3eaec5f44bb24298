// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/undotoast.h"

#include <QEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

UndoToast::UndoToast(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("undoToast"));
    m_label->setObjectName(QStringLiteral("undoToastLabel"));
    m_undoButton->setObjectName(QStringLiteral("undoToastButton"));
    m_closeButton->setObjectName(QStringLiteral("undoToastCloseButton"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The tool tip colours: a quiet contrast to the window in light and dark themes alike.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::ToolTipBase));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::ToolTipText));
    setPalette(pal);
    m_closeButton->setText(QStringLiteral("×"));
    m_closeButton->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(12);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(m_closeButton);
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &UndoToast::expire);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        m_timer->stop();
        emit undoRequested();
    });
    connect(m_closeButton, &QToolButton::clicked, this, &UndoToast::expire);
    parent->installEventFilter(this);
    retranslate();
    hide();
}

void UndoToast::showMessage(const QString& text, bool undoable)
{
    m_label->setText(text);
    m_undoButton->setVisible(undoable);
    place();
    show();
    raise();
    if (!underMouse())
        m_timer->start();
}

void UndoToast::setText(const QString& text)
{
    m_label->setText(text);
    if (isVisible())
        place();
}

QString UndoToast::text() const
{
    return m_label->text();
}

bool UndoToast::isUndoOffered() const
{
    return isVisible() && m_undoButton->isVisible();
}

void UndoToast::setTimeoutMs(int ms)
{
    m_timer->setInterval(ms);
}

int UndoToast::timeoutMs() const
{
    return m_timer->interval();
}

void UndoToast::expire()
{
    m_timer->stop();
    hide();
}

void UndoToast::place()
{
    QWidget* host = parentWidget();
    adjustSize();
    const int width = std::min(std::max(sizeHint().width(), 320), std::max(host->width() - 32, 0));
    const int height = sizeHint().height();
    setGeometry((host->width() - width) / 2, host->height() - height - 16, width, height);
}

void UndoToast::retranslate()
{
    m_undoButton->setText(tr("Undo"));
    m_closeButton->setToolTip(tr("Close"));
    if (isVisible())
        place();
}

bool UndoToast::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void UndoToast::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void UndoToast::enterEvent(QEnterEvent* event)
{
    // Reading it: it stays until the pointer leaves.
    m_timer->stop();
    QFrame::enterEvent(event);
}

void UndoToast::leaveEvent(QEvent* event)
{
    if (isVisible())
        m_timer->start();
    QFrame::leaveEvent(event);
}
