// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tray/trayattentionicon.h"

#include <QCoreApplication>
#include <QIconEngine>
#include <QMetaObject>
#include <QPainter>

#ifdef CLOCKODO_HAVE_DBUS_DND
#include <QDBusConnection>
#endif

#include <algorithm>

// Draws whatever look the shared state holds when asked (Qt renders the attention pixmaps when a panel reads them).
class TrayAttentionIcon::Engine : public QIconEngine
{
public:
    explicit Engine(std::shared_ptr<State> state)
        : m_state(std::move(state))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const int side = std::min(rect.width(), rect.height());
        painter->drawPixmap(
            QRect(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side),
            pixmap(QSize(side, side), mode, state));
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        return m_state->cache.pixmap(m_state->look, std::max(1, std::min(size.width(), size.height())));
    }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return QSize(side, side);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int side : TrayIconPainter::sizes())
            sizes.append(QSize(side, side));
        return sizes;
    }
    QIconEngine* clone() const override { return new Engine(m_state); }
    QString key() const override { return QStringLiteral("clockodo-tray-attention"); }

private:
    std::shared_ptr<State> m_state;
};

TrayAttentionIcon::TrayAttentionIcon(const TrayIconCache& cache)
    : m_state(std::make_shared<State>(State { cache, {} }))
{ }

QIcon TrayAttentionIcon::icon() const
{
    return QIcon(new Engine(m_state));
}

void TrayAttentionIcon::messageShown(int msecs)
{
    m_message.setRemainingTime(msecs);
}

void TrayAttentionIcon::setLook(const TrayIconPainter::Look& look)
{
    const bool changed = look.key() != m_state->look.key();
    m_state->look = look;
    if (changed && !m_message.hasExpired() && tellPanels())
        ++m_updatesSent;
}

bool TrayAttentionIcon::tellPanels()
{
#ifdef CLOCKODO_HAVE_DBUS_DND
    const QString prefix = QStringLiteral("org.kde.StatusNotifierItem-%1-").arg(QCoreApplication::applicationPid());
    for (int n = 1; n <= 256; ++n) {
        const QDBusConnection connection(prefix + QString::number(n));
        if (!connection.isConnected())
            continue;
        QObject* item = connection.objectRegisteredAt(QStringLiteral("/StatusNotifierItem"));
        if (item && item->metaObject()->indexOfSignal("attention()") >= 0)
            return QMetaObject::invokeMethod(item, "attention");
    }
#endif
    return false;
}
