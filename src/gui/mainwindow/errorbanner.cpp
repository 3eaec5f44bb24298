// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/errorbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("bannerTextLabel"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_close->setObjectName(QStringLiteral("dismissButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    retranslate();
    hide();
}

void ErrorBanner::showError(const QString& text, bool retryable)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    m_text->setText(text);
    m_retry->setVisible(retryable);
    setAccessibleDescription(text);
    show();
}

QString ErrorBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool ErrorBanner::isRetryable() const
{
    return !m_retry->isHidden();
}

void ErrorBanner::dismiss()
{
    hide();
    emit dismissed();
}

void ErrorBanner::retranslate()
{
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    //: accessible name of the banner above the entries when it shows an error (noun)
    setAccessibleName(tr("Problem"));
}

void ErrorBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
