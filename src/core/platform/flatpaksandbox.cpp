// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/flatpaksandbox.h"

#include <QFileInfo>

FlatpakSandbox::FlatpakSandbox()
    : FlatpakSandbox(QStringLiteral("/.flatpak-info"), qEnvironmentVariable("FLATPAK_ID"))
{ }

FlatpakSandbox::FlatpakSandbox(const QString& infoFile, const QString& flatpakId)
    : m_infoFile(infoFile)
    , m_appId(flatpakId)
{ }

bool FlatpakSandbox::isInside() const
{
    return !m_appId.isEmpty() || (!m_infoFile.isEmpty() && QFileInfo::exists(m_infoFile));
}
