// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/portalbusfixture.h"

#include <QByteArray>

QString PortalBusFixture::busAddress()
{
    return QString::fromUtf8(qgetenv("DBUS_SESSION_BUS_ADDRESS"));
}

bool PortalBusFixture::startPortal(const QStringList& interfaces)
{
    m_portal = std::make_unique<DesktopPortalStub>(busAddress(), interfaces);
    return m_portal->isValid();
}
