// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/x11idlesource.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cstdlib>
#include <xcb/screensaver.h>
#include <xcb/xcb.h>
#include <xcb/xcbext.h> // xcb_poll_for_reply

X11IdleSource::X11IdleSource(const QString& display, QObject* parent)
    : IdleSource(parent)
    , m_display(display)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(ReplyTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("no answer from the X server"));
        close(); // the reply may still come: a fresh connection for the next request
    });
}

X11IdleSource::~X11IdleSource()
{
    close();
}

bool X11IdleSource::isX11Session()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool X11IdleSource::open()
{
    if (m_connection)
        return true;
    const QByteArray display = m_display.toLocal8Bit();
    int screenNumber = 0;
    xcb_connection_t* connection = xcb_connect(display.isEmpty() ? nullptr : display.constData(), &screenNumber);
    if (xcb_connection_has_error(connection)) {
        xcb_disconnect(connection);
        return false;
    }
    const xcb_query_extension_reply_t* extension = xcb_get_extension_data(connection, &xcb_screensaver_id);
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    if (!extension || !extension->present || screens.rem == 0) {
        xcb_disconnect(connection);
        return false;
    }
    m_connection = connection;
    m_root = screens.data->root;
    m_notifier = new QSocketNotifier(xcb_get_file_descriptor(m_connection), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &X11IdleSource::readReply);
    return true;
}

void X11IdleSource::close()
{
    m_waiting = false;
    m_timeout->stop();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_connection)
        xcb_disconnect(m_connection);
    m_connection = nullptr;
}

void X11IdleSource::probe()
{
    emit probed(isX11Session() || !m_display.isEmpty() ? open() : false);
}

void X11IdleSource::requestIdleTime()
{
    if (m_waiting)
        return; // the answer on its way serves this request too
    if (!open()) {
        fail(QStringLiteral("no X display with MIT-SCREEN-SAVER"));
        return;
    }
    m_sequence = xcb_screensaver_query_info(m_connection, m_root).sequence;
    xcb_flush(m_connection);
    m_waiting = true;
    m_timeout->start();
    // The reply may already sit in xcb's buffer (read with an earlier event): look now as well.
    QTimer::singleShot(0, this, &X11IdleSource::readReply);
}

void X11IdleSource::readReply()
{
    if (!m_connection)
        return;
    // Drain events (we ask for none; the server may still send some) so the socket stays quiet.
    while (xcb_generic_event_t* event = xcb_poll_for_event(m_connection))
        std::free(event);
    if (!m_waiting)
        return;
    void* reply = nullptr;
    xcb_generic_error_t* error = nullptr;
    if (!xcb_poll_for_reply(m_connection, m_sequence, &reply, &error))
        return; // not there yet
    m_waiting = false;
    m_timeout->stop();
    if (error || !reply) {
        std::free(error);
        std::free(reply);
        fail(QStringLiteral("XScreenSaverQueryInfo failed"));
        return;
    }
    const auto* info = static_cast<xcb_screensaver_query_info_reply_t*>(reply);
    const qint64 idleMs = info->ms_since_user_input;
    std::free(reply);
    emit idleTimeRead(idleMs);
}

void X11IdleSource::fail(const QString& why)
{
    m_waiting = false;
    emit idleTimeFailed(why);
}
