// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow/bannertopics.h"

#include "gui/mainwindow/errorbanner.h"

#include <utility>

BannerTopics::BannerTopics(ErrorBanner* banner)
    : QObject(banner)
    , m_banner(banner)
{
    connect(banner, &ErrorBanner::retryRequested, this, [this] {
        const QList<Message> messages = std::exchange(m_messages, {});
        QList<Topic> topics;
        for (const Message& message : messages)
            topics.append(message.topic);
        emit retryRequested(topics);
    });
    connect(banner, &ErrorBanner::dismissed, this, [this] { m_messages.clear(); });
}

void BannerTopics::show(Topic topic, const QString& text, bool retryable)
{
    m_messages.removeIf([topic](const Message& message) { return message.topic == topic; });
    m_messages.append({ topic, text, retryable });
    m_banner->showError(text, retryable);
}

void BannerTopics::clear(Topic topic)
{
    m_messages.removeIf([topic](const Message& message) { return message.topic == topic; });
    if (m_messages.isEmpty())
        m_banner->hide();
    else if (!m_banner->isHidden())
        m_banner->showError(m_messages.constLast().text, m_messages.constLast().retryable);
}
