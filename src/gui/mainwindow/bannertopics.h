// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class ErrorBanner;

// What the window's ErrorBanner stands for: one banner for every problem at hand (offline: the master data and the
// entries), showing the latest. A topic that recovered says nothing any more while a problem still at hand stays in
// view; Retry is about every topic the banner stands for, not only the one it shows last; closing the banner forgets
// them all.
class BannerTopics : public QObject
{
    Q_OBJECT
public:
    enum class Topic
    {
        MasterData,
        Load,
        Delete,
        Export
    };

    explicit BannerTopics(ErrorBanner* banner);

    void show(Topic topic, const QString& text, bool retryable);
    void clear(Topic topic);

signals:
    // Retry was pressed: the topics the banner stood for (forgotten now; each comes back if it fails again).
    void retryRequested(const QList<BannerTopics::Topic>& topics);

private:
    struct Message
    {
        Topic topic;
        QString text;
        bool retryable = false;
    };

    ErrorBanner* m_banner = nullptr;
    QList<Message> m_messages; // the problems the banner stands for, the one it shows last
};
