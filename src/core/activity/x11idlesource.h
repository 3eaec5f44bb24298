// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/activity/idlesource.h"

#include <QPointer>

class QSocketNotifier;
class QTimer;
struct xcb_connection_t;

// The X11 screen saver extension (MIT-SCREEN-SAVER), asked through xcb: ms_since_user_input of
// XScreenSaverQueryInfo. Only on X11 (DISPLAY set, no WAYLAND_DISPLAY: under Wayland, Xwayland sees only the input
// of X11 windows). Its own connection to the display; the reply is read when the socket says it is there.
class X11IdleSource : public IdleSource
{
    Q_OBJECT
public:
    static constexpr int ReplyTimeoutMs = 5000;

    // display: the X display to open ("" = $DISPLAY).
    explicit X11IdleSource(const QString& display = {}, QObject* parent = nullptr);
    ~X11IdleSource() override;

    // An X11 session (not Wayland) according to the environment.
    static bool isX11Session();

    QString name() const override { return QStringLiteral("X11 MIT-SCREEN-SAVER"); }
    void probe() override;
    void requestIdleTime() override;

private:
    bool open();
    void close();
    void readReply();
    void fail(const QString& why);

    QString m_display;
    xcb_connection_t* m_connection = nullptr;
    quint32 m_root = 0;
    QSocketNotifier* m_notifier = nullptr;
    QTimer* m_timeout = nullptr;
    unsigned int m_sequence = 0;
    bool m_waiting = false;
};
