// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/activity/idlesource.h"

IdleSource::IdleSource(QObject* parent)
    : QObject(parent)
{ }

void IdleSource::takeDelayInhibitor(const QString& what)
{
    Q_UNUSED(what)
    emit inhibitorChanged(false);
}
